"""`borderless classify`: suggest HS 2022 subheadings for product titles, fill a catalog's missing codes,
and learn from the merchant's confirmed codes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn
from rich.table import Table

from borderless.classify import Classification, Classifier, CorrectionStore, embedder_from_spec
from borderless.classify.engine import MAX_TOP
from borderless.classify.fill import fill_catalog
from borderless.classify.store import DEFAULT_THRESHOLD
from borderless.cli.main import user_errors
from borderless.errors import InputError
from borderless.jsontext import json_line
from borderless.tariffs.hs import format_hs6


def _open(path: str) -> IO[str]:
    if path == "-":
        return sys.stdin
    try:
        return open(path, encoding="utf-8-sig")
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}", field="--file") from None


def _render(result: Classification, console: Console) -> None:
    table = Table(title=f"{result.query}  [dim]({result.language})[/dim]", title_justify="left", show_lines=True)
    table.add_column("HS 2022", no_wrap=True)
    table.add_column("score", justify="right")
    table.add_column("description")
    table.add_column("why")
    for candidate in result.candidates:
        table.add_row(
            format_hs6(candidate.hs_code),
            f"{candidate.score:.3f}",
            candidate.description,
            candidate.explanation.split("; decided by ", 1)[-1],
        )
    console.print(table)
    for warning in result.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}")


@click.command("classify")
@click.argument("query", required=False)
@click.option("--top", type=click.IntRange(1, MAX_TOP), default=5, show_default=True, help="Candidates per title.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--file", "file", metavar="FILE", help="Classify one title per line of FILE (- for stdin).")
@click.option("--jsonl", is_flag=True, help="With --file: one JSON object per line out.")
@click.option(
    "--catalog",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Fill missing hs_code in a native catalog (marked hs_confirmed=false).",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="With --catalog: write here instead of updating CATALOG in place.",
)
@click.option(
    "--confirm",
    nargs=2,
    metavar="TITLE HSCODE",
    help="Remember that TITLE is classified under HSCODE; similar titles reuse it.",
)
@click.option("--forget", metavar="TITLE", help="Drop a learned title.")
@click.option("--learned", is_flag=True, help="List the learned (confirmed) codes.")
@click.option(
    "--store",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Learned-codes store (default $BORDERLESS_HOME/classify/learned.sqlite).",
)
@click.option("--no-learned", is_flag=True, help="Ignore learned codes.")
@click.option(
    "--threshold",
    type=click.FloatRange(0.0, 1.0),
    default=DEFAULT_THRESHOLD,
    show_default=True,
    help="Title similarity needed to reuse a learned code.",
)
@click.option("--model", metavar="SPEC", help="Embedding model: use (default), e5, or openai:MODEL@URL.")
@user_errors
def classify_command(
    query: str | None,
    top: int,
    as_json: bool,
    file: str | None,
    jsonl: bool,
    catalog: Path | None,
    out: Path | None,
    confirm: tuple[str, str] | None,
    forget: str | None,
    learned: bool,
    store: Path | None,
    no_learned: bool,
    threshold: float,
    model: str | None,
) -> None:
    """Suggest HS 2022 subheadings for a product title, in any of 14 languages, offline.

    \b
    Examples:
      borderless classify "Men's organic cotton crew-neck T-shirt" --top 3
      borderless classify "Herren T-Shirt aus Bio-Baumwolle" --json
      borderless classify --file titles.txt --jsonl
      borderless classify --catalog shop.csv --out shop-coded.csv
      borderless classify --confirm "Cotton tote bag" 4202.92
    """
    modes = [bool(query), bool(file), catalog is not None, bool(confirm), bool(forget), learned]
    if sum(modes) != 1:
        raise InputError(
            "give exactly one of QUERY, --file, --catalog, --confirm, --forget or --learned", field="QUERY"
        )
    if jsonl and not file:
        raise InputError("--jsonl goes with --file", field="--jsonl")
    if out is not None and catalog is None:
        raise InputError("--out goes with --catalog", field="--out")
    embedder = embedder_from_spec(model)
    correction_store = CorrectionStore(store, threshold=threshold)
    if confirm:
        entry = correction_store.confirm(confirm[0], confirm[1], embedder)
        if as_json:
            click.echo(
                json_line(
                    {
                        "title": entry.title,
                        "hs_code": entry.hs_code,
                        "confirmed_at": entry.confirmed_at,
                        "store": str(correction_store.path),
                    }
                )
            )
        else:
            click.echo(f"learned: {entry.title!r} -> {entry.hs_code} (store {correction_store.path})")
        return
    if forget:
        count = correction_store.forget(forget)
        if count == 0:
            raise InputError(f"no learned code for {forget!r}", field="--forget")
        click.echo(json_line({"forgotten": forget}) if as_json else f"forgotten: {forget!r}")
        return
    if learned:
        entries = correction_store.entries()
        if as_json:
            click.echo(
                json_line(
                    [
                        {"title": e.title, "hs_code": e.hs_code, "confirmed_at": e.confirmed_at, "model": e.model}
                        for e in entries
                    ]
                )
            )
        else:
            for e in entries:
                click.echo(f"{e.hs_code}\t{e.confirmed_at}\t{e.title}")
        return
    classifier = Classifier(embedder, store=None if no_learned else correction_store)
    if query:
        result = classifier.classify(query, top=top)
        if as_json:
            click.echo(json_line(result.to_json()))
        else:
            _render(result, Console(soft_wrap=True))
        return
    if file:
        _classify_file(classifier, file, top, as_json or jsonl)
        return
    assert catalog is not None
    _fill(classifier, catalog, out, as_json)


def _classify_file(classifier: Classifier, file: str, top: int, as_lines: bool) -> None:
    handle = _open(file)
    try:
        titles = [line.strip() for line in handle if line.strip()]
    finally:
        if handle is not sys.stdin:
            handle.close()
    console = Console(soft_wrap=True)
    chunk = 256
    with _Progress(len(titles), enabled=not as_lines) as advance:
        for start in range(0, len(titles), chunk):
            for result in classifier.classify_many(titles[start : start + chunk], top=top):
                if as_lines:
                    click.echo(json_line(result.to_json()))
                else:
                    _render(result, console)
            advance(min(start + chunk, len(titles)), len(titles))


class _Progress:
    """A rich progress bar on stderr, only for a terminal and long inputs."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self._bar: Progress | None = None
        if enabled and total >= 200 and sys.stderr.isatty():
            self._bar = Progress(
                TextColumn("classify"), BarColumn(), TaskProgressColumn(), console=Console(stderr=True), transient=True
            )
        self._task = self._bar.add_task("classify", total=total) if self._bar else None

    def __enter__(self) -> _Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *_: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def __call__(self, done: int, total: int) -> None:
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, completed=done, total=total)


def _fill(classifier: Classifier, path: Path, out: Path | None, as_json: bool) -> None:
    from borderless.catalog import read_catalog, write_catalog

    load = read_catalog(path)
    if load.errors and out is None:
        raise InputError(
            f"{path} has {len(load.errors)} row(s) that could not be read; writing it back would drop them: give --out",
            field="--catalog",
        )
    total = sum(1 for item in load.catalog.items() if item.variant.hs_code is None)
    with _Progress(total, enabled=not as_json) as advance:
        result = fill_catalog(load.catalog, classifier, progress=advance)
    target = out or path
    write_catalog(result.catalog, target)
    if as_json:
        data = result.to_json()
        data["out"] = str(target)
        data["problems"] = [problem.to_json() for problem in load.problems]
        click.echo(json_line(data))
        return
    for problem in load.problems:
        click.echo(f"{problem.severity}: {problem}", err=True)
    for item in result.filled:
        click.echo(f"{item.sku}\t{format_hs6(item.candidate.hs_code)}\t{item.candidate.score:.3f}\t{item.title}")
    click.echo(f"{len(result.filled)} code(s) suggested (hs_confirmed=false), {result.kept} kept; wrote {target}")
