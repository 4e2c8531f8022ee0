"""Terminal rendering of a quote with rich. Renders only: every figure comes from the Quote."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from borderless.landed_cost import Quote
from borderless.money import Money


def _amount(money: Money | None) -> str:
    return "unknown" if money is None else f"{money.amount:,} {money.currency}"


def render_quote(answer: Quote, console: Console | None = None) -> None:
    console = console or Console()
    req = answer.request
    console.print(
        f"[bold]Landed cost[/bold] {req.origin} -> {req.destination}"
        f"{' (' + req.destination_region + ')' if req.destination_region else ''} on {req.on.isoformat()}, "
        f"{req.incoterm}, {req.mode}"
    )
    table = Table(show_lines=False)
    for column in ("kind", "line", "base", "rate", "amount", "collected", "rule / source", "in force", "confidence"):
        table.add_column(column, overflow="fold")
    for line in answer.lines:
        period = line.period
        effective = ""
        if period is not None and period.start.year > 1:
            effective = f"{period.start.isoformat()} -> {period.end.isoformat() if period.end else 'open'}"
        rule = line.rule if period is None else f"{line.rule}\n[dim]{period.source.title}[/dim]"
        table.add_row(
            line.kind,
            line.label,
            _amount(line.base) if line.base else "",
            f"{(line.rate * 100).normalize():f} %" if line.rate is not None else "",
            _amount(line.amount),
            line.collected + (" (seller)" if line.payer == "seller" else ""),
            rule,
            effective,
            period.confidence if period else "",
        )
    console.print(table)
    totals = Table.grid(padding=(0, 2))
    for label, money in (
        ("Customs value", answer.customs_value),
        ("Duty", answer.duty),
        ("Taxes", answer.taxes),
        ("Fees", answer.fees),
        ("Total landed cost", answer.total_landed_cost),
        ("Due at checkout", answer.due_at_checkout),
        ("Due at delivery", answer.due_at_delivery),
    ):
        totals.add_row(label, _amount(money))
    console.print(totals)
    for rate in answer.exchange_rates_used:
        console.print(f"[dim]rate {rate.base}/{rate.quote} = {rate.rate} ({rate.source}, {rate.on.isoformat()})[/dim]")
    if not answer.complete:
        console.print("[bold red]Incomplete:[/bold red] some amounts are unknown and not in the totals.")
    for warning in answer.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}")
