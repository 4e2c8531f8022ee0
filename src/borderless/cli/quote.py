"""`borderless quote`: landed-cost quotes from JSON or JSONL requests."""

from __future__ import annotations

import json
import sys
from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import IO, Any

import click

from borderless.cli.main import EXIT_USER_ERROR, user_errors
from borderless.errors import BorderlessError, InputError
from borderless.jsontext import json_line
from borderless.landed_cost import QuoteContext, default_context, parse_request, quote, quote_to_json

DEMO_CART = "examples/cart.json"


def _read_json(text: str, *, line: int | None = None) -> Any:
    try:
        return json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as error:
        problem = InputError(f"malformed JSON: {error.msg} at column {error.colno}", field=None)
        problem.line = line if line is not None else error.lineno
        raise problem from None



def _open(path: str) -> IO[str]:
    if path == "-":
        return sys.stdin
    try:
        return open(path, encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}", field="FILE") from None


def _context(tariffs: str | None) -> QuoteContext:
    context = default_context()
    if tariffs:
        from borderless.tariffs import TariffBook

        context = QuoteContext(context.markets, context.rates, TariffBook.from_merchant_csv(Path(tariffs)))
    return context


@click.command("quote")
@click.argument("file", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
@click.option("--jsonl", is_flag=True, help="FILE holds one request per line; print one answer per line.")
@click.option("--demo", is_flag=True, help="Quote the bundled example cart.")
@click.option("--tariffs", type=click.Path(dir_okay=False),
              help="Your own tariff table (CSV: destination,hs_prefix,origin,rate).")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Date for requests without one (default: today).")
@user_errors
def quote_command(file: str | None, as_json: bool, jsonl: bool, demo: bool, tariffs: str | None, today: Any) -> None:
    """Quote the landed cost of a cart: duty, import tax and fees, who collects each, with sources.

    FILE is a JSON request (or - for stdin). Example: borderless quote cart.json --json
    """
    on = today.date() if today else date.today()
    context = _context(tariffs)
    if jsonl:
        if file is None:
            raise InputError("--jsonl needs a FILE (or - for stdin)", field="FILE")
        handle = _open(file)
        try:
            status = _quote_lines(handle, context, on)
        finally:
            if handle is not sys.stdin:
                handle.close()
        sys.exit(status)
    if demo:
        text = resources.files("borderless.data").joinpath(DEMO_CART).read_text(encoding="utf-8")
    elif file is None:
        raise InputError("give a request FILE, - for stdin, or --demo", field="FILE")
    else:
        with _open(file) as handle:
            text = handle.read()
    request = parse_request(_read_json(text), today=on)
    answer = quote(request, context)
    if as_json:
        click.echo(json.dumps(quote_to_json(answer), ensure_ascii=False, indent=2))
    else:
        from borderless.cli.render import render_quote

        render_quote(answer)


def _quote_lines(handle: IO[str], context: QuoteContext, on: date) -> int:
    failed = 0
    pending: list[str] = []
    write = pending.append
    for number, text in enumerate(handle, start=1):
        if len(pending) >= 1024:  # batch output: stdout may be unbuffered (PYTHONUNBUFFERED)
            sys.stdout.write("".join(pending))
            pending.clear()
        if not text.strip():
            continue
        try:
            request = parse_request(_read_json(text, line=number), today=on)
            write(json_line(quote_to_json(quote(request, context))) + "\n")
        except BorderlessError as error:
            failed += 1
            field = getattr(error, "field", None)
            message = getattr(error, "message", str(error))
            write(json_line({"line": number, "error": {"field": field, "message": message}}) + "\n")
    sys.stdout.write("".join(pending))
    sys.stdout.flush()
    if failed:
        click.echo(f"error: {failed} request line(s) failed; see the error objects in the output", err=True)
        return EXIT_USER_ERROR
    return 0
