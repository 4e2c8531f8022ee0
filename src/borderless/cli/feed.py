"""`borderless feed`: a Google Merchant Center feed (TSV or XML), Shopify translations CSV or a localized
catalog JSON for one market, validated by our own checker before writing."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import Progress

from borderless.catalog import Catalog, read_catalog
from borderless.cli.main import EXIT_USER_ERROR, user_errors
from borderless.errors import DataError, InputError
from borderless.feeds import (
    FeedPrice,
    LocalizedText,
    build_feed,
    feed_to_tsv,
    feed_to_xml,
    localized_catalog_json,
    read_localized,
    shopify_translations_csv,
    validate_feed,
)
from borderless.feeds.prices import convert_prices, prices_from_results, standard_vat_rate
from borderless.landed_cost.request import validate_country
from borderless.money import Money, parse_decimal

FORMATS = ("google-tsv", "google-xml", "shopify-csv", "json")


def _read_localized(path: str | None) -> tuple[dict[str, LocalizedText], str | None]:
    if path is None:
        return {}, None
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}", field="--localized") from None
    except json.JSONDecodeError as error:
        raise DataError(f"not valid JSON: {error.msg}", path=path, line=error.lineno) from None
    found, locale = read_localized(data)
    return dict(found), locale


def _prices(
    catalog: Catalog, market: str, currency: str, home: str, on: date, show_progress: bool, err: Console
) -> tuple[dict[str, FeedPrice], list[str]]:
    """Prices from the pricing engine (strategy ``convert``), or a dated conversion when it is absent."""
    try:
        from borderless.pricing import PricingPolicy, default_pricing_context, price_catalog
    except ImportError:
        from borderless.landed_cost import default_context

        prices, warnings = convert_prices(
            catalog, market, currency, on, default_context().rates, standard_vat_rate(market, on)
        )
        return prices, ["borderless.pricing is not available; " + warnings[0], *warnings[1:]]
    context = default_pricing_context(on, home)
    with Progress(console=err, disable=not show_progress, transient=True) as progress:
        task = progress.add_task(f"pricing for {market}", total=len(catalog))
        results = list(
            price_catalog(catalog, [market], PricingPolicy(), context, progress=lambda n: progress.advance(task, n))
        )
    return prices_from_results(results, market)


@click.command("feed")
@click.argument("catalog", type=click.Path(dir_okay=False))
@click.option("--market", required=True, metavar="CC", help="Target country (ISO 3166-1 alpha-2).")
@click.option("--format", "fmt", required=True, type=click.Choice(FORMATS), help="What to write.")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option(
    "--link-base", metavar="URL", help="Shop URL for products without a url/image_url (https://shop.example)."
)
@click.option(
    "--localized",
    "localized_path",
    type=click.Path(dir_okay=False),
    help="Localized catalog JSON for this market (from `borderless localize`).",
)
@click.option("--shipping", metavar="AMOUNT", help="Flat shipping cost in the market's currency, e.g. 4.95.")
@click.option("--from", "home", default="US", show_default=True, metavar="CC", help="Country the shop ships from.")
@click.option("--on", type=click.DateTime(formats=["%Y-%m-%d"]), help="Pricing date (default: today).")
@click.option("--source-language", default="en", show_default=True, help="Language of the catalog's text.")
@click.option("--size-system", help="Size system of the catalog's sizes (US, UK, EU, JP, CN, KR, AU, BR).")
@click.option("--json", "as_json", is_flag=True, help="Print the validation report as JSON.")
@user_errors
def feed_command(
    catalog: str,
    market: str,
    fmt: str,
    out: str,
    link_base: str | None,
    localized_path: str | None,
    shipping: str | None,
    home: str,
    on: Any,
    source_language: str,
    size_system: str | None,
    as_json: bool,
) -> None:
    """Write a product feed for one market: prices in the local currency (tax included where the market
    requires), localized text, sizes in the local system, validated against Google's rules first.
    Problems are printed per product and attribute; invalid items are left out; exit code 2 when no item
    is valid.

    Example: borderless feed shop.csv --market DE --format google-xml --out de.xml --link-base https://shop.example
    """
    err = Console(stderr=True, soft_wrap=True)
    country = validate_country(market, field="--market")
    home_country = validate_country(home, field="--from")
    day = on.date() if on else date.today()
    from borderless.countries import load_markets
    from borderless.localize.formats import format_price, locale_for

    rules = load_markets().get(country)
    if rules is None:
        raise InputError(f"no market rules for {country}; covered: {', '.join(load_markets())}", field="--market")
    history = rules.currency_history.on(day) if rules.currency_history else None
    currency = history.value if history else rules.currency
    load = read_catalog(Path(catalog))
    for problem in load.problems:
        err.print(f"{problem.severity}: {problem}", markup=False, highlight=False)
    if len(load.catalog) == 0:
        click.echo("error: no catalog row could be read; nothing written", err=True)
        sys.exit(EXIT_USER_ERROR)
    localized, localized_locale = _read_localized(localized_path)
    locale = localized_locale or locale_for(country)
    shipping_cost = Money(parse_decimal(shipping, field="--shipping"), currency) if shipping else None
    show_progress = not as_json and sys.stderr.isatty()
    prices, price_warnings = _prices(load.catalog, country, currency, home_country, day, show_progress, err)
    built = build_feed(
        load.catalog,
        country,
        prices,
        localized=localized,
        link_base=link_base,
        shipping=shipping_cost,
        source_language=source_language,
        target_language=locale.replace("-", "_").split("_")[0],
        source_size_system=size_system,
    )
    report = validate_feed(built.items, country, currency)
    problems = [*built.problems, *report.problems]
    from borderless.culture import check_catalog

    cultural = check_catalog(load.catalog, country, on=day)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    extra_warnings: list[str] = []
    if fmt == "google-tsv":
        path.write_text(feed_to_tsv(report.valid), encoding="utf-8")
    elif fmt == "google-xml":
        path.write_bytes(
            feed_to_xml(
                report.valid,
                title=f"Products for {country}",
                link=link_base or "https://",
                description=f"Product feed for {country} ({locale}, {currency})",
            )
        )
    elif fmt == "shopify-csv":
        text, extra_warnings = shopify_translations_csv(load.catalog, localized, locale, market="")
        path.write_text("\ufeff" + text, encoding="utf-8")
    else:
        formatted = {item.id: format_price(item.price, locale) for item in report.valid if item.price is not None}
        document = localized_catalog_json(
            report.valid,
            country,
            locale=locale,
            currency=currency,
            formatted_prices=formatted,
            problems=problems,
            cultural_warnings=[warning.to_json() for warning in cultural],
        )
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    _report(
        report.valid,
        len(built.items),
        problems,
        [*price_warnings, *extra_warnings],
        [str(warning) for warning in cultural],
        as_json,
        err,
        out,
        country,
        fmt,
    )
    if fmt in ("google-tsv", "google-xml", "json") and not report.valid:
        click.echo(f"error: no item is valid for {country}; see the problems above", err=True)
        sys.exit(EXIT_USER_ERROR)


def _collapse(warnings: list[str]) -> list[tuple[str, int]]:
    """The same pricing warning for many SKUs printed once, with a count."""
    counts: dict[str, int] = {}
    for warning in warnings:
        head, _, tail = warning.partition(": ")
        key = tail if tail and " " not in head else warning
        counts[key] = counts.get(key, 0) + 1
    return list(counts.items())


def _report(
    valid: Any,
    total: int,
    problems: list[Any],
    warnings: list[str],
    cultural: list[str],
    as_json: bool,
    err: Console,
    out: str,
    country: str,
    fmt: str,
) -> None:
    if as_json:
        click.echo(
            json.dumps(
                {
                    "market": country,
                    "format": fmt,
                    "out": out,
                    "items": total,
                    "valid": len(valid),
                    "problems": [problem.to_json() for problem in problems],
                    "warnings": warnings,
                    "cultural_warnings": cultural,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    for problem in problems:
        err.print(f"{problem.severity}: {problem}", markup=False, highlight=False)
    for warning, skus in _collapse(warnings):
        where = f" ({skus} SKUs)" if skus > 1 else ""
        err.print(f"warning: {warning}{where}", markup=False, highlight=False)
    for warning in cultural:
        err.print(f"cultural: {warning}", markup=False, highlight=False)
    written = len(valid) if fmt != "shopify-csv" else total
    err.print(f"wrote {out}: {written} of {total} item(s) for {country}", markup=False, highlight=False)
