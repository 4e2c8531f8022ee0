"""`borderless screen`: JSON output, exit codes, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from borderless.cli.main import cli

FIXTURE = str(Path(__file__).parent / "fixtures" / "catalog.csv")


def test_screen_json_reports_verdicts_and_bad_rows() -> None:
    result = CliRunner().invoke(cli, ["screen", FIXTURE, "--markets", "TH,AU,GB", "--date", "2026-11-21", "--json"])
    assert result.exit_code == 2  # one bad catalog row; good rows still screened
    data = json.loads(result.stdout)
    assert data["markets"] == ["TH", "AU", "GB"]
    assert data["mode"] == "air"
    assert len(data["verdicts"]) == 9 * 3
    assert data["catalog_problems"][0]["row"] == 11
    assert sum(data["summary"].values()) == 27
    assert "row 11, price" in result.stderr


def test_screen_table_output() -> None:
    result = CliRunner().invoke(cli, ["screen", FIXTURE, "--markets", "SG", "--mode", "sea", "--date", "2026-11-21"])
    assert "SG.e-cigarette" in result.stdout
    assert "clear" in result.stdout and result.exit_code == 2


def test_unknown_market_is_one_clear_line() -> None:
    result = CliRunner().invoke(cli, ["screen", FIXTURE, "--markets", "TH,XX"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --markets: no screening rules for XX")
    assert "Traceback" not in result.output


def test_missing_catalog_is_an_error() -> None:
    result = CliRunner().invoke(cli, ["screen", "/nonexistent.csv", "--markets", "TH"])
    assert result.exit_code == 2
    assert "error:" in result.stderr
