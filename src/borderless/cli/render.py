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
    region = f" ({req.destination_region})" if req.destination_region else ""
    console.print(
        f"[bold]Landed cost[/bold] {req.origin} -> {req.destination}{region} on {req.on.isoformat()}, "
        f"{req.incoterm}, {req.mode}, in {answer.currency}"
    )
    table = Table(show_lines=False, expand=False)
    table.add_column("#", justify="right")
    table.add_column("line", overflow="fold", ratio=3)
    table.add_column("base", justify="right")
    table.add_column("rate", justify="right")
    table.add_column("amount", justify="right")
    table.add_column("due at")
    table.add_column("confidence")
    sources: list[str] = []
    for line in answer.lines:
        period = line.period
        ref = ""
        if period is not None:
            effective = ""
            if period.start.year > 1:
                end = period.end.isoformat() if period.end else "open"
                effective = f", in force {period.start.isoformat()} to {end}"
            url = f" <{period.source.url}>" if period.source.url else ""
            sources.append(f"{line.rule}: {period.source.title}{url}{effective}")
            ref = str(len(sources))
        table.add_row(
            ref,
            line.label,
            f"{line.base.amount:,}" if line.base else "",
            f"{(line.rate * 100).normalize():f} %" if line.rate is not None else "",
            _amount(line.amount),
            line.collected + (" (seller)" if line.payer == "seller" else ""),
            period.confidence if period else "",
        )
    console.print(table)
    totals = Table.grid(padding=(0, 2))
    totals.add_column()
    totals.add_column(justify="right")
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
    if sources:
        console.print("[bold]Rules and sources[/bold]")
        for number, text in enumerate(sources, start=1):
            console.print(f"  [{number}] {text}", highlight=False, markup=False)
    for rate in answer.exchange_rates_used:
        console.print(f"rate: 1 {rate.base} = {rate.rate} {rate.quote} ({rate.source}, {rate.on.isoformat()})",
                      highlight=False, markup=False)
    if not answer.complete:
        console.print("[bold red]Incomplete:[/bold red] some amounts are unknown and not in the totals.")
    for warning in answer.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)
