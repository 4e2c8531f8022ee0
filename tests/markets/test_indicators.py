"""Contract tests over the bundled country indicators: every value sourced, codes valid, known facts."""

from __future__ import annotations

import csv
import importlib.util
import re
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pycountry
import pytest

from borderless.errors import UnknownCountryError
from borderless.markets import HOFSTEDE_DIMENSIONS, country_indicators, load_indicators
from borderless.markets.indicators import indicator_sources
from borderless.money import is_known_currency

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
INDICATORS = load_indicators()
CODES = sorted(INDICATORS)
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(_[A-Z][a-z]{3})?$")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("import_indicators", ROOT / "scripts" / "import_indicators.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_at_least_150_countries() -> None:
    assert len(INDICATORS) >= 150
    complete = [c for c in INDICATORS.values() if c.population and c.gdp_per_capita_ppp and c.internet_users_pct]
    assert len(complete) >= 150


@pytest.mark.parametrize("code", CODES)
def test_country_contract(code: str) -> None:
    country = INDICATORS[code]
    assert country.country == code
    assert pycountry.countries.get(alpha_2=code) is not None, "ISO 3166-1 alpha-2"
    assert country.name
    for observation in (country.population, country.gdp_per_capita_ppp, country.internet_users_pct, country.lpi):
        if observation is None:
            continue
        assert isinstance(observation.value, Decimal)
        assert 2000 <= observation.year <= 2026
        assert observation.source.title and observation.source.url.startswith("https://")
    if country.population:
        assert country.population.value > 0
    if country.gdp_per_capita_ppp:
        assert country.gdp_per_capita_ppp.value > 0
    if country.internet_users_pct:
        assert 0 <= country.internet_users_pct.value <= 100
    if country.lpi:
        assert 1 <= country.lpi.value <= 5
    assert set(country.hofstede) <= set(HOFSTEDE_DIMENSIONS)
    for observation in country.hofstede.values():
        assert 0 <= observation.value <= 120
        assert "Hofstede" in observation.source.title
    for share in country.languages:
        assert LANGUAGE_CODE.match(share.language), share.language
        assert 0 <= share.share <= 1
    if country.currency is not None:
        assert is_known_currency(country.currency)
    if country.capital_latitude is not None:
        assert -90 <= country.capital_latitude.value <= 90


def test_every_dataset_has_licence_and_retrieval_date() -> None:
    sources = indicator_sources()
    assert {"population", "gdp_per_capita_ppp", "internet_users_pct", "lpi", "hofstede", "cldr"} <= set(sources)
    for entry in sources.values():
        assert entry.licence and entry.source.url.startswith("https://")
        assert entry.source.retrieved.year == 2026


def test_known_facts() -> None:
    germany = country_indicators("DE")
    assert germany.name == "Germany"
    assert germany.currency == "EUR"
    assert germany.population is not None and 80_000_000 < germany.population.value < 90_000_000
    assert germany.population.year >= 2024
    assert germany.lpi is not None and germany.lpi.value == Decimal("4.1") and germany.lpi.year == 2022
    assert germany.hofstede["pdi"].value == 35  # Hofstede code GER
    assert country_indicators("JP").hofstede["mas"].value == 95
    assert country_indicators("CN").hofstede["lto"].value == 87  # Hofstede code CHI, not Chile
    assert country_indicators("CL").hofstede["pdi"].value == 63  # Hofstede code CHL
    assert country_indicators("NL").hofstede["mas"].value == 14  # NET
    assert country_indicators("ch").currency == "CHF"
    assert country_indicators("JP").languages[0].language == "ja"
    assert any(share.language == "fr" and share.official for share in country_indicators("CH").languages)


def test_null_dimensions_are_absent_not_zero() -> None:
    albania = country_indicators("AL")  # ALB;Albania;#NULL!;#NULL!;#NULL!;#NULL!;61;15
    assert set(albania.hofstede) == {"lto", "ivr"}
    south_africa = country_indicators("ZA")  # SAF has LTO/IVR only; "South Africa white" is not merged in
    assert set(south_africa.hofstede) == {"lto", "ivr"}
    assert country_indicators("PK").hofstede["ivr"].value == 0  # a published zero stays a zero


def test_taiwan_has_culture_but_no_world_bank_series() -> None:
    taiwan = country_indicators("TW")
    assert taiwan.population is None and taiwan.gdp_per_capita_ppp is None
    assert taiwan.hofstede["lto"].value == 93


def test_unknown_country_raises() -> None:
    with pytest.raises(UnknownCountryError):
        country_indicators("XX")
    with pytest.raises(UnknownCountryError):
        country_indicators("WLD")  # a World Bank aggregate, not a country


def test_no_aggregates_bundled() -> None:
    names = {country.name for country in INDICATORS.values()}
    assert not names & {"World", "European Union", "Arab World", "High income"}


@pytest.mark.skipif(not SHARED.is_dir(), reason="pinned upstream files (shared/data) not present")
def test_every_hofstede_row_is_mapped_or_skipped_on_purpose() -> None:
    script = _script()
    with (SHARED / "hofstede" / "6-dimensions-for-website-2015-08-16.csv").open(encoding="utf-8") as handle:
        codes = {row["ctr"] for row in csv.DictReader(handle, delimiter=";")}
    assert codes == set(script.HOFSTEDE_TO_ISO) | script.HOFSTEDE_SKIPPED
    assert not set(script.HOFSTEDE_TO_ISO) & script.HOFSTEDE_SKIPPED
    assert len(set(script.HOFSTEDE_TO_ISO.values())) == len(script.HOFSTEDE_TO_ISO), "two codes map to one ISO"


@pytest.mark.skipif(not SHARED.is_dir(), reason="pinned upstream files (shared/data) not present")
def test_bundled_world_bank_figures_match_the_pinned_files() -> None:
    script = _script()
    wb = SHARED / "worldbank"
    countries3 = script.read_country_codes(next((wb / "it.net.user.zs").glob("Metadata_Country_*.csv")))
    gdp = script.read_long(wb / "ny.gdp.pcap.pp.cd" / "data.csv", countries3)
    internet = script.read_wide(next((wb / "it.net.user.zs").glob("API_IT.NET.USER.ZS_*.csv")), countries3)
    for code, (value, year) in gdp.items():
        bundled = INDICATORS[code].gdp_per_capita_ppp
        assert bundled is not None and (bundled.value, bundled.year) == (Decimal(value), year)
    for code, (value, year) in internet.items():
        bundled = INDICATORS[code].internet_users_pct
        assert bundled is not None and (bundled.value, bundled.year) == (Decimal(value), year)
