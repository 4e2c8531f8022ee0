"""Money: a ``Decimal`` amount with an ISO 4217 currency code.

- Amounts are built from ``Decimal``, ``int`` or strings; a ``float`` is a ``TypeError``.
- Adding or comparing amounts in different currencies raises :class:`CurrencyMismatchError`;
  conversion happens only through an explicit, dated rate table (``borderless.fx``).
- Amounts keep full precision while an engine computes; rounding happens at the edges, to the
  currency's minor units from CLDR (JPY 0, EUR 2, KWD 3), with an explicit rounding mode.
- Cash rounding (CHF to 0.05, CAD to 0.05 for cash) uses CLDR's cash rounding increment.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Final

from babel.core import get_global

from borderless.errors import CurrencyMismatchError, InputError, UnknownCurrencyError

__all__ = [
    "ZERO",
    "Money",
    "cash_increment",
    "is_known_currency",
    "minor_units",
    "parse_decimal",
]

ZERO: Final = Decimal(0)

_FRACTIONS: Final = get_global("currency_fractions")
_set = object.__setattr__


@lru_cache(maxsize=1)
def _known_currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


_KNOWN: Final = _known_currencies()


def is_known_currency(code: str) -> bool:
    """True when ``code`` is an ISO 4217 code known to CLDR."""
    return code in _KNOWN


@lru_cache(maxsize=512)
def minor_units(currency: str) -> int:
    """Number of decimal places CLDR gives ``currency`` (EUR 2, JPY 0, KWD 3)."""
    digits: int = _FRACTIONS.get(currency, _FRACTIONS["DEFAULT"])[0]
    return digits


_QUANTA: dict[str, Decimal] = {}


def _quantum(currency: str) -> Decimal:
    quantum = _QUANTA.get(currency)
    if quantum is None:
        quantum = _QUANTA[currency] = Decimal(1).scaleb(-minor_units(currency))
    return quantum


@lru_cache(maxsize=512)
def cash_increment(currency: str) -> Decimal:
    """Smallest cash step of ``currency`` from CLDR (CHF 0.05, SEK 1, EUR 0.01)."""
    _digits, _rounding, cash_digits, cash_rounding = _FRACTIONS.get(currency, _FRACTIONS["DEFAULT"])
    step = Decimal(max(cash_rounding, 1)).scaleb(-cash_digits)
    return step


def parse_decimal(value: object, *, field: str, allow_negative: bool = False) -> Decimal:
    """Read a user-supplied decimal: a string, int or Decimal; floats only as JSON numbers already
    parsed to Decimal. Raises :class:`InputError` naming ``field``."""
    if isinstance(value, bool) or value is None:
        raise InputError(f"expected a decimal number, got {value!r}", field=field, value=value)
    if isinstance(value, float):
        raise InputError("floats are not accepted for money; send a string such as \"12.30\"", field=field)
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int | str):
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            raise InputError(f"not a decimal number: {value!r}", field=field, value=value) from None
    else:
        raise InputError(f"expected a decimal number, got {type(value).__name__}", field=field, value=value)
    if not number.is_finite():
        raise InputError(f"not a finite number: {value!r}", field=field, value=value)
    if number < 0 and not allow_negative:
        raise InputError(f"must not be negative, got {value}", field=field, value=value)
    return number


class Money:
    """An exact amount of one currency. Immutable; hashable; ordered within one currency."""

    __slots__ = ("amount", "currency")

    amount: Decimal
    currency: str

    def __init__(self, amount: Decimal | int | str, currency: str) -> None:
        if type(amount) is Decimal and currency in _KNOWN:  # the hot path: engines pass Decimals
            _set(self, "amount", amount)
            _set(self, "currency", currency)
            return
        if isinstance(amount, float):
            raise TypeError("Money does not accept float amounts; use Decimal or a string")
        if not isinstance(amount, Decimal):
            if isinstance(amount, bool) or not isinstance(amount, int | str):
                raise TypeError(f"Money amount must be Decimal, int or str, not {type(amount).__name__}")
            try:
                amount = Decimal(amount)
            except InvalidOperation:
                raise ValueError(f"not a decimal amount: {amount!r}") from None
        if currency not in _KNOWN:
            raise UnknownCurrencyError(currency)
        _set(self, "amount", amount)
        _set(self, "currency", currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(ZERO, currency)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Money is immutable")

    def __repr__(self) -> str:
        return f"Money('{self.amount}', '{self.currency}')"

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"

    def __hash__(self) -> int:
        return hash((self.amount, self.currency))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return self.currency == other.currency and self.amount == other.amount

    def _same(self, other: Money) -> None:
        if self.currency != other.currency:
            raise CurrencyMismatchError(self.currency, other.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.amount >= other.amount

    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        if self.currency != other.currency:
            raise CurrencyMismatchError(self.currency, other.currency)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor: Decimal | int) -> Money:
        if isinstance(factor, float) or not isinstance(factor, Decimal | int):
            return NotImplemented
        return Money(self.amount * factor, self.currency)

    __rmul__ = __mul__

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __bool__(self) -> bool:
        return bool(self.amount)

    def is_zero(self) -> bool:
        return self.amount == 0

    def round(self, rounding: str = ROUND_HALF_UP) -> Money:
        """Round to the currency's minor units (CLDR) with an explicit rounding mode."""
        quantum = _QUANTA.get(self.currency) or _quantum(self.currency)
        rounded = object.__new__(Money)
        _set(rounded, "amount", self.amount.quantize(quantum, rounding=rounding))
        _set(rounded, "currency", self.currency)
        return rounded

    def round_to(self, step: Decimal, rounding: str = ROUND_HALF_UP) -> Money:
        """Round to a multiple of ``step`` (0.05, 1, 100, ...)."""
        units = (self.amount / step).quantize(Decimal(1), rounding=rounding)
        return Money((units * step).quantize(_quantum(self.currency)), self.currency)

    def cash_round(self, rounding: str = ROUND_HALF_UP) -> Money:
        """Round to the currency's smallest cash step from CLDR (CHF 0.05)."""
        return self.round_to(cash_increment(self.currency), rounding)

    def to_json(self) -> dict[str, str]:
        return {"amount": str(self.amount), "currency": self.currency}
