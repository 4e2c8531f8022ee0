"""Units a market reads: convert with ``pint`` and keep the original where law or habit wants both.

Each market has a :class:`UnitRule` (sourced): which system its shoppers read (``metric``, ``us``
customary, or ``uk`` metric with imperial habits) and whether a listing should show both the local
and the original unit. Examples:

- US: the Fair Packaging and Labeling Act requires the net quantity of consumer commodities
  (cosmetics, food, household goods) in both inch-pound and metric units; other US listings show
  inch-pound first, by habit, with metric kept.
- UK: metric, but the pint remains the legal unit for draught beer and cider and for milk in
  returnable containers, and imperial supplementary indications are allowed next to metric.
- EU: metric only is required (Directive 80/181/EEC); supplementary non-metric units are allowed but
  not expected, so the original is dropped.

Magnitudes are ``Decimal`` end to end (``pint`` with ``non_int_type=Decimal``); results are rounded
per unit (ml and g to whole units, kg to 2 places, inches to 1). Pure functions; no I/O::

    >>> from decimal import Decimal
    >>> localize_quantity(Decimal("12"), "fl oz", "DE").text
    '355 ml'
    >>> localize_quantity(Decimal("50"), "ml", "US", category="cosmetics").text
    '1.7 fl oz (50 ml)'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from types import MappingProxyType
from typing import Final, Literal

import pint

from borderless.errors import InputError
from borderless.localize.formats import format_number, locale_for
from borderless.rules import Confidence, Source

__all__ = [
    "BOTH_CATEGORIES",
    "LocalQuantity",
    "MeasurementSystem",
    "TextUnits",
    "UnitRule",
    "convert",
    "localize_quantity",
    "localize_units_in_text",
    "unit_rule_for",
]

MeasurementSystem = Literal["metric", "us", "uk"]

_RETRIEVED: Final = date(2026, 11, 21)

#: Categories whose labels the US FPLA covers (consumer commodities): both systems are required.
BOTH_CATEGORIES: Final = frozenset({"cosmetics", "beauty", "food", "grocery", "household", "personal care"})

#: Categories for which the UK pint is the legal, primary unit.
UK_PINT_CATEGORIES: Final = frozenset({"beer", "cider", "milk", "draught beer"})


@dataclass(frozen=True, slots=True)
class UnitRule:
    """How one market reads quantities: its system, whether to keep the original unit next to the
    local one (``keep_original``: ``"always"``, ``"never"`` or only for ``categories``), and why."""

    country: str
    system: MeasurementSystem
    keep_original: Literal["always", "never", "categories"]
    categories: frozenset[str]
    reason: str
    source: Source
    confidence: Confidence

    def keeps_original(self, category: str | None) -> bool:
        if self.keep_original == "always":
            return True
        if self.keep_original == "never":
            return False
        return category is not None and category.strip().lower() in self.categories


_CLDR_MEASUREMENT = Source(
    "Unicode CLDR supplemental data: measurementData (US system: US, LR, MM; UK: GB)",
    "https://github.com/unicode-org/cldr/blob/main/common/supplemental/supplementalData.xml",
    _RETRIEVED,
)
_FPLA = Source(
    "Fair Packaging and Labeling Act, 15 U.S.C. 1453(a)(2): net quantity in both metric and inch/pound units",
    "https://www.law.cornell.edu/uscode/text/15/1453",
    _RETRIEVED,
)
_UK_UNITS = Source(
    "UK Weights and Measures Act 1985 s.8 and the Units of Measurement Regulations 1995 and 2009: pint for "
    "draught beer/cider and milk in returnable containers; imperial supplementary indications allowed",
    "https://www.legislation.gov.uk/uksi/2009/3046/contents/made",
    _RETRIEVED,
)
_EU_UNITS = Source(
    "Council Directive 80/181/EEC on units of measurement, as amended by Directive 2009/3/EC "
    "(metric required; supplementary indications optional)",
    "https://eur-lex.europa.eu/eli/dir/1980/181/oj",
    _RETRIEVED,
)
_CANADA_UNITS = Source(
    "Canada: Consumer Packaging and Labelling Regulations (metric net quantity required; imperial may be added)",
    "https://laws-lois.justice.gc.ca/eng/regulations/C.R.C.,_c._417/",
    _RETRIEVED,
)

_US_RULE_COUNTRIES: Final = frozenset({"US", "LR", "MM"})


def unit_rule_for(country: str) -> UnitRule:
    """The :class:`UnitRule` of a market (metric without the original for every country without a
    specific rule, citing CLDR's measurement data)."""
    code = country.strip().upper()
    if code in _US_RULE_COUNTRIES:
        if code == "US":
            return UnitRule(
                code,
                "us",
                "always",
                BOTH_CATEGORIES,
                "US shoppers read inch-pound units; the FPLA requires both systems on consumer "
                "commodity labels, and metric is kept for every listing by habit",
                _FPLA,
                "secondary",
            )
        return UnitRule(
            code,
            "us",
            "always",
            frozenset(),
            "CLDR lists this territory as using the US system",
            _CLDR_MEASUREMENT,
            "secondary",
        )
    if code == "GB":
        return UnitRule(
            code,
            "uk",
            "always",
            UK_PINT_CATEGORIES,
            "metric is the legal primary unit; pints stay primary for draught beer, cider and returnable "
            "milk, and imperial supplementary indications next to metric are allowed and familiar",
            _UK_UNITS,
            "secondary",
        )
    if code == "CA":
        return UnitRule(
            code,
            "metric",
            "always",
            frozenset(),
            "metric net quantity is required; imperial units are commonly shown as well",
            _CANADA_UNITS,
            "secondary",
        )
    from borderless.countries.european_union import MEMBERS

    if code in MEMBERS:
        return UnitRule(
            code,
            "metric",
            "never",
            frozenset(),
            "metric units are required; supplementary non-metric units are optional",
            _EU_UNITS,
            "secondary",
        )
    return UnitRule(
        code, "metric", "never", frozenset(), "CLDR lists this territory as metric", _CLDR_MEASUREMENT, "secondary"
    )


# -- units -----------------------------------------------------------------------------------------

#: Accepted spellings -> pint unit names. ``oz``/``fl oz``/``pt``/``gal`` are US units unless the
#: source is declared imperial (``source_system="uk"``).
_ALIASES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "fl oz": "US_fluid_ounce",
        "fl. oz.": "US_fluid_ounce",
        "fl.oz.": "US_fluid_ounce",
        "fl.oz": "US_fluid_ounce",
        "floz": "US_fluid_ounce",
        "fl. oz": "US_fluid_ounce",
        "oz": "ounce",
        "oz.": "ounce",
        "ounce": "ounce",
        "ounces": "ounce",
        "lb": "pound",
        "lbs": "pound",
        "lb.": "pound",
        "lbs.": "pound",
        "pound": "pound",
        "pounds": "pound",
        "in": "inch",
        "in.": "inch",
        "inch": "inch",
        "inches": "inch",
        '"': "inch",
        "″": "inch",
        "ft": "foot",
        "ft.": "foot",
        "foot": "foot",
        "feet": "foot",
        "yd": "yard",
        "yard": "yard",
        "yards": "yard",
        "mi": "mile",
        "mile": "mile",
        "miles": "mile",
        "gal": "US_gallon",
        "gallon": "US_gallon",
        "gallons": "US_gallon",
        "pt": "US_pint",
        "pint": "US_pint",
        "pints": "US_pint",
        "qt": "US_quart",
        "quart": "US_quart",
        "ml": "milliliter",
        "mL": "milliliter",
        "cl": "centiliter",
        "l": "liter",
        "L": "liter",
        "liter": "liter",
        "litre": "liter",
        "liters": "liter",
        "litres": "liter",
        "g": "gram",
        "gram": "gram",
        "grams": "gram",
        "kg": "kilogram",
        "mg": "milligram",
        "mm": "millimeter",
        "cm": "centimeter",
        "m": "meter",
        "km": "kilometer",
        "°F": "degF",
        "°C": "degC",
        "F": "degF",
        "C": "degC",
    }
)
_IMPERIAL: Final[Mapping[str, str]] = MappingProxyType(
    {
        "US_fluid_ounce": "UK_fluid_ounce",
        "US_pint": "UK_pint",
        "US_gallon": "UK_gallon",
        "US_quart": "UK_quart",
    }
)

#: How each unit is written and rounded (decimal places).
_DISPLAY: Final[Mapping[str, tuple[str, int]]] = MappingProxyType(
    {
        "US_fluid_ounce": ("fl oz", 1),
        "UK_fluid_ounce": ("fl oz", 1),
        "ounce": ("oz", 1),
        "pound": ("lb", 2),
        "inch": ("in", 1),
        "foot": ("ft", 1),
        "yard": ("yd", 1),
        "mile": ("mi", 1),
        "US_gallon": ("gal", 2),
        "UK_gallon": ("gal", 2),
        "US_pint": ("pt", 1),
        "UK_pint": ("pint", 1),
        "US_quart": ("qt", 1),
        "UK_quart": ("qt", 1),
        "milliliter": ("ml", 0),
        "centiliter": ("cl", 0),
        "liter": ("l", 2),
        "gram": ("g", 0),
        "kilogram": ("kg", 2),
        "milligram": ("mg", 0),
        "millimeter": ("mm", 0),
        "centimeter": ("cm", 1),
        "meter": ("m", 2),
        "kilometer": ("km", 1),
        "degF": ("°F", 0),
        "degC": ("°C", 0),
    }
)

_METRIC_UNITS: Final = frozenset(
    {
        "milliliter",
        "centiliter",
        "liter",
        "gram",
        "kilogram",
        "milligram",
        "millimeter",
        "centimeter",
        "meter",
        "kilometer",
        "degC",
    }
)


@lru_cache(maxsize=1)
def _registry() -> pint.UnitRegistry[Decimal]:
    return pint.UnitRegistry(non_int_type=Decimal)


@lru_cache(maxsize=512)
def _dimension(name: str) -> str:
    return str(_registry().Unit(name).dimensionality)


@lru_cache(maxsize=512)
def _factor(source: str, target: str | None) -> Decimal:
    """How many ``target`` (base units when ``None``) one ``source`` is; pint computes it once."""
    quantity = _registry().Quantity(Decimal(1), source)
    converted = quantity.to_base_units() if target is None else quantity.to(target)
    return Decimal(str(converted.magnitude))


def _in(value: Decimal, source: str, target: str | None) -> Decimal:
    """``value`` of ``source`` in ``target`` (base units when ``None``); temperatures through pint,
    because their scales have offsets."""
    if _dimension(source) == "[temperature]":
        quantity = _registry().Quantity(value, source)
        converted = quantity.to_base_units() if target is None else quantity.to(target)
        return Decimal(str(converted.magnitude))
    return value * _factor(source, target)


@lru_cache(maxsize=512)
def _unit_name(unit: str, source_system: MeasurementSystem) -> str:
    text = unit.strip()
    name = _ALIASES.get(text) or _ALIASES.get(text.lower())
    if name is None:
        try:
            name = str(_registry().Unit(text))
        except (pint.UndefinedUnitError, AttributeError, ValueError, TypeError):
            raise InputError(f"unknown unit {unit!r}", field="unit") from None
    if source_system == "uk":
        name = _IMPERIAL.get(name, name)
    return name


def convert(value: Decimal, unit: str, to_unit: str, *, source_system: MeasurementSystem = "us") -> Decimal:
    """``value`` in ``unit`` expressed in ``to_unit``, unrounded (``pint``, Decimal magnitudes).
    Raises :class:`InputError` for an unknown unit or units of different dimensions."""
    if isinstance(value, float):
        raise TypeError("convert takes Decimal, not float")
    registry = _registry()
    source = _unit_name(unit, source_system)
    target = _unit_name(to_unit, "us" if source_system == "us" else source_system)
    try:
        magnitude = registry.Quantity(Decimal(value), source).to(target).magnitude
    except pint.DimensionalityError:
        raise InputError(f"cannot convert {unit!r} to {to_unit!r}: different dimensions", field="unit") from None
    return Decimal(str(magnitude))


def _target_unit(name: str, system: MeasurementSystem, magnitude_in_base: Decimal) -> str | None:
    """The unit a market of ``system`` reads for a quantity now in ``name`` (None: keep it)."""
    metric = name in _METRIC_UNITS
    dimension = _dimension(name)
    if system in ("metric", "uk"):
        if metric:
            return None
        return {
            "[length] ** 3": "milliliter" if magnitude_in_base < Decimal("0.001") else "liter",
            "[mass]": "gram" if magnitude_in_base < 1 else "kilogram",
            "[length]": "centimeter"
            if magnitude_in_base < 1
            else ("meter" if magnitude_in_base < 1000 else "kilometer"),
            "[temperature]": "degC",
        }.get(dimension)
    if not metric:
        return None
    return {
        "[length] ** 3": "US_fluid_ounce" if magnitude_in_base < Decimal("0.003785") else "US_gallon",
        "[mass]": "ounce" if magnitude_in_base < Decimal("0.4535924") else "pound",
        "[length]": "inch"
        if magnitude_in_base < Decimal("0.9144")
        else ("foot" if magnitude_in_base < 1609 else "mile"),
        "[temperature]": "degF",
    }.get(dimension)


@dataclass(frozen=True, slots=True)
class LocalQuantity:
    """A quantity as a market reads it. ``value``/``unit`` are what to show first; ``original_*``
    what the merchant wrote; ``show_both`` says whether ``text`` keeps the original in brackets."""

    value: Decimal
    unit: str
    original_value: Decimal
    original_unit: str
    converted: bool
    show_both: bool
    text: str
    rule: UnitRule

    def to_json(self) -> dict[str, object]:
        return {
            "value": str(self.value),
            "unit": self.unit,
            "original": {"value": str(self.original_value), "unit": self.original_unit},
            "converted": self.converted,
            "show_both": self.show_both,
            "text": self.text,
            "reason": self.rule.reason,
            "source": self.rule.source.to_json(),
            "confidence": self.rule.confidence,
        }


def _rounded(value: Decimal, name: str) -> Decimal:
    places = _DISPLAY.get(name, ("", 2))[1]
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _written(value: Decimal, name: str, locale: str) -> str:
    label = _DISPLAY.get(name, (name, 2))[0]
    number = format_number(value.normalize() if value == value.to_integral() else value, locale)
    separator = "" if label.startswith("°") else " "
    return f"{number}{separator}{label}"


def localize_quantity(
    value: Decimal,
    unit: str,
    country: str,
    *,
    category: str | None = None,
    locale: str | None = None,
    source_system: MeasurementSystem = "us",
) -> LocalQuantity:
    """``value unit`` as ``country`` reads it: converted to the market's system, with the original
    kept in brackets where the market's :class:`UnitRule` wants both (for ``category``).

    ``source_system="uk"`` reads ``fl oz``/``pt``/``gal`` as imperial. UK beer, cider and milk keep
    pints as the primary unit."""
    if isinstance(value, float):
        raise TypeError("localize_quantity takes Decimal, not float")
    rule = unit_rule_for(country)
    locale_id = locale or locale_for(rule.country)
    name = _unit_name(unit, source_system)
    base = _in(Decimal(value), name, None)
    target = _target_unit(name, rule.system, base)
    is_uk_pint = rule.system == "uk" and category is not None and category.strip().lower() in UK_PINT_CATEGORIES
    if is_uk_pint and _dimension(name) == "[length] ** 3":
        target = None if name == "UK_pint" else "UK_pint"
    original_text = _written(_rounded(Decimal(value), name), name, locale_id)
    if target is None:
        return LocalQuantity(
            Decimal(value), _DISPLAY.get(name, (name, 2))[0], Decimal(value), unit, False, False, original_text, rule
        )
    local = _rounded(_in(Decimal(value), name, target), target)
    local_text = _written(local, target, locale_id)
    both = rule.keeps_original(category) or is_uk_pint
    text = f"{local_text} ({original_text})" if both else local_text
    return LocalQuantity(local, _DISPLAY[target][0], Decimal(value), unit, True, both, text, rule)


@dataclass(frozen=True, slots=True)
class TextUnits:
    """A text with its quantities localized, and each change made (original -> localized text)."""

    text: str
    changes: tuple[tuple[str, str], ...]


_UNIT_WORDS: Final = sorted(
    (alias for alias in _ALIASES if alias not in {"in", "F", "C", "m", "l", "L", "pt", "mi"}), key=len, reverse=True
)
_QUANTITY: Final = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?(" + "|".join(re.escape(word) for word in _UNIT_WORDS) + r"|°F|°C)(?![\w])"
)


def localize_units_in_text(
    text: str,
    country: str,
    *,
    category: str | None = None,
    locale: str | None = None,
    source_system: MeasurementSystem = "us",
    decimal_comma: bool = False,
) -> TextUnits:
    """Find quantities such as ``12 fl oz``, ``5 lb``, ``30 cm`` in ``text`` and write them as the
    market reads them (see :func:`localize_quantity`). Ambiguous short forms (``in``, ``m``, ``l``,
    ``pt``, bare ``F``/``C``) are left alone. ``decimal_comma``: the source text writes ``1,5``."""
    changes: list[tuple[str, str]] = []

    def replace(match: re.Match[str]) -> str:
        number, unit = match.group(1), match.group(2)
        digits = number.replace(",", ".") if decimal_comma or ("," in number and "." not in number) else number
        try:
            localized = localize_quantity(
                Decimal(digits), unit, country, category=category, locale=locale, source_system=source_system
            )
        except InputError:
            return match.group(0)
        if not localized.converted:
            return match.group(0)
        changes.append((match.group(0), localized.text))
        return localized.text

    return TextUnits(_QUANTITY.sub(replace, text), tuple(changes))
