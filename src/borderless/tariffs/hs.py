"""The HS 2022 nomenclature: validating commodity codes and describing them.

The bundled table ``data/hs/hs2022.csv`` (built by ``scripts/import_hs.py``) holds the 97
chapters, 1,229 headings and 5,612 subheadings of HS 2022 with UN Comtrade's short descriptions.
It is read once, on the first lookup, and cached.

A code for duty purposes needs at least the 6-digit subheading; national codes (8-digit EU CN,
10-digit TARIC or HTS) are accepted when their first 6 digits are an HS 2022 subheading.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

from borderless.errors import DataError, InvalidHSCodeError

__all__ = [
    "HS_VERSION",
    "HSCode",
    "describe",
    "format_hs6",
    "subheadings",
    "validate_hs_code",
]

HS_VERSION: Final = "HS 2022"
_DATA: Final = Path(__file__).resolve().parent.parent / "data"
_DATA_PATH: Final = "hs/hs2022.csv"
_SEPARATORS_RE: Final = re.compile(r"[.\s]+")
_DIGITS_RE: Final = re.compile(r"[0-9]+")


@dataclass(frozen=True, slots=True)
class HSCode:
    """A validated commodity code: ``code`` digits only as given (6, 8 or 10 digits), ``hs6`` its
    HS 2022 subheading and ``description`` the subheading's description."""

    code: str
    hs6: str
    description: str

    def __str__(self) -> str:
        return self.code


@dataclass(frozen=True, slots=True)
class _Nomenclature:
    descriptions: dict[str, str]
    subheadings: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def _nomenclature() -> _Nomenclature:
    text = (_DATA / _DATA_PATH).read_text(encoding="utf-8")
    descriptions: dict[str, str] = {}
    by_heading: dict[str, list[str]] = {}
    rows = csv.reader(io.StringIO(text))
    for line, row in enumerate(rows, start=1):
        if not row or row[0].startswith("#") or row[0] == "code":
            continue
        if len(row) != 3:
            raise DataError(
                f"expected 3 fields (code, section, description), got {len(row)}", path=_DATA_PATH, line=line
            )
        code, _section, description = row
        descriptions[code] = description
        if len(code) == 6:
            by_heading.setdefault(code[:4], []).append(code)
    return _Nomenclature(descriptions, {heading: tuple(codes) for heading, codes in by_heading.items()})


def format_hs6(code: str) -> str:
    """``"610910"`` -> ``"6109.10"`` (headings and chapters are returned unchanged)."""
    return f"{code[:4]}.{code[4:6]}" if len(code) == 6 else code


def subheadings(heading: str) -> tuple[str, ...]:
    """The 6-digit subheadings of a 4-digit heading, in order (empty when the heading is unknown)."""
    return _nomenclature().subheadings.get(heading, ())


def _suggest(heading: str) -> str:
    codes = subheadings(heading)
    if not codes:
        return f"heading {heading} does not exist in {HS_VERSION}"
    listed = ", ".join(format_hs6(code) for code in codes[:12])
    more = f" and {len(codes) - 12} more" if len(codes) > 12 else ""
    return f"subheadings of heading {heading}: {listed}{more}"


@lru_cache(maxsize=8192)
def _validate(text: str, field: str) -> HSCode:
    stripped = text.strip()
    digits = _SEPARATORS_RE.sub("", stripped)
    if not digits:
        raise InvalidHSCodeError(text, "empty; give a 6-digit HS subheading such as 6109.10", field=field)
    if not _DIGITS_RE.fullmatch(digits):
        bad = sorted({char for char in digits if not ("0" <= char <= "9")})
        raise InvalidHSCodeError(
            text, f"only digits with optional '.' or ' ' separators are allowed, found {''.join(bad)!r}", field=field
        )
    nomenclature = _nomenclature()
    if len(digits) in (2, 4):
        if len(digits) == 2:
            reason = "a chapter (2 digits) is not enough to find a duty; give the 6-digit subheading, e.g. 6109.10"
        else:
            reason = (
                f"a heading (4 digits) is not enough to find a duty; give the 6-digit subheading ({_suggest(digits)})"
            )
        raise InvalidHSCodeError(text, reason, field=field)
    if len(digits) not in (6, 8, 10):
        raise InvalidHSCodeError(
            text,
            f"wrong length: {len(digits)} digits; expected 6 (HS subheading), 8 (EU CN) or 10 (TARIC, HTS)",
            field=field,
        )
    hs6 = digits[:6]
    description = nomenclature.descriptions.get(hs6)
    if description is None:
        raise InvalidHSCodeError(
            text, f"{format_hs6(hs6)} is not an {HS_VERSION} subheading ({_suggest(hs6[:4])})", field=field
        )
    return HSCode(code=digits, hs6=hs6, description=description)


def validate_hs_code(code: object, *, field: str = "hs_code") -> HSCode:
    """Read a commodity code such as ``"6109.10"``, ``"6109 10"``, ``"610910"`` or a national
    8/10-digit code whose first 6 digits are an HS 2022 subheading. Raises
    :class:`~borderless.errors.InvalidHSCodeError` saying why (and suggesting subheadings)."""
    if not isinstance(code, str):
        raise InvalidHSCodeError(
            code,
            f'must be text such as "0901.21", not {type(code).__name__} (numbers lose leading zeros)',
            field=field,
        )
    return _validate(code, field)


def describe(code: str) -> str:
    """The HS 2022 description of a chapter (2 digits), heading (4) or subheading (6).
    Accepts dotted forms ("6109.10"); raises :class:`InvalidHSCodeError` for other codes."""
    digits = _SEPARATORS_RE.sub("", code.strip()) if isinstance(code, str) else ""
    if len(digits) not in (2, 4, 6):
        raise InvalidHSCodeError(code, "describe takes a 2-, 4- or 6-digit HS code", field="hs_code")
    description = _nomenclature().descriptions.get(digits)
    if description is None:
        raise InvalidHSCodeError(code, f"{format_hs6(digits)} is not in {HS_VERSION}", field="hs_code")
    return description
