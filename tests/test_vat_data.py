"""Contract and boundary tests of the VAT/GST tables (borderless/data/vat, scripts/import_vat.py)."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date
from decimal import Decimal
from importlib.resources import files
from itertools import pairwise
from pathlib import Path

import pytest

from borderless.countries._vat import (
    REGIONAL_KINDS,
    RegionalRate,
    VatRate,
    covered_countries,
    regional_vat,
    standard_vat,
)
from borderless.countries.european_union import MEMBERS
from borderless.errors import BorderlessError, UnknownCountryError
from borderless.rules import CONFIDENCES, Period

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "import_vat.py"
UPSTREAM = ROOT.parent / "shared" / "data" / "vat"
DATA = files("borderless").joinpath("data", "vat")
GENERATED = ("standard_rates.csv", "regional_rates.csv", "generated.json")

REFERENCE_DAY = date(2026, 11, 21)
EU_MEMBERS = frozenset(MEMBERS)
MARKETS = EU_MEMBERS | frozenset(
    {"GB", "CH", "NO", "TR", "US", "CA", "MX", "BR", "AU", "NZ", "JP", "KR", "CN", "SG", "TH", "IN", "AE", "SA", "ZA"}
)

# Standard rate on the reference day, market by market.
CURRENT = {
    "AT": "0.20", "BE": "0.21", "BG": "0.20", "CY": "0.19", "CZ": "0.21", "DE": "0.19", "DK": "0.25",
    "EE": "0.24", "ES": "0.21", "FI": "0.255", "FR": "0.20", "GR": "0.24", "HR": "0.25", "HU": "0.27",
    "IE": "0.23", "IT": "0.22", "LT": "0.21", "LU": "0.17", "LV": "0.21", "MT": "0.18", "NL": "0.21",
    "PL": "0.23", "PT": "0.23", "RO": "0.21", "SE": "0.25", "SI": "0.22", "SK": "0.23",
    "GB": "0.20", "CH": "0.081", "NO": "0.25", "TR": "0.20", "US": "0", "CA": "0.05", "MX": "0.16",
    "BR": "0.17", "AU": "0.10", "NZ": "0.15", "JP": "0.10", "KR": "0.10", "CN": "0.13", "SG": "0.09",
    "TH": "0.07", "IN": "0.18", "AE": "0.05", "SA": "0.15", "ZA": "0.15",
}  # fmt: skip

BR_20_PERCENT = frozenset({"AC", "AL", "BA", "CE", "MG", "PB", "PI", "RN", "RR", "SE"})
BR_STATES = frozenset(
    {
        "AC",
        "AL",
        "AM",
        "AP",
        "BA",
        "CE",
        "DF",
        "ES",
        "GO",
        "MA",
        "MG",
        "MS",
        "MT",
        "PA",
        "PB",
        "PE",
        "PI",
        "PR",
        "RJ",
        "RN",
        "RO",
        "RR",
        "RS",
        "SC",
        "SE",
        "SP",
        "TO",
    }
)


def rate(country: str, on: date) -> Decimal:
    return standard_vat(country).require(on).value.rate


def all_periods() -> list[Period[VatRate] | Period[RegionalRate]]:
    periods: list[Period[VatRate] | Period[RegionalRate]] = []
    for country in sorted(covered_countries()):
        periods.extend(standard_vat(country))
        for regional in regional_vat(country).values():
            periods.extend(regional)
    return periods


# --------------------------------------------------------------------------------------------------
# Contract over every market


def test_covered_countries_are_the_markets() -> None:
    assert covered_countries() == MARKETS
    assert set(CURRENT) == MARKETS


@pytest.mark.parametrize("country", sorted(MARKETS))
@pytest.mark.parametrize("on", [date(2025, 6, 1), REFERENCE_DAY])
def test_every_market_has_a_rate(country: str, on: date) -> None:
    period = standard_vat(country).require(on)
    assert period.rule == f"{country} standard VAT"
    assert Decimal(0) <= period.value.rate < 1
    assert all(Decimal(0) <= r < period.value.rate for r in period.value.reduced)
    assert period.value.label


@pytest.mark.parametrize("country", sorted(MARKETS))
def test_current_rate(country: str) -> None:
    assert rate(country, REFERENCE_DAY) == Decimal(CURRENT[country])


@pytest.mark.parametrize("period", all_periods(), ids=lambda p: f"{p.rule}@{p.start}")
def test_every_period_is_sourced(period: Period[VatRate] | Period[RegionalRate]) -> None:
    assert period.source.title.strip()
    assert period.source.url.startswith("https://")
    assert period.source.retrieved <= REFERENCE_DAY
    assert period.confidence in CONFIDENCES
    assert period.start < (period.end or date.max)


@pytest.mark.parametrize("country", sorted(MARKETS))
def test_timelines_are_contiguous_and_open_ended(country: str) -> None:
    periods = list(standard_vat(country))
    assert periods[-1].end is None
    for before, after in pairwise(periods):
        assert before.end == after.start


def test_eu_history_goes_back_to_2015() -> None:
    for country in EU_MEMBERS:
        assert standard_vat(country).on(date(2015, 1, 1)) is not None, country


def test_reduced_rates_are_in_the_current_period_only() -> None:
    assert standard_vat("DE").require(REFERENCE_DAY).value.reduced == (Decimal("0.07"),)
    assert standard_vat("DE").require(date(2019, 1, 1)).value.reduced == ()
    assert standard_vat("CH").require(REFERENCE_DAY).value.reduced == (Decimal("0.026"), Decimal("0.038"))
    assert standard_vat("JP").require(REFERENCE_DAY).value.reduced == (Decimal("0.08"),)


def test_lookups_are_cached() -> None:
    assert standard_vat("DE") is standard_vat("DE")


@pytest.mark.parametrize("country", ["XX", "de", "", "EU"])
def test_unknown_country(country: str) -> None:
    with pytest.raises(UnknownCountryError) as raised:
        standard_vat(country)
    assert raised.value.code == country
    assert isinstance(raised.value, BorderlessError)
    assert isinstance(raised.value, ValueError)
    with pytest.raises(UnknownCountryError):
        regional_vat(country)


# --------------------------------------------------------------------------------------------------
# Boundaries: the day before and the first day of each change


@pytest.mark.parametrize(
    ("country", "last_day", "first_day", "before", "after"),
    [
        ("FI", date(2024, 8, 31), date(2024, 9, 1), "0.24", "0.255"),
        ("CH", date(2023, 12, 31), date(2024, 1, 1), "0.077", "0.081"),
        ("EE", date(2023, 12, 31), date(2024, 1, 1), "0.20", "0.22"),
        ("EE", date(2025, 6, 30), date(2025, 7, 1), "0.22", "0.24"),
        ("SK", date(2024, 12, 31), date(2025, 1, 1), "0.20", "0.23"),
        ("RO", date(2025, 7, 31), date(2025, 8, 1), "0.19", "0.21"),
        ("DE", date(2020, 6, 30), date(2020, 7, 1), "0.19", "0.16"),
        ("DE", date(2020, 12, 31), date(2021, 1, 1), "0.16", "0.19"),
        ("IE", date(2020, 8, 31), date(2020, 9, 1), "0.23", "0.21"),
        ("IE", date(2021, 2, 28), date(2021, 3, 1), "0.21", "0.23"),
        ("LU", date(2022, 12, 31), date(2023, 1, 1), "0.17", "0.16"),
        ("LU", date(2023, 12, 31), date(2024, 1, 1), "0.16", "0.17"),
        ("TR", date(2023, 7, 9), date(2023, 7, 10), "0.18", "0.20"),
        ("SG", date(2023, 12, 31), date(2024, 1, 1), "0.08", "0.09"),
        ("ZA", date(2018, 3, 31), date(2018, 4, 1), "0.14", "0.15"),
        ("JP", date(2019, 9, 30), date(2019, 10, 1), "0.08", "0.10"),
    ],
)
def test_rate_change(country: str, last_day: date, first_day: date, before: str, after: str) -> None:
    assert rate(country, last_day) == Decimal(before)
    assert rate(country, first_day) == Decimal(after)


def test_croatia_has_no_gap_at_the_euro_changeover() -> None:
    assert rate("HR", date(2022, 12, 31)) == rate("HR", date(2023, 1, 1)) == Decimal("0.25")


def test_singapore_2023() -> None:
    assert rate("SG", date(2023, 1, 1)) == Decimal("0.08")


def test_thailand_rate_after_the_extension_is_uncertain() -> None:
    timeline = standard_vat("TH")
    assert timeline.require(date(2026, 9, 30)).confidence == "secondary"
    assert timeline.require(date(2026, 10, 1)).confidence == "uncertain"
    assert timeline.require(date(2026, 10, 1)).value.rate == Decimal("0.07")
    assert timeline.require(date(2026, 10, 1)).end is None


def test_markets_without_a_plain_national_vat() -> None:
    us = standard_vat("US").require(REFERENCE_DAY).value
    assert us.rate == 0
    assert us.label == "none (no federal VAT; state sales tax is not collected at import)"
    assert standard_vat("IN").require(REFERENCE_DAY).value.label == "IGST"
    assert standard_vat("JP").require(REFERENCE_DAY).value.label == "consumption tax"
    brazil = standard_vat("BR").require(REFERENCE_DAY)
    assert brazil.confidence == "uncertain"
    assert "state" in brazil.note


# --------------------------------------------------------------------------------------------------
# Regional rates


def test_regions_of_countries_without_them() -> None:
    assert regional_vat("DE") == {}
    assert regional_vat("US") == {}


def test_regional_vat_returns_a_copy() -> None:
    regions = regional_vat("CA")
    regions.clear()
    assert regional_vat("CA")


def test_brazil_icms_by_state() -> None:
    states = regional_vat("BR")
    assert set(states) == {f"BR-{s}" for s in BR_STATES}
    for region, timeline in states.items():
        before = timeline.require(date(2025, 3, 31))
        after = timeline.require(date(2025, 4, 1))
        assert before.value == RegionalRate(Decimal("0.17"), "icms", "ICMS")
        expected = "0.20" if region[3:] in BR_20_PERCENT else "0.17"
        assert after.value.rate == Decimal(expected), region
        assert after.rule == f"{region} ICMS"


@pytest.mark.parametrize(
    ("region", "kind", "expected"),
    [
        ("CA-ON", "hst", "0.13"),
        ("CA-NB", "hst", "0.15"),
        ("CA-NL", "hst", "0.15"),
        ("CA-PE", "hst", "0.15"),
        ("CA-NS", "hst", "0.14"),
        ("CA-BC", "pst", "0.07"),
        ("CA-MB", "pst", "0.07"),
        ("CA-SK", "pst", "0.06"),
        ("CA-QC", "qst", "0.09975"),
        ("CA-AB", "pst", "0"),
        ("CA-NT", "pst", "0"),
        ("CA-NU", "pst", "0"),
        ("CA-YT", "pst", "0"),
    ],
)
def test_canadian_provinces(region: str, kind: str, expected: str) -> None:
    value = regional_vat("CA")[region].require(REFERENCE_DAY).value
    assert value.kind == kind
    assert value.rate == Decimal(expected)


def test_nova_scotia_hst_cut() -> None:
    nova_scotia = regional_vat("CA")["CA-NS"]
    assert nova_scotia.require(date(2025, 3, 31)).value.rate == Decimal("0.15")
    assert nova_scotia.require(date(2025, 4, 1)).value.rate == Decimal("0.14")


def test_regional_kinds() -> None:
    kinds = {p.value.kind for c in covered_countries() for t in regional_vat(c).values() for p in t}
    assert kinds <= REGIONAL_KINDS


# --------------------------------------------------------------------------------------------------
# The vendored files


def test_csv_headers_and_rate_format() -> None:
    with DATA.joinpath("standard_rates.csv").open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == [
            "country", "start", "end", "rate", "reduced_rates", "label",
            "source_title", "source_url", "retrieved", "confidence", "note",
        ]  # fmt: skip
        for record in reader:
            assert record["rate"].startswith("0."), record
    with DATA.joinpath("regional_rates.csv").open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == [
            "country", "region", "start", "end", "rate", "kind", "label",
            "source_title", "source_url", "retrieved", "confidence", "note",
        ]  # fmt: skip


def test_sidecar_names_the_generator() -> None:
    text = DATA.joinpath("generated.json").read_text(encoding="utf-8")
    assert "generated by scripts/import_vat.py" in text


@pytest.mark.skipif(not UPSTREAM.is_dir(), reason="pinned upstream datasets (../shared/data/vat) not available")
def test_vendored_files_are_what_the_script_generates(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(SCRIPT), "--upstream", str(UPSTREAM), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for name in GENERATED:
        expected = (tmp_path / name).read_text(encoding="utf-8")
        assert DATA.joinpath(name).read_text(encoding="utf-8") == expected, f"{name} is stale: re-run {SCRIPT.name}"
