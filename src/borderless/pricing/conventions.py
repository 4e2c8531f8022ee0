"""Per-market price conventions, read from the sourced tables in ``data/pricing/``.

- ``display.csv``: whether shelf prices include consumption taxes (EU, UK, JP, AU...) or have them
  added at checkout (US, CA), with the law or authority that says so.
- ``endings.csv``: the price endings that look native (.99 in the US, 980 yen, 8-endings and no 4 in
  China), as tiers of ``k * step + ending``. A merchant's file with the same columns overrides whole
  markets.

A market without its own row uses the ``EU`` row when it is an EU member; a market with no row at all
gets no ending rule and a warning (prices are then only rounded to the currency's minor unit).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Final

from borderless.countries.european_union import MEMBERS
from borderless.errors import DataError
from borderless.rules import Source

__all__ = [
    "DisplayConvention",
    "EndingRule",
    "PriceConventions",
    "default_conventions",
    "parse_endings",
]

_DATA: Final = Path(__file__).resolve().parent.parent / "data" / "pricing"
_RETRIEVED: Final = date(2026, 11, 21)
EU_GROUP: Final = "EU"


@dataclass(frozen=True, slots=True)
class DisplayConvention:
    market: str
    tax_included: bool
    source: Source
    confidence: str
    note: str


@dataclass(frozen=True, slots=True)
class EndingRule:
    """One tier: candidate prices ``k * step + ending`` from ``min_price`` up to the next tier."""

    market: str
    min_price: Decimal
    step: Decimal
    ending: Decimal
    avoid_digits: str
    source: Source
    confidence: str
    note: str

    def describe(self) -> str:
        avoid = f", avoiding the digit {' and '.join(self.avoid_digits)}" if self.avoid_digits else ""
        return f"prices of k x {self.step} + {self.ending} from {self.min_price}{avoid} ({self.note})"


@dataclass(frozen=True, slots=True)
class PriceConventions:
    display: Mapping[str, DisplayConvention]
    endings: Mapping[str, tuple[EndingRule, ...]]

    def display_for(self, market: str) -> DisplayConvention | None:
        return self.display.get(market) or (self.display.get(EU_GROUP) if market in MEMBERS else None)

    def endings_for(self, market: str) -> tuple[EndingRule, ...]:
        if market in self.endings:
            return self.endings[market]
        if market in MEMBERS:
            return self.endings.get(EU_GROUP, ())
        return ()

    def with_endings(self, overrides: Mapping[str, tuple[EndingRule, ...]]) -> PriceConventions:
        return PriceConventions(self.display, {**self.endings, **overrides})


def _records(text: str, name: str) -> Iterable[tuple[int, dict[str, str]]]:
    lines = text.splitlines()
    body = [line for line in lines if not line.startswith("#")]
    offset = len(lines) - len(body)
    for index, record in enumerate(csv.DictReader(io.StringIO("\n".join(body))), start=2):
        yield index + offset, record


def _decimal(record: Mapping[str, str], column: str, name: str, line: int) -> Decimal:
    try:
        value = Decimal(record[column])
    except (InvalidOperation, KeyError, TypeError):
        raise DataError(f"{column}: not a number: {record.get(column)!r}", path=name, line=line) from None
    if value < 0:
        raise DataError(f"{column}: must not be negative", path=name, line=line)
    return value


def _source(record: Mapping[str, str]) -> Source:
    return Source(record["source_title"], record["source_url"], _RETRIEVED)


def parse_endings(text: str, *, name: str = "endings") -> dict[str, tuple[EndingRule, ...]]:
    """Parse an endings table (the bundled one or a merchant's override)."""
    tiers: dict[str, list[EndingRule]] = {}
    for line, record in _records(text, name):
        market = (record.get("market") or "").strip().upper()
        if not market:
            raise DataError("market: missing", path=name, line=line)
        step = _decimal(record, "step", name, line)
        if step == 0:
            raise DataError("step: must be more than zero", path=name, line=line)
        ending = _decimal(record, "ending", name, line)
        if ending >= step:
            raise DataError(f"ending {ending} must be smaller than step {step}", path=name, line=line)
        avoid = (record.get("avoid_digits") or "").strip()
        if not avoid.isdigit() and avoid:
            raise DataError(f"avoid_digits: digits only, got {avoid!r}", path=name, line=line)
        tiers.setdefault(market, []).append(
            EndingRule(
                market,
                _decimal(record, "min_price", name, line),
                step,
                ending,
                avoid,
                _source(record),
                record.get("confidence") or "secondary",
                record.get("note") or "",
            )
        )
    return {market: tuple(sorted(rules, key=lambda rule: rule.min_price)) for market, rules in tiers.items()}


def _parse_display(text: str, name: str) -> dict[str, DisplayConvention]:
    display: dict[str, DisplayConvention] = {}
    for line, record in _records(text, name):
        flag = record["tax_included"].strip().lower()
        if flag not in ("true", "false"):
            raise DataError(f"tax_included: true or false, got {flag!r}", path=name, line=line)
        market = record["market"].strip().upper()
        display[market] = DisplayConvention(
            market, flag == "true", _source(record), record["confidence"], record.get("note") or ""
        )
    return display


@lru_cache(maxsize=1)
def default_conventions() -> PriceConventions:
    display_path = _DATA / "display.csv"
    endings_path = _DATA / "endings.csv"
    return PriceConventions(
        _parse_display(display_path.read_text(encoding="utf-8"), str(display_path)),
        parse_endings(endings_path.read_text(encoding="utf-8"), name=str(endings_path)),
    )
