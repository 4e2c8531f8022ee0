"""The native catalog format: row-by-row validation, grouping into variants, round trips."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from borderless.catalog import (
    catalog_to_json,
    parse_catalog_csv,
    parse_catalog_json,
    read_catalog,
    valid_gtin,
    write_catalog,
)
from borderless.errors import DataError
from borderless.money import Money

HEADER = "sku,title,price,currency,hs_code,weight_kg,country_of_origin"


def load(*rows: str, header: str = HEADER):  # type: ignore[no-untyped-def]
    return parse_catalog_csv("\n".join([header, *rows]) + "\n")


def test_minimal_columns_load() -> None:
    result = load("TS-1,T-shirt,24.00,usd,6109.10,0.2,pt")
    (item,) = result.catalog.items()
    assert item.variant.price == Money("24.00", "USD")
    assert item.variant.hs_code == "610910"
    assert item.variant.country_of_origin == "PT"
    assert item.variant.weight_kg == Decimal("0.2")
    assert item.product.id == "TS-1"
    assert result.rows_read == 1 and not result.problems


def test_missing_column_is_one_clear_error() -> None:
    with pytest.raises(DataError, match=r"missing column.*weight_kg"):
        parse_catalog_csv("sku,title,price,currency,hs_code,country_of_origin\nA,B,1,USD,610910,CN\n")


@pytest.mark.parametrize(
    ("row", "field", "message"),
    [
        ("A,Mug,-3,USD,691200,0.4,CN", "price", "negative"),
        ("A,Mug,0,USD,691200,0.4,CN", "price", "more than zero"),
        ("A,Mug,abc,USD,691200,0.4,CN", "price", "not a decimal"),
        ("A,Mug,3,XYZ,691200,0.4,CN", "currency", "unknown currency"),
        ("A,Mug,3,USD,999999,0.4,CN", "hs_code", "9999"),
        ("A,Mug,3,USD,691200,-1,CN", "weight_kg", "negative"),
        ("A,Mug,3,USD,691200,0.4,QQ", "country_of_origin", "unknown country"),
        (",Mug,3,USD,691200,0.4,CN", "sku", "missing"),
        ("A,,3,USD,691200,0.4,CN", "title", "missing"),
    ],
)
def test_bad_row_is_reported_with_row_and_field_and_good_rows_still_load(row: str, field: str, message: str) -> None:
    result = load("GOOD,Plate,5,USD,691200,0.5,CN", row, "GOOD2,Bowl,5,USD,691200,0.5,CN")
    assert [item.sku for item in result.catalog.items()] == ["GOOD", "GOOD2"]
    (problem,) = result.errors
    assert (problem.row, problem.field) == (3, field)
    assert message in problem.message
    assert result.rows_read == 3


def test_duplicate_sku_is_an_error_naming_the_first_row() -> None:
    result = load("A,Mug,3,USD,691200,0.4,CN", "A,Mug,3,USD,691200,0.4,CN")
    (problem,) = result.errors
    assert problem.row == 3 and "row 2" in problem.message


def test_row_with_too_many_values_is_reported() -> None:
    result = load("A,Mug,3,USD,691200,0.4,CN,extra")
    assert result.errors[0].row == 2 and len(result.catalog) == 0 and result.rows_read == 1


def test_variants_group_by_product_id_with_options() -> None:
    result = load(
        "TS-S,Tee,24,USD,610910,0.2,PT,TS,S,Blue",
        "TS-M,,24,USD,610910,0.2,PT,TS,M,Blue",
        header=HEADER + ",product_id,option:size,option:colour",
    )
    (product,) = result.catalog.products
    assert [variant.options["size"] for variant in product.variants] == ["S", "M"]
    assert product.title == "Tee"


def test_bad_gtin_is_a_warning_and_the_row_loads() -> None:
    result = load("A,Mug,3,USD,691200,0.4,CN,4006381333932", header=HEADER + ",gtin")
    assert len(result.catalog) == 1 and result.warnings[0].field == "gtin" and not result.errors


def test_gtin_check_digit() -> None:
    assert valid_gtin("4006381333931") and valid_gtin("036000291452") and not valid_gtin("4006381333932")


def test_json_round_trip_keeps_everything(tmp_path: Path) -> None:
    original = load(
        'TS-S,Tee,24,USD,610910,0.2,PT,TS,S,"summer, cotton",Organic tee,kept',
        header=HEADER + ",product_id,option:size,tags,description,supplier",
    ).catalog
    for name in ("catalog.json", "catalog.csv"):
        write_catalog(original, tmp_path / name)
        again = read_catalog(tmp_path / name)
        assert not again.problems
        assert catalog_to_json(again.catalog) == catalog_to_json(original)
    assert original.products[0].extra == {"supplier": "kept"}


def test_json_rows_and_floats_parsed_as_decimal() -> None:
    data = json.loads(
        '[{"sku": "A", "title": "Mug", "price": 3.10, "currency": "EUR", "hs_code": "691200"}]', parse_float=Decimal
    )
    result = parse_catalog_json(data)
    assert next(result.catalog.items()).variant.price == Money("3.10", "EUR")


def test_windows_1252_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes((HEADER + "\nA,Café crème,3,EUR,090121,0.25,CO\n").encode("cp1252"))
    assert read_catalog(path).catalog.products[0].title == "Café crème"
