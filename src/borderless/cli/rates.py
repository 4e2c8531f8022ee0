"""``borderless rates``: fetch the ECB reference rates and show dated exchange rates.

A shell only: it parses the arguments, calls :mod:`borderless.fx` and prints what it returns.
Exit codes: 0 on success, 1 when the network or a data file fails, 2 for bad input (an unknown
currency, a malformed pair or date, a date before the earliest rate table).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import TYPE_CHECKING, NoReturn

import click

from borderless.errors import BorderlessError, DataError, InputError, MissingRateError
from borderless.fx.ecb import ECB_DAILY_URL
from borderless.fx.rates import MAX_TABLE_AGE_DAYS

if TYPE_CHECKING:
    from borderless.fx.rates import RateQuote, RateTable

__all__ = ["rates_group"]

_PAIR = re.compile(r"([A-Za-z]{3})/?([A-Za-z]{3})")


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    click.get_current_context().exit(code)


@click.group("rates")
def rates_group() -> None:
    """Exchange rates: the ECB reference rates bundled with Borderless, plus those saved by
    `borderless rates update`."""


@rates_group.command("update")
@click.option(
    "--url",
    default=ECB_DAILY_URL,
    show_default=True,
    help="ECB eurofxref document to fetch (daily, hist-90d or hist).",
)
@click.option("--timeout", type=float, default=20.0, show_default=True, help="Network timeout in seconds.")
def update_command(url: str, timeout: float) -> None:
    """Fetch the ECB reference rates, check them and save them for later lookups."""
    from borderless.fx.ecb import (
        EcbFetchError,
        fetch_ecb,
        load_default_rates,
        parse_ecb_xml,
        save_rates,
        user_rates_dir,
    )

    try:
        data = fetch_ecb(url, timeout=timeout)
        tables = parse_ecb_xml(data, origin=url)
        path = save_rates(data, user_rates_dir())
    except EcbFetchError as error:
        _fail(str(error), 1)
    except DataError as error:
        _fail(f"not ECB reference rates: {error}", 1)
    except InputError as error:
        _fail(str(error), 2)
    except OSError as error:
        _fail(f"could not save the rates: {error}", 1)
    load_default_rates.cache_clear()

    latest = max(tables)
    count = len(tables[latest])
    if len(tables) == 1:
        what = f"the ECB reference rates of {latest.isoformat()} ({count} currencies)"
    else:
        first = min(tables).isoformat()
        what = (
            f"the ECB reference rates of {len(tables)} days, {first} to {latest.isoformat()} "
            f"({count} currencies on {latest.isoformat()})"
        )
    click.echo(f"Saved {what} to {path}")


@rates_group.command("show")
@click.option(
    "--on",
    "on",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Date of the rates, YYYY-MM-DD (default: today).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.argument("pairs", nargs=-1, metavar="[PAIR]...")
def show_command(on: datetime | None, as_json: bool, pairs: tuple[str, ...]) -> None:
    """Show exchange rates such as USD/CAD for a date, with the rate table used.

    Without PAIR, list every rate of the ECB table (1 EUR = x)."""
    from borderless.fx.ecb import load_default_rates

    day = on.date() if on is not None else date.today()
    try:
        table = load_default_rates()
        if pairs:
            quotes = [table.rate(*_parse_pair(text), day) for text in pairs]
        else:
            table_day, eur_rates = table.table(day)
    except (InputError, MissingRateError) as error:
        _fail(str(error), 2)
    except BorderlessError as error:
        _fail(str(error), 1)

    if pairs:
        warnings = _stale_warnings({quote.on for quote in quotes}, day)
        if as_json:
            payload: dict[str, object] = {
                "on": day.isoformat(),
                "rates": [q.to_json() for q in quotes],
                "warnings": warnings,
            }
            click.echo(json.dumps(payload, indent=2))
        else:
            for quote in quotes:
                click.echo(_describe(quote, table))
    else:
        warnings = _stale_warnings({table_day}, day)
        if as_json:
            payload = {
                "on": day.isoformat(),
                "date": table_day.isoformat(),
                "base": "EUR",
                "source": table.source,
                "rates": {currency: format(rate, "f") for currency, rate in sorted(eur_rates.items())},
                "warnings": warnings,
            }
            click.echo(json.dumps(payload, indent=2))
        else:
            click.echo(f"{table.source}, table of {table_day.isoformat()}: 1 EUR =")
            for currency, rate in sorted(eur_rates.items()):
                click.echo(f"  {currency}  {format(rate, 'f')}")
    if not as_json:
        for warning in warnings:
            click.echo(f"warning: {warning}", err=True)


def _parse_pair(text: str) -> tuple[str, str]:
    match = _PAIR.fullmatch(text.strip())
    if match is None:
        raise InputError(f"expected a currency pair such as USD/CAD, got {text!r}", field="pair", value=text)
    base, quote = match.groups()
    return base.upper(), quote.upper()


def _describe(quote: RateQuote, table: RateTable) -> str:
    from borderless.fx.rates import SAME_CURRENCY_SOURCE

    rate = format(quote.rate, "f")
    if quote.source == SAME_CURRENCY_SOURCE:
        return f"{quote.pair}  {rate}  ({quote.source})"
    if quote.via is None:
        return f"{quote.pair}  {rate}  ({quote.source} of {quote.on.isoformat()})"
    # Show the two published legs so the cross rate can be checked by hand.
    _, eur = table.table(quote.on)
    legs = f"{quote.via}/{quote.quote} {eur[quote.quote]} / {quote.via}/{quote.base} {eur[quote.base]}"
    return f"{quote.pair}  {rate}  ({quote.source} of {quote.on.isoformat()}, via {quote.via}: {legs})"


def _stale_warnings(table_days: set[date], on: date) -> list[str]:
    warnings = []
    for table_day in sorted(table_days):
        age = (on - table_day).days
        if age > MAX_TABLE_AGE_DAYS:
            warnings.append(
                f"the rate table used is dated {table_day.isoformat()}, {age} days before {on.isoformat()}; "
                "run `borderless rates update` for current rates"
            )
    return warnings
