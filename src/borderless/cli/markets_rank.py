"""`borderless markets rank`: which markets to enter next, scored from sourced indicators."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from borderless.cli.main import user_errors
from borderless.errors import InputError
from borderless.markets.ranking import COMPONENTS, MarketScore, parse_weights, rank_markets

_SHORT = {
    "demand": "dem",
    "friction": "fric",
    "logistics": "LPI",
    "cultural_distance": "cult",
    "language_fit": "lang",
    "seasonality": "seas",
}


def _codes(text: str | None, *, field: str) -> list[str] | None:
    if text is None:
        return None
    codes = [part.strip() for part in text.split(",") if part.strip()]
    if not codes:
        raise InputError("give at least one code", field=field)
    return codes


@click.command("rank")
@click.option("--from", "home", required=True, metavar="CC", help="Your home market (ISO country code).")
@click.option("--catalog", type=click.Path(dir_okay=False), help="Your catalog (native CSV or JSON).")
@click.option("--markets", metavar="LIST", help="Only these markets, e.g. DE,FR,JP (default: every country).")
@click.option(
    "--weights",
    metavar="KEY=VALUE,...",
    help=f"Component weights, e.g. demand=2,friction=1. Components: {', '.join(COMPONENTS)}.",
)
@click.option(
    "--languages",
    metavar="LIST",
    help="Languages you sell in, e.g. en,de (default: your home market's official languages).",
)
@click.option("--top", type=click.IntRange(min=1), help="Show only the N best markets.")
@click.option("--on", "on_text", metavar="YYYY-MM-DD", help="Date for quotes and seasons (default: today).")
@click.option("--json", "as_json", is_flag=True, help="Print the ranking as JSON.")
@user_errors
def rank_command(
    home: str,
    catalog: str | None,
    markets: str | None,
    weights: str | None,
    languages: str | None,
    top: int | None,
    on_text: str | None,
    as_json: bool,
) -> None:
    """Rank markets by reachable online demand, landed-cost friction, logistics, cultural distance,
    language fit and seasonality, each shown with its inputs and sources.

    Example: borderless markets rank --from US --markets DE,FR,JP,GB --top 3
    """
    on = _date(on_text)
    chosen_weights = parse_weights(weights)
    basket = None
    errors = sys.stderr
    if catalog is not None:
        from borderless.catalog import read_catalog

        load = read_catalog(Path(catalog))
        for problem in load.problems:
            click.echo(f"{problem.severity}: {catalog}: {problem}", err=True)
        basket = list(load.catalog.items())
        if not basket:
            raise InputError("no product could be read from the catalog", field="catalog")
    show_progress = not as_json and errors.isatty()
    with Progress(console=Console(stderr=True), transient=True, disable=not show_progress) as progress:
        task = progress.add_task("Scoring markets", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        scores = rank_markets(
            home,
            candidates=_codes(markets, field="markets"),
            basket=basket,
            weights=chosen_weights,
            on=on,
            languages=_codes(languages, field="languages"),
            on_progress=advance,
        )
    shown = scores[:top] if top else scores
    if as_json:
        click.echo(json.dumps([score.to_json() for score in shown], ensure_ascii=False, indent=2))
        return
    _render(shown, home.upper(), on, len(scores))


def _date(text: str | None) -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"not an ISO date (YYYY-MM-DD): {text!r}", field="on") from None


def _cell(score: MarketScore, name: str) -> str:
    component = score.components[name]
    if component.normalised is None:
        return "[dim]n/a[/dim]" if component.note.startswith("not applicable") else "[yellow]miss[/yellow]"
    return f"{component.normalised:.2f}"


def _render(scores: list[MarketScore], home: str, on: date, total: int) -> None:
    console = Console()
    console.print(
        f"[bold]Markets for a merchant in {home}[/bold] on {on.isoformat()} "
        f"({len(scores)} of {total} shown; components normalised 0-1, higher is better)"
    )
    table = Table(
        caption="dem = online demand, fric = landed-cost friction, cult = cultural closeness, "
        "lang = language fit, seas = seasonality; miss = no data (weight spread over the rest)"
    )
    table.add_column("#", justify="right")
    table.add_column("market", no_wrap=True, overflow="ellipsis", max_width=16)
    table.add_column("score", justify="right", no_wrap=True)
    for name in COMPONENTS:
        table.add_column(_SHORT[name], justify="right", no_wrap=True)
    table.add_column("data", justify="right", no_wrap=True)
    for score in scores:
        table.add_row(
            str(score.rank) if score.rank is not None else "-",
            f"{score.country} {score.name}",
            f"{score.score:.3f}" if score.score is not None else "[yellow]none[/yellow]",
            *(_cell(score, name) for name in COMPONENTS),
            f"{score.coverage * 100:.0f}%",
        )
    console.print(table)
    sources: dict[str, Any] = {}
    for score in scores:
        for component in score.components.values():
            for source in component.sources:
                if "World Bank" in source.title or "Hofstede" in source.title or "CLDR" in source.title:
                    sources.setdefault(source.title, source)
    if sources:
        console.print("[bold]Sources[/bold] (landed-cost rule sources: see --json)")
        for source in sources.values():
            console.print(f"  {source.title} <{source.url}> (read {source.retrieved.isoformat()})")
    warned = [score for score in scores if score.warnings]
    if warned:
        console.print("[bold]Warnings[/bold]")
        for score in warned[:10]:
            console.print(
                f"  {score.country}: "
                + "; ".join(score.warnings[:3])
                + (f" (+{len(score.warnings) - 3} more)" if len(score.warnings) > 3 else "")
            )
        if len(warned) > 10:
            console.print(f"  ... {len(warned) - 10} more market(s) with warnings: see --json")
