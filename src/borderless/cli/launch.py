"""`borderless launch`: the market-entry kit, end to end."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from borderless.catalog import read_catalog
from borderless.cli.main import EXIT_USER_ERROR, user_errors
from borderless.errors import DataError, InputError
from borderless.launch.playbook import Playbook, parse_markets_choice, parse_playbook, playbook_from_profile

DEMO = "demo"


def _json_file(path: Path, field: str) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}", field=field) from None
    except json.JSONDecodeError as error:
        raise DataError(f"not valid JSON: {error.msg}", path=str(path), line=error.lineno) from None


def _demo_files() -> tuple[Path, Path]:
    folder = Path(str(resources.files("borderless.data").joinpath(DEMO)))
    return folder / "shop.csv", folder / "profile.json"


@click.command("launch")
@click.argument("catalog", required=False, type=click.Path(dir_okay=False))
@click.option("--demo", is_flag=True, help="Use the bundled demo shop (Larkfield Supply Co.) and its profile.")
@click.option("--from", "home", help="Country the shop ships from (default: the playbook's or profile's).")
@click.option("--markets", help='"auto" (the top-ranked markets) or a list such as DE,JP,BR.')
@click.option("--playbook", "playbook_path", type=click.Path(dir_okay=False), help="Rebuild with a saved playbook.")
@click.option("--profile", "profile_path", type=click.Path(dir_okay=False), help="Merchant profile JSON.")
@click.option("--strategy", type=click.Choice(["convert", "ppp", "ddp"]), help="Pricing strategy.")
@click.option("--date", "on", type=click.DateTime(formats=["%Y-%m-%d"]), help="Kit date (default: today).")
@click.option("--out", type=click.Path(file_okay=False), help="Folder to write the kit into.")
@click.option(
    "--diff", "diff_dir", type=click.Path(file_okay=False), help="Show what changed since the kit in this folder."
)
@user_errors
def launch_command(
    catalog: str | None,
    demo: bool,
    home: str | None,
    markets: str | None,
    playbook_path: str | None,
    profile_path: str | None,
    strategy: str | None,
    on: Any,
    out: str | None,
    diff_dir: str | None,
) -> None:
    """Build a market-entry kit: ranked markets, landed-cost price lists, compliance flags, payments,
    shipping, calendar, culture, localized listings and feeds, readiness, in one HTML report.

    Example: borderless launch shop.csv --from US --markets DE,JP,BR --out kit/
    """
    from borderless.launch.diff import diff_kits

    if out is None and diff_dir is None:
        raise InputError("give --out DIR (and optionally --diff OLD_DIR)", field="--out")
    if diff_dir and out is None:
        raise InputError("--diff compares a new kit with an old one: give --out for the new kit", field="--diff")
    err = Console(stderr=True)
    if demo:
        catalog_path, default_profile = _demo_files()
        profile_path = profile_path or str(default_profile)
    elif catalog is None:
        raise InputError("give a CATALOG file or --demo", field="CATALOG")
    else:
        catalog_path = Path(catalog)
    playbook = _playbook(playbook_path, profile_path, home)
    if markets:
        playbook = replace(playbook, markets=parse_markets_choice(markets, "--markets"))
    kit_date = on.date() if on else (playbook.on or date.today())
    playbook = playbook.with_choices(on=kit_date, strategy=strategy)
    load = read_catalog(catalog_path)
    for problem in load.problems:
        err.print(f"{problem.severity}: {problem}", markup=False, highlight=False)
    if len(load.catalog) == 0:
        click.echo("error: no catalog row could be read; no kit built", err=True)
        sys.exit(EXIT_USER_ERROR)
    assert out is not None
    kit = _build(load.catalog, playbook, kit_date, tuple(problem.to_json() for problem in load.problems), err)
    from borderless.launch.artifacts import write_kit

    listing = write_kit(kit, Path(out))
    chosen = ", ".join(kit.data["markets_chosen"])
    err.print(
        f"wrote {len(listing) + 1} files to {out}: open {Path(out) / 'index.html'}", markup=False, highlight=False
    )
    err.print(f"markets: {chosen}; {len(kit.warnings)} warning(s) (see kit.json)", markup=False, highlight=False)
    if diff_dir:
        old = _json_file(Path(diff_dir) / "kit.json", "--diff")
        changes = diff_kits(old, kit.data)
        for change in changes:
            click.echo(str(change))
        click.echo(f"{len(changes)} change(s) since {diff_dir}")
    if load.errors:
        sys.exit(1)


def _playbook(playbook_path: str | None, profile_path: str | None, home: str | None) -> Playbook:
    if playbook_path:
        playbook = parse_playbook(_json_file(Path(playbook_path), "--playbook"))
    elif profile_path:
        playbook = playbook_from_profile(_json_file(Path(profile_path), "--profile"))
    else:
        if not home:
            raise InputError("give --from COUNTRY (or a --profile or --playbook)", field="--from")
        playbook = parse_playbook({"home_country": home, "markets": "auto"})
    if home:
        playbook = parse_playbook({**playbook.to_json(), "home_country": home})
    return playbook


def _build(catalog: Any, playbook: Playbook, on: date, problems: tuple[dict[str, Any], ...], err: Console) -> Any:
    from borderless.launch.kit import build_kit

    columns = (TextColumn("{task.description:<22}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, disable=not err.is_terminal) as progress:
        tasks: dict[str, Any] = {}

        def report(name: str, done: int, total: int) -> None:
            if name not in tasks:
                tasks[name] = progress.add_task(name, total=total)
            progress.update(tasks[name], completed=done, total=total)

        return build_kit(
            catalog, playbook, on=on, progress=report, catalog_problems=problems, classifier=_classifier(catalog)
        )


def _classifier(catalog: Any) -> Any:
    """The HS classifier with the merchant's learned codes, only when some SKU has no code (the model
    takes a couple of seconds to load)."""
    if all(item.variant.hs_code is not None for item in catalog.items()):
        return None
    from borderless.classify import Classifier, CorrectionStore

    return Classifier(store=CorrectionStore())
