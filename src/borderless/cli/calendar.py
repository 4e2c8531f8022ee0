"""`borderless calendar`: the campaign calendar for a set of markets (terminal table, JSON or ICS)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from borderless.calendar import (
    DEFAULT_DELIVERY_DAYS,
    EVENT_KINDS,
    CampaignCalendar,
    build_calendar,
    parse_lead_days,
    to_ics,
)
from borderless.cli.main import user_errors
from borderless.errors import InputError

_KIND_STYLE = {"public": "dim", "religious": "magenta", "cultural": "cyan", "commercial": "green"}


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def render_calendar(result: CampaignCalendar, console: Console | None = None) -> None:
    console = console or Console()
    console.print(
        f"[bold]Campaign calendar {result.year}[/bold] for {', '.join(result.markets)}; "
        f"{result.delivery_days} business days in transit; lead days "
        + ", ".join(f"{kind} {days}" for kind, days in result.lead_days.items())
    )
    table = Table(expand=False)
    table.add_column("date", no_wrap=True)
    table.add_column("market", no_wrap=True)
    table.add_column("event", overflow="fold")
    table.add_column("kind", no_wrap=True)
    table.add_column("campaign start", no_wrap=True)
    table.add_column("last ship", no_wrap=True)
    table.add_column("confidence", no_wrap=True)
    for event in result.events:
        when = event.start.isoformat() + (f"..{event.end:%m-%d}" if event.end != event.start else "")
        name = event.name + (" *" if event.public_holiday and event.kind != "public" else "")
        confidence = event.confidence + (" !" if event.warnings else "")
        table.add_row(
            when,
            event.country,
            name,
            f"[{_KIND_STYLE[event.kind]}]{event.kind}[/]",
            event.campaign_start.isoformat(),
            event.last_ship_date.isoformat(),
            confidence,
        )
    console.print(table)
    console.print("* also a public holiday there; ! see warnings in --json output. Sources: --json or --ics.")
    for warning in result.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}")


@click.command("calendar")
@click.option("--markets", required=True, help="Comma-separated ISO country codes, e.g. US,CN,IN,SA,JP,BR.")
@click.option("--year", type=int, help="Calendar year (default: this year).")
@click.option(
    "--delivery-days",
    type=int,
    default=DEFAULT_DELIVERY_DAYS,
    show_default=True,
    help="Business days in transit to the destination, for the last safe ship date.",
)
@click.option(
    "--lead-days",
    "lead_days_text",
    help="Campaign lead time override: N for every kind, or KIND=N,... (kinds: " + ", ".join(EVENT_KINDS) + ").",
)
@click.option("--kinds", help="Only these event kinds, comma-separated (default: all).")
@click.option("--json", "as_json", is_flag=True, help="Print the calendar as JSON.")
@click.option(
    "--ics",
    "ics_path",
    type=click.Path(dir_okay=False, writable=True),
    help="Also write an iCalendar file (RFC 5545) that calendar apps import.",
)
@click.option(
    "--no-milestones", is_flag=True, help="In the ICS file, leave out the campaign-start and last-ship events."
)
@click.option(
    "--today", type=click.DateTime(formats=["%Y-%m-%d"]), help="Date to judge what has already passed (default: today)."
)
@user_errors
def calendar_command(
    markets: str,
    year: int | None,
    delivery_days: int,
    lead_days_text: str | None,
    kinds: str | None,
    as_json: bool,
    ics_path: str | None,
    no_milestones: bool,
    today: Any,
) -> None:
    """Holidays and shopping events per market, with campaign start and last safe ship dates.

    Example: borderless calendar --markets US,CN,IN,SA,JP,BR --year 2027 --ics campaigns.ics
    """
    on = today.date() if today else date.today()
    lead_days = parse_lead_days(lead_days_text) if lead_days_text is not None else None
    result = build_calendar(
        _split(markets),
        year if year is not None else on.year,
        delivery_days=delivery_days,
        today=on,
        lead_days=lead_days,
        kinds=_split(kinds) if kinds else None,
    )
    if ics_path:
        try:
            Path(ics_path).write_bytes(to_ics(result.events, milestones=not no_milestones))
        except OSError as error:
            raise InputError(f"cannot write {ics_path}: {error.strerror}", field="ics") from None
        click.echo(f"wrote {len(result.events)} events to {ics_path}", err=True)
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        render_calendar(result)
