"""The `borderless` command: a thin shell over the library. It parses arguments, calls the engine and
renders; user errors become one clear line and exit code 2, never a traceback."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from borderless import __version__
from borderless.errors import BorderlessError

F = TypeVar("F", bound=Callable[..., Any])

EXIT_USER_ERROR = 2


def user_errors(func: F) -> F:
    """Turn a BorderlessError into `error: <message>` on stderr and exit code 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BorderlessError as error:
            click.echo(f"error: {error}", err=True)
            sys.exit(EXIT_USER_ERROR)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="borderless")
def cli() -> None:
    """Borderless: sell across borders with every duty, tax and fee explained."""


def _register() -> None:
    from borderless.cli.calendar import calendar_command
    from borderless.cli.catalog import catalog_group
    from borderless.cli.classify import classify_command
    from borderless.cli.feed import feed_command
    from borderless.cli.launch import launch_command
    from borderless.cli.localize import localize_command
    from borderless.cli.markets import markets_group
    from borderless.cli.markets_compliance import compliance_command
    from borderless.cli.markets_profile import profile_command
    from borderless.cli.markets_rank import rank_command
    from borderless.cli.price import price_command
    from borderless.cli.quote import quote_command
    from borderless.cli.rates import rates_group
    from borderless.cli.screen import screen_command
    from borderless.cli.xliff import xliff_group

    cli.add_command(quote_command)
    cli.add_command(feed_command)
    cli.add_command(localize_command)
    cli.add_command(xliff_group)
    cli.add_command(catalog_group)
    cli.add_command(classify_command)
    cli.add_command(calendar_command)
    cli.add_command(price_command)
    cli.add_command(launch_command)
    cli.add_command(rates_group)
    cli.add_command(markets_group)
    markets_group.add_command(rank_command)
    markets_group.add_command(profile_command)
    markets_group.add_command(compliance_command)
    cli.add_command(screen_command)


_register()


def main() -> None:
    cli()
