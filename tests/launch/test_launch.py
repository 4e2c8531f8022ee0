"""The launch kit end to end: playbook, readiness, diff, artifacts, CLI, and a real browser check."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from borderless.cli.main import cli
from borderless.errors import InputError
from borderless.launch.diff import diff_kits
from borderless.launch.playbook import parse_playbook, playbook_from_profile
from borderless.launch.readiness import AREAS, score_market
from borderless.launch.report import ROWS_SHOWN, render_report

DEMO = Path(__file__).resolve().parents[2] / "src" / "borderless" / "data" / "demo"
SECTIONS = ("prices", "compliance-flags", "payments", "shipping", "calendar", "culture", "privacy", "readiness")


@pytest.fixture(scope="module")
def kit_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("kit")
    result = CliRunner().invoke(
        cli, ["launch", "--demo", "--markets", "DE,JP,BR", "--date", "2026-11-21", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    return out


def test_playbook_from_profile_round_trips() -> None:
    profile = json.loads((DEMO / "profile.json").read_text(encoding="utf-8"))
    playbook = playbook_from_profile(profile)
    assert playbook.home_country == "US" and playbook.markets and "DE" in playbook.markets
    assert parse_playbook(playbook.to_json()) == playbook
    assert playbook.policy().defaults.strategy == "ddp"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"home_country": "XX"}, "home_country"),
        ({"home_country": "US", "strategy": "cheap"}, "strategy"),
        ({"home_country": "US", "markets": ["DE", "ZZ"]}, "markets"),
        ({"home_country": "US", "pricing": {"payment_fee_rate": "3"}}, "payment_fee_rate"),
        ({"home_country": "US", "date": "2026-13-01"}, "date"),
    ],
)
def test_bad_playbook_names_the_field(data: dict[str, object], field: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_playbook(data)
    assert field in (raised.value.field or "")


def test_readiness_levels_climb_in_order() -> None:
    facts = {"priced_share": 1.0, "translated_share": 0.0, "calendar_events": 3}
    scores = {score.area: score for score in score_market(facts, {})}
    assert set(scores) == set(AREAS)
    assert scores["localization"].level == "fundamentals"
    assert scores["localization"].next_steps[0].startswith("intermediate")
    assert scores["technology"].level is None  # hs_missing unknown counts as not met
    full = score_market(
        {**facts, "translated_share": 1.0, "reviewed_share": 1.0},
        {"localization": {"local_size_guides": True}},
    )
    assert next(score for score in full if score.area == "localization").level == "advanced"


def test_kit_has_every_artifact_listed_with_its_producer(kit_dir: Path) -> None:
    kit = json.loads((kit_dir / "kit.json").read_text(encoding="utf-8"))
    listed = {artifact["path"]: artifact for artifact in kit["artifacts"]}
    for market in ("DE", "JP", "BR"):
        for path in (f"prices/prices-{market}.csv", f"feeds/google-{market}.tsv", f"feeds/google-{market}.xml",
                     f"catalogs/localized-{market}.json"):
            assert path in listed and listed[path]["produced_by"], path
            assert (kit_dir / path).stat().st_size == listed[path]["bytes"]
    assert "calendar.ics" in listed and (kit_dir / "calendar.ics").read_text().startswith("BEGIN:VCALENDAR")
    assert kit["markets_chosen"] == ["DE", "JP", "BR"]
    assert len(kit["markets"]["DE"]["prices"]) == kit["catalog"]["variants"]
    assert {row["area"] for row in kit["markets"]["DE"]["readiness"]} == set(AREAS)


def test_report_is_self_contained_with_every_section(kit_dir: Path) -> None:
    html = (kit_dir / "index.html").read_text(encoding="utf-8")
    assert "<svg" in html and 'id="ranking"' in html
    for market in ("DE", "JP", "BR"):
        assert f'id="market-{market}"' in html
    for section in SECTIONS:
        assert html.count(f'data-section="{section}"') == 3, section
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "").split("<footer")[0].split("<style")[0]
    for tag in ("<script src", "<link rel=\"stylesheet\"", "<img src=\"http"):
        assert tag not in html


def test_playbook_reproduces_the_kit_and_diff_reports_changes(kit_dir: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    runner = CliRunner()
    result = runner.invoke(
        cli,
        ["launch", str(DEMO / "shop.csv"), "--playbook", str(kit_dir / "playbook.json"), "--out", str(again),
         "--diff", str(kit_dir)],
    )
    assert result.exit_code == 0, result.output
    assert "0 change(s)" in result.output
    old = json.loads((kit_dir / "kit.json").read_text(encoding="utf-8"))
    new = json.loads((again / "kit.json").read_text(encoding="utf-8"))
    new["markets"]["DE"]["prices"][0]["price"] = "1.00"
    changes = diff_kits(old, new)
    assert [(change.kind, change.market) for change in changes] == [("price", "DE")]


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["launch", "--demo", "--markets", "DE,QQ", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "markets" in result.output and "Traceback" not in result.output
    result = runner.invoke(cli, ["launch", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "CATALOG" in result.output


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it as root)")
def test_report_renders_in_headless_chromium_without_console_errors(kit_dir: Path, tmp_path: Path) -> None:
    assert CHROMIUM is not None
    run = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0",
         "--dump-dom", (kit_dir / "index.html").as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
    assert console == [], console
    dom = run.stdout
    assert 'data-markets="3"' in dom  # the page's script ran and counted the market sections
    for section in SECTIONS:
        assert dom.count(f'data-section="{section}"') == 3, section


def test_demo_date_is_explicit() -> None:
    assert date(2026, 11, 21).isoformat() == "2026-11-21"


def test_each_market_gets_only_its_own_calendar_events(kit_dir: Path) -> None:
    kit = json.loads((kit_dir / "kit.json").read_text(encoding="utf-8"))
    for market in ("DE", "JP", "BR"):
        events = kit["markets"][market]["calendar"]
        assert events and {event["country"] for event in events} == {market}


def test_long_tables_show_problems_first_and_say_how_many_are_left_out(kit_dir: Path) -> None:
    data = json.loads((kit_dir / "kit.json").read_text(encoding="utf-8"))
    code = data["markets_chosen"][0]
    row = data["markets"][code]["prices"][0]
    many = [{**row, "sku": f"BULK-{n}", "raised_to_floor": False, "error": None} for n in range(ROWS_SHOWN + 50)]
    problem = {**row, "sku": "RAISED-1", "raised_to_floor": True}
    data["markets"][code]["prices"] = [*many, problem]

    html = render_report(data)

    assert f"Showing {ROWS_SHOWN} of {ROWS_SHOWN + 51} SKUs" in html
    assert "RAISED-1" in html  # the last row, but a problem: shown
    assert "BULK-10</td>" in html and f"BULK-{ROWS_SHOWN + 49}</td>" not in html


def test_missing_hs_codes_are_suggested_by_the_classifier_and_marked_unconfirmed(kit_dir: Path) -> None:
    data = json.loads((kit_dir / "kit.json").read_text(encoding="utf-8"))
    suggested = [row for row in data["hs_codes"] if row["source"] == "classifier"]

    assert suggested, "the demo shop has products without HS codes"
    for row in suggested:
        assert len(row["hs_code"]) == 6 and row["confirmed"] is False
        assert 0 < row["score"] <= 1 and row["explanation"]
    assert not [row for row in data["hs_codes"] if row["source"] == "missing"]
    assert any("classifier" in warning for warning in data["warnings"])
    assert "suggested by the classifier" in (kit_dir / "index.html").read_text(encoding="utf-8")
