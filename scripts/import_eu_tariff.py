#!/usr/bin/env python3
"""Rebuild ``src/borderless/data/tariffs/`` from the pinned EU duty-by-origin table.

Usage::

    python scripts/import_eu_tariff.py [DATA_DIR] [--out DIR]

``DATA_DIR`` holds ``tariffs/eu_duty_by_origin.csv`` and ``harmonized-system/`` as described by
their PROVENANCE.md files (default: the ``shared/data`` folder next to the repository, i.e.
``../shared/data`` from the repo root).

The input is checked against its pinned SHA-256 and its documented structure (16 origin rows per
subheading, ``cn_codes`` constant per subheading, every ``mfn`` row equal to its ``ALL (MFN)``
row, every subheading in HS 2022) and every duty text must parse with
:func:`borderless.tariffs.duty.parse_duty_rate`.

The output is compact: per subheading the ``ALL`` (MFN) row, then one row per group of origins
whose duty, basis or flags differ from it (origins sharing identical values are listed together,
space-separated). An origin the file covers but that is not listed under a subheading has the MFN
row with basis ``mfn`` and no flags. The compact file is expanded and compared with the input
before it is written, so the conversion is lossless. The output is deterministic.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from borderless.errors import DataError  # noqa: E402
from borderless.tariffs.duty import parse_duty_rate  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "src" / "borderless" / "data" / "tariffs"

INPUT = "tariffs/eu_duty_by_origin.csv"
INPUT_SHA256 = "74284da7e773e5a3495ab2549c2b37aec1c9dec0b1763d9ddc53c0fe05e473bd"
HS_INPUT = "harmonized-system/harmonized-system.csv"
UPSTREAM_REPO = "checkdutyrates/us-tariff-data"
UPSTREAM_COMMIT = "08cf9a37e0dc528a91fc9e510abcf5c52ae83d09"
UPSTREAM_PATH = "data/eu_duty_by_origin.csv"
UPSTREAM_URL = f"https://github.com/{UPSTREAM_REPO}/blob/{UPSTREAM_COMMIT}/{UPSTREAM_PATH}"
UPSTREAM_VERSION = {
    "hts_revision": "2026 HTS Revision 20",
    "hts_export_date": "2026-09-29",
    "eu_checked": "2026-09-29",
    "generated": "2026-10-01",
}
LICENCE = "Open Government Licence v3.0"
LICENCE_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
ATTRIBUTION = "Contains public sector information licensed under the Open Government Licence v3.0."
SOURCE_TITLE = (
    "EU Common Customs Tariff / TARIC duty by HS6 and origin "
    "(via UK Trade Tariff XI, checkdutyrates/us-tariff-data), checked 2026-09-29"
)

MFN = "ALL (MFN)"
COLUMNS = ["hs6", "origin", "cn_codes", "duty_min", "duty_max", "basis", "anti_dumping_possible", "additional_duty"]
OUT_COLUMNS = [
    "hs6",
    "cn_codes",
    "origins",
    "duty_min",
    "duty_max",
    "basis",
    "anti_dumping_possible",
    "additional_duty",
]
BASES = {"mfn", "pref", "union"}
FLAGS = {"", "yes"}
EXPECTED_ROWS = 89_088
EXPECTED_HS6 = 5_568

OUT_CSV = "eu_duty_by_origin.csv"
OUT_META = "eu_duty_by_origin.meta.json"

Values = tuple[str, str, str, str, str]  # duty_min, duty_max, basis, anti_dumping_possible, additional_duty


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def hs2022_subheadings(path: Path) -> set[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {row["hscode"] for row in csv.DictReader(handle) if row["level"] == "6"}


def fail(path: Path, line: int, message: str) -> SystemExit:
    return SystemExit(f"{path} line {line}: {message}")


def read_table(path: Path, known_hs6: set[str]) -> tuple[list[str], dict[str, dict[str, Values]], dict[str, str]]:
    """Origins (MFN first), values by hs6 and origin, and cn_codes by hs6; checked."""
    table: dict[str, dict[str, Values]] = defaultdict(dict)
    cn_codes: dict[str, str] = {}
    origins: list[str] = []
    count = 0
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        if next(reader) != COLUMNS:
            raise fail(path, 1, f"expected columns {COLUMNS}")
        for line, row in enumerate(reader, start=2):
            count += 1
            if len(row) != len(COLUMNS):
                raise fail(path, line, f"expected {len(COLUMNS)} fields, got {len(row)}")
            dotted, origin, cn, duty_min, duty_max, basis, anti_dumping, additional = row
            hs6 = dotted.replace(".", "")
            if dotted != f"{hs6[:4]}.{hs6[4:]}" or len(hs6) != 6 or not hs6.isdigit():
                raise fail(path, line, f"hs6 {dotted!r} is not NNNN.NN")
            if hs6 not in known_hs6:
                raise fail(path, line, f"hs6 {dotted} is not an HS 2022 subheading")
            if basis not in BASES or anti_dumping not in FLAGS or additional not in FLAGS:
                raise fail(path, line, f"unexpected basis or flag in {row}")
            if not cn.isdigit() or int(cn) < 1 or cn_codes.setdefault(hs6, cn) != cn:
                raise fail(path, line, f"cn_codes {cn!r} is not a positive count constant for {dotted}")
            for text in (duty_min, duty_max):
                try:
                    parse_duty_rate(text)
                except DataError as error:
                    raise fail(path, line, str(error)) from None
            if origin in table[hs6]:
                raise fail(path, line, f"duplicate origin {origin} for {dotted}")
            if origin not in origins:
                origins.append(origin)
            table[hs6][origin] = (duty_min, duty_max, basis, anti_dumping, additional)
    if count != EXPECTED_ROWS or len(table) != EXPECTED_HS6:
        raise SystemExit(
            f"{path}: expected {EXPECTED_ROWS} rows over {EXPECTED_HS6} hs6, got {count} over {len(table)}"
        )
    if origins[0] != MFN:
        raise SystemExit(f"{path}: the first origin is {origins[0]!r}, expected {MFN!r}")
    for hs6, by_origin in table.items():
        if sorted(by_origin) != sorted(origins):
            raise SystemExit(f"{path}: {hs6} has origins {sorted(by_origin)}, expected {sorted(origins)}")
        mfn = by_origin[MFN]
        if mfn[2:] != ("mfn", "", ""):
            raise SystemExit(f"{path}: the {MFN} row of {hs6} has basis or flags {mfn[2:]}")
        for origin, values in by_origin.items():
            if values[2] == "mfn" and values[:2] != mfn[:2]:
                raise SystemExit(f"{path}: {hs6} {origin} is mfn but differs from the {MFN} row")
    return origins, table, cn_codes


def compact(table: dict[str, dict[str, Values]], cn_codes: dict[str, str]) -> list[list[str]]:
    rows: list[list[str]] = []
    for hs6 in sorted(table):
        by_origin = table[hs6]
        mfn = by_origin[MFN]
        rows.append([hs6, cn_codes[hs6], "ALL", *mfn])
        groups: dict[Values, list[str]] = {}
        for origin in sorted(by_origin):
            values = by_origin[origin]
            if origin == MFN or values == (mfn[0], mfn[1], "mfn", "", ""):
                continue
            groups.setdefault(values, []).append(origin)
        for values, members in sorted(groups.items(), key=lambda item: item[1]):
            rows.append([hs6, cn_codes[hs6], " ".join(members), *values])
    return rows


def expand(rows: list[list[str]], origins: list[str]) -> dict[str, dict[str, Values]]:
    """Inverse of :func:`compact` (the same rule the library applies), for the round-trip check."""
    table: dict[str, dict[str, Values]] = {}
    for hs6, _cn, members, *values in rows:
        duty_min, duty_max, basis, anti_dumping, additional = values
        if members == "ALL":
            mfn: Values = (duty_min, duty_max, "mfn", "", "")
            table[hs6] = {origin: mfn for origin in origins}
            continue
        for origin in members.split(" "):
            table[hs6][origin] = (duty_min, duty_max, basis, anti_dumping, additional)
    return table


def render_csv(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    buffer.write(
        f"# EU import duty by HS6 and origin, compacted from {UPSTREAM_REPO}@{UPSTREAM_COMMIT[:12]} "
        f"{UPSTREAM_PATH} (EU checked {UPSTREAM_VERSION['eu_checked']}); {LICENCE}; "
        f"generated by scripts/import_eu_tariff.py; see {OUT_META}\n"
    )
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(OUT_COLUMNS)
    writer.writerows(rows)
    return buffer.getvalue()


def render_meta(origins: list[str], table: dict[str, dict[str, Values]], rows: list[list[str]], input_sha: str) -> str:
    texts = {text for by_origin in table.values() for values in by_origin.values() for text in values[:2]}
    meta = {
        "title": "EU import duty by HS6 subheading and origin (compacted)",
        "source": {
            "title": SOURCE_TITLE,
            "repo": UPSTREAM_REPO,
            "commit": UPSTREAM_COMMIT,
            "file": UPSTREAM_PATH,
            "url": UPSTREAM_URL,
            "sha256": input_sha,
            "upstream_facts": (
                "EU Common Customs Tariff and TARIC measures, as published through the UK Trade Tariff (XI)"
            ),
            "version": UPSTREAM_VERSION,
        },
        "checked": UPSTREAM_VERSION["eu_checked"],
        "licence": LICENCE,
        "licence_url": LICENCE_URL,
        "attribution": ATTRIBUTION,
        "generated_by": "scripts/import_eu_tariff.py",
        "origins": [origin for origin in origins if origin != MFN],
        "format": (
            "per hs6 (digits only) an 'ALL' row (the MFN third-country duty), then one row per group of "
            "origins (space-separated) whose values differ from it; an origin listed in 'origins' but not "
            "under a subheading has the ALL values with basis mfn and no flags"
        ),
        "columns": {
            "hs6": "HS 2022 subheading, 6 digits",
            "cn_codes": "number of 8-digit EU CN codes under the subheading",
            "origins": "'ALL' or the ISO 3166-1 codes sharing the values",
            "duty_min": "lowest duty across the CN codes, as published",
            "duty_max": "highest duty across the CN codes, as published",
            "basis": "mfn, pref (trade agreement or preference scheme) or union (customs union, Turkey)",
            "anti_dumping_possible": "'yes' when an anti-dumping or countervailing duty exists for the origin",
            "additional_duty": "'yes' when an additional duty applies",
        },
        "counts": {
            "input_rows": sum(len(by_origin) for by_origin in table.values()),
            "hs6": len(table),
            "rows": len(rows),
            "distinct_duty_texts": len(texts),
        },
    }
    return json.dumps(meta, indent=2, ensure_ascii=False) + "\n"


SOURCES_MD = f"""# Sources: EU import duty by HS6 and origin

`{OUT_CSV}` is generated by `scripts/import_eu_tariff.py` from `{UPSTREAM_PATH}` of
[{UPSTREAM_REPO}](https://github.com/{UPSTREAM_REPO}) at commit `{UPSTREAM_COMMIT}`
(upstream version: EU rates checked {UPSTREAM_VERSION["eu_checked"]}, generated
{UPSTREAM_VERSION["generated"]}); see `{OUT_META}` for the checksum, format and counts.

- Facts: EU Common Customs Tariff and TARIC measures, as published through the UK Trade Tariff
  (XI) service.
- Licence: {LICENCE}, {LICENCE_URL}

  {ATTRIBUTION}

- This is a convenience copy, not a legal reference. Where `duty_min` differs from `duty_max` the
  duty depends on the 8-digit CN code. Anti-dumping, countervailing and additional duties are
  flagged, not included.
- Changes: rows are compacted (origins whose values equal the MFN row are omitted, origins with
  identical values are grouped); hs6 codes are written without the dot. No value is changed: the
  importer expands the compact file and compares it with the input.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    source = args.data_dir / INPUT
    if not source.is_file():
        parser.error(f"{source} not found; pass the shared data folder as the first argument")
    digest = sha256(source)
    if digest != INPUT_SHA256:
        raise SystemExit(f"{source}: sha256 {digest} differs from the pinned {INPUT_SHA256}; update the pin knowingly")
    origins, table, cn_codes = read_table(source, hs2022_subheadings(args.data_dir / HS_INPUT))
    rows = compact(table, cn_codes)
    plain = {hs6: dict(by_origin) for hs6, by_origin in table.items()}
    if expand(rows, origins) != plain:
        raise SystemExit("internal error: the compact table does not expand back to the input")
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    (out / OUT_CSV).write_text(render_csv(rows), encoding="utf-8")
    (out / OUT_META).write_text(render_meta(origins, table, rows, digest), encoding="utf-8")
    (out / "SOURCES.md").write_text(SOURCES_MD, encoding="utf-8")
    size = (out / OUT_CSV).stat().st_size
    print(f"wrote {out / OUT_CSV}: {len(rows)} rows for {len(table)} subheadings, {size:,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
