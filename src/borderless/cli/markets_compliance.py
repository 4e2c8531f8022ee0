"""`borderless markets compliance`: the privacy and consumer-law checklist for one market."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import click

from borderless.cli.main import user_errors
from borderless.compliance import TOPIC_LABELS, Checklist, compliance_checklist


def _render(checklist: Checklist) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(
        f"[bold]Compliance checklist[/bold] {checklist.name} ({checklist.country}) on {checklist.on.isoformat()}"
    )
    table = Table(show_lines=True)
    table.add_column("topic")
    table.add_column("requirement", overflow="fold", ratio=4)
    table.add_column("scope")
    table.add_column("in force")
    table.add_column("confidence")
    table.add_column("source", overflow="fold", ratio=3)
    for item in checklist.items:
        text = item.requirement.summary + (f"\n{item.requirement.detail}" if item.requirement.detail else "")
        end = item.period.end.isoformat() if item.period.end else "open"
        table.add_row(
            TOPIC_LABELS[item.topic],
            text,
            item.scope,
            f"{item.period.start.isoformat()} to {end}",
            item.period.confidence,
            f"{item.period.source.title} <{item.period.source.url}>",
        )
    console.print(table)
    for warning in checklist.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)


@click.command("compliance")
@click.argument("country")
@click.option(
    "--date", "on_text", type=click.DateTime(formats=["%Y-%m-%d"]), help="Date of the rules (default: today)."
)
@click.option("--json", "as_json", is_flag=True, help="Print the checklist as JSON.")
@user_errors
def compliance_command(country: str, on_text: Any, as_json: bool) -> None:
    """Privacy and consumer-law checklist for a market (ISO country code).

    Example: borderless markets compliance DE --json
    """
    on = on_text.date() if on_text else date.today()
    checklist = compliance_checklist(country, on=on)
    if as_json:
        click.echo(json.dumps(checklist.to_json(), ensure_ascii=False, indent=2))
    else:
        _render(checklist)
