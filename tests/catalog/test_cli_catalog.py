"""`borderless catalog import|export`: JSON summary, exit codes, files written, round trip through the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from borderless.catalog import catalog_to_json, read_catalog
from borderless.cli.main import cli

FIXTURES = Path(__file__).parent.parent / "fixtures" / "catalog"


def invoke(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


def test_shopify_import_json_summary_has_exactly_the_documented_keys(tmp_path: Path) -> None:
    out = tmp_path / "catalog.csv"
    result = invoke(
        "catalog",
        "import",
        str(FIXTURES / "shopify_products.csv"),
        "--format",
        "shopify",
        "--currency",
        "EUR",
        "--out",
        str(out),
        "--json",
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert set(summary) == {"products", "variants", "rows_read", "errors", "warnings"}
    assert (summary["products"], summary["variants"], summary["rows_read"]) == (6, 12, 22)
    assert {"row": 15, "field": "Variant Price", "message": "not a decimal number: 'fifty-nine'"} in summary["errors"]
    assert all(set(error) == {"row", "field", "message"} for error in summary["errors"])
    stored = read_catalog(out)
    assert len(stored.catalog) == 12 and not stored.errors
    assert stored.catalog.find("TEE-ORG-S-NVY").variant.price.currency == "EUR"  # type: ignore[union-attr]


def test_human_summary_lists_counts_errors_and_the_output(tmp_path: Path) -> None:
    result = invoke(
        "catalog",
        "import",
        str(FIXTURES / "woocommerce_products.csv"),
        "--format",
        "woocommerce",
        "--out",
        str(tmp_path / "c.json"),
    )
    assert result.exit_code == 0, result.output
    assert (
        "4 products, 6 variants from 13 rows (6 imported, 1 merged into their product, 6 with errors)" in result.output
    )
    assert "row 8, Type: grouped product not imported" in result.output
    assert "catalog written to" in result.output and (tmp_path / "c.json").is_file()


def test_mapped_csv_import_with_toml_mapping(tmp_path: Path) -> None:
    result = invoke(
        "catalog",
        "import",
        str(FIXTURES / "supplier_de.csv"),
        "--format",
        "csv",
        "--mapping",
        str(FIXTURES / "supplier_de.mapping.toml"),
        "--out",
        str(tmp_path / "c.csv"),
        "--json",
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert (summary["products"], summary["variants"], len(summary["errors"])) == (2, 3, 3)


def test_round_trip_through_the_cli_is_lossless(tmp_path: Path) -> None:
    first, exported, second = tmp_path / "first.csv", tmp_path / "shopify.csv", tmp_path / "second.json"
    source = str(FIXTURES / "shopify_products.csv")
    assert invoke("catalog", "import", source, "--format", "shopify", "--out", str(first)).exit_code == 0
    result = invoke("catalog", "export", str(first), "--format", "shopify", "--out", str(exported))
    assert result.exit_code == 0, result.output
    assert "6 products, 12 variants written" in result.output and "prices are in USD" in result.output
    assert invoke("catalog", "import", str(exported), "--format", "shopify", "--out", str(second)).exit_code == 0
    assert catalog_to_json(read_catalog(first).catalog) == catalog_to_json(read_catalog(second).catalog)


def test_nothing_importable_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Handle,Title,Variant SKU,Variant Price\na,A,A-1,free\nb,B,B-1,\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = invoke("catalog", "import", str(bad), "--format", "shopify", "--out", str(out), "--json")
    assert result.exit_code == 2
    summary = json.loads(result.output)
    assert summary["variants"] == 0 and [error["row"] for error in summary["errors"]] == [2, 3]
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--format", "csv"), "--format csv needs --mapping"),
        (("--format", "shopify", "--mapping", "m.toml"), "--mapping is only for --format csv"),
        (("--format", "shopify", "--currency", "EURO"), "unknown currency 'EURO'"),
        (("--format", "woocommerce"), "does not look like a WooCommerce"),
    ],
)
def test_user_errors_are_one_line_with_exit_2(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    source = shutil.copy(FIXTURES / "shopify_2024.csv", tmp_path / "in.csv")
    result = invoke("catalog", "import", str(source), *args, "--out", str(tmp_path / "o.csv"))
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_bad_mapping_field_and_missing_file_exit_2(tmp_path: Path) -> None:
    mapping = tmp_path / "m.json"
    mapping.write_text('{"columns": {"sku": "a", "title": "b", "prize": "c"}}', encoding="utf-8")
    result = invoke(
        "catalog",
        "import",
        str(FIXTURES / "supplier_de.csv"),
        "--format",
        "csv",
        "--mapping",
        str(mapping),
        "--out",
        str(tmp_path / "o.csv"),
    )
    assert result.exit_code == 2 and "unknown field 'prize'" in result.output
    missing = invoke("catalog", "import", str(tmp_path / "nope.csv"), "--format", "shopify", "--out", "x.csv")
    assert missing.exit_code == 2 and "cannot read" in missing.output


def test_export_refuses_a_catalog_with_mixed_currencies(tmp_path: Path) -> None:
    catalog = tmp_path / "c.csv"
    catalog.write_text(
        "sku,title,price,currency,hs_code,weight_kg,country_of_origin\nA,Mug,5,USD,,,\nB,Cup,5,EUR,,,\n",
        encoding="utf-8",
    )
    result = invoke("catalog", "export", str(catalog), "--format", "shopify", "--out", str(tmp_path / "s.csv"))
    assert result.exit_code == 2 and "a Shopify CSV holds one currency" in result.output
