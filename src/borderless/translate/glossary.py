"""A merchant's glossary: names that must never be translated and terms with a required rendering.

CSV columns ``term,language,translation,note``. A row with an empty ``translation`` is a
do-not-translate term (brand or product name) for every language, or only for ``language`` when
given; a row with a ``translation`` forces that rendering in ``language`` (required then).
Brand names from the catalog are added as do-not-translate terms automatically.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from borderless.errors import DataError, InputError

__all__ = ["Glossary", "GlossaryEntry", "parse_glossary_csv", "read_glossary"]


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    term: str
    language: str | None = None
    translation: str | None = None
    note: str = ""

    @property
    def do_not_translate(self) -> bool:
        return self.translation is None


@dataclass(frozen=True, slots=True)
class Glossary:
    entries: tuple[GlossaryEntry, ...] = ()

    def with_names(self, names: Iterable[str]) -> Glossary:
        """Add do-not-translate names (brands), skipping ones already present."""
        known = {entry.term.lower() for entry in self.entries}
        extra = []
        for name in names:
            name = name.strip()
            if name and name.lower() not in known:
                known.add(name.lower())
                extra.append(GlossaryEntry(name, note="brand name from the catalog"))
        return Glossary(self.entries + tuple(extra))

    def terms_for(self, language: str) -> Mapping[str, str]:
        """``{term: required rendering}`` for a target language; a do-not-translate term maps to
        itself. A forced translation for the language wins over a general do-not-translate row."""
        terms: dict[str, str] = {}
        for entry in self.entries:
            if entry.language not in (None, language):
                continue
            if entry.translation is None:
                terms.setdefault(entry.term, entry.term)
            elif entry.language == language:
                terms[entry.term] = entry.translation
        return terms

    def __len__(self) -> int:
        return len(self.entries)


def parse_glossary_csv(text: str, *, source: str = "glossary") -> Glossary:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    if "term" not in header:
        raise DataError("a glossary needs a 'term' column (term,language,translation,note)", path=source, line=1)
    reader.fieldnames = header
    entries: list[GlossaryEntry] = []
    for row, record in enumerate(reader, start=2):
        term = (record.get("term") or "").strip()
        if not term:
            error = InputError("empty term", field="term")
            error.line = row
            raise error
        language = (record.get("language") or "").strip().lower() or None
        translation = (record.get("translation") or "").strip() or None
        if translation is not None and language is None:
            error = InputError(f"forced translation of {term!r} needs a language", field="language")
            error.line = row
            raise error
        entries.append(GlossaryEntry(term, language, translation, (record.get("note") or "").strip()))
    return Glossary(tuple(entries))


def read_glossary(path: Path) -> Glossary:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise DataError(f"cannot read glossary: {error.strerror or error}", path=str(path)) from None
    return parse_glossary_csv(text, source=str(path))
