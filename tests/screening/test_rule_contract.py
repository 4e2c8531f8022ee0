"""Contract over every screening rule and category: sourced, dated, valid HS prefixes and countries,
keywords in every supported language for the main categories."""

from __future__ import annotations

from datetime import date

import pycountry
import pytest

from borderless.screening import CATEGORIES, LANGUAGES, MODES, SEVERITIES, covered_markets, load_rules, rules_for
from borderless.screening.matching import normalise
from borderless.tariffs.hs import describe

RULES = load_rules()
REFERENCE = (
    "US",
    "CA",
    "MX",
    "BR",
    "GB",
    "EU",
    "CH",
    "NO",
    "AU",
    "NZ",
    "JP",
    "KR",
    "CN",
    "SG",
    "TH",
    "IN",
    "AE",
    "SA",
    "ZA",
    "TR",
)
MAIN = (
    "lithium-battery",
    "aerosol",
    "flammable-liquid",
    "alcohol",
    "tobacco",
    "e-cigarette",
    "meat",
    "dairy",
    "cosmetics",
    "medicines",
    "supplements",
    "knives",
    "drones",
    "cbd-cannabis",
    "food",
    "firearms",
    "pepper-spray",
    "seeds-plants",
)


def test_rule_ids_are_unique_and_numerous() -> None:
    assert len({rule.id for rule in RULES}) == len(RULES)
    assert len(RULES) >= 150


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_rule_contract(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.market == "*" or rule.market in covered_markets()
    if rule.market not in ("*", "EU"):
        assert pycountry.countries.get(alpha_2=rule.market) is not None
    assert rule.categories and all(key in CATEGORIES for key in rule.categories)
    assert rule.modes and set(rule.modes) <= set(MODES)
    assert rule.authority.strip()
    assert len(rule.rulings) >= 1
    for period in rule.rulings:
        assert period.rule == rule.id
        assert period.value.severity in SEVERITIES and period.value.severity != "clear"
        assert period.value.explanation.strip().endswith(".")
        assert period.source.title.strip()
        assert period.source.url.startswith("https://") or period.source.url.startswith("http://")
        assert period.source.retrieved == date(2026, 11, 21)
        assert period.confidence in ("verified", "secondary", "uncertain")
        assert date(1900, 1, 1) < period.start <= date(2027, 12, 31)
        if period.value.severity == "carrier-restricted":
            assert rule.market == "*"


@pytest.mark.parametrize("key", sorted(CATEGORIES))
def test_category_hs_prefixes_are_hs_2022(key: str) -> None:
    category = CATEGORIES[key]
    for prefix in (*category.hs, *category.hs_exclude):
        assert prefix.isdigit() and len(prefix) in (2, 4, 6), prefix
        assert describe(prefix)  # raises InvalidHSCodeError for codes not in HS 2022
    for keyword in category.keywords:
        assert normalise(keyword.text.strip("*")), keyword
        assert keyword.language in LANGUAGES


@pytest.mark.parametrize("key", MAIN)
def test_main_categories_have_keywords_in_every_language(key: str) -> None:
    languages = {keyword.language for keyword in CATEGORIES[key].keywords}
    assert languages == set(LANGUAGES)


@pytest.mark.parametrize("market", REFERENCE)
def test_reference_markets_have_their_own_rules(market: str) -> None:
    own = [rule for rule in rules_for(market, mode="sea") if rule.market == market]
    assert len(own) >= 4 if market != "EU" else len(own) >= 10


def test_every_covered_market_resolves() -> None:
    assert len(covered_markets()) >= 47
    for market in covered_markets():
        assert rules_for(market, mode="air")


def test_carrier_rules_name_the_four_carriers() -> None:
    authorities = {rule.authority for rule in RULES if rule.market == "*" and "air" in rule.modes}
    assert {"DHL Express", "FedEx", "UPS", "UPU (postal operators)", "IATA"} <= authorities
