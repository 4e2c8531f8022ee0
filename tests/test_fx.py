"""Dated exchange rates: table selection, cross rates, inverses, overrides, conversion, CLI `rates show`.

The tables are the ECB's real reference rates of 2025-02-17 to 2025-02-25 (tests/fixtures/ecb/),
so every expected number can be checked by hand against the ECB's publication.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Context, Decimal
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from borderless.cli.rates import rates_group
from borderless.errors import DataError, InputError, MissingRateError, UnknownCurrencyError
from borderless.fx import (
    ECB_SOURCE,
    MAX_TABLE_AGE_DAYS,
    OVERRIDE_SOURCE,
    SAME_CURRENCY_SOURCE,
    RateQuote,
    RateTable,
    load_default_rates,
    parse_ecb_xml,
    save_rates,
)
from borderless.money import Money

FIXTURES = Path(__file__).parent / "fixtures" / "ecb"
HIST_SLICE = FIXTURES / "eurofxref-hist-90d-2025-02-25-slice.xml"
DAILY_2022 = FIXTURES / "eurofxref-daily-2022-05-20.xml"

# Published ECB rates used below (1 EUR = x).
EURUSD_0225 = Decimal("1.0497")
EURCAD_0225 = Decimal("1.4969")
EURUSD_0221 = Decimal("1.0465")
EURCAD_0221 = Decimal("1.4856")
EURUSD_0224 = Decimal("1.0466")
EURCAD_0224 = Decimal("1.4876")
EURJPY_0225 = Decimal("157.19")

CTX = Context(prec=28)
TINY = Decimal("1e-25")

FRI, SAT, SUN, MON = date(2025, 2, 21), date(2025, 2, 22), date(2025, 2, 23), date(2025, 2, 24)


@cache
def _fixture_table() -> RateTable:
    return RateTable.from_tables(parse_ecb_xml(HIST_SLICE.read_bytes()), source=ECB_SOURCE)


@pytest.fixture
def table() -> RateTable:
    return _fixture_table()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty user data dir, and a fresh load_default_rates cache before and after."""
    monkeypatch.setenv("BORDERLESS_HOME", str(tmp_path))
    load_default_rates.cache_clear()
    yield tmp_path
    load_default_rates.cache_clear()


# -- cross rates and inverses ------------------------------------------------------------------


def test_eur_base_is_the_published_rate(table: RateTable) -> None:
    quote = table.rate("EUR", "USD", date(2025, 2, 25))
    assert quote == RateQuote("EUR", "USD", EURUSD_0225, date(2025, 2, 25), ECB_SOURCE, None)
    assert str(quote.rate) == "1.0497"


def test_cross_rate_goes_through_eur(table: RateTable) -> None:
    quote = table.rate("USD", "CAD", date(2025, 2, 25))
    assert quote.rate == CTX.divide(EURCAD_0225, EURUSD_0225)
    assert quote.via == "EUR"
    assert quote.on == date(2025, 2, 25)
    assert quote.source == ECB_SOURCE
    assert quote.pair == "USD/CAD"


def test_cross_rate_keeps_full_precision(table: RateTable) -> None:
    rate = table.rate("USD", "CAD", date(2025, 2, 25)).rate
    assert rate == Decimal("1.426026483757263980184814709")
    assert len(rate.as_tuple().digits) == 28
    assert abs(rate * EURUSD_0225 - EURCAD_0225) < TINY


def test_inverse_of_a_eur_rate(table: RateTable) -> None:
    quote = table.rate("USD", "EUR", date(2025, 2, 25))
    assert quote.rate == CTX.divide(Decimal(1), EURUSD_0225)
    assert quote.via is None
    assert abs(quote.rate * EURUSD_0225 - 1) < TINY


def test_cross_rate_and_its_inverse_multiply_to_one(table: RateTable) -> None:
    there = table.rate("USD", "JPY", date(2025, 2, 25))
    back = table.rate("JPY", "USD", date(2025, 2, 25))
    assert there.rate == CTX.divide(EURJPY_0225, EURUSD_0225)
    assert abs(there.rate * back.rate - 1) < TINY


CURRENCIES = ["EUR", "USD", "CAD", "JPY", "GBP", "CHF", "IDR", "KRW", "ZAR", "AUD"]


@given(
    a=st.sampled_from(CURRENCIES),
    b=st.sampled_from(CURRENCIES),
    c=st.sampled_from(CURRENCIES),
    on=st.dates(min_value=date(2025, 2, 17), max_value=date(2025, 3, 31)),
)
def test_rates_are_consistent(a: str, b: str, c: str, on: date) -> None:
    table = _fixture_table()
    ab, bc, ac = table.rate(a, b, on), table.rate(b, c, on), table.rate(a, c, on)
    assert abs(ab.rate * table.rate(b, a, on).rate - 1) < TINY
    assert abs(ab.rate * bc.rate - ac.rate) <= ac.rate * TINY
    assert ab.on <= on
    assert isinstance(ab.rate, Decimal)


def test_same_currency_is_one_on_any_date(table: RateTable) -> None:
    quote = table.rate("JPY", "JPY", date(1990, 1, 1))
    assert quote.rate == 1
    assert quote.source == SAME_CURRENCY_SOURCE
    assert quote.via is None
    with pytest.raises(UnknownCurrencyError):
        table.rate("XYZ", "XYZ", date(2025, 2, 25))


# -- which table answers -----------------------------------------------------------------------


def test_the_day_a_new_table_appears_uses_it(table: RateTable) -> None:
    quote = table.rate("USD", "CAD", MON)
    assert quote.on == MON
    assert quote.rate == CTX.divide(EURCAD_0224, EURUSD_0224)
    assert table.age_days(MON) == 0


def test_the_day_before_a_new_table_uses_the_previous_one(table: RateTable) -> None:
    assert table.rate("USD", "CAD", SUN).on == FRI
    assert table.rate("USD", "CAD", date(2025, 2, 24)).on == date(2025, 2, 24)
    assert table.rate("USD", "CAD", date(2025, 2, 25)).on == date(2025, 2, 25)
    assert table.rate("EUR", "USD", date(2025, 2, 20)).rate == Decimal("1.0443")
    assert table.rate("EUR", "USD", FRI).rate == EURUSD_0221


@pytest.mark.parametrize("weekend_day", [SAT, SUN])
def test_weekend_falls_back_to_friday(table: RateTable, weekend_day: date) -> None:
    quote = table.rate("USD", "CAD", weekend_day)
    assert quote.on == FRI
    assert quote.rate == CTX.divide(EURCAD_0221, EURUSD_0221)
    assert quote.age_days(weekend_day) == (weekend_day - FRI).days
    assert not quote.is_stale(weekend_day)
    assert table.table_date(weekend_day) == FRI


def test_after_the_last_table_the_quote_says_how_old_it_is(table: RateTable) -> None:
    later = date(2025, 3, 10)
    quote = table.rate("USD", "CAD", later)
    assert quote.on == date(2025, 2, 25)
    assert quote.age_days(later) == 13
    assert quote.is_stale(later)
    assert not quote.is_stale(date(2025, 2, 25) + timedelta(days=MAX_TABLE_AGE_DAYS))
    assert quote.is_stale(date(2025, 2, 25) + timedelta(days=MAX_TABLE_AGE_DAYS + 1))
    assert table.age_days(later) == 13
    assert MAX_TABLE_AGE_DAYS == 4


def test_max_age_turns_a_stale_table_into_an_error(table: RateTable) -> None:
    assert table.rate("USD", "CAD", date(2025, 3, 1), max_age_days=4).on == date(2025, 2, 25)
    with pytest.raises(MissingRateError, match="2025-02-25"):
        table.rate("USD", "CAD", date(2025, 3, 3), max_age_days=4)


def test_before_the_first_table_is_an_error(table: RateTable) -> None:
    with pytest.raises(MissingRateError) as caught:
        table.rate("USD", "CAD", date(2025, 2, 16))
    assert caught.value.pair == "USD/CAD"
    assert caught.value.on == date(2025, 2, 16)
    assert "earliest rate table is dated 2025-02-17" in str(caught.value)
    assert isinstance(caught.value, LookupError)
    with pytest.raises(MissingRateError):
        table.table_date(date(2025, 2, 16))


def test_an_empty_table_answers_nothing() -> None:
    empty = RateTable.from_tables({}, source=ECB_SOURCE)
    assert empty.earliest is None and empty.latest is None
    with pytest.raises(MissingRateError, match="no rate tables"):
        empty.rate("USD", "CAD", date(2025, 2, 25))


def test_a_currency_missing_from_the_table_is_an_error(table: RateTable) -> None:
    with pytest.raises(MissingRateError) as caught:
        table.rate("USD", "ARS", date(2025, 2, 25))
    assert caught.value.pair == "USD/ARS"
    assert "has no rate for ARS" in str(caught.value)


def test_a_currency_absent_on_the_date_is_not_taken_from_an_older_table() -> None:
    table = RateTable.from_tables(parse_ecb_xml(DAILY_2022.read_bytes()), source=ECB_SOURCE)
    assert table.rate("EUR", "HRK", date(2022, 5, 20)).rate == Decimal("7.5335")
    merged = RateTable.from_tables(
        {**parse_ecb_xml(DAILY_2022.read_bytes()), **parse_ecb_xml(HIST_SLICE.read_bytes())}, source=ECB_SOURCE
    )
    with pytest.raises(MissingRateError):
        merged.rate("EUR", "HRK", date(2025, 2, 25))  # HRK left the ECB table when Croatia adopted the euro


@pytest.mark.parametrize("code", ["XYZ", "usd", "US", "", "USDX"])
def test_a_malformed_or_unknown_code_is_an_input_error(table: RateTable, code: str) -> None:
    with pytest.raises(UnknownCurrencyError):
        table.rate(code, "CAD", date(2025, 2, 25))
    with pytest.raises(UnknownCurrencyError):
        table.rate("CAD", code, date(2025, 2, 25))


# -- overrides ---------------------------------------------------------------------------------


def test_an_override_answers_its_pair_and_its_inverse(table: RateTable) -> None:
    on = date(2025, 2, 25)
    custom = table.with_overrides({"USD/CAD": Decimal("1.40")}, on)
    direct = custom.rate("USD", "CAD", on)
    assert direct == RateQuote("USD", "CAD", Decimal("1.40"), on, OVERRIDE_SOURCE, None)
    inverse = custom.rate("CAD", "USD", on)
    assert inverse.rate == CTX.divide(Decimal(1), Decimal("1.40"))
    assert inverse.source == OVERRIDE_SOURCE
    assert list(custom.overrides()) == [direct]


def test_other_pairs_still_come_from_the_tables(table: RateTable) -> None:
    on = date(2025, 2, 25)
    custom = table.with_overrides({"EUR/USD": Decimal("1.10")}, on)
    assert custom.rate("EUR", "USD", on).rate == Decimal("1.10")
    assert custom.rate("USD", "EUR", on).source == OVERRIDE_SOURCE
    cross = custom.rate("USD", "CAD", on)
    assert cross.source == ECB_SOURCE
    assert cross.rate == CTX.divide(EURCAD_0225, EURUSD_0225)
    assert table.rate("EUR", "USD", on).rate == EURUSD_0225  # the original table is unchanged


def test_an_override_is_dated_by_the_request(table: RateTable) -> None:
    request_day = date(2025, 3, 20)
    custom = table.with_overrides({"USD/CAD": Decimal("1.43")}, request_day)
    quote = custom.rate("USD", "CAD", request_day)
    assert quote.on == request_day
    assert quote.age_days(request_day) == 0
    assert not quote.is_stale(request_day)


def test_overrides_stack_and_the_latest_wins(table: RateTable) -> None:
    on = date(2025, 2, 25)
    first = table.with_overrides({"USD/CAD": Decimal("1.40"), "GBP/USD": Decimal("1.26")}, on)
    second = first.with_overrides({"USD/CAD": Decimal("1.41")}, on)
    assert second.rate("USD", "CAD", on).rate == Decimal("1.41")
    assert second.rate("GBP", "USD", on).rate == Decimal("1.26")


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"USDCAD": Decimal("1.4")}, InputError),
        ({"usd/cad": Decimal("1.4")}, InputError),
        ({"USD/USD": Decimal("1")}, InputError),
        ({"XYZ/USD": Decimal("1")}, UnknownCurrencyError),
        ({"USD/CAD": 1.4}, InputError),
        ({"USD/CAD": Decimal("0")}, InputError),
        ({"USD/CAD": Decimal("-1.4")}, InputError),
        ({"USD/CAD": "abc"}, InputError),
        ({"USD/CAD": Decimal("NaN")}, InputError),
    ],
)
def test_bad_overrides_are_input_errors(table: RateTable, overrides: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        table.with_overrides(overrides, date(2025, 2, 25))  # type: ignore[arg-type]


# -- conversion and JSON -----------------------------------------------------------------------


def test_convert_is_unrounded_and_returns_the_quote(table: RateTable) -> None:
    converted, quote = table.convert(Money("100.00", "USD"), "CAD", date(2025, 2, 23))
    assert converted.currency == "CAD"
    assert converted.amount == Decimal("100.00") * CTX.divide(EURCAD_0221, EURUSD_0221)
    assert converted.amount != converted.round().amount
    assert quote.on == FRI


def test_convert_into_the_same_currency_keeps_the_amount(table: RateTable) -> None:
    converted, quote = table.convert(Money("12.30", "EUR"), "EUR", date(2025, 2, 25))
    assert converted == Money("12.30", "EUR")
    assert quote.rate == 1


def test_quote_json_has_strings_only(table: RateTable) -> None:
    data = table.rate("USD", "CAD", SUN).to_json()
    assert data == {
        "pair": "USD/CAD",
        "rate": "1.419589106545628284758719541",
        "date": "2025-02-21",
        "source": ECB_SOURCE,
        "via": "EUR",
    }
    assert json.loads(json.dumps(data)) == data
    assert table.rate("EUR", "IDR", SUN).to_json()["rate"] == "17077.52"


def test_quote_json_never_uses_exponent_notation() -> None:
    table = RateTable.from_tables({date(2025, 1, 2): {"XAU": Decimal("0.0001")}}, source="test")
    assert table.rate("XAU", "EUR", date(2025, 1, 2)).to_json()["rate"] == "10000"


# -- building tables: no floats, no nonsense ---------------------------------------------------


@pytest.mark.parametrize(
    "rates",
    [
        {"USD": 1.0497},
        {"USD": "1.0497"},
        {"USD": Decimal("0")},
        {"USD": Decimal("-1")},
        {"USD": Decimal("Infinity")},
        {"usd": Decimal("1.0497")},
        {"EUR": Decimal("2")},
    ],
)
def test_from_tables_refuses_bad_rates(rates: dict[str, object]) -> None:
    with pytest.raises(DataError):
        RateTable.from_tables({date(2025, 2, 25): rates}, source="test")  # type: ignore[dict-item]


def test_from_tables_refuses_a_non_date_key() -> None:
    with pytest.raises(DataError):
        RateTable.from_tables({"2025-02-25": {"USD": Decimal(1)}}, source="test")  # type: ignore[dict-item]


def test_eur_given_as_one_is_accepted_and_the_tables_are_copied() -> None:
    raw = {date(2025, 2, 25): {"EUR": Decimal(1), "USD": EURUSD_0225}}
    table = RateTable.from_tables(raw, source="test")
    raw[date(2025, 2, 25)]["USD"] = Decimal(2)
    assert table.rate("EUR", "USD", date(2025, 2, 25)).rate == EURUSD_0225
    day, rates = table.table(date(2025, 2, 26))
    assert day == date(2025, 2, 25)
    assert dict(rates) == {"USD": EURUSD_0225}


def test_engines_never_print(table: RateTable, capsys: pytest.CaptureFixture[str]) -> None:
    table.rate("USD", "CAD", date(2025, 3, 30))
    with pytest.raises(MissingRateError):
        table.rate("USD", "CAD", date(2020, 1, 1))
    assert capsys.readouterr() == ("", "")


# -- the bundled snapshot ----------------------------------------------------------------------


def test_bundled_snapshot_is_the_real_ecb_data(home: Path) -> None:
    rates = load_default_rates()
    assert rates.source == ECB_SOURCE
    assert rates.earliest == date(2025, 1, 2)
    assert rates.latest == date(2025, 2, 25)
    assert len(rates.dates) == 39
    day, latest = rates.table(date(2025, 2, 25))
    assert day == date(2025, 2, 25)
    assert len(latest) == 30
    assert latest["USD"] == EURUSD_0225
    assert latest["JPY"] == EURJPY_0225
    assert all(isinstance(rate, Decimal) for d in rates.dates for rate in rates.table(d)[1].values())
    # The same tables as the recorded fixture, which was cut from the same document.
    fixture = parse_ecb_xml(HIST_SLICE.read_bytes())
    for fixture_day, fixture_rates in fixture.items():
        assert dict(rates.table(fixture_day)[1]) == fixture_rates


def test_default_rates_are_cached(home: Path) -> None:
    assert load_default_rates() is load_default_rates()


def test_saved_rates_are_merged_with_the_bundled_ones(home: Path) -> None:
    save_rates(DAILY_2022.read_bytes(), home / "fx")
    rates = load_default_rates()
    assert rates.earliest == date(2022, 5, 20)
    assert rates.rate("EUR", "GBP", date(2022, 5, 22)).rate == Decimal("0.84820")
    assert rates.rate("EUR", "GBP", date(2025, 2, 25)).rate == Decimal("0.82908")


def test_saved_rates_win_over_the_bundled_ones_for_the_same_date(home: Path) -> None:
    # A made-up correction of the 2025-02-25 table (not ECB data: it only proves which file wins).
    corrected = (
        b'<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" '
        b'xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref"><Cube>'
        b'<Cube time="2025-02-25"><Cube currency="USD" rate="2"/></Cube></Cube></gesmes:Envelope>'
    )
    save_rates(corrected, home / "fx")
    rates = load_default_rates()
    assert rates.rate("EUR", "USD", date(2025, 2, 25)).rate == Decimal(2)
    with pytest.raises(MissingRateError):
        rates.rate("EUR", "CAD", date(2025, 2, 25))
    assert rates.rate("EUR", "CAD", date(2025, 2, 24)).rate == EURCAD_0224


def test_a_corrupt_saved_file_is_reported_with_its_path(home: Path) -> None:
    (home / "fx").mkdir()
    broken = home / "fx" / "ecb-eurofxref-2025-03-01.xml"
    broken.write_bytes(b"<Cube>")
    with pytest.raises(DataError, match=r"ecb-eurofxref-2025-03-01\.xml"):
        load_default_rates()


# -- CLI: borderless rates show ----------------------------------------------------------------


def test_show_a_cross_rate_with_the_table_date(home: Path) -> None:
    result = CliRunner().invoke(rates_group, ["show", "--on", "2025-02-23", "USD/CAD"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("USD/CAD  1.419589106545628284758719541  (")
    assert "2025-02-21" in result.stdout
    assert "via EUR: EUR/CAD 1.4856 / EUR/USD 1.0465" in result.stdout
    assert result.stderr == ""


def test_show_several_pairs_case_insensitively(home: Path) -> None:
    result = CliRunner().invoke(rates_group, ["show", "--on", "2025-02-25", "eur/usd", "USDEUR", "JPY/JPY"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"EUR/USD  1.0497  ({ECB_SOURCE} of 2025-02-25)"
    assert lines[1].startswith("USD/EUR  0.95265313899209297894636")
    assert lines[2] == "JPY/JPY  1  (same currency)"


def test_show_all_eur_rates_of_the_table(home: Path) -> None:
    result = CliRunner().invoke(rates_group, ["show", "--on", "2025-02-22"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"{ECB_SOURCE}, table of 2025-02-21: 1 EUR ="
    assert "  USD  1.0465" in lines
    assert len(lines) == 31


def test_show_json(home: Path) -> None:
    result = CliRunner().invoke(rates_group, ["show", "--json", "--on", "2025-02-25", "USD/CAD"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["rates"][0]["rate"] == "1.426026483757263980184814709"
    assert data["rates"][0]["date"] == "2025-02-25"
    assert data["warnings"] == []


def test_show_warns_when_the_table_is_old(home: Path) -> None:
    result = CliRunner().invoke(rates_group, ["show", "--on", "2025-06-02", "USD/CAD"])
    assert result.exit_code == 0, result.output
    assert "2025-02-25" in result.stdout
    assert result.stderr.startswith("warning: the rate table used is dated 2025-02-25, 97 days before 2025-06-02")
    assert "borderless rates update" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "XYZ/CAD"], "unknown currency code 'XYZ'"),
        (["show", "--on", "2025-02-25", "USD/ARS"], "has no rate for ARS"),
        (["show", "USD-CAD-X"], "expected a currency pair"),
        (["show", "--on", "2024-12-01", "USD/CAD"], "earliest rate table is dated 2025-01-02"),
        (["show", "--on", "2024-12-01"], "earliest rate table is dated 2025-01-02"),
    ],
)
def test_show_bad_input_is_one_line_and_exit_2(home: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(rates_group, args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("error: ")
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.output


def test_show_rejects_a_malformed_date(home: Path) -> None:
    result = CliRunner().invoke(rates_group, ["show", "--on", "25/02/2025", "USD/CAD"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
