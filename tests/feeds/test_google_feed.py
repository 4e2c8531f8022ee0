from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date
from decimal import Decimal

import defusedxml.ElementTree as SafeET
import pytest

from borderless.catalog.model import Catalog, Product, Variant
from borderless.errors import InputError
from borderless.feeds import (
    GOOGLE_NAMESPACE,
    SHOPIFY_TRANSLATION_COLUMNS,
    FeedItem,
    FeedPrice,
    LocalizedField,
    LocalizedText,
    Shipping,
    build_feed,
    feed_to_tsv,
    feed_to_xml,
    format_price,
    localized_catalog_json,
    price_includes_tax,
    read_localized,
    shopify_translations_csv,
    validate_feed,
    validate_item,
)
from borderless.feeds.prices import convert_prices, prices_from_results, standard_vat_rate
from borderless.fx import load_default_rates
from borderless.money import Money

G = f"{{{GOOGLE_NAMESPACE}}}"


def item(**changes: object) -> FeedItem:
    base = FeedItem(
        id="MUG-1",
        title="Becher",
        description="Steinzeugbecher",
        link="https://shop.example/p/mug",
        image_link="https://shop.example/i/mug.jpg",
        availability="in_stock",
        price=Money("16.99", "EUR"),
        tax_included=True,
        condition="new",
        brand="Acme",
        gtin="4006381333931",
        product_id="mug",
        shipping=(Shipping("DE", Money("4.95", "EUR")),),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def attributes(problems: list) -> set[str]:  # type: ignore[type-arg]
    return {problem.attribute for problem in problems if problem.severity == "error"}


def test_a_good_item_passes() -> None:
    assert [p for p in validate_item(item(), "DE", "EUR") if p.severity == "error"] == []


@pytest.mark.parametrize(
    ("changes", "attribute"),
    [
        ({"id": "x" * 51}, "id"),
        ({"title": "t" * 151}, "title"),
        ({"description": "d" * 5001}, "description"),
        ({"link": "/products/mug"}, "link"),
        ({"image_link": "ftp://shop.example/mug.jpg"}, "image_link"),
        ({"link": None}, "link"),
        ({"availability": "available"}, "availability"),
        ({"condition": "mint"}, "condition"),
        ({"price": Money("16.99", "USD")}, "price"),
        ({"price": Money("0", "EUR")}, "price"),
        ({"price": None}, "price"),
        ({"tax_included": False}, "price"),
        ({"gtin": "4006381333932"}, "gtin"),
        ({"brand": None}, "brand"),
        ({"shipping": (Shipping("DE", Money("4.95", "USD")),)}, "shipping"),
        ({"size_system": "MARS"}, "size_system"),
    ],
)
def test_each_rule_rejects(changes: dict[str, object], attribute: str) -> None:
    assert attribute in attributes(validate_item(item(**changes), "DE", "EUR"))


def test_limits_are_inclusive() -> None:
    ok = item(id="x" * 50, title="t" * 150, description="d" * 5000)
    assert attributes(validate_item(ok, "DE", "EUR")) == set()


def test_us_prices_exclude_tax() -> None:
    us = item(price=Money("14.99", "USD"), tax_included=False, shipping=(Shipping("US", Money("5", "USD")),))
    assert attributes(validate_item(us, "US", "USD")) == set()
    assert "price" in attributes(validate_item(replace(us, tax_included=True), "US", "USD"))
    assert price_includes_tax("GB") and price_includes_tax("AU") and not price_includes_tax("CA")


def test_identifier_exists_no_is_a_warning_not_an_error() -> None:
    no_ids = item(gtin=None, brand=None, identifier_exists="no")
    problems = validate_item(no_ids, "DE", "EUR")
    assert attributes(problems) == set()
    assert any(problem.attribute == "identifier_exists" for problem in problems)
    contradiction = item(identifier_exists="no")
    assert "identifier_exists" in attributes(validate_item(contradiction, "DE", "EUR"))


def test_apparel_needs_colour_size_gender_age_group_in_listed_countries() -> None:
    shirt = item(apparel=True, google_product_category="Apparel & Accessories > Clothing")
    assert attributes(validate_item(shirt, "DE", "EUR")) == {"color", "size", "gender", "age_group"}
    assert attributes(validate_item(shirt, "NL", "EUR")) == set()
    dressed = replace(shirt, color="Grün", size="46", gender="male", age_group="adult")
    assert attributes(validate_item(dressed, "DE", "EUR")) == set()
    assert "gender" in attributes(validate_item(replace(dressed, gender="men"), "DE", "EUR"))


def test_shipping_missing_is_a_warning_for_required_countries() -> None:
    problems = validate_item(item(shipping=()), "DE", "EUR")
    assert [p.severity for p in problems if p.attribute == "shipping"] == ["warning"]
    assert not [p for p in validate_item(item(shipping=()), "JP", "EUR") if p.attribute == "shipping"]


def test_variants_need_item_group_id_and_ids_are_unique() -> None:
    first = item(id="TEE-S", product_id="tee")
    second = item(id="TEE-M", product_id="tee")
    report = validate_feed([first, second, item(id="TEE-M", product_id="tee2")], "DE", "EUR")
    errors = {(p.item, p.attribute) for p in report.errors}
    assert ("TEE-S", "item_group_id") in errors
    assert ("TEE-M", "id") in errors
    assert [valid.id for valid in report.valid] == []
    grouped = validate_feed([replace(first, item_group_id="tee"), replace(second, item_group_id="tee")], "DE", "EUR")
    assert [valid.id for valid in grouped.valid] == ["TEE-S", "TEE-M"]


def test_price_format() -> None:
    assert format_price(Money("12.9", "EUR")) == "12.90 EUR"
    assert format_price(Money("1234.5", "JPY")) == "1235 JPY"


def catalog() -> Catalog:
    tee = Product(
        id="tee",
        title="Men's cotton T-shirt",
        description="Soft cotton tee.",
        brand="Acme",
        category="Apparel & Accessories > Clothing",
        extra={"gender": "male", "age_group": "adult"},
        image_url="https://shop.example/i/tee.jpg",
        variants=tuple(
            Variant(
                sku=f"TEE-{size}", price=Money("25", "USD"), mpn=f"T-{size}", options={"size": size, "colour": "Green"}
            )
            for size in ("S", "M")
        ),
    )
    mug = Product(
        id="mug",
        title="Mug 12 fl oz",
        description="Holds 12 fl oz.",
        brand="Acme",
        url="/products/mug",
        image_url="/i/mug.jpg",
        variants=(Variant(sku="MUG-1", price=Money("15", "USD"), gtin="4006381333931"),),
    )
    return Catalog((tee, mug))


PRICES = {sku: FeedPrice(Money("19.99", "EUR"), True) for sku in ("TEE-S", "TEE-M", "MUG-1")}


def test_build_feed_localizes_links_sizes_units_and_flags_untranslated_text() -> None:
    built = build_feed(catalog(), "DE", PRICES, link_base="https://shop.example", source_size_system="US")
    by_id = {entry.id: entry for entry in built.items}
    assert by_id["MUG-1"].link == "https://shop.example/products/mug"
    assert by_id["MUG-1"].image_link == "https://shop.example/i/mug.jpg"
    assert by_id["MUG-1"].title == "Mug 355 ml"
    assert by_id["TEE-S"].item_group_id == "tee" and by_id["MUG-1"].item_group_id is None
    assert (by_id["TEE-S"].size, by_id["TEE-S"].size_system) == ("46", "EU")
    assert by_id["TEE-S"].google_product_category == "Apparel & Accessories > Clothing"
    assert by_id["TEE-S"].link == "https://shop.example/products/tee?sku=TEE-S"
    messages = [str(problem) for problem in built.problems]
    assert any("untranslated" in message for message in messages)
    assert any("units converted" in message for message in messages)
    report = validate_feed(built.items, "DE", "EUR")
    assert {valid.id for valid in report.valid} == {"TEE-S", "TEE-M", "MUG-1"}


def test_build_feed_uses_localized_text() -> None:
    localized = {"mug": LocalizedText("mug", LocalizedField("Becher 355 ml"), LocalizedField("Fasst 355 ml."))}
    built = build_feed(catalog(), "DE", PRICES, localized=localized, link_base="https://shop.example")
    mug = next(entry for entry in built.items if entry.id == "MUG-1")
    assert (mug.title, mug.description, mug.translated) == ("Becher 355 ml", "Fasst 355 ml.", True)
    assert not [p for p in built.problems if p.item == "MUG-1" and "untranslated" in p.message]


def test_missing_price_is_rejected_not_zero() -> None:
    built = build_feed(catalog(), "DE", {}, link_base="https://shop.example")
    report = validate_feed(built.items, "DE", "EUR")
    assert report.valid == ()
    assert all(entry.price is None for entry in built.items)


def test_tsv_has_header_one_row_per_item_and_no_tabs_in_values() -> None:
    built = build_feed(catalog(), "DE", PRICES, link_base="https://shop.example")
    tabbed = replace(built.items[0], description="line one\nline\ttwo")
    text = feed_to_tsv([tabbed, *built.items[1:]])
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    assert len(rows) == 3
    assert rows[0]["description"] == "line one line two"
    assert rows[0]["price"] == "19.99 EUR"


def test_xml_is_rss_with_the_g_namespace() -> None:
    built = build_feed(catalog(), "DE", PRICES, link_base="https://shop.example", shipping=Money("4.95", "EUR"))
    document = feed_to_xml(built.items, title="Shop & Co", link="https://shop.example")
    root = SafeET.fromstring(document)
    assert root.tag == "rss" and root.get("version") == "2.0"
    entries = root.findall("./channel/item")
    assert len(entries) == 3
    first = entries[0]
    assert first.findtext(f"{G}id") == "TEE-S"
    assert first.findtext(f"{G}price") == "19.99 EUR"
    assert first.findtext(f"{G}shipping/{G}price") == "4.95 EUR"
    assert root.findtext("./channel/title") == "Shop & Co"


def test_shopify_translations_csv() -> None:
    localized = {"mug": LocalizedText("mug", LocalizedField("Becher", reviewed=True), None)}
    text, warnings = shopify_translations_csv(catalog(), localized, "de", resource_ids={"mug": "8079393226938"})
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == SHOPIFY_TRANSLATION_COLUMNS
    assert rows[1] == ["PRODUCT", "tee", "title", "de", "", "", "Men's cotton T-shirt", ""]
    mug_title = next(row for row in rows if row[1] == "8079393226938" and row[2] == "title")
    assert mug_title[5:] == ["reviewed", "Mug 12 fl oz", "Becher"]
    assert any("no translation" in warning for warning in warnings)
    assert any("numeric Shopify ID" in warning for warning in warnings)


def test_read_localized_accepts_plain_and_object_fields() -> None:
    found, locale = read_localized(
        {
            "locale": "de_DE",
            "products": [
                {"id": "a", "title": "Becher"},
                {
                    "id": "b",
                    "fields": {
                        "title": {"text": "Hut", "backend": "deepl", "reviewed": True},
                        "description": {"target": "Text", "translated": False},
                    },
                },
            ],
        }
    )
    assert locale == "de_DE"
    assert found["a"].title == LocalizedField("Becher")
    assert found["b"].title == LocalizedField("Hut", True, True, "deepl")
    assert found["b"].description is not None and not found["b"].description.translated
    with pytest.raises(InputError) as error:
        read_localized({"products": [{"title": "no id"}]})
    assert error.value.field == "products[1]"


def test_read_localized_reads_the_localize_commands_output() -> None:
    found, locale = read_localized(
        {
            "market": "DE",
            "locale": "de_DE",
            "language": "de",
            "products": [
                {
                    "id": "mug",
                    "problems": [],
                    "fields": {
                        "title": {
                            "source": "Mug",
                            "text": "Becher",
                            "backend": "memory",
                            "reviewed": False,
                            "status": "memory",
                        },
                        "description": {
                            "source": "Holds",
                            "text": "Holds",
                            "backend": "none",
                            "reviewed": False,
                            "status": "untranslated",
                        },
                    },
                }
            ],
        }
    )
    assert locale == "de_DE"
    assert found["mug"].title == LocalizedField("Becher", True, False, "memory")
    assert found["mug"].description is not None and not found["mug"].description.translated


def test_localized_catalog_json_keeps_money_as_strings() -> None:
    built = build_feed(catalog(), "DE", PRICES, link_base="https://shop.example")
    document = localized_catalog_json(
        built.items,
        "DE",
        locale="de_DE",
        currency="EUR",
        formatted_prices={"MUG-1": "19,99 €"},
        problems=built.problems,
    )
    mug = next(entry for entry in document["items"] if entry["id"] == "MUG-1")  # type: ignore[attr-defined]
    assert mug["price"] == {"amount": "19.99", "currency": "EUR"}
    assert mug["price_text"] == "19,99 €"


def test_fallback_conversion_adds_vat_where_prices_include_it() -> None:
    on = date(2025, 2, 20)
    rates = load_default_rates()
    vat = standard_vat_rate("DE", on)
    assert vat == Decimal("0.19")
    prices, warnings = convert_prices(catalog(), "DE", "EUR", on, rates, vat)
    rate = rates.rate("USD", "EUR", on).rate
    assert prices["MUG-1"] == FeedPrice(Money(Decimal(15) * rate * Decimal("1.19"), "EUR").round(), True)
    assert "without the pricing engine" in warnings[0]
    us_prices, _ = convert_prices(catalog(), "US", "USD", on, rates, None)
    assert us_prices["MUG-1"] == FeedPrice(Money("15.00", "USD"), False)
    unknown, notes = convert_prices(catalog(), "DE", "EUR", on, rates, None)
    assert unknown == {} and "unknown" in notes[-1]


def test_prices_from_results_keeps_market_and_reports_unpriced() -> None:
    class Result:
        def __init__(self, sku: str, market: str, price: Money | None) -> None:
            self.sku, self.market, self.price = sku, market, price
            self.tax_included, self.warnings, self.error = True, ("note",), None if price else "no rate"

    prices, warnings = prices_from_results(
        [Result("A", "DE", Money("1.005", "EUR")), Result("B", "DE", None), Result("A", "FR", Money("2", "EUR"))],
        "DE",
    )
    assert prices == {"A": FeedPrice(Money("1.01", "EUR"), True)}
    assert "B: not priced: no rate" in warnings
