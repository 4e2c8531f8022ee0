"""`borderless markets profile CC`: what to get right in one market, every fact with its source."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from borderless.cli.main import user_errors
from borderless.markets.indicators import Observation
from borderless.markets.profile import MarketProfile, address_lines, market_profile


@click.command("profile")
@click.argument("country")
@click.option("--json", "as_json", is_flag=True, help="Print the whole profile as JSON.")
@user_errors
def profile_command(country: str, as_json: bool) -> None:
    """Cultural and practical profile of a market: Hofstede guidance, language register, formats,
    address layout, sizes, payments and associations, with sources.

    Example: borderless markets profile JP
    """
    profile = market_profile(country)
    if as_json:
        click.echo(json.dumps(profile.to_json(), ensure_ascii=False, indent=2))
        return
    _render(profile, Console())


def _obs(observation: Observation | None, *, suffix: str = "", digits: int = 0) -> str:
    if observation is None:
        return "[yellow]unknown[/yellow]"
    return f"{observation.value:,.{digits}f}{suffix} ({observation.year})"


def _render(profile: MarketProfile, console: Console) -> None:
    data = profile.indicators
    console.print(
        f"[bold]{profile.name} ({profile.country})[/bold]  locale {profile.locale or 'unknown'}, "
        f"currency {data.currency or 'unknown'}"
    )
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    facts.add_row("Population", _obs(data.population))
    facts.add_row("GDP per capita, PPP", _obs(data.gdp_per_capita_ppp, suffix=" intl $"))
    facts.add_row("Internet users", _obs(data.internet_users_pct, suffix=" %", digits=1))
    facts.add_row("Logistics (LPI 1-5)", _obs(data.lpi, digits=1))
    languages = ", ".join(
        f"{s.language} {s.share * 100:.0f} %{' (official)' if s.official else ''}" for s in data.languages[:6]
    )
    facts.add_row("Languages (CLDR)", languages or "[yellow]unknown[/yellow]")
    console.print(Panel(facts, title="Indicators", title_align="left"))

    culture = Table(title="Hofstede dimensions and what they suggest (guidance, not fact)", show_lines=True)
    culture.add_column("dimension", no_wrap=True)
    culture.add_column("score", justify="right")
    culture.add_column("for your shop", ratio=1)
    for item in profile.hofstede:
        if item.score is None:
            culture.add_row(item.name, "[yellow]n/a[/yellow]", "[dim]not published: unknown[/dim]")
            continue
        advice = "\n".join(f"[bold]{a.area}:[/bold] {a.advice}" for a in item.advice)
        culture.add_row(item.name, f"{item.score.value} {item.band}", advice)
    console.print(culture)

    practical = Table.grid(padding=(0, 2))
    practical.add_column(style="bold", no_wrap=True)
    practical.add_column()
    for register in profile.language_register:
        practical.add_row(
            f"Address ({register.language})",
            f"formal {register.formal}; informal {register.informal}. Shops: {register.shop_default} "
            "[dim](guidance)[/dim]",
        )
    formats = profile.formats
    if formats is not None:
        practical.add_row("Dates", f"{formats.get('date_short')} e.g. {formats.get('example_date')}")
        practical.add_row(
            "Numbers, prices",
            f"decimal '{formats.get('decimal_symbol')}', grouping "
            f"'{formats.get('group_symbol')}', e.g. {formats.get('example_price')}",
        )
    if profile.address is not None:
        practical.add_row("Postal address", " / ".join(address_lines(profile.address.layout)))
    if profile.measurement is not None:
        practical.add_row("Measurement", f"{profile.measurement['system']}: {profile.measurement['reason']}")
    if profile.clothing_sizes is not None:
        notes = "; ".join(profile.clothing_sizes["notes"])
        practical.add_row("Clothing sizes", f"{profile.clothing_sizes['system']}{' (' + notes + ')' if notes else ''}")
    console.print(Panel(practical, title="Practical", title_align="left"))

    if profile.practices is not None:
        console.print(Panel(_plain(profile.practices), title="Payments, fraud, delivery", title_align="left"))
    associations = profile.cultural_associations
    if associations is not None and associations.get("associations"):
        table = Table(title="Colour and number associations (guidance)")
        table.add_column("subject")
        table.add_column("meaning and advice", ratio=1)
        for item in associations["associations"]:
            table.add_row(str(item.get("subject")), f"{item.get('meaning')} {item.get('advice')}")
        console.print(table)
    sources: dict[str, str] = {}
    for observation in (
        data.population,
        data.gdp_per_capita_ppp,
        data.internet_users_pct,
        data.lpi,
        *data.hofstede.values(),
    ):
        if observation is not None:
            sources[observation.source.title] = observation.source.url
    for item in profile.hofstede:
        for area in item.advice:
            for source in area.sources:
                sources[source.title] = source.url
    for register in profile.language_register:
        sources[register.source.title] = register.source.url
    if profile.address is not None:
        sources[profile.address.source.title] = profile.address.source.url
    console.print("[bold]Sources[/bold] (all of them, with dates: --json)")
    for title, url in sources.items():
        console.print(f"  {title} <{url}>")
    if profile.warnings:
        console.print("[bold]Warnings[/bold]")
        for warning in profile.warnings:
            console.print(f"  [yellow]{warning}[/yellow]")


def _plain(data: Any, depth: int = 0) -> str:
    """A compact readable rendering of a JSON-like structure another module produced."""
    pad = "  " * depth
    if isinstance(data, dict):
        lines = []
        for key, value in data.items():
            if key in ("source", "sources", "country"):
                continue
            if isinstance(value, dict | list):
                lines.append(f"{pad}{key}:")
                lines.append(_plain(value, depth + 1))
            else:
                lines.append(f"{pad}{key}: {value}")
        return "\n".join(line for line in lines if line)
    if isinstance(data, list):
        return "\n".join(_plain(item, depth) if isinstance(item, dict | list) else f"{pad}- {item}" for item in data)
    return f"{pad}{data}"
