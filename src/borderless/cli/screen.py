"""`borderless screen`: restricted and prohibited goods screening of a catalog per destination market."""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import click

from borderless.catalog import CatalogLoad, read_catalog
from borderless.cli.main import EXIT_USER_ERROR, user_errors
from borderless.errors import InputError
from borderless.screening import MODES, SEVERITIES, SEVERITY_LABELS, Verdict, check_market, check_mode, screen_items

_STYLE = {
    "prohibited": "bold red",
    "needs-permit": "yellow",
    "carrier-restricted": "magenta",
    "observation": "cyan",
    "clear": "green",
}


def _markets(text: str) -> tuple[str, ...]:
    codes = tuple(part for part in (piece.strip() for piece in text.split(",")) if part)
    if not codes:
        raise InputError("give at least one market, e.g. --markets TH,AU,GB", field="--markets")
    return tuple(dict.fromkeys(check_market(code, field="--markets") for code in codes))


def _summary(verdicts: list[Verdict]) -> dict[str, int]:
    counts = Counter(verdict.severity for verdict in verdicts)
    return {severity: counts.get(severity, 0) for severity in SEVERITIES}


def _render(verdicts: list[Verdict], on: date, mode: str) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(f"[bold]Screening[/bold] on {on.isoformat()}, shipped by {mode}")
    table = Table(show_lines=True)
    table.add_column("SKU", overflow="fold")
    table.add_column("product", overflow="fold", ratio=2)
    table.add_column("market")
    table.add_column("verdict")
    table.add_column("reasons", overflow="fold", ratio=5)
    for verdict in verdicts:
        lines = [
            f"{reason.severity}: {reason.rule_id} ({reason.matched_by}) {reason.explanation} "
            f"[{reason.source.title}, {reason.source.url}; in force from {reason.in_force.start.isoformat()}"
            f"{' to ' + reason.in_force.end.isoformat() if reason.in_force.end else ''}; {reason.confidence}]"
            for reason in verdict.reasons
        ] or [SEVERITY_LABELS["clear"]]
        lines.extend(f"warning: {warning}" for warning in verdict.warnings)
        style = _STYLE[verdict.severity]
        table.add_row(
            verdict.sku, verdict.title, verdict.market, f"[{style}]{verdict.severity}[/{style}]", "\n".join(lines)
        )
    console.print(table)
    counts = ", ".join(f"{severity}: {count}" for severity, count in _summary(verdicts).items())
    console.print(f"{len(verdicts)} item-market pairs. {counts}", highlight=False)


def _report_problems(load: CatalogLoad) -> None:
    for problem in load.problems:
        click.echo(f"{problem.severity}: {problem}", err=True)


@click.command("screen")
@click.argument("catalog", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--markets", "markets_text", required=True, help="Destination markets, e.g. TH,AU,GB (EU allowed).")
@click.option(
    "--mode",
    default="air",
    show_default=True,
    type=click.Choice(MODES),
    help="Transport mode (carrier rules for dangerous goods depend on it).",
)
@click.option(
    "--date", "on_text", type=click.DateTime(formats=["%Y-%m-%d"]), help="Date of the rules (default: today)."
)
@click.option("--json", "as_json", is_flag=True, help="Print the verdicts as JSON.")
@user_errors
def screen_command(catalog: Path, markets_text: str, mode: str, on_text: Any, as_json: bool) -> None:
    """Screen a catalog for restricted and prohibited goods per destination market.

    Example: borderless screen catalog.csv --markets TH,AU,GB --json
    """
    on = on_text.date() if on_text else date.today()
    markets = _markets(markets_text)
    checked_mode = check_mode(mode, field="--mode")
    load = read_catalog(catalog)
    items = list(load.catalog.items())
    verdicts: list[Verdict] = []
    show_progress = not as_json and sys.stderr.isatty() and len(items) > 200
    if show_progress:
        from rich.console import Console
        from rich.progress import Progress

        with Progress(console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("screening", total=len(items) * len(markets))
            for verdict in screen_items(items, markets, on=on, mode=checked_mode):
                verdicts.append(verdict)
                progress.advance(task)
    else:
        verdicts = list(screen_items(items, markets, on=on, mode=checked_mode))
    if as_json:
        click.echo(
            json.dumps(
                {
                    "date": on.isoformat(),
                    "mode": checked_mode,
                    "markets": list(markets),
                    "summary": _summary(verdicts),
                    "verdicts": [verdict.to_json() for verdict in verdicts],
                    "catalog_problems": [problem.to_json() for problem in load.problems],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        _render(verdicts, on, checked_mode)
    _report_problems(load)
    if load.errors:
        click.echo(f"error: {len(load.errors)} catalog row(s) could not be read and were not screened", err=True)
        sys.exit(EXIT_USER_ERROR)
