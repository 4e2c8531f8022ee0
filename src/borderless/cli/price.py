"""`borderless price`: local price lists per market from a catalog."""

from __future__ import annotations

import csv
import gc
import json
import multiprocessing
import os
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from borderless.catalog import Catalog, CatalogLoad, read_catalog
from borderless.cli.main import EXIT_USER_ERROR, user_errors
from borderless.errors import DataError, InputError
from borderless.landed_cost.request import parse_country_list, validate_country
from borderless.pricing import (
    STRATEGIES,
    PriceResult,
    PricingContext,
    PricingPolicy,
    default_conventions,
    default_pricing_context,
    parse_policy,
    price_catalog,
)
from borderless.pricing.answer import PRICE_LIST_COLUMNS, price_list_rows
from borderless.pricing.conventions import parse_endings


def load_policy(path: str | None) -> PricingPolicy:
    if path is None:
        return PricingPolicy()
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"), parse_float=Decimal)
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}", field="--policy") from None
    except json.JSONDecodeError as error:
        raise DataError(f"not valid JSON: {error.msg}", path=path, line=error.lineno) from None
    return parse_policy(data)


def report_catalog_problems(load: CatalogLoad, console: Console) -> None:
    for problem in load.problems:
        console.print(f"{problem.severity}: {problem}", markup=False, highlight=False)
    if load.errors:
        console.print(
            f"{len(load.errors)} of {load.rows_read} catalog row(s) skipped; the others are priced.",
            markup=False,
            highlight=False,
        )


@click.command("price")
@click.argument("catalog", type=click.Path(dir_okay=False))
@click.option("--markets", required=True, help="Comma-separated ISO country codes, e.g. DE,JP,BR.")
@click.option(
    "--strategy",
    type=click.Choice(STRATEGIES),
    help="Pricing strategy for every market (default: the policy's, else convert).",
)
@click.option("--from", "home", default="US", show_default=True, help="Country the shop ships from.")
@click.option(
    "--policy",
    "policy_path",
    type=click.Path(dir_okay=False),
    help="Pricing policy JSON (fees, margin, per-market and per-product settings, fixed prices).",
)
@click.option(
    "--endings",
    type=click.Path(dir_okay=False),
    help="Your own price-endings table (CSV, same columns as the bundled one).",
)
@click.option("--date", "on", type=click.DateTime(formats=["%Y-%m-%d"]), help="Pricing date (default: today).")
@click.option("--json", "as_json", is_flag=True, help="Print the price list as JSON.")
@click.option("--out", type=click.Path(file_okay=False), help="Write one CSV price list per market into this folder.")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    help="Processes pricing markets in parallel with --out (default: one per core for large jobs).",
)
@user_errors
def price_command(
    catalog: str,
    markets: str,
    strategy: str | None,
    home: str,
    policy_path: str | None,
    endings: str | None,
    on: Any,
    as_json: bool,
    out: str | None,
    workers: int | None,
) -> None:
    """Price a catalog for each market: converted or purchasing-power adjusted, duties included (ddp),
    native endings, a margin floor; every step explained.

    Example: borderless price shop.csv --markets DE,JP,BR --strategy ddp --out prices/
    """
    err = Console(stderr=True)
    market_list = parse_country_list(markets, field="--markets")
    home_country = validate_country(home, field="--from")
    policy = load_policy(policy_path)
    if strategy:
        policy = policy.with_strategy(strategy)  # type: ignore[arg-type]
    conventions = default_conventions()
    if endings:
        try:
            conventions = conventions.with_endings(
                parse_endings(Path(endings).read_text(encoding="utf-8"), name=endings)
            )
        except OSError as error:
            raise InputError(f"cannot read {endings}: {error.strerror}", field="--endings") from None
    load = read_catalog(Path(catalog))
    report_catalog_problems(load, err)
    if len(load.catalog) == 0:
        click.echo("error: no catalog row could be read; nothing priced", err=True)
        sys.exit(EXIT_USER_ERROR)
    context = default_pricing_context(on.date() if on else date.today(), home_country, conventions)
    total = len(load.catalog) * len(market_list)
    show_progress = not as_json and sys.stderr.isatty()
    if out and not as_json:
        # price lists go to files: each market is priced and written on its own, in parallel for large jobs
        titles = {item.sku: item.title for item in load.catalog.items()}
        job = _FolderJob(load.catalog, titles, policy, context, Path(out))
        count = workers or (_auto_workers() if total >= _PARALLEL_FROM else 1)
        with Progress(console=err, disable=not show_progress, transient=True) as progress:
            task = progress.add_task("pricing", total=total)
            summaries = _price_into_folder(job, market_list, count, lambda n: progress.advance(task, n))
        _render_summaries(summaries, Path(out), err)
        priced = sum(summary.priced for summary in summaries)
        if priced == 0:
            click.echo("error: nothing could be priced", err=True)
            sys.exit(EXIT_USER_ERROR)
        if load.errors:
            sys.exit(1)
        return
    with Progress(console=err, disable=not show_progress, transient=True) as progress:
        task = progress.add_task("pricing", total=total)
        results = list(
            price_catalog(load.catalog, market_list, policy, context, progress=lambda n: progress.advance(task, n))
        )
    titles = {item.sku: item.title for item in load.catalog.items()}
    if out:
        _write_price_lists(results, titles, Path(out))
    if as_json:
        click.echo(json.dumps([result.to_json() for result in results], ensure_ascii=False, indent=2))
    else:
        _render(results, titles)
    failed = [result for result in results if result.price is None]
    for result in failed:
        err.print(f"error: {result.sku} in {result.market}: {result.error}", markup=False, highlight=False)
    if out:
        err.print(f"wrote {len(market_list)} price list(s) to {out}", markup=False, highlight=False)
    if len(failed) == len(results):
        click.echo("error: nothing could be priced", err=True)
        sys.exit(EXIT_USER_ERROR)
    if load.errors:
        sys.exit(1)


_PARALLEL_FROM = 20_000  # prices; below this, starting processes costs more than it saves


def _auto_workers() -> int:
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1  # the workers inherit the loaded catalog and rules by fork; elsewhere stay in one process
    return max(1, min(os.cpu_count() or 1, 8))


@dataclass(frozen=True, slots=True)
class _FolderJob:
    catalog: Catalog
    titles: dict[str, str]
    policy: PricingPolicy
    context: PricingContext
    folder: Path


@dataclass(frozen=True, slots=True)
class _MarketSummary:
    market: str
    priced: int
    raised_to_floor: int
    incomplete: int
    failed: tuple[tuple[str, str], ...]  # (sku, error)
    warnings: Counter[str]


_JOB: _FolderJob | None = None  # set before forking: workers inherit it instead of unpickling a catalog


def _price_market(market: str) -> _MarketSummary:
    """Price every SKU for one market and write its CSV (in a worker process, or in this one)."""
    job = _JOB
    assert job is not None
    results = list(price_catalog(job.catalog, [market], job.policy, job.context))
    _write_price_lists(results, job.titles, job.folder)
    return _MarketSummary(
        market,
        sum(result.price is not None for result in results),
        sum(result.raised_to_floor for result in results),
        sum(result.landed_cost is not None and not result.landed_cost.complete for result in results),
        tuple((result.sku, result.error or "") for result in results if result.price is None),
        Counter(warning for result in results for warning in result.warnings),
    )


def _price_into_folder(
    job: _FolderJob, markets: tuple[str, ...], workers: int, advance: Callable[[int], None]
) -> list[_MarketSummary]:
    global _JOB
    _JOB = job
    per_market = len(job.catalog)
    summaries: dict[str, _MarketSummary] = {}
    # The catalog and rules live until the end: keep them out of the collector's walks (and, in forked
    # workers, out of the pages each full collection would touch and copy). Measured: 16 % of a run.
    gc.freeze()
    try:
        if workers <= 1 or len(markets) <= 1:
            for market in markets:
                summaries[market] = _price_market(market)
                advance(per_market)
        else:
            with multiprocessing.get_context("fork").Pool(min(workers, len(markets))) as pool:
                for summary in pool.imap_unordered(_price_market, markets):
                    summaries[summary.market] = summary
                    advance(per_market)
    finally:
        _JOB = None
        gc.unfreeze()
    return [summaries[market] for market in markets]


def _render_summaries(summaries: list[_MarketSummary], folder: Path, err: Console) -> None:
    console = Console()
    table = Table(title=f"Price lists written to {folder}", title_justify="left")
    for column in ("Market", "File", "Priced", "Raised to floor", "Duty unknown", "Failed"):
        table.add_column(column, justify="left" if column in ("Market", "File") else "right")
    for summary in summaries:
        table.add_row(
            summary.market,
            f"prices-{summary.market}.csv",
            str(summary.priced),
            str(summary.raised_to_floor),
            str(summary.incomplete),
            str(len(summary.failed)),
        )
    console.print(table)
    counts: Counter[str] = Counter()
    for summary in summaries:
        counts.update(summary.warnings)
    _print_warning_counts(console, counts)
    for summary in summaries:
        for sku, error in summary.failed:
            err.print(f"error: {sku} in {summary.market}: {error}", markup=False, highlight=False)


def _write_price_lists(results: list[PriceResult], titles: dict[str, str], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    by_market: dict[str, list[PriceResult]] = {}
    for result in results:
        by_market.setdefault(result.market, []).append(result)
    for market, rows in by_market.items():
        with (folder / f"prices-{market}.csv").open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(PRICE_LIST_COLUMNS)
            writer.writerows(row.values() for row in price_list_rows(rows, titles))  # rows keep the column order


def _render(results: list[PriceResult], titles: dict[str, str]) -> None:
    console = Console()
    by_market: dict[str, list[PriceResult]] = {}
    for result in results:
        by_market.setdefault(result.market, []).append(result)
    for market, rows in by_market.items():
        table = Table(title=f"{market} price list", title_justify="left")
        for column in ("SKU", "Product", "Price", "Tax", "Landed cost in price", "At delivery", "Margin", "Notes"):
            table.add_column(column, justify="right" if column in ("Price", "Margin") else "left")
        for result in rows:
            landed = result.landed_cost
            table.add_row(
                result.sku,
                titles.get(result.sku, "")[:32],
                "-" if result.price is None else f"{result.price.amount:,f} {result.price.currency}",
                "incl." if result.tax_included else "excl.",
                "" if landed is None else f"{landed.in_price.amount:f}" + ("" if landed.complete else " +?"),
                "" if landed is None or not landed.due_at_delivery else f"{landed.due_at_delivery.amount:f}",
                "?" if result.margin_rate is None else f"{result.margin_rate * 100:.1f} %",
                ("raised to floor; " if result.raised_to_floor else "")
                + (result.error or (f"{len(result.warnings)} warning(s)" if result.warnings else "")),
            )
        console.print(table)
    _print_warning_counts(console, Counter(warning for result in results for warning in result.warnings))
    console.print("Use --json for every step, its reason and source.", highlight=False)


def _print_warning_counts(console: Console, counts: Counter[str]) -> None:
    if counts:
        console.print("[bold]Warnings[/bold] (times seen):")
        for warning, count in counts.most_common(12):
            console.print(f"  {count} x {warning}", markup=False, highlight=False)
