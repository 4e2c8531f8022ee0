"""Quantities in product titles checked against the numeric limits of HS subheadings.

About 650 HS 2022 subheadings are told apart by a number: cylinder capacity ("over 1500 but not over
3000cc"), power ("of an output not exceeding 750W"), container size ("in containers holding 2 litres or
less"), packing ("in immediate packings of a content not exceeding 3kg"), fat or alcohol content, fabric
weight in g/m2, thickness or width in mm. A title often says the number ("2000cc petrol sedan", "Rioja
750ml", "green tea 100 g"), and no sentence model or word match can compare numbers. This module reads
the quantities of a title and the limits of a description, both into base units, and says which limits
a title meets and which it breaks.

A limit is only compared with a quantity of the same dimension. Lengths and percentages also need the
same subject (a width is not a thickness, fat is not alcohol): the word next to the number in the title
must appear near the limit in the description. Everything here is pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

__all__ = ["Limit", "LimitCheck", "Quantity", "check_limits", "description_limits", "title_quantities"]

# unit -> (dimension, factor to the base unit: g, ml, mm, W, VA, V, %, g/m2)
_UNITS: Final[dict[str, tuple[str, float]]] = {
    "mg": ("mass", 0.001),
    "g": ("mass", 1.0),
    "gr": ("mass", 1.0),
    "grams": ("mass", 1.0),
    "gram": ("mass", 1.0),
    "kg": ("mass", 1000.0),
    "kgs": ("mass", 1000.0),
    "kilo": ("mass", 1000.0),
    "kilos": ("mass", 1000.0),
    "t": ("mass", 1_000_000.0),
    "tonne": ("mass", 1_000_000.0),
    "tonnes": ("mass", 1_000_000.0),
    "lb": ("mass", 453.592),
    "lbs": ("mass", 453.592),
    "oz": ("mass", 28.3495),
    "克": ("mass", 1.0),
    "公斤": ("mass", 1000.0),
    "千克": ("mass", 1000.0),
    "ml": ("volume", 1.0),
    "cl": ("volume", 10.0),
    "dl": ("volume", 100.0),
    "l": ("volume", 1000.0),
    "lt": ("volume", 1000.0),
    "ltr": ("volume", 1000.0),
    "litre": ("volume", 1000.0),
    "litres": ("volume", 1000.0),
    "liter": ("volume", 1000.0),
    "liters": ("volume", 1000.0),
    "cc": ("volume", 1.0),
    "ccm": ("volume", 1.0),
    "cm3": ("volume", 1.0),
    "cm³": ("volume", 1.0),
    "毫升": ("volume", 1.0),
    "升": ("volume", 1000.0),
    "mm": ("length", 1.0),
    "cm": ("length", 10.0),
    "m": ("length", 1000.0),
    "w": ("power", 1.0),
    "watt": ("power", 1.0),
    "watts": ("power", 1.0),
    "kw": ("power", 1000.0),
    "hp": ("power", 745.7),
    "va": ("apparent power", 1.0),
    "kva": ("apparent power", 1000.0),
    "v": ("voltage", 1.0),
    "volt": ("voltage", 1.0),
    "volts": ("voltage", 1.0),
    "kv": ("voltage", 1000.0),
    "%": ("percent", 1.0),
    "g/m2": ("areal weight", 1.0),
    "g/m²": ("areal weight", 1.0),
    "gsm": ("areal weight", 1.0),
}
# Dimensions where the number alone is ambiguous: the subject must match too.
_NEEDS_SUBJECT: Final = frozenset({"length", "percent"})
_SUBJECT_WORDS: Final[dict[str, str]] = {
    "wide": "width",
    "width": "width",
    "thick": "thickness",
    "thickness": "thickness",
    "long": "length",
    "length": "length",
    "diameter": "diameter",
    "dia": "diameter",
    "ø": "diameter",
    "high": "height",
    "height": "height",
    "tall": "height",
    "vol": "alcohol",
    "abv": "alcohol",
    "alc": "alcohol",
    "alcohol": "alcohol",
    "alcoholic": "alcohol",
    "fat": "fat",
    "cotton": "cotton",
    "wool": "wool",
    "silk": "silk",
    "polyester": "synthetic",
    "nylon": "synthetic",
    "sugar": "sugar",
    "sucrose": "sugar",
    "cocoa": "cocoa",
    "packing": "packing",
    "packings": "packing",
    "packed": "packing",
    "package": "packing",
    "packages": "packing",
}

_UNIT_PATTERN: Final = "|".join(re.escape(unit) for unit in sorted(_UNITS, key=len, reverse=True))
_NUMBER: Final = r"\d+(?:[.,]\d+)*"
_QUANTITY_RE: Final = re.compile(rf"(?<![\w.,])({_NUMBER})\s?({_UNIT_PATTERN})(?![a-z0-9²])", re.IGNORECASE)
_QUANTITY_IN_LIMIT: Final = rf"({_NUMBER})\s?({_UNIT_PATTERN})?(?![a-z0-9²])"
_ABOVE: Final = r"(?:over|exceeding|more than)"
_NOT_ABOVE: Final = r"(?:not over|not exceeding|not more than)"
_RANGE_RE: Final = re.compile(
    rf"(?:{_ABOVE}\s+{_QUANTITY_IN_LIMIT}|{_QUANTITY_IN_LIMIT}\s+or more)(?:\s+[a-z]+)?\s+but\s+{_NOT_ABOVE}\s+"
    rf"{_QUANTITY_IN_LIMIT}",
    re.IGNORECASE,
)
_UPPER_RE: Final = re.compile(
    rf"(?:({_NOT_ABOVE}|less than|under|below)\s+{_QUANTITY_IN_LIMIT}|{_QUANTITY_IN_LIMIT}\s+or less)",
    re.IGNORECASE,
)
_LOWER_RE: Final = re.compile(
    rf"(?:({_ABOVE}|not less than|at least)\s+{_QUANTITY_IN_LIMIT}|{_QUANTITY_IN_LIMIT}\s+or (?:more|higher))",
    re.IGNORECASE,
)
_WORD_RE: Final = re.compile(r"[a-zø]+")
_SUBJECT_BEFORE: Final = 50
_SUBJECT_AFTER: Final = 25
_PERCENT_VOL_RE: Final = re.compile(r"%\s*vol(?:ume\b|\.|\b)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with a unit found in a title, in base units (g, ml, mm, W, VA, V, %, g/m2)."""

    text: str
    dimension: str
    value: float
    subjects: frozenset[str]


@dataclass(frozen=True, slots=True)
class Limit:
    """A numeric limit of a description: ``low`` < value (or <= when ``low_inclusive``), and the same
    for ``high``; ``None`` is unbounded."""

    text: str
    dimension: str
    low: float | None
    low_inclusive: bool
    high: float | None
    high_inclusive: bool
    subjects: frozenset[str]

    def admits(self, value: float) -> bool:
        # A relative tolerance absorbs unit conversions (16 oz, 2.0 L) that land next to a bound.
        epsilon = 1e-9 * max(1.0, abs(value))
        above_low = self.low is None or (
            value >= self.low - epsilon if self.low_inclusive else value > self.low + epsilon
        )
        below_high = self.high is None or (
            value <= self.high + epsilon if self.high_inclusive else value < self.high - epsilon
        )
        return above_low and below_high


@dataclass(frozen=True, slots=True)
class LimitCheck:
    """How a title's quantities fare against one description: the limits met and broken, each paired
    with the title's quantity that was compared."""

    met: tuple[tuple[Quantity, Limit], ...]
    broken: tuple[tuple[Quantity, Limit], ...]


def _number(text: str) -> float | None:
    """``1,500`` and ``2.000`` are thousands, ``1,5`` a decimal comma, ``2.0`` and ``0.750`` decimals."""
    head, separator, tail = text.partition(".")
    if separator and len(tail) == 3 and tail.isdigit() and head.isdigit() and head != "0" and "," not in text:
        return float(head + tail)
    if "," in text and "." not in text:
        head, _, tail = text.rpartition(",")
        text = text.replace(",", "") if len(tail) == 3 and head.replace(",", "").isdigit() else head + "." + tail
    else:
        text = text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def _subjects(words: list[str]) -> frozenset[str]:
    return frozenset(_SUBJECT_WORDS[word] for word in words if word in _SUBJECT_WORDS)


def title_quantities(title: str) -> tuple[Quantity, ...]:
    """Quantities written in a title (``2000cc``, ``1.5 kg``, ``750ml``, ``70% alcohol``, ``600 mm wide``)."""
    text = title.casefold()
    found = []
    for match in _QUANTITY_RE.finditer(text):
        unit = match.group(2)
        value = _number(match.group(1))
        if value is None or unit not in _UNITS:
            continue
        dimension, factor = _UNITS[unit]
        before = _WORD_RE.findall(text[max(0, match.start() - 15) : match.start()])[-1:]
        after = _WORD_RE.findall(text[match.end() : match.end() + 20])[:2]
        found.append(Quantity(match.group(0), dimension, value * factor, _subjects(before + after)))
    return tuple(found)


def _limit(
    match: re.Match[str], text: str, low: tuple[str, str | None] | None, high: tuple[str, str | None] | None
) -> Limit | None:
    low_inclusive = high_inclusive = True
    phrase = match.group(0).casefold()
    unit = (high[1] if high else None) or (low[1] if low else None)
    if unit is None or unit.casefold() not in _UNITS:
        return None
    dimension = _UNITS[unit.casefold()][0]

    def scaled(part: tuple[str, str | None] | None) -> float | None:
        if part is None:
            return None
        value = _number(part[0])
        own = part[1].casefold() if part[1] else unit.casefold()
        if value is None or own not in _UNITS or _UNITS[own][0] != dimension:
            return None
        return value * _UNITS[own][1]

    if low is not None:
        low_inclusive = phrase.startswith(("not less than", "at least")) or bool(
            re.search(r" or (more|higher)", phrase)
        )
    if high is not None:
        high_inclusive = not re.search(r"\b(less than|under|below)\b", phrase)
    low_value, high_value = scaled(low), scaled(high)
    if (low is not None and low_value is None) or (high is not None and high_value is None):
        return None
    # The subject is the nearest one named before the limit, or one named after it in the same clause.
    before = _subjects(_WORD_RE.findall(text[max(0, match.start() - _SUBJECT_BEFORE) : match.start()].casefold()))
    nearest = [word for word in _WORD_RE.findall(text[: match.start()].casefold()) if word in _SUBJECT_WORDS]
    after = re.split(r"[,;]", text[match.end() : match.end() + _SUBJECT_AFTER], maxsplit=1)[0].casefold()
    subjects = _subjects(nearest[-1:]) if before else frozenset()
    return Limit(
        match.group(0), dimension, low_value, low_inclusive, high_value, high_inclusive,
        subjects | _subjects(_WORD_RE.findall(after)),
    )  # fmt: skip


@lru_cache(maxsize=8192)
def description_limits(description: str) -> tuple[Limit, ...]:
    """The numeric limits written in a nomenclature description, with units (a Brix value without a unit
    is not read)."""
    # "80% vol. or higher": the subject (alcoholic strength) is named before; "vol." would hide "or higher".
    text = _PERCENT_VOL_RE.sub("%", description.replace("\u00a0", " "))
    limits: list[Limit] = []
    taken = list(text)

    def blank(match: re.Match[str]) -> None:
        for position in range(match.start(), match.end()):
            taken[position] = " "

    for match in _RANGE_RE.finditer(text):
        groups = match.groups()
        low = (groups[0], groups[1]) if groups[0] else (groups[2], groups[3])
        found = _limit(match, text, low, (groups[4], groups[5]))
        if found is not None:
            limits.append(found)
        blank(match)
    rest = "".join(taken)
    for match in _UPPER_RE.finditer(rest):
        groups = match.groups()
        high = (groups[1], groups[2]) if groups[1] else (groups[3], groups[4])
        found = _limit(match, text, None, high)
        if found is not None:
            limits.append(found)
        blank(match)
    rest = "".join(taken)
    for match in _LOWER_RE.finditer(rest):
        groups = match.groups()
        low = (groups[1], groups[2]) if groups[1] else (groups[3], groups[4])
        found = _limit(match, text, low, None)
        if found is not None:
            limits.append(found)
    return tuple(limits)


# A shop sells to consumers: a title that gives no weight is taken to be a retail packing of about 1 kg,
# compared only with limits on packings ("in immediate packings of a content not exceeding 3kg").
ASSUMED_RETAIL_PACKING: Final = Quantity("a retail packing (no weight in the title)", "mass", 1000.0, frozenset())


def check_limits(quantities: tuple[Quantity, ...], description: str) -> LimitCheck:
    """The description's limits that the title's quantities meet or break (limits of a dimension the
    title does not state, or about another subject, are left out)."""
    limits = description_limits(description)
    if not limits:
        return LimitCheck((), ())
    met: list[tuple[Quantity, Limit]] = []
    broken: list[tuple[Quantity, Limit]] = []
    weighed = any(quantity.dimension == "mass" for quantity in quantities)
    for limit in limits:
        if not weighed and limit.dimension == "mass" and "packing" in limit.subjects:
            (met if limit.admits(ASSUMED_RETAIL_PACKING.value) else broken).append((ASSUMED_RETAIL_PACKING, limit))
            continue
        for quantity in quantities:
            if quantity.dimension != limit.dimension:
                continue
            if limit.dimension in _NEEDS_SUBJECT and not (quantity.subjects & limit.subjects):
                continue
            (met if limit.admits(quantity.value) else broken).append((quantity, limit))
            break
    return LimitCheck(tuple(met), tuple(broken))
