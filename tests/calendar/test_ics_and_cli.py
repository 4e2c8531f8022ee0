"""ICS output parsed back with icalendar, and the `borderless calendar` command."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from icalendar import Calendar

from borderless.calendar import campaign_calendar, to_ics
from borderless.cli.main import cli

STAMP = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def events() -> list:
    return campaign_calendar(["US", "CN", "IN", "SA", "JP", "BR"], 2027)


def test_ics_round_trips_with_required_properties(events: list) -> None:
    parsed = Calendar.from_ical(to_ics(events, stamp=STAMP))
    assert str(parsed["VERSION"]) == "2.0" and str(parsed["PRODID"])
    vevents = list(parsed.walk("VEVENT"))
    non_public = [e for e in events if e.kind != "public"]
    assert len(vevents) == len(events) + 2 * len(non_public)
    uids = [str(item["UID"]) for item in vevents]
    assert len(set(uids)) == len(uids)
    for item in vevents:
        for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "CATEGORIES"):
            assert name in item, name
        start, end = item.decoded("DTSTART"), item.decoded("DTEND")
        assert type(start) is date and type(end) is date and end > start  # all-day events
        assert item.decoded("DTSTAMP") == STAMP
        assert "Source: " in str(item["DESCRIPTION"]) and "https://" in str(item["DESCRIPTION"])
    singles = next(i for i in vevents if str(i["UID"]) == "singles_day-cn-20271111@borderless")
    assert singles.decoded("DTSTART") == date(2027, 11, 11) and singles.decoded("DTEND") == date(2027, 11, 12)
    assert "Singles' Day" in str(singles["SUMMARY"])
    assert any(str(i["SUMMARY"]).startswith("Last ship date: Singles' Day") for i in vevents)


def test_ics_without_milestones_and_stable_uids(events: list) -> None:
    plain = Calendar.from_ical(to_ics(events, stamp=STAMP, milestones=False))
    assert len(list(plain.walk("VEVENT"))) == len(events)
    assert to_ics(events, stamp=STAMP) == to_ics(
        campaign_calendar(["US", "CN", "IN", "SA", "JP", "BR"], 2027), stamp=STAMP
    )


def test_ics_lines_are_folded_to_75_octets(events: list) -> None:
    for line in to_ics(events, stamp=STAMP).split(b"\r\n"):
        assert len(line) <= 75


def test_cli_json_and_ics(tmp_path: Path) -> None:
    target = tmp_path / "campaigns.ics"
    result = CliRunner().invoke(
        cli,
        [
            "calendar",
            "--markets",
            "US,CN,IN,SA,JP,BR",
            "--year",
            "2027",
            "--json",
            "--ics",
            str(target),
            "--today",
            "2026-11-21",
            "--delivery-days",
            "5",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (
        data["year"] == 2027 and data["delivery_days"] == 5 and data["markets"] == ["US", "CN", "IN", "SA", "JP", "BR"]
    )
    black_friday = next(e for e in data["events"] if e["key"] == "black_friday" and e["country"] == "US")
    assert black_friday["start"] == "2027-11-26" and black_friday["delivery_days"] == 5
    assert Calendar.from_ical(target.read_bytes()).walk("VEVENT")


def test_cli_table(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "calendar",
            "--markets",
            "cn",
            "--year",
            "2027",
            "--kinds",
            "commercial",
            "--lead-days",
            "commercial=30",
            "--today",
            "2026-11-21",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "2027-11-11" in result.stdout and "2027-10-12" in result.stdout  # 11-11 minus 30 days


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--markets", "US,XX"], "markets: unknown country code 'XX'"),
        (["--markets", "US", "--delivery-days", "-3"], "delivery_days"),
        (["--markets", "US", "--lead-days", "soon"], "lead_days"),
        (["--markets", "US", "--kinds", "sales"], "kinds"),
        (["--markets", "US", "--ics", "/nonexistent-dir/x.ics"], "cannot write"),
    ],
)
def test_cli_errors_are_one_line_exit_2(args: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, ["calendar", "--year", "2027", *args])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output
