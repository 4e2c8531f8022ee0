"""`borderless catalog import|export`: bring a Shopify, WooCommerce or mapped CSV export into the native
catalog, and write a catalog back out as a Shopify product CSV."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

from borderless.catalog import read_catalog, read_text, write_catalog
from borderless.catalog.importing import FORMATS, CatalogImport, import_catalog
from borderless.catalog.mapped import load_mapping_text
from borderless.catalog.shopify import write_shopify_csv
from borderless.cli.main import EXIT_USER_ERROR, user_errors
from borderless.errors import DataError, InputError

PROGRESS_MIN_LINES = 5000
SHOWN_PROBLEMS = 20


@click.group("catalog")
def catalog_group() -> None:
    """Import product exports into the catalog, and export it again."""


def _read(path: str, what: str) -> str:
    try:
        return read_text(Path(path))
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}", field=what) from None


@catalog_group.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "source_format", type=click.Choice(FORMATS), required=True, help="What FILE is.")
@click.option("--mapping", type=click.Path(dir_okay=False), help="Column mapping (JSON or TOML) for --format csv.")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="Catalog to write (.csv or .json).")
@click.option("--currency", default="USD", show_default=True, help="Currency of the prices when FILE has none.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@user_errors
def import_command(file: str, source_format: str, mapping: str | None, out: str, currency: str, as_json: bool) -> None:
    """Import FILE into the native catalog and report every row that could not be imported.

    Example: borderless catalog import products_export.csv --format shopify --currency EUR --out catalog.csv
    """
    if mapping is not None and source_format != "csv":
        raise InputError("--mapping is only for --format csv", field="--mapping")
    mapping_data = None
    if source_format == "csv":
        if mapping is None:
            raise InputError("--format csv needs --mapping FILE (JSON or TOML)", field="--mapping")
        mapping_data = load_mapping_text(_read(mapping, "--mapping"), suffix=Path(mapping).suffix, source=mapping)
    text = _read(file, "FILE")
    result = _run_import(text, source_format, mapping_data, currency, show_progress=not as_json)
    imported = len(result.catalog) > 0
    if imported:
        write_catalog(result.catalog, Path(out))
    if as_json:
        click.echo(json.dumps(result.summary(), ensure_ascii=False, indent=2))
    else:
        _render(result, out if imported else None)
    if not imported:
        if not as_json:
            click.echo("error: nothing could be imported; no catalog written", err=True)
        sys.exit(EXIT_USER_ERROR)


def _run_import(
    text: str, source_format: str, mapping: dict[str, object] | None, currency: str, *, show_progress: bool
) -> CatalogImport:
    if not (show_progress and sys.stderr.isatty() and text.count("\n") >= PROGRESS_MIN_LINES):
        return import_catalog(text, source_format, mapping=mapping, currency=currency)
    with Progress(
        TextColumn("importing"),
        BarColumn(),
        TaskProgressColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task("import", total=1.0)
        return import_catalog(
            text,
            source_format,
            mapping=mapping,
            currency=currency,
            progress=lambda done: progress.update(task, completed=done),
        )


def _render(result: CatalogImport, out: str | None) -> None:
    console = Console(soft_wrap=True)
    catalog = result.catalog
    console.print(
        f"[bold]{len(catalog.products)}[/bold] products, [bold]{len(catalog)}[/bold] variants from "
        f"{result.rows_read} rows ({len(result.imported_rows)} imported, {len(result.merged_rows)} merged into "
        f"their product, {len(result.error_rows)} with errors)"
    )
    for title, problems, style in (("errors", result.errors, "red"), ("warnings", result.warnings, "yellow")):
        if not problems:
            continue
        console.print(f"[{style}]{len(problems)} {title}[/{style}]")
        for problem in problems[:SHOWN_PROBLEMS]:
            console.print(f"  {problem}", markup=False, highlight=False)
        if len(problems) > SHOWN_PROBLEMS:
            console.print(f"  ... and {len(problems) - SHOWN_PROBLEMS} more (use --json for all)")
    if out:
        console.print(f"catalog written to {out}", markup=False, highlight=False)


@catalog_group.command("export")
@click.argument("catalog", type=click.Path(dir_okay=False))
@click.option("--format", "target_format", type=click.Choice(["shopify"]), required=True, help="Output format.")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="File to write.")
@user_errors
def export_command(catalog: str, target_format: str, out: str) -> None:
    """Write CATALOG as a Shopify product CSV.

    Example: borderless catalog export catalog.csv --format shopify --out products_import.csv
    """
    path = Path(catalog)
    if not path.is_file():
        raise InputError(f"cannot read {catalog}: no such file", field="CATALOG")
    load = read_catalog(path)
    if load.errors:
        first = load.errors[0]
        raise DataError(f"{len(load.errors)} row(s) of the catalog are invalid, first: {first}", path=catalog)
    currency = write_shopify_csv(load.catalog, Path(out))
    rows = len(load.catalog)
    click.echo(
        f"{len(load.catalog.products)} products, {rows} variants written to {out}"
        + (f"; prices are in {currency}: Shopify reads them in your store's currency" if currency else "")
    )
