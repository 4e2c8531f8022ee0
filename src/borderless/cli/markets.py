"""`borderless markets ...`: the command group for market intelligence. Subcommands live in their
own modules (ranking, profile, compliance) and are attached in `cli/main.py`."""

from __future__ import annotations

import click


@click.group("markets")
def markets_group() -> None:
    """Which markets to enter, and what to get right in each."""
