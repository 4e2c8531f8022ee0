"""Duty rates as published, and assessing them on a consignment.

A published EU duty is a small expression: an ad valorem part (``12 %``), specific parts
(``303.4 EUR / 100 kg``), agricultural components that depend on the goods' composition (``EA``),
and optional ``MIN``/``MAX`` bounds. :func:`parse_duty_rate` reads every form that occurs in the
bundled EU table (``tests/test_duty.py`` parses each distinct text) and raises
:class:`~borderless.errors.DataError` for anything else, rather than guessing.

:func:`assess_duty` computes the duty on a customs value. When a part needs a measure the request
does not carry (volume in hl, alcoholic strength, drained weight, the Meursing composition code)
the amount is ``None`` with ``missing`` naming it: never a silent zero.

The forms, by example (``N`` a number, ``CUR`` an ISO 4217 code, almost always ``EUR``)::

    12 %                                    ad valorem
    41.2 EUR / 100 kg                       specific, per ``per`` units
    10.2 % + 93.1 EUR / 100 kg              compound (any number of ``+`` terms)
    7.6 % + EA                              ad valorem + agricultural component
    9 % + EA MAX 18.7 % +ADSZ               ... capped at 18.7 % + additional duty on sugar
    4.5 % MIN 0.3 EUR / p/st MAX 0.8 EUR / p/st
    0.5 EUR / p/st MIN 2.7 % MAX 4.6 %      bounds may be ad valorem, specific or both
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Final, Literal

from borderless.errors import DataError, InputError
from borderless.money import Money, minor_units

__all__ = [
    "COMPONENTS",
    "UNITS",
    "DutyAssessment",
    "DutyRate",
    "SpecificDuty",
    "Unit",
    "assess_duty",
    "parse_duty_rate",
]

Measure = Literal["weight", "pieces"]


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit a specific duty is charged on, as the EU tariff publishes it.

    ``measure`` names the request field that measures it (``weight``: ``weight_kg``;
    ``pieces``: ``quantity``), or ``None`` when a quote request cannot carry it."""

    measure: Measure | None
    needs: str


# Units as published (UK Trade Tariff XI rendering of the TARIC measurement units and qualifiers).
UNITS: Final[dict[str, Unit]] = {
    "kg": Unit("weight", "weight in kg"),
    "kg/br": Unit("weight", "gross weight in kg"),
    "p/st": Unit("pieces", "number of pieces"),
    "hl": Unit(None, "volume in hl"),
    "l": Unit(None, "volume in l"),
    "% vol/hl": Unit(None, "alcoholic strength (% vol) and volume in hl"),
    "kg/tot/alc": Unit(None, "mass of total alcohol in kg"),
    "kg/net eda": Unit(None, "net drained weight in kg"),
    "kg/net mas": Unit(None, "net dry matter in kg"),
    "kg/net/%sacchar.": Unit(None, "net mass in kg and sucrose content in %"),
    "kg std qual": Unit(None, "mass converted to the standard quality in kg"),
    "kg/lactic matter": Unit(None, "mass of lactic matter in kg"),
    "kg/dry lactic matter": Unit(None, "mass of dry lactic matter in kg"),
    "m": Unit(None, "length in m"),
    "m²": Unit(None, "area in m²"),
}

# Components whose amount depends on the goods' composition (milk fat, milk protein, starch or
# glucose, sucrose), set by a Meursing additional code: a quote request cannot carry them.
COMPONENTS: Final[dict[str, str]] = {
    "EA": "agricultural component EA, which depends on the goods' milk fat, milk protein, starch and sugar content",
    "EAR": "reduced agricultural component EAR, which depends on the goods' composition",
    "ADSZ": "additional duty on sugar ADSZ, which depends on the goods' sucrose content",
    "ADSZR": "reduced additional duty on sugar ADSZR, which depends on the goods' sucrose content",
    "ADFM": "additional duty on flour ADFM, which depends on the goods' starch content",
    "ADFMR": "reduced additional duty on flour ADFMR, which depends on the goods' starch content",
}

_NUMBER: Final = r"\d+(?:\.\d+)?"
_AD_VALOREM_RE: Final = re.compile(rf"({_NUMBER})\s*%")
_SPECIFIC_RE: Final = re.compile(rf"({_NUMBER})\s+([A-Z]{{3}})\s*/\s*(?:({_NUMBER})\s+)?(\S.*)")
_BOUNDS_RE: Final = re.compile(r"(?P<main>.+?)(?:\s+MIN\s+(?P<min>.+?))?(?:\s+MAX\s+(?P<max>.+))?")
_PLUS_RE: Final = re.compile(r"\s*\+\s*")


def _plain(number: Decimal) -> str:
    """``Decimal`` as plain text without exponent or trailing zeros: 12.80 -> "12.8", 1E+2 -> "100"."""
    text = format(number.normalize(), "f")
    return text


def _percent(fraction: Decimal) -> str:
    return _plain(fraction.scaleb(2))


def _show(money: Money) -> str:
    """An unrounded amount, with at least the currency's minor units: 12.8 EUR -> "12.80 EUR"."""
    places = minor_units(money.currency)
    exponent = money.amount.normalize().as_tuple().exponent
    if isinstance(exponent, int):
        places = max(places, -exponent)
    return f"{money.amount:.{places}f} {money.currency}"


@dataclass(frozen=True, slots=True)
class SpecificDuty:
    """``amount`` per ``per`` ``unit``: 303.4 EUR per 100 "kg". Units as published (see UNITS)."""

    amount: Money
    per: Decimal
    unit: str

    @property
    def text(self) -> str:
        per = "" if self.per == 1 else f"{_plain(self.per)} "
        return f"{_plain(self.amount.amount)} {self.amount.currency} / {per}{self.unit}"


@dataclass(frozen=True, slots=True)
class DutyRate:
    """A duty rate as published.

    The duty is ``ad_valorem`` x value + each of ``specific`` + each of ``components``, then
    raised to at least the minimum and lowered to at most the maximum. A bound is the sum of its
    ad valorem part (``minimum_ad_valorem``/``maximum_ad_valorem``), its specific part
    (``minimum``/``maximum``) and its components (``maximum_components``); a bound with neither
    part is absent."""

    text: str
    ad_valorem: Decimal | None
    specific: tuple[SpecificDuty, ...]
    minimum: SpecificDuty | None
    maximum: SpecificDuty | None
    minimum_ad_valorem: Decimal | None = None
    maximum_ad_valorem: Decimal | None = None
    components: tuple[str, ...] = ()
    minimum_components: tuple[str, ...] = ()
    maximum_components: tuple[str, ...] = ()

    @classmethod
    def ad_valorem_only(cls, rate: Decimal) -> DutyRate:
        """A plain ad valorem rate from a fraction: ``Decimal("0.12")`` is "12 %"."""
        if not isinstance(rate, Decimal) or not rate.is_finite() or rate < 0:
            raise InputError(f"a duty rate must be a non-negative Decimal fraction, got {rate!r}", field="duty_rate")
        return cls(text=f"{_percent(rate)} %", ad_valorem=rate, specific=(), minimum=None, maximum=None)

    def is_ad_valorem_only(self) -> bool:
        return (
            self.ad_valorem is not None
            and not self.specific
            and not self.components
            and not self.has_minimum()
            and not self.has_maximum()
        )

    def has_minimum(self) -> bool:
        return self.minimum is not None or self.minimum_ad_valorem is not None or bool(self.minimum_components)

    def has_maximum(self) -> bool:
        return self.maximum is not None or self.maximum_ad_valorem is not None or bool(self.maximum_components)


@dataclass(frozen=True, slots=True)
class _Terms:
    ad_valorem: Decimal | None
    specific: tuple[SpecificDuty, ...]
    components: tuple[str, ...]


def _parse_terms(part: str, text: str) -> _Terms:
    ad_valorem: Decimal | None = None
    specific: list[SpecificDuty] = []
    components: list[str] = []
    for term in _PLUS_RE.split(part.strip()):
        if not term:
            raise DataError(f"duty rate {text!r}: empty term around '+'")
        if match := _AD_VALOREM_RE.fullmatch(term):
            if ad_valorem is not None:
                raise DataError(f"duty rate {text!r}: two ad valorem terms in {part!r}")
            ad_valorem = Decimal(match[1]).scaleb(-2)
        elif match := _SPECIFIC_RE.fullmatch(term):
            amount, currency, per, unit = match[1], match[2], match[3], match[4].strip()
            if unit not in UNITS:
                raise DataError(f"duty rate {text!r}: unknown unit {unit!r} (known: {', '.join(UNITS)})")
            try:
                money = Money(amount, currency)
            except InputError:
                raise DataError(f"duty rate {text!r}: unknown currency {currency!r}") from None
            specific.append(SpecificDuty(money, Decimal(per) if per else Decimal(1), unit))
        elif term in COMPONENTS:
            components.append(term)
        else:
            raise DataError(f"duty rate {text!r}: unknown term {term!r}")
    return _Terms(ad_valorem, tuple(specific), tuple(components))


def _single(terms: _Terms, text: str, which: str) -> SpecificDuty | None:
    if len(terms.specific) > 1:
        raise DataError(f"duty rate {text!r}: a {which} with more than one specific term is not supported")
    return terms.specific[0] if terms.specific else None


@lru_cache(maxsize=4096)
def parse_duty_rate(text: str) -> DutyRate:
    """Parse a published duty text (``"12.8 % + 303.4 EUR / 100 kg"``). Raises :class:`DataError`
    for a form it does not know. Results are cached (the EU table has about 800 distinct texts)."""
    if not isinstance(text, str):
        raise DataError(f"duty rate must be text, got {type(text).__name__}")
    clean = " ".join(text.split())
    match = _BOUNDS_RE.fullmatch(clean)
    if not clean or match is None:
        raise DataError(f"duty rate {text!r}: empty")
    main = _parse_terms(match["main"], text)
    low = _parse_terms(match["min"], text) if match["min"] else _Terms(None, (), ())
    high = _parse_terms(match["max"], text) if match["max"] else _Terms(None, (), ())
    if main.ad_valorem is None and not main.specific:
        raise DataError(f"duty rate {text!r}: no ad valorem or specific term")
    return DutyRate(
        text=clean,
        ad_valorem=main.ad_valorem,
        specific=main.specific,
        minimum=_single(low, text, "minimum"),
        maximum=_single(high, text, "maximum"),
        minimum_ad_valorem=low.ad_valorem,
        maximum_ad_valorem=high.ad_valorem,
        components=main.components,
        minimum_components=low.components,
        maximum_components=high.components,
    )


@dataclass(frozen=True, slots=True)
class DutyAssessment:
    """The duty on one consignment: ``amount`` unrounded in the customs value's currency, or
    ``None`` when a measure is missing (``missing`` names it). ``explanation`` shows the sum."""

    amount: Money | None
    explanation: str
    missing: str | None


@dataclass(slots=True)
class _Sum:
    """Running evaluation of a sum of terms; ``missing`` collects what could not be measured."""

    value: Money
    steps: list[str]
    missing: list[str]


def _evaluate(
    terms: _Terms,
    customs_value: Money,
    weight_kg: Decimal | None,
    quantity: int,
    convert: Callable[[Money, str], Money],
) -> _Sum:
    currency = customs_value.currency
    result = _Sum(Money.zero(currency), [], [])
    if terms.ad_valorem is not None:
        part = customs_value * terms.ad_valorem
        result.value += part
        result.steps.append(f"{_percent(terms.ad_valorem)} % of {_show(customs_value)} = {_show(part)}")
    for duty in terms.specific:
        unit = UNITS[duty.unit]
        measured: Decimal | None
        if unit.measure == "weight":
            measured = weight_kg
        elif unit.measure == "pieces":
            measured = Decimal(quantity)
        else:
            measured = None
        if measured is None:
            result.missing.append(unit.needs)
            result.steps.append(f"{duty.text} x ({unit.needs} unknown)")
            continue
        own = Money(duty.amount.amount * measured / duty.per, duty.amount.currency)
        step = f"{duty.text} x {_plain(measured)} {duty.unit} = {_show(own)}"
        if own.currency != currency:
            own = convert(own, currency)
            step += f" = {_show(own)}"
        result.value += own
        result.steps.append(step)
    for component in terms.components:
        result.missing.append(COMPONENTS[component])
        result.steps.append(f"{component} (unknown)")
    return result


def assess_duty(
    rate: DutyRate,
    customs_value: Money,
    *,
    weight_kg: Decimal | None,
    quantity: int,
    convert: Callable[[Money, str], Money],
) -> DutyAssessment:
    """Duty on ``customs_value`` (in the destination currency) at ``rate``.

    ``weight_kg`` is the goods' mass from the request, used for units in kg (net) and kg/br
    (gross); ``quantity`` counts pieces (p/st). Specific amounts are converted to the customs
    value's currency with ``convert(money, to_currency)``. The result is unrounded; a part that
    cannot be measured makes the amount ``None`` and is named in ``missing``."""
    if rate.is_ad_valorem_only():  # the common case, kept cheap: the same answer as the general path
        assert rate.ad_valorem is not None
        part = Money(customs_value.amount * rate.ad_valorem, customs_value.currency)
        return DutyAssessment(part, f"{_percent(rate.ad_valorem)} % of {_show(customs_value)} = {_show(part)}", None)
    main = _evaluate(
        _Terms(rate.ad_valorem, rate.specific, rate.components), customs_value, weight_kg, quantity, convert
    )
    text = " + ".join(main.steps)
    if len(main.steps) > 1 and not main.missing:
        text += f" = {_show(main.value)}"
    missing = list(main.missing)
    duty = main.value
    bounds = (
        ("minimum", "at least", rate.minimum_ad_valorem, rate.minimum, rate.minimum_components),
        ("maximum", "at most", rate.maximum_ad_valorem, rate.maximum, rate.maximum_components),
    )
    for name, relation, ad_valorem, specific, components in bounds:
        if ad_valorem is None and specific is None and not components:
            continue
        bound = _evaluate(
            _Terms(ad_valorem, (specific,) if specific else (), components),
            customs_value,
            weight_kg,
            quantity,
            convert,
        )
        text += f"; {name} " + " + ".join(bound.steps)
        if bound.missing:
            missing.extend(bound.missing)
            if not main.missing:
                text += f" (so the duty is {relation} {_show(duty)})"
            continue
        if len(bound.steps) > 1:
            text += f" = {_show(bound.value)}"
        applies = duty < bound.value if name == "minimum" else duty > bound.value
        if applies and not main.missing:
            duty = bound.value
            text += f": the {name} applies, {_show(duty)}"
    if missing:
        unique = list(dict.fromkeys(missing))
        return DutyAssessment(
            amount=None,
            explanation=f"{text}; cannot assess without {', '.join(unique)}",
            missing="; ".join(unique) + " (not in the request)",
        )
    return DutyAssessment(amount=duty, explanation=text, missing=None)
