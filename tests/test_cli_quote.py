"""The `borderless quote` shell: JSON, JSONL, stdin, bad input as one clear line with exit code 2."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from borderless.cli.main import cli

GOOD: dict[str, Any] = {
    "date": "2026-08-01", "origin": "CN", "destination": "FR", "currency": "EUR", "incoterm": "DDP",
    "mode": "courier", "items": [{"sku": "TS-1", "description": "Cotton T-shirt", "hs_code": "610910",
                                  "unit_value": "19.99", "quantity": 2, "weight_kg": "0.2",
                                  "country_of_origin": "CN", "duty_rate": "0.12"}],
    "shipping": "8.00", "insurance": "0", "seller": {"registrations": ["EU_IOSS"]}, "quote_currency": "EUR",
}


def invoke(*args: str, stdin: str | None = None) -> Any:
    return CliRunner().invoke(cli, list(args), input=stdin)


def test_demo_prints_a_table() -> None:
    result = invoke("quote", "--demo")
    assert result.exit_code == 0, result.output
    assert "Total landed cost" in result.output
    assert "Rules and sources" in result.output


def test_json_answer_shape(tmp_path: Path) -> None:
    path = tmp_path / "cart.json"
    path.write_text(json.dumps(GOOD))
    result = invoke("quote", str(path), "--json")
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    for key in ("currency", "customs_value", "duty", "taxes", "fees", "total_landed_cost", "due_at_checkout",
                "due_at_delivery", "lines", "exchange_rates_used", "warnings"):
        assert key in answer
    # goods 39.98 + shipping 8.00 + EU flat duty 3.00 + IOSS VAT 20 % of 47.98 = 9.60 + FR parcel tax 2.00
    assert answer["total_landed_cost"] == {"amount": "62.58", "currency": "EUR"}
    duty = next(line for line in answer["lines"] if line["kind"] == "duty")
    assert duty["source"]["url"].startswith("https://")
    assert duty["effective"] == {"from": "2026-07-01", "to": "2028-07-01"}
    assert duty["confidence"] in ("verified", "secondary", "uncertain")
    for line in answer["lines"]:
        assert set(line) >= {"kind", "label", "base", "rate", "amount", "rule", "source", "effective", "confidence"}


def test_stdin() -> None:
    result = invoke("quote", "-", "--json", stdin=json.dumps(GOOD))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"destination": "XX"}, "destination"),
        ({"currency": "EURO"}, "currency"),
        ({"items": [{"hs_code": "619999", "unit_value": "1", "quantity": 1}]}, "items[0].hs_code"),
        ({"items": [{"hs_code": "610910", "unit_value": "-3", "quantity": 1}]}, "items[0].unit_value"),
        ({"items": [{"hs_code": "610910", "unit_value": "abc", "quantity": 1}]}, "items[0].unit_value"),
        ({"items": [{"hs_code": "610910", "quantity": 1}]}, "items[0].unit_value"),
        ({"items": [{"hs_code": "610910", "unit_value": "3", "quantity": 0}]}, "items[0].quantity"),
        ({"date": "2026-13-01"}, "date"),
        ({"incoterm": "FOB"}, "incoterm"),
        ({"seller": {"registrations": ["EU_OSS"]}}, "seller.registrations[0]"),
        ({"destination_region": "CA-ON"}, "destination_region"),
    ],
)
def test_bad_input_is_one_clear_line(tmp_path: Path, change: dict[str, Any], field: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({**GOOD, **change}))
    result = invoke("quote", str(path), "--json")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert f"{field}:" in result.output
    assert result.output.startswith("error: ")


def test_missing_field_and_malformed_json(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({k: v for k, v in GOOD.items() if k != "origin"}))
    result = invoke("quote", str(path))
    assert result.exit_code == 2 and "origin: missing" in result.output
    path.write_text("{not json")
    result = invoke("quote", str(path))
    assert result.exit_code == 2 and "malformed JSON" in result.output


def test_floats_in_json_are_accepted_as_numbers(tmp_path: Path) -> None:
    data = json.loads(json.dumps(GOOD))
    data["items"][0]["unit_value"] = 19.99
    path = tmp_path / "n.json"
    path.write_text(json.dumps(data))
    result = invoke("quote", str(path), "--json")
    assert result.exit_code == 0, result.output


def test_jsonl_keeps_order_and_reports_bad_lines(tmp_path: Path) -> None:
    lines = [json.dumps(GOOD), "{broken", json.dumps({**GOOD, "destination": "JP"}),
             json.dumps({**GOOD, "origin": "ZZ"})]
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(lines) + "\n")
    result = invoke("quote", "--jsonl", str(path))
    assert result.exit_code == 2
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 4
    assert out[0]["currency"] == "EUR"
    assert out[1]["line"] == 2 and "malformed JSON" in out[1]["error"]["message"]
    assert out[2]["currency"] == "EUR"  # quote_currency EUR for a JP destination
    assert out[3] == {"line": 4, "error": {"field": "origin", "message": out[3]["error"]["message"]}}


def test_merchant_tariff_table(tmp_path: Path) -> None:
    table = tmp_path / "tariffs.csv"
    table.write_text("destination,hs_prefix,origin,rate\nUS,6109,*,0.165\n")
    request = {**GOOD, "destination": "US", "currency": "USD", "quote_currency": "USD", "seller": None,
               "items": [{"sku": "TS", "hs_code": "610910", "unit_value": "20", "quantity": 1}]}
    path = tmp_path / "us.json"
    path.write_text(json.dumps(request))
    result = invoke("quote", str(path), "--json", "--tariffs", str(table))
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    duty = next(line for line in answer["lines"] if line["kind"] == "duty" and line.get("item") == "TS")
    assert duty["amount"] == {"amount": "3.30", "currency": "USD"}
