"""`borderless localize`: translate and check a catalog for several markets, one JSON file per market."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from borderless.cli.main import EXIT_USER_ERROR, user_errors
from borderless.errors import DataError, InputError
from borderless.translate import (
    BACKEND_CHOICES,
    DEFAULT_PREFERENCE,
    Glossary,
    TranslationMemory,
    TranslationRouter,
    read_glossary,
)
from borderless.translate.setup import build_backends, default_memory_path


def backend_options(func: Any) -> Any:
    """The options that configure the remote backends (shared by localize and xliff export)."""
    options = [
        click.option(
            "--openai-base-url",
            envvar="BORDERLESS_OPENAI_BASE_URL",
            help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 (env BORDERLESS_OPENAI_BASE_URL).",
        ),
        click.option(
            "--openai-model", envvar="BORDERLESS_OPENAI_MODEL", help="Model name (env BORDERLESS_OPENAI_MODEL)."
        ),
        click.option(
            "--openai-key", envvar="OPENAI_API_KEY", help="API key, if the endpoint needs one (env OPENAI_API_KEY)."
        ),
        click.option("--deepl-key", envvar="DEEPL_AUTH_KEY", help="DeepL API key (env DEEPL_AUTH_KEY)."),
        click.option("--deepl-url", envvar="BORDERLESS_DEEPL_URL", help="DeepL base URL (default from the key type)."),
        click.option("--deepl-glossary-id", help="A glossary id in your DeepL account."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _preference(text: str | None) -> tuple[str, ...]:
    if not text:
        return DEFAULT_PREFERENCE
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = [name for name in names if name not in DEFAULT_PREFERENCE]
    if unknown:
        raise InputError(
            f"unknown backend(s) {', '.join(unknown)}; choose from {', '.join(DEFAULT_PREFERENCE)}", field="--prefer"
        )
    return names


def _forbidden(path: str | None) -> Mapping[str, list[str]]:
    if not path:
        return {}
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as error:
        raise DataError(f"cannot read forbidden terms: {error.strerror}", path=path) from None
    terms: dict[str, list[str]] = {}
    for row, record in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not record or (row == 1 and record[0].strip().lower() == "language"):
            continue
        if len(record) < 2 or not record[1].strip():
            raise DataError("expected language,term (language * for every language)", path=path, line=row)
        terms.setdefault(record[0].strip().lower() or "*", []).append(record[1].strip())
    return terms


def _glossary(path: str | None) -> Glossary:
    return read_glossary(Path(path)) if path else Glossary()


@click.command("localize")
@click.argument("catalog", type=click.Path(dir_okay=False))
@click.option("--markets", required=True, help="Countries, comma-separated; COUNTRY:language to choose the language.")
@click.option(
    "--backend",
    type=click.Choice(BACKEND_CHOICES),
    default="auto",
    show_default=True,
    help="auto = memory, then --prefer order, then any available backend.",
)
@click.option("--prefer", help=f"Preference order for auto (default {','.join(DEFAULT_PREFERENCE)}).")
@click.option(
    "--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Folder for <COUNTRY>.json files."
)
@click.option(
    "--memory",
    "memory_path",
    type=click.Path(dir_okay=False),
    help="Translation memory (SQLite). Default: $BORDERLESS_MEMORY or ~/.local/share/borderless/.",
)
@click.option(
    "--glossary",
    "glossary_path",
    type=click.Path(dir_okay=False),
    help="Glossary CSV: term,language,translation,note (empty translation = do not translate).",
)
@click.option(
    "--forbidden",
    "forbidden_path",
    type=click.Path(dir_okay=False),
    help="Forbidden terms CSV: language,term (* for every language).",
)
@click.option("--source-language", default="en", show_default=True, help="Language of the catalog's texts.")
@click.option("--register", type=click.Choice(["formal", "informal"]), help="Override the address register.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@backend_options
@user_errors
def localize_command(
    catalog: str,
    markets: str,
    backend: str,
    prefer: str | None,
    out_dir: str,
    memory_path: str | None,
    glossary_path: str | None,
    forbidden_path: str | None,
    source_language: str,
    register: str | None,
    as_json: bool,
    **remote: str | None,
) -> None:
    """Translate and check titles and descriptions for each market; write OUT/<COUNTRY>.json.

    Example: borderless localize catalog.csv --markets DE,FR,JP --out localized/
    """
    from borderless.catalog import read_catalog
    from borderless.localize import localize_catalog, market_target, parse_markets

    load = read_catalog(Path(catalog))
    for problem in load.problems:
        click.echo(f"{'error' if problem.severity == 'error' else 'warning'}: {catalog} {problem}", err=True)
    glossary = _glossary(glossary_path).with_names(
        sorted({product.brand for product in load.catalog.products if product.brand})
    )
    targets = [
        market_target(
            country, language=language, source_language=source_language.lower(), glossary=glossary, register=register
        )
        for country, language in parse_markets(markets)
    ]
    forbidden = _forbidden(forbidden_path)
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"cannot create {out_dir}: {error.strerror}", field="--out") from None
    extras = _extras()
    with TranslationMemory(Path(memory_path) if memory_path else default_memory_path()) as memory:
        router = TranslationRouter(build_backends(**remote), memory, backend, _preference(prefer))
        console = Console(stderr=True)
        progress = Progress(
            TextColumn("[bold]localize[/bold]"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("products x markets"),
            TimeElapsedColumn(),
            console=console,
            disable=as_json or not console.is_terminal,
            transient=True,
        )
        with progress:
            task = progress.add_task("localize", total=len(load.catalog.products) * len(targets))
            results = localize_catalog(
                load.catalog,
                targets,
                router,
                forbidden=forbidden,
                extras=extras,
                on_progress=lambda count: progress.advance(task, count),
            )
    files = {}
    for result in results:
        path = out / f"{result.country}.json"
        path.write_text(json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        files[result.country] = str(path)
    if as_json:
        summary = [
            {
                "market": r.country,
                "locale": r.locale,
                "file": files[r.country],
                "summary": r.counts(),
                "warnings": list(r.warnings),
            }
            for r in results
        ]
        click.echo(
            json.dumps(
                {"markets": summary, "catalog_problems": [p.to_json() for p in load.problems]},
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        _render(results, files)
    if load.errors:
        click.echo(f"error: {len(load.errors)} catalog row(s) could not be read; the rest was localized", err=True)
        sys.exit(EXIT_USER_ERROR)


def _extras() -> Any:
    from borderless.localize import standard_extras

    return standard_extras


def _render(results: Any, files: Mapping[str, str]) -> None:
    console = Console()
    table = Table(title="Localized catalogs")
    for column, justify in (
        ("market", "left"),
        ("locale", "left"),
        ("fields", "right"),
        ("by backend", "left"),
        ("memory", "right"),
        ("reviewed", "right"),
        ("untranslated", "right"),
        ("problems", "right"),
    ):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for result in results:
        counts = result.counts()
        machine = ", ".join(
            f"{key.split(':', 1)[1]} {value}"
            for key, value in sorted(counts.items())
            if key.startswith("backend:") and key not in ("backend:none",)
        )
        table.add_row(
            result.country,
            result.locale,
            str(counts["fields"]),
            machine or "-",
            str(counts["memory"]),
            str(counts["reviewed"]),
            str(counts["untranslated"]),
            str(counts["problems"]),
        )
    console.print(table)
    console.print("written: " + ", ".join(files.values()), highlight=False)
    for result in results:
        for warning in result.warnings:
            console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)
