"""`borderless price`: the JSON contract, CSV price lists (one process or several), bad input."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from click.testing import CliRunner

from borderless.cli.main import cli

CATALOG = Path(__file__).resolve().parents[1] / "fixtures" / "pricing" / "catalog.csv"
JSON_KEYS = {"sku", "market", "price", "tax_included", "strategy", "steps", "landed_cost", "margin", "margin_rate",
             "warnings"}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["price", *args, "--date", "2026-11-21"])
    return result.exit_code, result.stdout, result.stderr


def test_json_has_the_documented_fields_for_every_sku_and_market() -> None:
    code, out, _ = run(str(CATALOG), "--markets", "DE,JP", "--strategy", "ddp", "--json")

    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 2 * 6
    for row in rows:
        assert set(row) >= JSON_KEYS
        assert set(row["price"]) == {"amount", "currency"}
        assert all(set(step) == {"step", "value", "reason"} for step in row["steps"])
    assert {row["price"]["currency"] for row in rows if row["market"] == "JP"} == {"JPY"}


def test_out_writes_one_price_list_per_market_and_workers_do_not_change_it(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    code_one, out_one, _ = run(str(CATALOG), "--markets", "DE,JP,BR", "--strategy", "ddp", "--out", str(one),
                               "--workers", "1")
    code_two, _, _ = run(str(CATALOG), "--markets", "DE,JP,BR", "--strategy", "ddp", "--out", str(two),
                         "--workers", "2")

    assert code_one == code_two == 0
    for market in ("DE", "JP", "BR"):
        first = (one / f"prices-{market}.csv").read_text(encoding="utf-8")
        assert first == (two / f"prices-{market}.csv").read_text(encoding="utf-8")
        rows = list(csv.DictReader(first.splitlines()))
        assert len(rows) == 6 and all(row["price"] for row in rows)
    assert "prices-BR.csv" in out_one  # a summary per market, not 18 rows on the screen


def test_a_bad_row_is_reported_and_the_others_are_still_priced(tmp_path: Path) -> None:
    catalog = tmp_path / "shop.csv"
    lines = CATALOG.read_text(encoding="utf-8").splitlines()
    catalog.write_text("\n".join([*lines, "BAD-1,Broken mug,-5,USD,691200,0.4,CN,1.00,,"]) + "\n", encoding="utf-8")

    code, _, err = run(str(catalog), "--markets", "DE", "--out", str(tmp_path / "out"))

    assert code == 1
    assert "row 8" in err and "price" in err
    written = (tmp_path / "out" / "prices-DE.csv").read_text(encoding="utf-8")
    assert len(list(csv.DictReader(written.splitlines()))) == 6


def test_nothing_readable_exits_2(tmp_path: Path) -> None:
    catalog = tmp_path / "shop.csv"
    catalog.write_text("sku,title,price,currency,hs_code,weight_kg,country_of_origin\nA,Mug,abc,USD,691200,0.4,CN\n",
                       encoding="utf-8")

    code, _, err = run(str(catalog), "--markets", "DE")

    assert code == 2
    assert "nothing priced" in err


def test_unknown_market_names_the_option() -> None:
    code, _, err = run(str(CATALOG), "--markets", "DE,XX")

    assert code == 2
    assert "--markets" in err and "XX" in err
