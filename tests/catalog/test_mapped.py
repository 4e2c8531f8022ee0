"""Generic CSV through a mapping file (JSON or TOML): conversions, clear errors for bad mappings and rows."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from borderless.catalog import catalog_to_json, read_text
from borderless.catalog.importing import import_catalog
from borderless.catalog.mapped import load_mapping_text, parse_mapped_csv, parse_mapping
from borderless.errors import DataError, InputError
from borderless.money import Money

FIXTURES = Path(__file__).parent.parent / "fixtures" / "catalog"
SUPPLIER = read_text(FIXTURES / "supplier_de.csv")


def mapping_file(name: str) -> dict[str, object]:
    path = FIXTURES / name
    return load_mapping_text(path.read_text(encoding="utf-8"), suffix=path.suffix)


def test_toml_and_json_mappings_give_the_same_catalog() -> None:
    toml = import_catalog(SUPPLIER, "csv", mapping=mapping_file("supplier_de.mapping.toml"))
    json_ = import_catalog(SUPPLIER, "csv", mapping=mapping_file("supplier_de.mapping.json"))
    assert catalog_to_json(toml.catalog) == catalog_to_json(json_.catalog)
    assert toml.problems == json_.problems


def test_supplier_list_with_semicolons_decimal_commas_and_grams() -> None:
    result = import_catalog(SUPPLIER, "csv", mapping=mapping_file("supplier_de.mapping.toml"))
    trousers = result.catalog.products[0]
    assert trousers.id == "100" and [variant.sku for variant in trousers.variants] == ["100-S", "100-M"]
    small = trousers.variants[0]
    assert small.price == Money("89.95", "EUR") and small.cost == Money("31.20", "EUR")
    assert small.weight_kg == Decimal("0.520") and small.hs_code == "620342" and small.country_of_origin == "VN"
    assert dict(small.options) == {"Größe": "S"} and small.gtin == "4006381333931"
    assert trousers.extra == {"Lieferant": "Bergwerk GmbH"}  # unmapped columns are kept
    bottle = result.catalog.find("200")
    assert bottle is not None
    assert bottle.variant.price == Money("1234.50", "EUR")  # empty currency cell: the constant
    assert bottle.variant.country_of_origin == "CN"  # "China"


def test_bad_rows_name_the_source_column() -> None:
    result = import_catalog(SUPPLIER, "csv", mapping=mapping_file("supplier_de.mapping.toml"))
    assert [(problem.row, problem.field) for problem in result.errors] == [
        (5, "VK brutto"),
        (6, "Artikelnummer"),
        (7, "Gewicht (g)"),
    ]
    assert result.rows_read == 6 == len(result.imported_rows) + len(result.error_rows)


def test_default_currency_is_used_with_a_warning() -> None:
    mapping = parse_mapping({"columns": {"sku": "id", "title": "name", "price": "price"}}, default_currency="GBP")
    result = parse_mapped_csv("id,name,price\nA,Apron,12.00\n", mapping)
    assert next(result.catalog.items()).variant.price == Money("12.00", "GBP")
    assert "prices read as GBP" in result.warnings[0].message


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"columns": {"sku": "a", "title": "b", "prize": "c"}},
            "unknown field 'prize' in columns (did you mean 'price'?)",
        ),
        ({"columns": {"sku": "a", "title": "b"}}, "price must be mapped"),
        ({"columns": {"sku": "a", "title": "b", "price": "c"}, "colums": {}}, "unknown key 'colums'"),
        ({"columns": {"sku": "a", "title": "b", "price": "c"}, "delimiter": ";;"}, "one character"),
        ({"columns": {"sku": "a", "title": "b", "price": "c"}, "weight_unit": "stone"}, "weight_unit 'stone'"),
        ({"columns": {"sku": "a", "title": "b", "price": 3.5}}, "must be text"),
        (
            {"columns": {"sku": "a", "title": "b", "price": "c"}, "constants": {"colour": "red"}},
            "unknown field 'colour'",
        ),
    ],
)
def test_bad_mapping_is_one_clear_error(data: dict[str, object], message: str) -> None:
    with pytest.raises(DataError) as caught:
        parse_mapping(data)
    assert message in str(caught.value)


def test_unknown_currency_constant_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown currency"):
        parse_mapping({"columns": {"sku": "a", "title": "b", "price": "c"}, "constants": {"currency": "XXY"}})


def test_mapped_column_missing_from_the_file_names_it_and_lists_the_columns() -> None:
    mapping = parse_mapping({"columns": {"sku": "Item", "title": "Name", "price": "Price"}})
    with pytest.raises(DataError, match=r"'Price' \(for price\).*columns are: Item, Name, Cost"):
        parse_mapped_csv("Item,Name,Cost\nA,B,1\n", mapping)


def test_bad_mapping_file_syntax() -> None:
    with pytest.raises(DataError, match="not valid TOML"):
        load_mapping_text("[columns\nsku = 1", suffix=".toml")
    with pytest.raises(DataError, match="not valid JSON"):
        load_mapping_text("{columns:", suffix=".json")
    with pytest.raises(InputError, match="needs a mapping"):
        import_catalog("a\n1\n", "csv")
