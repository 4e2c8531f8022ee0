"""Market ranking: properties (weights, adding markets), missing data, hand-checked components, CLI."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderless.cli.main import cli
from borderless.errors import InputError, UnknownCountryError
from borderless.markets import country_indicators
from borderless.markets.ranking import (
    COMPONENTS,
    DEFAULT_WEIGHTS,
    BasketItem,
    MarketScore,
    kogut_singh,
    parse_weights,
    rank_markets,
)
from borderless.money import Money

ON = date(2026, 11, 21)
# Markets with landed-cost rules, markets without, and markets with gaps in their data (TW, SA, IL).
POOL = ("DE", "FR", "JP", "GB", "BR", "CN", "IN", "AU", "CA", "MX", "SG", "ZA", "IL", "KE", "TW", "SA", "NG", "AR")
SUMMER = BasketItem("SWIM-1", "Swimsuit", Money("30.00", "USD"), "611241", tags=("Swimwear", "seasonal:summer"))
WINTER = BasketItem("COAT-1", "Down coat", Money("120.00", "USD"), "620193", tags=("winter",))


def by_country(scores: list[MarketScore]) -> dict[str, MarketScore]:
    return {score.country: score for score in scores}


@pytest.fixture(scope="module")
def pool_ranking() -> list[MarketScore]:
    return rank_markets("US", candidates=POOL, on=ON)


def test_json_shape(pool_ranking: list[MarketScore]) -> None:
    data = [score.to_json() for score in pool_ranking]
    json.dumps(data)  # serialisable as is
    first = data[0]
    assert {"country", "score", "rank", "components", "warnings"} <= set(first)
    assert first["rank"] == 1
    assert set(first["components"]) == set(COMPONENTS)
    for component in first["components"].values():
        assert {"value", "normalised", "weight", "inputs", "sources"} <= set(component)
    demand = first["components"]["demand"]
    assert demand["inputs"]["population"]["year"] >= 2024
    assert demand["sources"][0]["url"].startswith("https://data.worldbank.org/")
    ranks = [entry["rank"] for entry in data if entry["rank"] is not None]
    assert ranks == list(range(1, len(ranks) + 1))
    scores = [Decimal(entry["score"]) for entry in data if entry["score"] is not None]
    assert scores == sorted(scores, reverse=True)


def test_missing_data_is_shown_as_missing_never_zero(pool_ranking: list[MarketScore]) -> None:
    scores = by_country(pool_ranking)
    kenya = scores["KE"]  # no landed-cost rules for Kenya
    friction = kenya.components["friction"]
    assert friction.value is None and friction.normalised is None and friction.weight == 0
    assert any("no landed-cost rules for KE" in warning for warning in kenya.warnings)
    # The score is the weighted mean of the components that have data, weights re-normalised.
    used = {name: c for name, c in kenya.components.items() if c.normalised is not None and c.weight > 0}
    total = sum(DEFAULT_WEIGHTS[name] for name in used)
    expected = sum(DEFAULT_WEIGHTS[name] * (c.normalised or 0) for name, c in used.items()) / total
    assert kenya.score is not None and abs(kenya.score - expected) <= Decimal("0.0001")
    assert sum(c.weight for c in kenya.components.values()) == pytest.approx(Decimal(1), abs=Decimal("0.001"))
    taiwan = scores["TW"]  # no World Bank series: too little data to score honestly
    assert taiwan.components["demand"].value is None
    assert taiwan.score is None and taiwan.rank is None
    assert any("not scored" in warning for warning in taiwan.warnings)
    assert pool_ranking[-1].score is None  # unscored markets come last


def test_home_market_excluded_by_default() -> None:
    scores = rank_markets("NZ", on=ON, weights={"friction": Decimal(0)})
    codes = {score.country for score in scores}
    assert "NZ" not in codes and "AU" in codes and len(codes) >= 150


def test_components_checked_by_hand(pool_ranking: list[MarketScore]) -> None:
    germany = by_country(pool_ranking)["DE"]
    lpi = germany.components["logistics"]
    assert lpi.value == Decimal("4.1") and lpi.normalised == Decimal("0.7750")  # (4.1 - 1) / 4
    language = germany.components["language_fit"]
    assert language.value == Decimal("0.64")  # CLDR: 64 % of Germany speaks English
    demand = germany.components["demand"]
    de = country_indicators("DE")
    assert de.population and de.internet_users_pct and de.gdp_per_capita_ppp
    expected = de.population.value * de.internet_users_pct.value / 100 * de.gdp_per_capita_ppp.value
    assert demand.value == expected.quantize(Decimal(1))
    friction = germany.components["friction"]
    assert friction.value is not None and Decimal("0.19") < friction.value < Decimal("0.6")  # at least 19 % VAT
    assert friction.inputs["items_quoted"] == 3
    assert friction.sources, "landed-cost rule sources are listed"


def test_kogut_singh() -> None:
    us, gb, jp = (country_indicators(code) for code in ("US", "GB", "JP"))
    same = kogut_singh(us, us)
    assert same is not None and same[0] == 0
    there, back = kogut_singh(us, jp), kogut_singh(jp, us)
    assert there is not None and back is not None and there[0] == back[0]
    close, far = kogut_singh(us, gb), kogut_singh(us, jp)
    assert close is not None and far is not None and close[0] < far[0]
    assert len(far[1]) == 6
    assert kogut_singh(us, country_indicators("KE")) is None  # Kenya: no Hofstede scores


def test_cultural_distance_uses_only_shared_dimensions() -> None:
    (saudi,) = rank_markets("US", candidates=["SA"], on=ON)  # SA: LTO and IVR only
    culture = saudi.components["cultural_distance"]
    assert culture.inputs["dimensions"] == ["lto", "ivr"]
    assert any("only 2 Hofstede dimension" in warning for warning in saudi.warnings)


def test_seasonality_by_hemisphere() -> None:
    scores = by_country(rank_markets("US", candidates=["AU", "DE", "SG"], basket=[SUMMER], on=ON))
    # 21 November: the next three months are Nov, Dec, Jan. Southern summer is Dec-Feb, northern Jun-Aug.
    assert scores["AU"].components["seasonality"].value == Decimal("0.6667")
    assert scores["DE"].components["seasonality"].value == 0
    assert scores["SG"].components["seasonality"].value == 1  # tropics: summer goods sell all year
    winter = by_country(rank_markets("US", candidates=["AU", "DE"], basket=[WINTER], on=ON))
    assert winter["DE"].components["seasonality"].value == Decimal("0.6667")
    assert winter["AU"].components["seasonality"].value == 0


def test_seasonality_not_applicable_without_seasonal_products(pool_ranking: list[MarketScore]) -> None:
    season = pool_ranking[0].components["seasonality"]
    assert season.value is None and season.weight == 0
    assert season.note.startswith("not applicable")
    assert not any("seasonality" in warning for warning in pool_ranking[0].warnings)


def test_language_fit_follows_merchant_languages() -> None:
    default = by_country(rank_markets("US", candidates=["CH", "FR"], on=ON))
    french = by_country(rank_markets("US", candidates=["CH", "FR"], on=ON, languages=["fr"]))
    assert default["FR"].components["language_fit"].value == Decimal("0.39")
    assert french["FR"].components["language_fit"].value == Decimal("0.97")
    assert french["CH"].components["language_fit"].value == Decimal("0.39")


def test_catalog_items_without_hs_code_are_unknown_not_free() -> None:
    # Above the EU's EUR 150 duty relief, duty needs a tariff line: without an HS code it is unknown.
    item = BasketItem("X-1", "Mystery item", Money("400.00", "USD"), None)
    (germany,) = rank_markets("US", candidates=["DE"], basket=[item], on=ON)
    assert germany.components["friction"].value is None
    assert any("friction unknown" in warning for warning in germany.warnings)


def test_input_errors() -> None:
    with pytest.raises(UnknownCountryError) as error:
        rank_markets("ZZ", on=ON)
    assert error.value.field == "from"
    with pytest.raises(UnknownCountryError) as error:
        rank_markets("US", candidates=["DE", "QQ"], on=ON)
    assert error.value.field == "markets"
    with pytest.raises(InputError):
        rank_markets("US", candidates=["DE"], on=ON, weights={"price": Decimal(1)})
    with pytest.raises(InputError):
        parse_weights("demand=-1")
    with pytest.raises(InputError):
        parse_weights("demand")
    with pytest.raises(InputError):
        parse_weights(",".join(f"{name}=0" for name in COMPONENTS))
    assert parse_weights("demand=2, logistics=0.5")["demand"] == 2


# -- properties ------------------------------------------------------------------------------------

weights_strategy = st.fixed_dictionaries(
    {name: st.integers(min_value=0, max_value=10).map(Decimal) for name in COMPONENTS}
).filter(lambda w: sum(w.values()) > 0)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    subset=st.lists(st.sampled_from(POOL), min_size=1, max_size=8, unique=True),
    extra=st.sampled_from(POOL),
    weights=weights_strategy,
)
def test_adding_a_market_never_reorders_the_others(subset: list[str], extra: str, weights: dict[str, Decimal]) -> None:
    before = rank_markets("US", candidates=subset, weights=weights, on=ON)
    after = rank_markets("US", candidates=[*subset, extra], weights=weights, on=ON)
    order_after = [score.country for score in after if score.country in subset]
    assert order_after == [score.country for score in before]
    after_scores = by_country(after)
    for score in before:
        assert after_scores[score.country].score == score.score


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    weights=weights_strategy,
    component=st.sampled_from(COMPONENTS),
    raise_by=st.integers(min_value=1, max_value=20).map(Decimal),
)
def test_raising_a_weight_never_lowers_that_components_influence(
    weights: dict[str, Decimal], component: str, raise_by: Decimal
) -> None:
    candidates = ["DE", "JP", "BR", "KE", "AU", "SA"]
    before = by_country(rank_markets("US", candidates=candidates, weights=weights, basket=[SUMMER], on=ON))
    raised = {**weights, component: weights[component] + raise_by}
    after = by_country(rank_markets("US", candidates=candidates, weights=raised, basket=[SUMMER], on=ON))
    tolerance = Decimal("0.0002")  # scores and weights are rounded to 4 places
    for code, old in before.items():
        new = after[code]
        target = new.components[component].normalised
        assert new.components[component].weight + tolerance >= old.components[component].weight
        if target is not None and old.score is not None and new.score is not None:
            # The score is a weighted mean: more weight moves it towards this component's value.
            assert abs(new.score - target) <= abs(old.score - target) + tolerance


# -- CLI -------------------------------------------------------------------------------------------


def test_cli_json_top() -> None:
    result = CliRunner().invoke(
        cli,
        ["markets", "rank", "--from", "US", "--markets", "DE,FR,GB,JP", "--top", "2", "--on", "2026-11-21", "--json"],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [entry["rank"] for entry in data] == [1, 2]


def test_cli_table_and_weights() -> None:
    result = CliRunner().invoke(
        cli,
        [
            "markets",
            "rank",
            "--from",
            "us",
            "--markets",
            "DE,KE",
            "--weights",
            "demand=3,friction=0",
            "--on",
            "2026-11-21",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "DE Germany" in result.output and "Sources" in result.output


def test_cli_catalog(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog.csv"
    catalog.write_text(
        "sku,title,price,currency,hs_code,weight_kg,country_of_origin,tags\n"
        'SW-1,Swimsuit,30.00,USD,611241,0.2,US,"swim,summer"\n'
        "BAD-1,Broken,abc,USD,611241,0.2,US,\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli,
        [
            "markets",
            "rank",
            "--from",
            "US",
            "--catalog",
            str(catalog),
            "--markets",
            "AU,DE",
            "--on",
            "2026-11-21",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "row 3" in result.stderr  # the bad row is reported, the good one ranked
    data = {entry["country"]: entry for entry in json.loads(result.stdout)}
    assert data["AU"]["components"]["seasonality"]["value"] == "0.6667"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["--from", "XX"], "from"),
        (["--from", "US", "--markets", "DE,,ZZ"], "markets"),
        (["--from", "US", "--weights", "demand=abc"], "weights"),
        (["--from", "US", "--on", "21/11/2026"], "on"),
    ],
)
def test_cli_bad_input_is_one_line_exit_2(args: list[str], field: str) -> None:
    result = CliRunner().invoke(cli, ["markets", "rank", *args])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {field}:")
    assert "Traceback" not in result.output
