"""Clothing and shoe sizes between the US, UK, EU, JP, CN, KR, AU and BR systems.

The table lives in ``borderless/data/sizes/sizes.csv`` (its ``SOURCES.md`` names the public references
and what is approximate). Every conversion is a :class:`SizeConversion` carrying the size found (or
``None``), the source, a confidence, and warnings: an unknown size, an unknown system or a size that
matches several rows is never answered silently::

    >>> convert_size("8", category="womens_shoes", from_system="US", to_system="EU").size
    '39'
    >>> convert_size("99", category="womens_shoes", from_system="US", to_system="EU").size is None
    True
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib.resources import files
from types import MappingProxyType
from typing import Final

from borderless.errors import DataError, InputError
from borderless.rules import CONFIDENCES, Confidence, Source

__all__ = [
    "CATEGORIES",
    "SIZE_SYSTEMS",
    "SizeConversion",
    "SizeRow",
    "convert_size",
    "guess_size_category",
    "load_size_table",
    "size_system_for",
]

SIZE_SYSTEMS: Final = ("US", "UK", "EU", "JP", "CN", "KR", "AU", "BR")
CATEGORIES: Final = ("womens_shoes", "mens_shoes", "womens_clothing", "mens_tops")

_RETRIEVED: Final = date(2026, 11, 21)
SOURCES: Final[Mapping[str, Source]] = MappingProxyType(
    {
        "shoe-size": Source(
            'Wikipedia, "Shoe size" (US/UK/EU/Mondopoint conversions)',
            "https://en.wikipedia.org/wiki/Shoe_size",
            _RETRIEVED,
        ),
        "clothing-size": Source(
            "Wikipedia, \"Clothing sizes\" (international women's and men's size systems)",
            "https://en.wikipedia.org/wiki/Clothing_sizes",
            _RETRIEVED,
        ),
    }
)

#: The size system a market's shoppers read. Markets not listed have no system in the table.
_MARKET_SYSTEMS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "US": "US",
        "CA": "US",
        "GB": "UK",
        "IE": "UK",
        "JP": "JP",
        "CN": "CN",
        "KR": "KR",
        "AU": "AU",
        "NZ": "AU",
        "BR": "BR",
    }
)
_NOTES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "FR": "French women's clothing numbers run 2 above the EU column (FR 38 = EU 36)",
        "ES": "Spanish women's clothing numbers run 2 above the EU column",
        "PT": "Portuguese women's clothing numbers run 2 above the EU column",
        "IT": "Italian women's clothing numbers run 4 above the EU column (IT 40 = EU 36)",
    }
)


@dataclass(frozen=True, slots=True)
class SizeRow:
    """One size in every system (``None`` where the table has no value)."""

    category: str
    sizes: Mapping[str, str | None]
    confidence: Confidence
    uncertain_systems: frozenset[str]
    source: Source
    line: int


@dataclass(frozen=True, slots=True)
class SizeConversion:
    """The answer to one conversion: ``size`` is ``None`` when it is unknown, with the reason in
    ``warnings``."""

    size: str | None
    original: str
    category: str
    from_system: str
    to_system: str
    confidence: Confidence | None
    source: Source | None
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "size": self.size,
            "original": self.original,
            "category": self.category,
            "from": self.from_system,
            "to": self.to_system,
            "confidence": self.confidence,
            "source": self.source.to_json() if self.source else None,
            "warnings": list(self.warnings),
        }


@lru_cache(maxsize=1)
def load_size_table() -> tuple[SizeRow, ...]:
    """Every row of the bundled size table, checked (systems, confidence, sources)."""
    path = "sizes/sizes.csv"
    text = files("borderless.data").joinpath(path).read_text(encoding="utf-8")
    rows: list[SizeRow] = []
    reader = csv.DictReader(io.StringIO(text))
    missing = set(SIZE_SYSTEMS) - set(reader.fieldnames or ())
    if missing:
        raise DataError(f"size systems missing from the header: {sorted(missing)}", path=path)
    for line, record in enumerate(reader, start=2):
        category = record["category"]
        if category not in CATEGORIES:
            raise DataError(f"unknown category {category!r}", path=path, line=line)
        confidence = record["confidence"]
        if confidence not in CONFIDENCES:
            raise DataError(f"unknown confidence {confidence!r}", path=path, line=line)
        source = SOURCES.get(record["source"])
        if source is None:
            raise DataError(f"unknown source id {record['source']!r}", path=path, line=line)
        uncertain = frozenset(part for part in record["uncertain_systems"].split(";") if part)
        sizes = {system: (record[system].strip() or None) for system in SIZE_SYSTEMS}
        rows.append(SizeRow(category, MappingProxyType(sizes), confidence, uncertain, source, line))
    return tuple(rows)


def _normalise(size: str) -> str:
    text = size.strip().upper().replace(",", ".").replace(" ", "")
    if text.endswith(".0"):
        text = text[:-2]
    return text


def size_system_for(country: str) -> tuple[str, tuple[str, ...]]:
    """The size system shoppers of ``country`` read, with notes: EU members and other European
    markets read ``EU`` (with a note where the national clothing numbering differs)."""
    code = country.strip().upper()
    system = _MARKET_SYSTEMS.get(code)
    if system is not None:
        return system, ()
    from borderless.countries.european_union import MEMBERS

    if code in MEMBERS or code in {"CH", "NO", "TR", "RO"}:
        note = _NOTES.get(code)
        return "EU", (note,) if note else ()
    return "EU", (f"no size system recorded for {code}; EU sizes are used, check the market's habits",)


def convert_size(size: str, *, category: str, from_system: str, to_system: str) -> SizeConversion:
    """Convert ``size`` of ``category`` from one system to another.

    Returns a :class:`SizeConversion` whose ``size`` is ``None`` (with a warning) when the size is
    not in the table, the target system has no value for it, or a system is unknown. Raises
    :class:`InputError` for an unknown category."""
    if category not in CATEGORIES:
        raise InputError(
            f"unknown size category {category!r} (expected one of {', '.join(CATEGORIES)})", field="category"
        )
    source_system, target_system = from_system.strip().upper(), to_system.strip().upper()

    def not_converted(reason: str, source: Source | None = None) -> SizeConversion:
        return SizeConversion(None, size, category, source_system, target_system, None, source, (reason,))

    for system in (source_system, target_system):
        if system not in SIZE_SYSTEMS:
            return not_converted(f"unknown size system {system!r} (known: {', '.join(SIZE_SYSTEMS)})")
    wanted = _normalise(size)
    matches = [
        row
        for row in load_size_table()
        if row.category == category
        and row.sizes[source_system] is not None
        and _normalise(row.sizes[source_system] or "") == wanted
    ]
    if not matches:
        return not_converted(f"size {size!r} is not in the {source_system} {category} table; not converted")
    warnings: list[str] = []
    if len(matches) > 1:
        options = ", ".join(f"{target_system} {row.sizes[target_system]}" for row in matches)
        warnings.append(f"{source_system} {size} matches several sizes ({options}); the first is used")
    row = matches[0]
    converted = row.sizes[target_system]
    if converted is None:
        return not_converted(
            f"the table has no {target_system} size for {source_system} {size} ({category})", row.source
        )
    confidence: Confidence = row.confidence
    if {source_system, target_system} & row.uncertain_systems:
        confidence = "uncertain"
        warnings.append(
            f"{category} sizes in {', '.join(sorted({source_system, target_system} & row.uncertain_systems))}"
            " vary between sources and brands; check the brand's own chart"
        )
    return SizeConversion(
        converted, size, category, source_system, target_system, confidence, row.source, tuple(warnings)
    )


_SHOE_WORDS: Final = ("shoe", "sneaker", "boot", "sandal", "trainer", "heel", "loafer", "footwear", "slipper")
_TOP_WORDS: Final = ("shirt", "t-shirt", "tee", "hoodie", "sweater", "jacket", "polo", "top", "jumper", "coat")
_WOMEN: Final = ("women", "woman", "ladies", "female", "dress", "skirt", "blouse")
_MEN: Final = ("men", "man", "male", "gents")


def guess_size_category(*texts: str | None) -> str | None:
    """A best guess of the size category from a product's title, category and tags (``None`` when
    the words do not say). A guess only: callers should report it as such."""
    words = " ".join(text.lower() for text in texts if text)
    tokens = set(words.replace("'", " ").replace("/", " ").replace(",", " ").split())
    is_women = any(word in words for word in _WOMEN)
    is_men = bool(tokens & set(_MEN)) or "mens" in tokens
    if any(word in words for word in _SHOE_WORDS):
        if is_women:
            return "womens_shoes"
        return "mens_shoes" if is_men else None
    if is_women and any(word in words for word in ("dress", "skirt", "blouse", "top", "trouser", "jeans")):
        return "womens_clothing"
    if is_men and any(word in words for word in _TOP_WORDS):
        return "mens_tops"
    return None
