"""Compliance checklist: contract over all 46 markets, known values, date boundaries, CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from borderless.cli.main import cli
from borderless.compliance import CONSENT_MODELS, TOPICS, compliance_checklist, covered_countries, obligations_for
from borderless.countries import load_markets
from borderless.errors import InputError, UnknownCountryError

ON = date(2026, 11, 21)


def test_all_46_markets_are_covered() -> None:
    assert set(covered_countries()) == set(load_markets())
    assert len(covered_countries()) == 46


@pytest.mark.parametrize("country", sorted(load_markets()))
def test_market_contract(country: str) -> None:
    checklist = compliance_checklist(country, on=ON)
    assert checklist.unknown == ()
    assert {item.topic for item in checklist.items} == set(TOPICS)
    for obligation in obligations_for(country):
        assert obligation.id.startswith(f"{obligation.market}.")
        assert obligation.authority.strip()
        for period in obligation.requirements:
            assert period.rule == obligation.id
            assert period.source.title.strip()
            assert period.source.url.startswith(("https://", "http://"))
            assert period.source.retrieved == ON
            assert period.confidence in ("verified", "secondary", "uncertain")
            requirement = period.value
            assert requirement.summary.strip()
            assert requirement.model is None or requirement.model in CONSENT_MODELS
            assert requirement.days is None or requirement.days > 0
            assert requirement.hours is None or 0 < requirement.hours <= 168
            if obligation.topic in ("marketing-consent", "cookies"):
                assert requirement.model is not None, obligation.id
    data = json.loads(json.dumps(checklist.to_json()))
    assert data["country"] == country and len(data["items"]) == len(checklist.items)


def test_germany() -> None:
    checklist = compliance_checklist("de", on=ON)
    by_topic = {topic: checklist.topic(topic) for topic in TOPICS}
    assert by_topic["breach-notification"][0].requirement.hours == 72
    assert by_topic["withdrawal"][0].requirement.days == 14
    assert by_topic["marketing-consent"][0].requirement.model == "opt-in"
    assert any(
        "Omnibus" in item.requirement.detail or "prior-price" in item.requirement.summary
        for item in by_topic["price-display"]
    )
    assert any("Grundpreis" in item.requirement.summary for item in by_topic["price-display"])
    assert any(item.scope == "DE" and "BDSG" in item.requirement.summary for item in by_topic["data-protection"])


@pytest.mark.parametrize(("on", "expect_omnibus"), [(date(2022, 5, 27), False), (date(2022, 5, 28), True)])
def test_omnibus_prior_price_rule_boundary(on: date, expect_omnibus: bool) -> None:
    price = compliance_checklist("FR", on=on).topic("price-display")
    assert any("prior-price" in item.requirement.summary for item in price) is expect_omnibus


def test_eu_withdrawal_button_from_19_june_2026() -> None:
    before = compliance_checklist("IT", on=date(2026, 6, 18)).topic("withdrawal")[0]
    after = compliance_checklist("IT", on=date(2026, 6, 19)).topic("withdrawal")[0]
    assert "button" not in before.requirement.summary and "button" in after.requirement.summary
    assert before.requirement.days == after.requirement.days == 14


def test_national_guarantee_specifics() -> None:
    spain = compliance_checklist("ES", on=ON).topic("guarantee")
    assert {item.requirement.days for item in spain} == {730, 1095}


def test_us_is_opt_out_and_has_no_withdrawal_right() -> None:
    checklist = compliance_checklist("US", on=ON)
    assert checklist.topic("marketing-consent")[0].requirement.model == "opt-out"
    assert "no statutory right" in checklist.topic("withdrawal")[0].requirement.summary


def test_india_switches_to_dpdp_when_obligations_apply() -> None:
    before = compliance_checklist("IN", on=date(2027, 5, 12)).topic("data-protection")[0]
    after = compliance_checklist("IN", on=date(2027, 5, 13)).topic("data-protection")[0]
    assert "SPDI" in before.requirement.summary
    assert after.requirement.summary.startswith("Digital Personal Data Protection Act")
    assert any("uncertain" in warning for warning in compliance_checklist("IN", on=date(2027, 5, 13)).warnings)


def test_topics_before_a_law_are_reported_unknown() -> None:
    checklist = compliance_checklist("TH", on=date(2020, 1, 1))
    assert "data-protection" in checklist.unknown
    assert any("unknown for TH" in warning for warning in checklist.warnings)


def test_bad_countries() -> None:
    with pytest.raises(UnknownCountryError):
        compliance_checklist("Germany", on=ON)
    with pytest.raises(InputError, match="no compliance data for AR"):
        compliance_checklist("AR", on=ON)


def test_cli_json_and_errors() -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["markets", "compliance", "DE", "--date", "2026-11-21", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["country"] == "DE" and data["unknown"] == []
    assert {item["topic"] for item in data["items"]} == set(TOPICS)
    assert all(item["source"]["url"] for item in data["items"])
    table = runner.invoke(cli, ["markets", "compliance", "BR", "--date", "2026-11-21"])
    assert table.exit_code == 0 and "LGPD" in table.stdout
    bad = runner.invoke(cli, ["markets", "compliance", "XX"])
    assert bad.exit_code == 2 and bad.stderr.startswith("error: country:")
