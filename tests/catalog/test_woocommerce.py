"""WooCommerce product CSV: simple and variable products, variations found through Parent, bad rows."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from borderless.catalog import read_text
from borderless.catalog.importing import CatalogImport
from borderless.catalog.woocommerce import EXTRA_VARIATIONS, parse_woocommerce_csv
from borderless.errors import DataError
from borderless.money import Money

FIXTURES = Path(__file__).parent.parent / "fixtures" / "catalog"


@pytest.fixture(scope="module")
def shop() -> CatalogImport:
    return parse_woocommerce_csv(read_text(FIXTURES / "woocommerce_products.csv"), currency="EUR")


def test_simple_product_is_one_variant_with_its_fields(shop: CatalogImport) -> None:
    item = shop.catalog.find("WOO-BOTTLE")
    assert item is not None
    product, variant = item.product, item.variant
    assert product.id == "WOO-BOTTLE" and product.title == "Insulated Bottle 750 ml"
    assert variant.price == Money("32.00", "EUR") and variant.weight_kg == Decimal("0.42")
    assert variant.hs_code == "732393" and variant.country_of_origin == "CN" and variant.gtin == "4006381333931"
    assert product.description == "<p>Double-walled steel.</p>\n<p>BPA free.</p>"
    assert product.category == "Outdoor > Bottles" and product.extra["Categories"] == "Outdoor > Bottles, Sale"
    assert product.tags == ("outdoor", "steel") and product.brand == "Hydra" and product.status == "active"
    assert product.image_url == "https://shop.example/bottle.jpg" and variant.image_url == product.image_url
    assert product.extra["Sale price"] == "27.00" and product.extra["Short description"].startswith("Keeps drinks")


def test_variations_join_their_parent_by_id_or_sku_in_any_order(shop: CatalogImport) -> None:
    hoodie = next(product for product in shop.catalog.products if product.id == "WOO-HOODIE")
    assert hoodie.title == "Zip Hoodie" and hoodie.category == "Clothing > Hoodies"
    options = {variant.sku: dict(variant.options) for variant in hoodie.variants}
    assert options["WOO-HOODIE-L-GRY"] == {"Size": "L", "Colour": "Grey"}  # listed before its parent, Parent = SKU
    assert options["WOO-HOODIE-M-GRY"] == {"Size": "M", "Colour": "Grey"}  # Parent = id:20
    assert len(hoodie.variants) == 3


def test_variations_inherit_weight_hs_code_and_origin_from_the_parent(shop: CatalogImport) -> None:
    grey = shop.catalog.find("WOO-HOODIE-M-GRY")
    assert grey is not None
    assert grey.variant.weight_kg == Decimal("0.65") and grey.variant.hs_code == "611020"
    assert grey.variant.country_of_origin == "BD"
    assert grey.variant.image_url == "https://shop.example/hoodie-grey.jpg"
    navy = next(item for item in shop.catalog.items() if item.variant.options.get("Colour") == "Navy")
    assert navy.variant.weight_kg == Decimal("0.7")  # its own weight wins


def test_decimal_comma_price_is_read(shop: CatalogImport) -> None:
    item = shop.catalog.find("WOO-HOODIE-L-GRY")
    assert item is not None and item.variant.price == Money("64.90", "EUR")
    per_variation = json.loads(item.product.extra[EXTRA_VARIATIONS])
    assert per_variation["WOO-HOODIE-L-GRY"]["Stock"] == "4"


def test_virtual_simple_and_external_products_import(shop: CatalogImport) -> None:
    ebook = shop.catalog.find("WOO-EBOOK")
    tent = shop.catalog.find("WOO-TENT")
    assert ebook is not None and ebook.product.status == "draft" and ebook.variant.weight_kg is None
    assert tent is not None and tent.product.url == "https://partner.example/tent"


@pytest.mark.parametrize(
    ("row", "field", "message"),
    [
        (7, "Regular price", "missing"),
        (8, "Type", "grouped product not imported"),
        (10, "Parent", "parent 'id:999' is not a variable product"),
        (12, "Type", "unknown product type 'bundle'"),
        (13, None, "variable product has no importable variation"),
        (14, "Weight (kg)", "not a number: 'heavy'"),
    ],
)
def test_bad_rows_are_reported(shop: CatalogImport, row: int, field: str | None, message: str) -> None:
    (problem,) = [problem for problem in shop.errors if problem.row == row]
    assert problem.field == field and message in problem.message


def test_every_row_is_imported_merged_or_reported(shop: CatalogImport) -> None:
    imported, merged, errored = set(shop.imported_rows), set(shop.merged_rows), set(shop.error_rows)
    assert merged == {4}  # the variable parent row
    assert not (imported & merged) and not (imported & errored) and not (merged & errored)
    assert imported | merged | errored == set(range(2, 15))
    assert shop.rows_read == len(imported) + len(merged) + len(errored) == 13


def test_missing_variation_sku_is_derived_with_a_warning(shop: CatalogImport) -> None:
    (warning,) = [problem for problem in shop.warnings if problem.row == 6]
    assert warning.field == "SKU" and "WOO-HOODIE-m-navy" in warning.message
    assert shop.catalog.find("WOO-HOODIE-m-navy") is not None


def test_weight_unit_comes_from_the_header() -> None:
    text = "ID,Type,SKU,Name,Regular price,Weight (lbs)\n1,simple,A,Anvil,100,2\n2,simple,B,Feather,1,0.5\n"
    result = parse_woocommerce_csv(text)
    weights = [item.variant.weight_kg for item in result.catalog.items()]
    assert weights == [Decimal("0.90718474"), Decimal("0.226796185")]


def test_not_a_woocommerce_export() -> None:
    with pytest.raises(DataError, match="does not look like a WooCommerce"):
        parse_woocommerce_csv("Handle,Title,Variant Price\na,A,1\n")
    with pytest.raises(DataError, match="unknown weight unit"):
        parse_woocommerce_csv("Type,SKU,Name,Regular price,Weight (stone)\nsimple,A,B,1,2\n")
