"""`borderless feed`: validated before writing, problems per product and attribute, exit code 2 when no
item is valid (valid items still written), bad input as one line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as SafeET
from click.testing import CliRunner

from borderless.cli.main import cli
from borderless.feeds import GOOGLE_NAMESPACE

HEADER = "sku,title,price,currency,hs_code,weight_kg,country_of_origin,product_id,description,brand,gtin,image_url,url"
CATALOG = (
    HEADER
    + """
MUG-1,Ceramic mug 12 fl oz,15.00,USD,691200,0.4,US,mug,Holds 12 fl oz.,Acme,4006381333931,https://shop.example/i/mug.jpg,https://shop.example/products/mug
BAD-1,Mystery item,9.00,USD,950300,0.1,US,bad,,,,ftp://x/y.jpg,
"""
)
ONLY_BAD = """sku,title,price,currency,hs_code,weight_kg,country_of_origin,image_url
BAD-1,Mystery item,9.00,USD,950300,0.1,US,ftp://x/y.jpg
"""


def invoke(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "shop.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_xml_feed_writes_valid_items_and_reports_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "de.xml"
    result = invoke(
        "feed",
        str(write(tmp_path, CATALOG)),
        "--market",
        "DE",
        "--format",
        "google-xml",
        "--out",
        str(out),
        "--on",
        "2025-02-20",
        "--shipping",
        "4.95",
    )
    assert result.exit_code == 0, result.output
    assert "BAD-1 (bad), image_link: must be an absolute http(s) URL" in result.stderr
    root = SafeET.parse(out).getroot()
    ids = [element.text for element in root.iter(f"{{{GOOGLE_NAMESPACE}}}id")]
    assert ids == ["MUG-1"]
    price = root.find(f".//{{{GOOGLE_NAMESPACE}}}price")
    assert price is not None and price.text is not None and price.text.endswith(" EUR")
    title = root.find(f".//{{{GOOGLE_NAMESPACE}}}title")
    assert title is not None and title.text == "Ceramic mug 355 ml"


def test_tsv_feed_for_the_us_excludes_tax(tmp_path: Path) -> None:
    out = tmp_path / "us.tsv"
    result = invoke(
        "feed",
        str(write(tmp_path, CATALOG)),
        "--market",
        "US",
        "--format",
        "google-tsv",
        "--out",
        str(out),
        "--on",
        "2025-02-20",
        "--json",
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["items"], report["valid"]) == (2, 1)
    assert any(problem["attribute"] == "image_link" for problem in report["problems"])
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")), delimiter="\t"))
    assert rows[0]["id"] == "MUG-1" and rows[0]["price"].endswith(" USD")


def test_no_valid_item_exits_2_and_still_writes_the_file(tmp_path: Path) -> None:
    out = tmp_path / "de.tsv"
    result = invoke(
        "feed",
        str(write(tmp_path, ONLY_BAD)),
        "--market",
        "DE",
        "--format",
        "google-tsv",
        "--out",
        str(out),
        "--on",
        "2025-02-20",
    )
    assert result.exit_code == 2
    assert "error: no item is valid for DE" in result.stderr
    assert out.read_text(encoding="utf-8").count("\n") == 1  # the header only


def test_localized_text_and_json_export(tmp_path: Path) -> None:
    localized = tmp_path / "de.json"
    localized.write_text(
        json.dumps(
            {
                "locale": "de_DE",
                "products": [
                    {
                        "id": "mug",
                        "title": {"text": "Keramikbecher 355 ml", "backend": "memory", "reviewed": True},
                        "description": "Fasst 355 ml.",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    out = tmp_path / "catalog-de.json"
    result = invoke(
        "feed",
        str(write(tmp_path, CATALOG)),
        "--market",
        "DE",
        "--format",
        "json",
        "--out",
        str(out),
        "--on",
        "2025-02-20",
        "--localized",
        str(localized),
    )
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text(encoding="utf-8"))
    (mug,) = document["items"]
    assert mug["title"] == "Keramikbecher 355 ml"
    assert mug["price_text"].endswith("€")
    assert document["locale"] == "de_DE"


def test_shopify_csv(tmp_path: Path) -> None:
    out = tmp_path / "shopify.csv"
    result = invoke(
        "feed",
        str(write(tmp_path, CATALOG)),
        "--market",
        "FR",
        "--format",
        "shopify-csv",
        "--out",
        str(out),
        "--on",
        "2025-02-20",
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8-sig")
    assert text.startswith("Type,Identification,Field,Locale,Market,Status,Default content,Translated content")
    assert "numeric Shopify ID" in result.stderr


def test_bad_market_is_one_line(tmp_path: Path) -> None:
    result = invoke(
        "feed",
        str(write(tmp_path, CATALOG)),
        "--market",
        "Germany",
        "--format",
        "google-tsv",
        "--out",
        str(tmp_path / "x.tsv"),
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ")
    assert "Traceback" not in result.output
