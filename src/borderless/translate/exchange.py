"""Hand work to human translators and take it back: XLIFF 2.0 and CSV.

One unit per product field. XLIFF 2.0 (OASIS, ``urn:oasis:names:tc:xliff:document:2.0``): a
``<file>`` per export, a ``<unit>`` per field with notes giving the product id, the field, the product
title as context and the length limit; the segment ``state`` is ``initial`` (no target yet),
``translated`` (machine or unreviewed memory text) or ``reviewed``/``final`` (a person checked it).
HTML inside a field is kept as escaped text, so a reviewer sees and keeps the tags.

CSV columns: ``product_id,field,source_language,target_language,source,target,state,note``.

Importing parses with defusedxml (no entity expansion, no external entities). A unit whose state is
``reviewed`` or ``final`` (or any unit with a target when ``all_reviewed``) goes into the memory as
reviewed text.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

import defusedxml.ElementTree as SafeET

from borderless.errors import DataError
from borderless.translate.memory import TranslationMemory

__all__ = [
    "CSV_COLUMNS",
    "XLIFF_NS",
    "ExchangeUnit",
    "ImportSummary",
    "import_units",
    "parse_exchange_csv",
    "parse_xliff",
    "write_exchange_csv",
    "write_xliff",
]

XLIFF_NS: Final = "urn:oasis:names:tc:xliff:document:2.0"
CSV_COLUMNS: Final = ("product_id", "field", "source_language", "target_language", "source", "target", "state", "note")
STATES: Final = ("initial", "translated", "reviewed", "final")
_REVIEWED: Final = frozenset({"reviewed", "final"})


@dataclass(frozen=True, slots=True)
class ExchangeUnit:
    product_id: str
    field: str
    source: str
    target: str | None = None
    state: str = "initial"
    note: str = ""
    max_length: int | None = None


@dataclass(frozen=True, slots=True)
class ImportSummary:
    source_language: str
    target_language: str
    units: int
    stored: int
    reviewed: int
    skipped_empty: int


def _q(tag: str) -> str:
    return f"{{{XLIFF_NS}}}{tag}"


def write_xliff(units: Sequence[ExchangeUnit], source_language: str, target_language: str, *, original: str) -> str:
    ET.register_namespace("", XLIFF_NS)
    root = ET.Element(_q("xliff"), {"version": "2.0", "srcLang": source_language, "trgLang": target_language})
    file = ET.SubElement(root, _q("file"), {"id": "f1", "original": original})
    for number, unit in enumerate(units, start=1):
        element = ET.SubElement(file, _q("unit"), {"id": f"u{number}", "name": f"{unit.product_id}/{unit.field}"})
        notes = ET.SubElement(element, _q("notes"))
        for category, text in (
            ("product_id", unit.product_id),
            ("field", unit.field),
            ("context", unit.note),
            ("max_length", str(unit.max_length) if unit.max_length else ""),
        ):
            if text:
                note = ET.SubElement(notes, _q("note"), {"category": category})
                note.text = text
        segment = ET.SubElement(element, _q("segment"), {"state": unit.state if unit.target else "initial"})
        ET.SubElement(segment, _q("source")).text = unit.source
        if unit.target:
            ET.SubElement(segment, _q("target")).text = unit.target
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def parse_xliff(text: str | bytes, *, path: str = "xliff") -> tuple[str, str, list[ExchangeUnit]]:
    """``(source_language, target_language, units)`` of an XLIFF 2.0 document."""
    try:
        root = SafeET.fromstring(text)
    except ET.ParseError as error:
        raise DataError(f"not well-formed XML: {error}", path=path) from None
    except Exception as error:  # defusedxml's EntitiesForbidden, DTDForbidden, ...
        raise DataError(f"refused XML: {error}", path=path) from None
    if root.tag != _q("xliff") or root.get("version", "").split(".")[0] != "2":
        raise DataError(f"not an XLIFF 2.0 document (root {root.tag!r})", path=path)
    source_language, target_language = root.get("srcLang"), root.get("trgLang")
    if not source_language or not target_language:
        raise DataError("the xliff element needs srcLang and trgLang", path=path)
    units: list[ExchangeUnit] = []
    for unit in root.iter(_q("unit")):
        notes = {note.get("category"): (note.text or "") for note in unit.iter(_q("note"))}
        product_id, field = notes.get("product_id"), notes.get("field")
        if not product_id or not field:
            name = unit.get("name") or ""
            product_id, _, field = name.rpartition("/")
        if not product_id or not field:
            raise DataError(f"unit {unit.get('id')!r} names no product and field", path=path)
        sources, targets, state = [], [], "initial"
        for segment in unit.iter(_q("segment")):
            state = segment.get("state", state)
            sources.append(_inner_text(segment.find(_q("source"))))
            target = segment.find(_q("target"))
            targets.append(_inner_text(target) if target is not None else "")
        if state not in STATES:
            raise DataError(f"unit {unit.get('id')!r}: unknown state {state!r}", path=path)
        target_text = "".join(targets)
        max_length = notes.get("max_length")
        units.append(
            ExchangeUnit(
                product_id,
                field,
                "".join(sources),
                target_text or None,
                state,
                notes.get("context") or "",
                int(max_length) if max_length and max_length.isdigit() else None,
            )
        )
    return source_language, target_language, units


def _inner_text(element: ET.Element | None) -> str:
    if element is None:
        return ""
    return "".join(element.itertext())


def write_exchange_csv(units: Iterable[ExchangeUnit], source_language: str, target_language: str) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for unit in units:
        writer.writerow(
            [
                unit.product_id,
                unit.field,
                source_language,
                target_language,
                unit.source,
                unit.target or "",
                unit.state if unit.target else "initial",
                unit.note,
            ]
        )
    return buffer.getvalue()


def parse_exchange_csv(text: str, *, path: str = "csv") -> tuple[str, str, list[ExchangeUnit]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [name for name in CSV_COLUMNS[:6] if name not in (reader.fieldnames or [])]
    if missing:
        raise DataError(f"missing column(s) {', '.join(missing)}", path=path, line=1)
    pair: tuple[str, str] | None = None
    units: list[ExchangeUnit] = []
    for row, record in enumerate(reader, start=2):
        this_pair = ((record.get("source_language") or "").strip(), (record.get("target_language") or "").strip())
        if not all(this_pair):
            raise DataError("source_language and target_language are required", path=path, line=row)
        if pair is None:
            pair = this_pair
        elif this_pair != pair:
            raise DataError(f"one file holds one language pair; {this_pair} differs from {pair}", path=path, line=row)
        state = (record.get("state") or "translated").strip() or "translated"
        if state not in STATES:
            raise DataError(f"unknown state {state!r} (expected {', '.join(STATES)})", path=path, line=row)
        product_id, field = (record.get("product_id") or "").strip(), (record.get("field") or "").strip()
        if not product_id or not field:
            raise DataError("product_id and field are required", path=path, line=row)
        units.append(
            ExchangeUnit(
                product_id,
                field,
                record.get("source") or "",
                record.get("target") or None,
                state,
                record.get("note") or "",
            )
        )
    if pair is None:
        raise DataError("no rows", path=path)
    return pair[0], pair[1], units


def import_units(
    memory: TranslationMemory,
    source_language: str,
    target_language: str,
    units: Sequence[ExchangeUnit],
    *,
    all_reviewed: bool = False,
) -> ImportSummary:
    """Store the units that have a target. Reviewed ones (state reviewed/final, or all with
    ``all_reviewed``) are stored as reviewed text by ``human``; the rest as ``import``."""
    reviewed = [(u.source, u.target) for u in units if u.target and (all_reviewed or u.state in _REVIEWED)]
    other = [(u.source, u.target) for u in units if u.target and not (all_reviewed or u.state in _REVIEWED)]
    stored = memory.store(
        source_language, target_language, [(s, t) for s, t in reviewed if t], backend="human", reviewed=True
    )
    stored += memory.store(
        source_language, target_language, [(s, t) for s, t in other if t], backend="import", reviewed=False
    )
    return ImportSummary(
        source_language, target_language, len(units), stored, len(reviewed), sum(1 for u in units if not u.target)
    )
