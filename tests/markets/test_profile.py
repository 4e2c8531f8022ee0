"""Market profiles: Hofstede guidance by band, language register, formats, unknowns reported."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from click.testing import CliRunner

from borderless.cli.main import cli
from borderless.errors import UnknownCountryError
from borderless.markets import country_indicators, load_indicators
from borderless.markets.hofstede_guidance import band_of, guidance_for
from borderless.markets.profile import LANGUAGE_REGISTERS, address_lines, main_languages, market_profile


def test_japan_profile() -> None:
    profile = market_profile("jp")
    assert profile.country == "JP" and profile.locale == "ja_JP"
    by_dim = {item.dimension: item for item in profile.hofstede}
    assert by_dim["uai"].score is not None and by_dim["uai"].score.value == 92 and by_dim["uai"].band == "high"
    areas = {advice.area for item in profile.hofstede for advice in item.advice}
    assert {
        "site design and hierarchy",
        "trust signals and guarantees",
        "product detail",
        "individual vs community endorsements",
        "long-term vs immediate value messaging",
        "emotional vs rational appeals",
        "customer-service tone",
    } <= areas
    assert [register.language for register in profile.language_register] == ["ja"]
    assert "keigo" in profile.language_register[0].formal
    assert profile.address is not None and address_lines(profile.address.layout)[0] == "〒{postal code}"
    data = profile.to_json()
    json.dumps(data, ensure_ascii=False)
    assert all(item["label"] == "guidance" for item in data["hofstede"])
    assert data["formats"]["date_short"] == "y/MM/dd"
    assert data["measurement"]["system"] == "metric"
    assert data["clothing_sizes"]["system"] == "JP"


def test_every_guidance_rule_is_sourced() -> None:
    for item in guidance_for(country_indicators("DE").hofstede):
        assert item.advice
        for advice in item.advice:
            assert advice.sources and all(s.url.startswith("https://doi.org/") for s in advice.sources)


def test_bands() -> None:
    assert band_of(Decimal(39)) == "low"
    assert band_of(Decimal(40)) == "middle"
    assert band_of(Decimal(60)) == "middle"
    assert band_of(Decimal(61)) == "high"
    us = {item.dimension: item for item in guidance_for(country_indicators("US").hofstede)}
    assert us["idv"].band == "high" and "Individual proof" in us["idv"].advice[0].advice
    cn = {item.dimension: item for item in guidance_for(country_indicators("CN").hofstede)}
    assert cn["idv"].band == "low" and "Community proof" in cn["idv"].advice[0].advice


def test_unpublished_dimensions_are_unknown_not_average() -> None:
    profile = market_profile("SA")  # Hofstede publishes LTO and IVR only for Saudi Arabia
    by_dim = {item.dimension: item for item in profile.hofstede}
    assert by_dim["pdi"].score is None and by_dim["pdi"].band is None and by_dim["pdi"].advice == ()
    assert by_dim["lto"].band is not None
    assert any("only 2 of 6" in warning for warning in profile.warnings)
    kenya = market_profile("KE")
    assert any("no Hofstede scores" in warning for warning in kenya.warnings)


def test_language_register_for_multilingual_market() -> None:
    profile = market_profile("CH")
    languages = [register.language for register in profile.language_register]
    assert "de" in languages and "fr" in languages
    assert LANGUAGE_REGISTERS["fr"].formal == "vous" and LANGUAGE_REGISTERS["de"].informal == "du"
    assert any("'gsw'" in warning for warning in profile.warnings)  # Swiss German: register not recorded


def test_main_languages_never_empty_when_cldr_knows_one() -> None:
    for indicators in load_indicators().values():
        if indicators.languages:
            assert main_languages(indicators)


def test_optional_parts_are_null_with_a_warning_when_unknown() -> None:
    profile = market_profile("DE")
    data = profile.to_json()
    if data["practices"] is None:
        assert any("payment, fraud and delivery practices" in warning for warning in profile.warnings)
    assert data["cultural_associations"] is not None  # provided by borderless.culture


def test_unknown_country() -> None:
    with pytest.raises(UnknownCountryError):
        market_profile("XX")


def test_cli_profile_json_and_table() -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["markets", "profile", "JP", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["country"] == "JP" and data["indicators"]["hofstede"]["mas"]["value"] == "95"
    table = runner.invoke(cli, ["markets", "profile", "BR"])
    assert table.exit_code == 0, table.output
    assert "Brazil (BR)" in table.output and "guidance" in table.output and "Sources" in table.output
    bad = runner.invoke(cli, ["markets", "profile", "XX"])
    assert bad.exit_code == 2 and bad.stderr.startswith("error: country:")
    assert "Traceback" not in bad.output
