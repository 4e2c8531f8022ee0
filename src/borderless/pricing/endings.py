"""Native price endings: move a raw price to the nearest price that looks local.

The candidate prices of a market are ``k * step + ending`` inside each tier of its rules, minus those
containing an avoided digit. A raw price goes to the nearest candidate, except that it is never
pushed *up* across a psychological threshold (a price with one significant digit: 10, 20, 100, 2 000)
that it was below: 99.60 becomes 99.99, not 100.99. The candidates are a fixed set, so the result
is monotone in the raw price and a candidate maps to itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Final

from borderless.pricing.conventions import EndingRule

__all__ = ["Ended", "apply_ending", "at_least", "crossed_threshold"]

_MAX_SKIPS: Final = 50
_TINY: Final = Decimal("1e-9")


@dataclass(frozen=True, slots=True)
class Ended:
    amount: Decimal
    rule: EndingRule
    reason: str


def _upper(rules: tuple[EndingRule, ...], index: int) -> Decimal | None:
    return rules[index + 1].min_price if index + 1 < len(rules) else None


def _allowed(candidate: Decimal, rule: EndingRule) -> bool:
    if candidate <= 0:
        return False
    if not rule.avoid_digits:
        return True
    digits = format(candidate.normalize(), "f").replace(".", "")
    return not any(digit in digits for digit in rule.avoid_digits)


def _avoided_place(value: Decimal, avoid: str) -> Decimal | None:
    """The place value (1000, 10, 0.1...) of the leftmost avoided digit of ``value``, if any."""
    _sign, digits, exponent = value.normalize().as_tuple()
    assert isinstance(exponent, int)
    for index, digit in enumerate(digits):
        if str(digit) in avoid:
            return Decimal(1).scaleb(len(digits) - 1 - index + exponent)
    return None


def _below_avoided(value: Decimal, avoid: str) -> Decimal:
    """A number just under every number sharing ``value``'s digits up to its leftmost avoided digit."""
    place = _avoided_place(value, avoid)
    if place is None:
        return value
    return (value / place).to_integral_value(rounding=ROUND_FLOOR) * place - _TINY


def _above_avoided(value: Decimal, avoid: str) -> Decimal:
    """The first number above ``value`` whose leftmost avoided digit has moved on."""
    place = _avoided_place(value, avoid)
    if place is None:
        return value
    return ((value / place).to_integral_value(rounding=ROUND_FLOOR) + 1) * place


def _k(value: Decimal, rule: EndingRule, rounding: str) -> int:
    return int(((value - rule.ending) / rule.step).to_integral_value(rounding=rounding))


def _down_in(rule: EndingRule, upper: Decimal | None, price: Decimal) -> Decimal | None:
    """Largest candidate of this tier that is <= price."""
    k = _k(price, rule, ROUND_FLOOR)
    if upper is not None:
        k = min(k, _k(upper, rule, ROUND_CEILING) - 1)
    floor_k = _k(rule.min_price, rule, ROUND_CEILING)
    for _ in range(_MAX_SKIPS):
        if k < floor_k:
            return None
        candidate = k * rule.step + rule.ending
        if _allowed(candidate, rule):
            return candidate
        k = min(k - 1, _k(_below_avoided(candidate, rule.avoid_digits), rule, ROUND_FLOOR))
    return None


def _up_in(rule: EndingRule, upper: Decimal | None, price: Decimal) -> Decimal | None:
    """Smallest candidate of this tier that is >= price."""
    k = max(_k(price, rule, ROUND_CEILING), _k(rule.min_price, rule, ROUND_CEILING))
    for _ in range(_MAX_SKIPS):
        candidate = k * rule.step + rule.ending
        if upper is not None and candidate >= upper:
            return None
        if _allowed(candidate, rule):
            return candidate
        k = max(k + 1, _k(_above_avoided(candidate, rule.avoid_digits), rule, ROUND_CEILING))
    return None


def _neighbours(rules: tuple[EndingRule, ...], price: Decimal) -> tuple[tuple[Decimal, EndingRule] | None, ...]:
    downs = [(c, rule) for i, rule in enumerate(rules) if (c := _down_in(rule, _upper(rules, i), price)) is not None]
    ups = [(c, rule) for i, rule in enumerate(rules) if (c := _up_in(rule, _upper(rules, i), price)) is not None]
    down = max(downs, key=lambda pair: pair[0]) if downs else None
    up = min(ups, key=lambda pair: pair[0]) if ups else None
    return down, up


def crossed_threshold(low: Decimal, high: Decimal) -> Decimal | None:
    """The smallest one-significant-digit price t with low < t <= high, if any."""
    if high <= low or high <= 0:
        return None
    base = max(low, Decimal(0))
    magnitude = Decimal(1).scaleb(base.adjusted()) if base > 0 else Decimal("0.01")
    while magnitude <= high:
        first = (base / magnitude).to_integral_value(rounding=ROUND_FLOOR) + 1
        threshold = first * magnitude
        if threshold <= high:
            return threshold
        magnitude *= 10
    return None


def apply_ending(price: Decimal, rules: tuple[EndingRule, ...]) -> Ended | None:
    """The native price nearest to ``price``; ``None`` when the market has no ending rule."""
    if not rules:
        return None
    down, up = _neighbours(rules, price)
    if down is not None and down[0] == price:
        return Ended(price, down[1], f"already a native price ({down[1].note})")
    if up is None and down is None:
        return None
    if up is None or down is None:
        chosen = up or down
        assert chosen is not None
        return Ended(chosen[0], chosen[1], f"nearest native price: {chosen[1].describe()}")
    threshold = crossed_threshold(price, up[0]) if price < up[0] else None
    if threshold is not None and down[0] < threshold:
        return Ended(
            down[0],
            down[1],
            f"rounded down to stay under the threshold {threshold} ({down[1].note})",
        )
    if up[0] - price < price - down[0]:
        return Ended(up[0], up[1], f"nearest native price ({up[1].note})")
    return Ended(down[0], down[1], f"nearest native price ({down[1].note})")


def at_least(price: Decimal, rules: tuple[EndingRule, ...]) -> Ended | None:
    """The smallest native price that is not under ``price`` (used to respect the margin floor)."""
    if not rules:
        return None
    _down, up = _neighbours(rules, price)
    if up is None:
        return None
    return Ended(up[0], up[1], f"smallest native price at or above the margin floor ({up[1].note})")
