"""Shopify product CSV: import from realistic exports, every row accounted for, and lossless round trips."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderless.catalog import Catalog, Product, Variant, catalog_to_json, read_catalog, read_text, write_catalog
from borderless.catalog.importing import CatalogImport
from borderless.catalog.shopify import (
    EXTRA_IMAGES,
    EXTRA_VARIANTS,
    SHOPIFY_HEADER,
    catalog_to_shopify_rows,
    parse_shopify_csv,
    shopify_csv_text,
)
from borderless.errors import DataError, InputError
from borderless.money import Money

FIXTURES = Path(__file__).parent.parent / "fixtures" / "catalog"


def fixture(name: str) -> str:
    return read_text(FIXTURES / name)


@pytest.fixture(scope="module")
def products() -> CatalogImport:
    return parse_shopify_csv(fixture("shopify_products.csv"), currency="EUR")


def by_sku(result: CatalogImport, sku: str) -> tuple[Product, Variant]:
    item = result.catalog.find(sku)
    assert item is not None, sku
    return item.product, item.variant


def assert_every_row_accounted_for(result: CatalogImport, data_rows: set[int]) -> None:
    imported, merged, errored = set(result.imported_rows), set(result.merged_rows), set(result.error_rows)
    assert len(imported) == len(result.imported_rows)  # one variant per row
    assert not (imported & merged) and not (imported & errored) and not (merged & errored)
    assert imported | merged | errored == data_rows
    assert result.rows_read == len(imported) + len(merged) + len(errored)


def test_variants_share_their_handle_with_options_prices_weights_and_codes(products: CatalogImport) -> None:
    tee = products.catalog.products[0]
    assert tee.id == "organic-tee" and tee.title == "Organic Everyday Tee"
    assert [variant.sku for variant in tee.variants] == [
        "TEE-ORG-S-NVY",
        "TEE-ORG-M-NVY",
        "TEE-ORG-S-BLK",
        "TEE-ORG-M-BLK",
    ]
    assert [dict(variant.options) for variant in tee.variants][1] == {"Size": "M", "Color": "Navy"}
    first = tee.variants[0]
    assert first.price == Money("29.00", "EUR") and first.cost == Money("8.40", "EUR")
    assert first.weight_kg == Decimal("0.180") and tee.variants[1].weight_kg == Decimal("0.195")
    assert first.hs_code == "610910" and first.hs_confirmed and first.country_of_origin == "PT"
    assert first.gtin == "5901234123457" and first.image_url.endswith("/tee-navy.jpg")  # type: ignore[union-attr]
    assert tee.brand == "Northwind Apparel" and tee.status == "active"
    assert tee.category == "Apparel & Accessories > Clothing > Shirts & Tops"
    assert tee.tags == ("cotton", "organic", "summer")


def test_multi_line_html_body_is_kept_verbatim(products: CatalogImport) -> None:
    tee = products.catalog.products[0]
    assert tee.description is not None
    assert tee.description.startswith('<p>Our <strong>"everyday"</strong> tee')
    assert "<li>Pre-shrunk, 180 g/m²</li>\n</ul>" in tee.description and tee.description.count("\n") == 5


def test_seo_google_shopping_images_and_variant_columns_are_kept(products: CatalogImport) -> None:
    tee = products.catalog.products[0]
    assert tee.extra["SEO Title"] == "Organic cotton T-shirt"
    assert tee.extra["Google Shopping / Gender"] == "unisex" and tee.extra["Google Shopping / Condition"] == "new"
    assert tee.extra["Type"] == "T-Shirt" and tee.extra["Published"] == "TRUE"
    images = json.loads(tee.extra[EXTRA_IMAGES])
    assert [image["Image Position"] for image in images] == ["1", "2", "3", "4", "5"]
    assert tee.image_url == images[0]["Image Src"]
    per_variant = json.loads(tee.extra[EXTRA_VARIANTS])
    assert per_variant["TEE-ORG-S-NVY"]["Variant Compare At Price"] == "35.00"
    assert per_variant["TEE-ORG-S-NVY"]["Price / International"] == "32.00"
    assert per_variant["TEE-ORG-M-BLK"]["Variant Inventory Policy"] == "deny"


def test_default_title_option_means_no_options(products: CatalogImport) -> None:
    mug, variant = by_sku(products, "MUG-350-SAGE")
    assert dict(variant.options) == {} and variant.weight_kg == Decimal("0.450")
    assert variant.gtin == "0012345678905" and mug.category == "Home & Garden > Kitchen & Dining > Tableware"


def test_every_row_is_imported_merged_or_reported(products: CatalogImport) -> None:
    assert_every_row_accounted_for(products, set(range(2, 24)))
    assert products.merged_rows == (6, 7, 8)  # the tee's image-only rows
    assert products.rows_read == 22 and len(products.catalog) == 12 and len(products.catalog.products) == 6


@pytest.mark.parametrize(
    ("row", "field", "message"),
    [
        (15, "Variant Price", "not a decimal number: 'fifty-nine'"),
        (16, "Variant Grams", "must not be negative"),
        (17, "Variant SKU", "duplicate SKU 'TEE-ORG-S-NVY', first seen in row 2"),
        (18, "Variant Price", "missing"),
        (19, None, "no variant or image data"),
        (20, "Title", "missing"),
        (21, None, "has no importable variant"),
    ],
)
def test_bad_rows_are_reported_with_row_field_and_reason(
    products: CatalogImport, row: int, field: str | None, message: str
) -> None:
    (problem,) = [problem for problem in products.errors if problem.row == row]
    assert problem.field == field and message in problem.message


def test_good_rows_of_a_product_with_bad_rows_still_load(products: CatalogImport) -> None:
    shirt = next(product for product in products.catalog.products if product.id == "linen-shirt")
    assert [variant.sku for variant in shirt.variants] == ["LIN-S"]
    assert "mystery-item" not in {product.id for product in products.catalog.products}


def test_recoverable_oddities_are_warnings(products: CatalogImport) -> None:
    warnings = {(problem.row, problem.field): problem.message for problem in products.warnings}
    assert "prices read as EUR" in warnings[(None, "currency")]
    assert "weight treated as unknown" in warnings[(10, "Variant Grams")]
    assert "unknown weight unit 'stone'" in warnings[(12, "Variant Weight Unit")]
    assert "derived 'leather-wallet-tan'" in warnings[(12, "Variant SKU")]
    assert "9999" in warnings[(12, "Variant HS Code")]
    _gift, card = by_sku(products, "GIFT-25")
    assert card.weight_kg is None and dict(card.options) == {"Denominations": "€25"}
    wallet, tan = by_sku(products, "leather-wallet-tan")
    assert tan.hs_code is None and tan.country_of_origin == "IT"  # "Italy" read as a country name
    assert wallet.category == "Wallet"  # no Product Category: the Type is used


def test_windows_1252_export_is_decoded() -> None:
    result = parse_shopify_csv(fixture("shopify_cp1252.csv"))
    assert result.catalog.products[0].title == "Strickmütze „Größe“"
    assert "chef’s torch" in (result.catalog.products[1].description or "")
    assert dict(result.catalog.products[0].variants[0].options) == {"Größe": "S/M"}
    assert not result.errors


def test_bom_is_ignored_even_when_the_text_was_decoded_as_plain_utf8() -> None:
    raw = (FIXTURES / "shopify_products.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    result = parse_shopify_csv(raw.decode("utf-8"), currency="EUR")
    assert len(result.catalog) == 12


def test_2024_template_column_names_are_read() -> None:
    result = parse_shopify_csv(fixture("shopify_2024.csv"))
    (sock,) = result.catalog.products
    assert sock.id == "trail-sock" and [v.sku for v in sock.variants] == ["SOCK-M", "SOCK-L"]
    assert sock.variants[1].weight_kg == Decimal("0.065") and sock.variants[0].hs_code == "611595"
    assert sock.variants[0].country_of_origin == "TR" and sock.extra["SEO title"] == "Merino trail sock"
    assert result.merged_rows == (4,)
    per_variant = json.loads(sock.extra[EXTRA_VARIANTS])
    assert per_variant["SOCK-M"]["Variant Compare At Price"] == "19.00"
    assert per_variant["SOCK-L"]["Inventory quantity"] == "25"


def test_unclosed_quote_is_one_error_naming_the_swallowed_lines() -> None:
    result = parse_shopify_csv(fixture("shopify_broken_quote.csv"))
    (problem,) = result.errors
    assert problem.row == 3 and "lines 3-5" in problem.message and "unclosed quote" in problem.message
    assert [item.sku for item in result.catalog.items()] == ["CANDLE-1"]
    assert_every_row_accounted_for(result, {2, 3})


def test_extra_value_and_blank_rows() -> None:
    result = parse_shopify_csv(fixture("shopify_bad_width.csv"))
    (problem,) = result.errors
    assert problem.row == 3 and "9 values but the header has 8" in problem.message
    assert [(w.row, w.message) for w in result.warnings if w.row] == [
        (4, "empty row ignored"),
        (5, "empty row ignored"),
    ]
    assert [item.sku for item in result.catalog.items()] == ["CANDLE-1", "TOWEL-1"]
    assert [item.variant.row for item in result.catalog.items()] == [2, 6]  # spreadsheet rows, blanks counted
    assert_every_row_accounted_for(result, {2, 3, 6})


def test_multi_line_values_do_not_shift_row_numbers() -> None:
    header = "Handle,Title,Body (HTML),Option1 Name,Option1 Value,Variant SKU,Variant Price\n"
    text = (
        header
        + 'a,A,"<p>one</p>\n<p>two</p>\n<p>three</p>",Title,Default Title,A-1,5.00\nb,B,,Title,Default Title,B-1,x\n'
    )
    result = parse_shopify_csv(text)
    assert result.errors[0].row == 3 and result.catalog.products[0].variants[0].row == 2


def test_blank_handle_continues_the_product_above_and_title_without_handle_starts_one() -> None:
    header = "Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price\n"
    text = header + ",Wool Scarf,Colour,Red,SC-R,30\n,,,Blue,SC-B,30\n,Wool Hat,Title,Default Title,HAT,20\n"
    result = parse_shopify_csv(text)
    assert [(p.id, len(p.variants)) for p in result.catalog.products] == [("wool-scarf", 2), ("wool-hat", 1)]
    assert [w.field for w in result.warnings if w.row] == ["Handle", "Handle"]


def test_currency_is_checked_and_a_non_shopify_file_is_refused() -> None:
    with pytest.raises(InputError, match="unknown currency"):
        parse_shopify_csv(fixture("shopify_2024.csv"), currency="EURO")
    with pytest.raises(DataError, match="does not look like a Shopify"):
        parse_shopify_csv("sku,name,price\nA,B,1\n")
    with pytest.raises(DataError, match="empty"):
        parse_shopify_csv("")


# --- round trips ---------------------------------------------------------------------------------------


def test_round_trip_shopify_catalog_shopify_catalog_is_lossless(products: CatalogImport) -> None:
    exported = shopify_csv_text(products.catalog)
    again = parse_shopify_csv(exported, currency="EUR")
    assert not again.errors
    assert catalog_to_json(again.catalog) == catalog_to_json(products.catalog)
    assert shopify_csv_text(again.catalog) == exported  # exporting is stable


@pytest.mark.parametrize("name", ["catalog.csv", "catalog.json"])
def test_round_trip_through_a_native_catalog_file(products: CatalogImport, tmp_path: Path, name: str) -> None:
    write_catalog(products.catalog, tmp_path / name)
    stored = read_catalog(tmp_path / name)
    assert not stored.errors
    again = parse_shopify_csv(shopify_csv_text(stored.catalog), currency="EUR")
    assert catalog_to_json(again.catalog) == catalog_to_json(products.catalog)


def test_export_writes_back_the_original_cells(products: CatalogImport) -> None:
    header, rows, currency = catalog_to_shopify_rows(products.catalog)
    assert currency == "EUR" and header[: len(SHOPIFY_HEADER)] == list(SHOPIFY_HEADER)
    tee = [row for row in rows if row["Handle"] == "organic-tee"]
    assert len(tee) == 5 and tee[0]["Option1 Name"] == "Size" and tee[0]["Option2 Name"] == "Color"
    assert tee[0]["Variant Grams"] == "180" and tee[0]["Variant Compare At Price"] == "35.00"
    assert tee[4]["Image Src"].endswith("tee-model.jpg") and "Variant SKU" not in tee[4]
    wallet = [row for row in rows if row["Handle"] == "leather-wallet"]
    assert wallet[0]["Variant SKU"] == "" and wallet[0]["Variant HS Code"] == "9999.99"  # as the merchant had it
    gift = [row for row in rows if row["Handle"] == "gift-card"]
    assert gift[0]["Variant Grams"] == "0" and gift[0]["Gift Card"] == "TRUE"
    mug = next(row for row in rows if row["Handle"] == "stoneware-mug")
    assert (mug["Option1 Name"], mug["Option1 Value"]) == ("Title", "Default Title")


def test_export_of_a_native_catalog_uses_shopify_defaults() -> None:
    plain = Catalog(
        (
            Product(
                "TS 1",
                "Tee",
                (
                    Variant("TS-S", Money("24.00", "USD"), weight_kg=Decimal("0.2")),
                    Variant("TS-M", Money("24.00", "USD")),
                ),
            ),
        )
    )
    _header, rows, _currency = catalog_to_shopify_rows(plain)
    assert rows[0]["Handle"] == "ts-1" and rows[0]["Option1 Name"] == "Variant"
    assert [row["Option1 Value"] for row in rows] == ["TS-S", "TS-M"]
    assert rows[0]["Variant Grams"] == "200" and rows[0]["Variant Fulfillment Service"] == "manual"
    again = parse_shopify_csv(shopify_csv_text(plain))
    assert [variant.sku for variant in again.catalog.products[0].variants] == ["TS-S", "TS-M"]


def test_export_refuses_mixed_currencies() -> None:
    mixed = Catalog(
        (
            Product("a", "A", (Variant("A", Money("1.00", "USD")),)),
            Product("b", "B", (Variant("B", Money("1.00", "EUR")),)),
        )
    )
    with pytest.raises(DataError, match="EUR, USD"):
        catalog_to_shopify_rows(mixed)
    options = {"Size": "S", "Colour": "Red", "Fit": "Slim", "Sleeve": "Long"}
    too_many = Catalog((Product("c", "C", (Variant("C", Money("1.00", "USD"), options=options),)),))
    with pytest.raises(DataError, match=r"4 options .* at most 3"):
        catalog_to_shopify_rows(too_many)


_words = (
    st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), min_size=1, max_size=20)
    .map(str.strip)
    .filter(bool)
)
_html = st.lists(_words, min_size=1, max_size=3).map(lambda parts: "\n".join(f"<p>{part}</p>" for part in parts))


@st.composite
def _catalogs(draw: st.DrawFn) -> Catalog:
    products = []
    for number in range(draw(st.integers(1, 4))):
        option_names = draw(st.lists(_words, min_size=0, max_size=3, unique=True))
        count = draw(st.integers(1, 3)) if option_names else 1
        variants = []
        for index in range(count):
            options = {name: f"{draw(_words)}-{index}" for name in option_names}
            cents = draw(st.integers(1, 10**7))
            grams = draw(st.one_of(st.none(), st.integers(1, 50_000)))
            variants.append(
                Variant(
                    sku=f"SKU-{number}-{index}",
                    price=Money(Decimal(cents).scaleb(-2), "USD"),
                    weight_kg=None if grams is None else Decimal(grams).scaleb(-3),
                    hs_code=draw(st.sampled_from([None, "610910", "691200", "090121"])),
                    country_of_origin=draw(st.sampled_from([None, "CN", "PT"])),
                    options=options,
                )
            )
        tags = tuple(dict.fromkeys(tag.replace(",", " ").strip() for tag in draw(st.lists(_words, max_size=3))))
        products.append(
            Product(
                id=f"product-{number}",
                title=draw(_words),
                variants=tuple(variants),
                description=draw(st.one_of(st.none(), _html)),
                tags=tuple(tag for tag in tags if tag),
                extra={"SEO Title": draw(_words)},
            )
        )
    return Catalog(tuple(products))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_catalogs())
def test_property_export_then_import_is_lossless(catalog: Catalog) -> None:
    once = parse_shopify_csv(shopify_csv_text(catalog))
    assert not once.errors, once.errors
    twice = parse_shopify_csv(shopify_csv_text(once.catalog))
    assert catalog_to_json(twice.catalog) == catalog_to_json(once.catalog)
    for original, loaded in zip(catalog.items(), once.catalog.items(), strict=True):
        assert loaded.variant.price == original.variant.price
        assert loaded.variant.weight_kg == original.variant.weight_kg
        assert loaded.variant.hs_code == original.variant.hs_code
        assert dict(loaded.variant.options) == dict(original.variant.options)
        assert loaded.product.tags == original.product.tags and loaded.product.title == original.product.title
        assert loaded.product.description == original.product.description


def test_progress_reports_lines_up_to_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    import borderless.catalog.importing as importing

    monkeypatch.setattr(importing, "PROGRESS_EVERY", 2)
    seen: list[float] = []
    parse_shopify_csv(fixture("shopify_products.csv"), progress=seen.append)
    assert seen == sorted(seen) and len(seen) > 10
    assert seen[0] > 0 and seen[-1] == 1.0 and importing.READ_SHARE in seen
