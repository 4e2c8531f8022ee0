"""`borderless xliff export|import`: hand translations to people and take the reviewed text back."""

from __future__ import annotations

import json
from pathlib import Path

import click

from borderless.cli.main import user_errors
from borderless.errors import DataError, InputError
from borderless.translate import (
    ExchangeUnit,
    TranslationMemory,
    import_units,
    parse_exchange_csv,
    parse_xliff,
    write_exchange_csv,
    write_xliff,
)
from borderless.translate.checks import GOOGLE_TITLE_MAX
from borderless.translate.setup import default_memory_path


def _format(path: str, chosen: str | None) -> str:
    if chosen:
        return chosen
    return "csv" if path.lower().endswith(".csv") else "xliff"


@click.group("xliff")
def xliff_group() -> None:
    """Exchange translations with human translators as XLIFF 2.0 (or CSV)."""


@xliff_group.command("export")
@click.argument("catalog", type=click.Path(dir_okay=False))
@click.option("--target", "target_language", required=True, help="Target language (ISO 639-1), e.g. de.")
@click.option("--out", "out_file", required=True, type=click.Path(dir_okay=False), help="FILE.xlf or FILE.csv.")
@click.option("--source-language", default="en", show_default=True)
@click.option(
    "--memory",
    "memory_path",
    type=click.Path(dir_okay=False),
    help="Pre-fill targets from this translation memory (default: the localize memory).",
)
@click.option("--format", "file_format", type=click.Choice(["xliff", "csv"]), help="Default: from the extension.")
@user_errors
def export_command(
    catalog: str,
    target_language: str,
    out_file: str,
    source_language: str,
    memory_path: str | None,
    file_format: str | None,
) -> None:
    """Write one unit per product title and description, with the memory's current translation.

    Example: borderless xliff export catalog.csv --target de --out de.xlf
    """
    from borderless.catalog import read_catalog

    source_language, target_language = source_language.lower(), target_language.lower()
    if len(target_language) not in (2, 3) or not target_language.isalpha():
        raise InputError(f"expected an ISO 639-1 language code, got {target_language!r}", field="--target")
    load = read_catalog(Path(catalog))
    for problem in load.problems:
        click.echo(f"warning: {catalog} {problem}", err=True)
    fields = [
        (product.id, name, text, GOOGLE_TITLE_MAX if name == "title" else None, product.title)
        for product in load.catalog.products
        for name, text in (("title", product.title), ("description", product.description))
        if text
    ]
    with TranslationMemory(Path(memory_path) if memory_path else default_memory_path()) as memory:
        known = memory.lookup(source_language, target_language, [text for _, _, text, _, _ in fields])
    units = []
    for product_id, name, text, limit, title in fields:
        entry = known.get(text)
        state = "initial" if entry is None else ("reviewed" if entry.reviewed else "translated")
        note = f"{name} of product {title!r}" + (f"; from {entry.backend}" if entry else "")
        units.append(ExchangeUnit(product_id, name, text, entry.target if entry else None, state, note, limit))
    if _format(out_file, file_format) == "csv":
        document = write_exchange_csv(units, source_language, target_language)
    else:
        document = write_xliff(units, source_language, target_language, original=Path(catalog).name)
    try:
        Path(out_file).write_text(document, encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot write {out_file}: {error.strerror}", field="--out") from None
    prefilled = sum(1 for unit in units if unit.target)
    click.echo(f"wrote {len(units)} unit(s) ({prefilled} with a translation) to {out_file}", err=True)


@xliff_group.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--memory",
    "memory_path",
    type=click.Path(dir_okay=False),
    help="Translation memory to update (default: the localize memory).",
)
@click.option("--all-reviewed", is_flag=True, help="Treat every unit with a target as reviewed, whatever its state.")
@click.option("--format", "file_format", type=click.Choice(["xliff", "csv"]), help="Default: from the extension.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@user_errors
def import_command(
    file: str, memory_path: str | None, all_reviewed: bool, file_format: str | None, as_json: bool
) -> None:
    """Store translated units in the memory; reviewed/final ones as reviewed text.

    Example: borderless xliff import de-reviewed.xlf --memory tm.sqlite
    """
    try:
        raw = Path(file).read_bytes()
    except OSError as error:
        raise DataError(f"cannot read: {error.strerror}", path=file) from None
    if _format(file, file_format) == "csv":
        source, target, units = parse_exchange_csv(raw.decode("utf-8-sig"), path=file)
    else:
        source, target, units = parse_xliff(raw, path=file)
    with TranslationMemory(Path(memory_path) if memory_path else default_memory_path()) as memory:
        summary = import_units(memory, source, target, units, all_reviewed=all_reviewed)
        path = memory.path
    if as_json:
        click.echo(
            json.dumps(
                {
                    "memory": path,
                    "source_language": source,
                    "target_language": target,
                    "units": summary.units,
                    "stored": summary.stored,
                    "reviewed": summary.reviewed,
                    "without_target": summary.skipped_empty,
                },
                indent=2,
            )
        )
    else:
        click.echo(
            f"{summary.units} unit(s) {source}->{target}: {summary.reviewed} reviewed, "
            f"{summary.stored} row(s) written to {path}, {summary.skipped_empty} without a target"
        )
