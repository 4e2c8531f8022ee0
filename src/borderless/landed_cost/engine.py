"""The landed-cost engine: from a validated request and a market's dated rules to an explained quote.

No I/O and no country literals: every number comes from the market's rule periods, the VAT tables,
the tariff book or the exchange-rate table, and every line of the answer names the period it used.

Order of work (in the destination's currency, as customs assess it):
goods, transport and insurance converted and rounded -> customs value on the market's basis ->
an all-in rate if one applies (Mexico's courier global rate), else duty (seller scheme, de minimis,
duty regime, or the tariff per item, plus additional duties) -> fees that enter the tax base ->
import tax (seller scheme, tax de minimis, or import VAT/GST on its base) -> other fees -> who
collects each line (checkout or delivery) -> conversion to the quote currency.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any, Final, Literal, TypeVar

from borderless.countries._vat import VatRate, regional_vat, standard_vat
from borderless.errors import InputError
from borderless.fx import RateQuote, RateTable
from borderless.landed_cost.model import (
    AllInRate,
    Band,
    DutyRegime,
    Exemption,
    Fee,
    Market,
    Measure,
    SellerScheme,
    TaxRule,
    Threshold,
    When,
)
from borderless.landed_cost.request import Item, QuoteRequest
from borderless.money import ZERO, Money, minor_units
from borderless.rules import Period, Source, Timeline
from borderless.tariffs import DutyRate, TariffAnswer, TariffBook, assess_duty

__all__ = ["Line", "Quote", "QuoteContext", "quote"]

T = TypeVar("T")

Kind = Literal["goods", "shipping", "insurance", "duty", "tax", "fee"]
Collected = Literal["checkout", "delivery"]

RATE_AGE_WARNING_DAYS: Final = 7

_REQUEST_SOURCE: Final = Source("Duty rate given on the request item", "", date(1970, 1, 1))


@dataclass(slots=True)
class Line:
    """One line of a quote. ``amount`` is ``None`` when the engine cannot know it (unknown duty rate):
    such a line is reported, never counted as zero."""

    kind: Kind
    label: str
    base: Money | None
    rate: Decimal | None
    amount: Money | None
    rule: str
    period: Period[object] | None = None
    collected: Collected = "checkout"
    payer: Literal["customer", "seller"] = "customer"
    item: str | None = None
    note: str = ""

    def with_amount(self, amount: Money | None, base: Money | None) -> Line:
        return Line(
            self.kind,
            self.label,
            base,
            self.rate,
            amount,
            self.rule,
            self.period,
            self.collected,
            self.payer,
            self.item,
            self.note,
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """A landed-cost answer. Totals are sums of the lines' known amounts, by kind and by who collects."""

    request: QuoteRequest
    currency: str
    customs_value: Money
    lines: tuple[Line, ...]
    exchange_rates_used: tuple[RateQuote, ...]
    warnings: tuple[str, ...]
    duty: Money
    taxes: Money
    fees: Money
    total_landed_cost: Money
    due_at_checkout: Money
    due_at_delivery: Money
    complete: bool

    @classmethod
    def from_lines(
        cls,
        request: QuoteRequest,
        currency: str,
        customs_value: Money,
        lines: tuple[Line, ...],
        exchange_rates_used: tuple[RateQuote, ...],
        warnings: tuple[str, ...],
    ) -> Quote:
        duty = tax = fee = checkout = delivery = ZERO
        complete = True
        for line in lines:
            if line.amount is None:
                complete = False
                continue
            amount = line.amount.amount
            kind = line.kind
            if kind == "duty":
                duty += amount
            elif kind == "tax":
                tax += amount
            elif kind == "fee":
                fee += amount
            if line.collected == "checkout":
                checkout += amount
            else:
                delivery += amount

        quantum = _quantum_of(currency)

        def money(amount: Decimal) -> Money:
            return Money(amount.quantize(quantum, ROUND_HALF_UP), currency)

        return cls(request, currency, customs_value, lines, exchange_rates_used, warnings,
                   money(duty), money(tax), money(fee), money(checkout + delivery), money(checkout), money(delivery),
                   complete)


@dataclass(frozen=True, slots=True)
class QuoteContext:
    """What a quote needs besides the request: markets, exchange rates and tariffs."""

    markets: Mapping[str, Market]
    rates: RateTable
    tariffs: TariffBook = field(default_factory=TariffBook)


def quote(request: QuoteRequest, context: QuoteContext) -> Quote:
    """Compute the landed cost of ``request``. Raises :class:`InputError` for a destination with
    no rules and :class:`~borderless.errors.MissingRateError` when a needed rate is unknown."""
    market = context.markets.get(request.destination)
    if market is None:
        covered = ", ".join(sorted(context.markets))
        raise InputError(
            f"no landed-cost rules for {request.destination}; covered markets: {covered}", field="destination"
        )
    return _Quoting(request, market, context).run()


@lru_cache(maxsize=8192)
def _rate_quote(rates: RateTable, base: str, quote_currency: str, on: date) -> RateQuote:
    """Rate lookups are pure for a given table: cache them across quotes."""
    return rates.rate(base, quote_currency, on)


@lru_cache(maxsize=256)
def _with_overrides(rates: RateTable, overrides: tuple[tuple[str, Decimal], ...], on: date) -> RateTable:
    return rates.with_overrides(dict(overrides), on)


_IN_FORCE: dict[tuple[int, date], tuple[object, list[Any]]] = {}
_IN_FORCE_LIMIT: Final = 50_000


def _in_force(timelines: Iterable[Timeline[T]], on: date) -> list[Period[T]]:
    """The periods in force on ``on``, cached per rule set and date (the entry keeps the rule set alive,
    so its id cannot be reused while cached)."""
    key = (id(timelines), on)
    cached = _IN_FORCE.get(key)
    if cached is not None and cached[0] is timelines:
        return cached[1]
    found = []
    for timeline in timelines:
        period = timeline.on(on)
        if period is not None:
            found.append(period)
    if len(_IN_FORCE) < _IN_FORCE_LIMIT:
        _IN_FORCE[key] = (timelines, found)
    return found


class _Quoting:
    """The state of one quote while it is computed. Private: :func:`quote` is the interface."""

    def __init__(self, request: QuoteRequest, market: Market, context: QuoteContext) -> None:
        self.request = request
        self.market = market
        self.context = context
        self.on = request.on
        history = market.currency_history.on(request.on) if market.currency_history else None
        self.cur = history.value if history else market.currency
        self.rates = (
            _with_overrides(context.rates, tuple(sorted(request.exchange_rates.items())), request.on)
            if request.exchange_rates
            else context.rates
        )
        self.rates_used: dict[tuple[str, str], RateQuote] = {}
        self.warnings: list[str] = list(request.assumed)
        self.lines: list[Line] = []
        self.rounding = market.rounding
        self.checkout_all: Period[SellerScheme] | None = None
        self.local_limits: dict[int, Decimal] = {}
        self.tax_rule: Period[TaxRule] | None = None
        self.vat_standard: Period[VatRate] | None = None

    # -- money helpers -----------------------------------------------------------------------

    def rate(self, base: str, quote_currency: str) -> Decimal:
        if base == quote_currency:
            return Decimal(1)
        key = (base, quote_currency)
        used = self.rates_used.get(key)
        if used is None:
            used = _rate_quote(self.rates, base, quote_currency, self.request.on)
            self.rates_used[key] = used
            age = (self.request.on - used.on).days
            if age > RATE_AGE_WARNING_DAYS:
                self.warnings.append(
                    f"exchange rate {base}/{quote_currency} is from {used.on.isoformat()}, {age} days before the "
                    "quote date: run `borderless rates update` or give exchange_rates in the request"
                )
        return used.rate

    def to_local(self, money: Money) -> Money:
        if money.currency == self.cur:
            return money
        return Money(money.amount * self.rate(money.currency, self.cur), self.cur)

    def local(self, amount: Decimal) -> Money:
        return Money(amount, self.cur)

    def round(self, amount: Decimal) -> Money:
        return Money(amount, self.cur).round(self.rounding)

    def convert_for_tariff(self, money: Money, to: str) -> Money:
        return Money(money.amount * self.rate(money.currency, to), to)

    # -- conditions --------------------------------------------------------------------------

    def measure(self, measured_on: Measure) -> Money:
        if measured_on == "intrinsic":
            return self.intrinsic
        if measured_on == "customs_value":
            return self.customs_value
        return self.goods_and_shipping

    def within(self, threshold: Threshold) -> bool:
        limit = self.local_limits.get(id(threshold))  # thresholds live as long as the market rules
        if limit is None:
            limit = self.local_limits[id(threshold)] = self.to_local(threshold.limit).amount
        if threshold.per_item:
            if threshold.inclusive:
                return all(share.unit_value <= limit for share in self.shares)
            return all(share.unit_value < limit for share in self.shares)
        value = self.measure(threshold.measured_on).amount
        return value <= limit if threshold.inclusive else value < limit

    def holds(self, when: When, *, ignore_registration: bool = False) -> bool:
        req = self.request
        if when.modes is not None and req.mode not in when.modes:
            return False
        if when.ship_from is not None and req.origin not in when.ship_from:
            return False
        if when.ship_from_not is not None and req.origin in when.ship_from_not:
            return False
        if not ignore_registration:
            if when.registration is not None and when.registration not in req.registrations:
                return False
            if when.without_registration is not None and when.without_registration in req.registrations:
                return False
        if when.at_most is not None and not self.within(when.at_most):
            return False
        return not (when.above is not None and self.within(when.above))

    # -- the steps ---------------------------------------------------------------------------

    def run(self) -> Quote:
        if self.on < self.market.covered_from:
            self.warnings.append(
                f"{self.market.name}: rules before {self.market.covered_from.isoformat()} are not modelled; "
                "this quote applies the earliest rules known and may be wrong for that date"
            )
            self.on = self.market.covered_from
        self.value_goods()
        for notice in _in_force(self.market.notices, self.on):
            self.warnings.append(f"{notice.value} [{notice.confidence}; {notice.source.title}]")
        if self.is_domestic():
            self.domestic_sale()
        else:
            all_in = self.first(self.market.all_in_rates, lambda rule: self.holds(rule.when))
            if all_in is not None:
                self.apply_all_in(all_in)
            else:
                scheme = self.seller_scheme()
                if (scheme is not None and scheme.value.base == "import"
                        and scheme.value.registration in self.request.registrations):
                    self.checkout_all = scheme
                    scheme = None
                self.assess_duty(scheme)
                self.assess_tax_and_fees(scheme)
        self.warn_uncertain()
        return self.finish()

    def first(self, timelines: Iterable[Timeline[T]], test: Callable[[T], bool]) -> Period[T] | None:
        for period in _in_force(timelines, self.on):
            if test(period.value):
                return period
        return None

    def value_goods(self) -> None:
        req = self.request
        valuation = self.market.valuation.require(self.on)
        self.valuation = valuation
        values: list[tuple[Item, Decimal, Money]] = []
        rate = self.rate(req.currency, self.cur)
        step = _quantum_of(self.cur)
        for item in req.items:
            # Convert each unit price, round it as declared, then extend by quantity (as customs do).
            unit_local = (item.unit_value * rate).quantize(step, ROUND_HALF_UP)
            value = Money((unit_local * item.quantity).quantize(step, ROUND_HALF_UP), self.cur)
            values.append((item, unit_local, value))
            self.lines.append(
                Line("goods", f"{item.label} x {item.quantity}", None, None, value, "declared value",
                     item=item.label)
            )
        shipping = Money((req.shipping * rate).quantize(step, ROUND_HALF_UP), self.cur)
        insurance = Money((req.insurance * rate).quantize(step, ROUND_HALF_UP), self.cur)
        if shipping:
            self.lines.append(Line("shipping", "International shipping", None, None, shipping, "declared value"))
        if insurance:
            self.lines.append(Line("insurance", "Insurance", None, None, insurance, "declared value"))
        goods_total = sum((value.amount for _item, _unit, value in values), ZERO)
        cur = self.cur
        self.intrinsic = Money(goods_total, cur)
        self.transport = Money(shipping.amount + insurance.amount, cur)
        self.goods_and_shipping = Money(goods_total + self.transport.amount, cur)
        cif = valuation.value == "CIF"
        factor_period = self.market.goods_value_factor.on(self.on) if self.market.goods_value_factor else None
        factor = factor_period.value if factor_period else Decimal(1)
        goods_for_duty = self.intrinsic if factor_period is None else Money(goods_total * factor, cur).round()
        if factor_period is not None:
            self.lines.append(
                Line("goods", f"Customs value of the goods: {_pct(factor)} of the price", self.intrinsic, factor,
                     None, factor_period.rule, _erase(factor_period), note="informational, not a charge")
            )
        self.customs_value = Money(goods_for_duty.amount + self.transport.amount, cur) if cif else goods_for_duty
        # Each item's share of the customs value: CIF spreads transport pro rata to value.
        spread = self.transport.amount if cif and goods_total else ZERO
        self.shares: list[_ItemShare] = []
        for item, unit, value in values:
            share = value.amount if factor_period is None else value.amount * factor
            if spread:
                share += spread * value.amount / goods_total
            self.shares.append(_ItemShare(item, unit, value, Money(share, cur)))

    def is_domestic(self) -> bool:
        origin_market = self.context.markets.get(self.request.origin)
        origin_territory = origin_market.customs_territory if origin_market else self.request.origin
        return origin_territory == self.market.customs_territory

    def domestic_sale(self) -> None:
        vat = self.standard_vat()
        base = self.intrinsic + self.transport
        self.lines.append(
            Line("tax", f"{vat.value.label} charged by the seller (no import: same customs territory)",
                 base, vat.value.rate, self.round(base.amount * vat.value.rate),
                 f"{self.market.country} {vat.value.label} on a sale within the customs territory",
                 _erase(vat))
        )
        self.warnings.append(
            f"{self.request.origin} and {self.market.country} are in the same customs territory: no duty or import "
            "tax; the seller charges the destination's VAT (EU distance sales via OSS above EUR 10,000 a year)"
        )

    def apply_all_in(self, period: Period[AllInRate]) -> None:
        rule = period.value
        band = self.pick_band(rule.bands, self.measure(rule.measured_on))
        base = self.measure(rule.measured_on)
        amount = base.amount * band.rate
        if band.deduction is not None:
            amount = max(ZERO, amount - self.to_local(band.deduction).amount)
        self.lines.append(
            Line("tax", rule.label, base, band.rate, self.round(amount), rule.label, _erase(period),
                 self.collect_default())
        )
        self.customer_fees(tax_due=amount > 0, duty_due=False)

    def pick_band(self, bands: tuple[Band, ...], value: Money) -> Band:
        for band in bands:
            if band.up_to is None or value.amount <= self.to_local(band.up_to).amount:
                return band
        return bands[-1]

    def seller_scheme(self) -> Period[SellerScheme] | None:
        return self.first(self.market.seller_schemes, lambda s: self.holds(s.when, ignore_registration=True))

    def collect_default(self) -> Collected:
        if self.request.incoterm == "DDP" or self.checkout_all is not None:
            return "checkout"
        return "delivery"

    # -- duty --------------------------------------------------------------------------------

    def assess_duty(self, scheme: Period[SellerScheme] | None) -> None:
        self.duty_lines: list[Line] = []
        collected = self.collect_default()
        if scheme is not None and scheme.value.duty_exempt and scheme.value.registration in self.request.registrations:
            self.duty_lines.append(
                Line("duty", f"No duty: {scheme.value.label}", self.customs_value, None, self.local(ZERO),
                     scheme.value.label, _erase(scheme), "checkout")
            )
            self.lines.extend(self.duty_lines)
            return
        exemption = self.first(self.market.duty_exemptions, lambda e: self.holds(e.when))
        dutiable = list(self.shares)
        if exemption is not None:
            excluded = [s for s in self.shares if _hs_excluded(s.item, exemption.value)]
            exempt_value = self.local(sum((s.customs_value.amount for s in self.shares if s not in excluded), ZERO))
            self.duty_lines.append(
                Line("duty", f"No duty: {exemption.value.label}", exempt_value, None, self.local(ZERO),
                     exemption.value.label, _erase(exemption), collected)
            )
            dutiable = excluded
            for share in excluded:
                self.warnings.append(
                    f"{share.item.label}: HS {share.item.hs_code.code if share.item.hs_code else '?'} is excluded "
                    f"from '{exemption.value.label}' and pays duty"
                )
        if dutiable:
            regime = self.first(self.market.duty_regimes, lambda r: self.holds(r.when))
            if regime is not None and regime.value.kind == "banded":
                self.banded_duty(regime, collected)
            elif regime is not None and regime.value.kind == "per_subheading":
                self.per_subheading_duty(regime, dutiable, collected)
            else:
                for share in dutiable:
                    if regime is not None and _in_chapters(share.item, regime.value.chapters):
                        self.duty_lines.append(
                            Line("duty", f"Duty {share.item.label}: {regime.value.label}", share.customs_value,
                                 ZERO, self.local(ZERO), regime.value.label, _erase(regime), collected,
                                 item=share.item.label)
                        )
                    else:
                        self.tariff_duty(share, collected)
            self.additional_duties(collected)
            self.apply_duty_floor()
        self.lines.extend(self.duty_lines)

    def banded_duty(self, period: Period[DutyRegime], collected: Collected) -> None:
        regime = period.value
        value = self.measure(regime.measured_on)
        band = self.pick_band(regime.bands, value)
        base = self.customs_value
        amount = base.amount * band.rate
        note = ""
        if band.deduction is not None:
            deduction = self.to_local(band.deduction)
            amount = max(ZERO, amount - deduction.amount)
            note = f"less {band.deduction.amount} {band.deduction.currency} ({deduction.round().amount} {self.cur})"
        self.duty_lines.append(
            Line("duty", regime.label, base, band.rate, self.round(amount), regime.label, _erase(period), collected,
                 note=note)
        )

    def per_subheading_duty(self, period: Period[DutyRegime], dutiable: list[_ItemShare], collected: Collected) -> None:
        regime = period.value
        assert regime.amount is not None
        subheadings = {s.item.hs_code.hs6 for s in dutiable if s.item.hs_code is not None}
        without_code = [s for s in dutiable if s.item.hs_code is None]
        count = len(subheadings) + len(without_code)
        if without_code:
            self.warnings.append(
                f"{len(without_code)} item(s) without an HS code each counted as a distinct tariff subheading "
                f"for '{regime.label}'"
            )
        per = self.to_local(regime.amount)
        base = self.local(sum((s.customs_value.amount for s in dutiable), ZERO))
        self.duty_lines.append(
            Line("duty", f"{regime.label}: {count} subheading(s) x {regime.amount.amount} {regime.amount.currency}",
                 base, None, self.round(per.amount * count), regime.label, _erase(period), collected,
                 note=", ".join(sorted(subheadings)))
        )

    def tariff_duty(self, share: _ItemShare, collected: Collected) -> None:
        item = share.item
        if item.hs_code is None and item.duty_rate is None:
            self.duty_lines.append(
                Line("duty", f"Duty {item.label}: unknown (no HS code)", share.customs_value, None, None,
                     "tariff lookup", None, collected, item=item.label)
            )
            self.warnings.append(
                f"{item.label}: no HS code and no duty_rate, so the duty is unknown and not in the total"
            )
            return
        origin = item.country_of_origin or self.request.origin
        if item.hs_code is None:
            assert item.duty_rate is not None
            answer = _item_rate_answer(item.duty_rate, origin)
        else:
            answer = self.context.tariffs.lookup(
                customs_territory=self.market.customs_territory,
                destination=self.market.country,
                hs_code=item.hs_code,
                origin=origin,
                on=self.on,
                item_rate=item.duty_rate,
            )
        for warning in answer.warnings:
            self.warnings.append(f"{item.label}: {warning}")
        rate = answer.rate_high or answer.rate
        hs = item.hs_code.code if item.hs_code else "-"
        rule = f"duty HS {hs} origin {answer.origin_used} ({answer.basis})"
        period: Period[object] = Period(
            rule, answer.effective_from or date.min, answer.effective_to, rate, answer.source, answer.confidence
        )
        if rate is None:
            self.duty_lines.append(
                Line("duty", f"Duty {item.label} (HS {hs}): unknown rate", share.customs_value, None, None,
                     rule, period, collected, item=item.label)
            )
            return
        assessment = assess_duty(
            rate, share.customs_value, weight_kg=item.weight_kg, quantity=item.quantity,
            convert=self.convert_for_tariff,
        )
        ad_valorem = rate.ad_valorem if rate.is_ad_valorem_only() else None
        if assessment.amount is None:
            self.warnings.append(f"{item.label}: duty {rate.text} needs {assessment.missing}; duty unknown")
            amount = None
        else:
            amount = self.round(assessment.amount.amount)
        self.duty_lines.append(
            Line("duty", f"Duty {item.label} (HS {hs}, {rate.text})", share.customs_value, ad_valorem, amount,
                 rule, period, collected, item=item.label, note=assessment.explanation)
        )

    def additional_duties(self, collected: Collected) -> None:
        for period in _in_force(self.market.additional_duties, self.on):
            extra = period.value
            if not self.holds(extra.when):
                continue
            if extra.of == "value":
                base = self.customs_value
            else:
                base = self.local(sum((ln.amount.amount for ln in self.duty_lines if ln.amount is not None), ZERO))
            self.duty_lines.append(
                Line("duty", extra.label, base, extra.rate, self.round(base.amount * extra.rate), extra.label,
                     _erase(period), collected)
            )

    def apply_duty_floor(self) -> None:
        floor = self.market.duty_not_levied
        period = floor.on(self.on) if floor else None
        if period is None or any(line.amount is None for line in self.duty_lines):
            return
        total = sum((line.amount.amount for line in self.duty_lines if line.amount is not None), ZERO)
        limit = self.to_local(period.value.limit)
        if total > 0 and (total < limit.amount or (period.value.inclusive and total == limit.amount)):
            self.duty_lines = [
                Line(ln.kind, ln.label, ln.base, ln.rate, self.local(ZERO), period.rule, _erase(period), ln.collected,
                     ln.payer, ln.item, f"{ln.amount.amount if ln.amount else ''} {self.cur} not levied: total duty "
                     f"{total} below {limit.round().amount} {self.cur}")
                for ln in self.duty_lines
            ]

    def known_duty(self) -> Decimal:
        return sum((line.amount.amount for line in self.duty_lines if line.amount is not None), ZERO)

    # -- tax and fees ------------------------------------------------------------------------

    def assess_tax_and_fees(self, scheme: Period[SellerScheme] | None) -> None:
        registered = scheme is not None and scheme.value.registration in self.request.registrations
        if scheme is not None and (registered or scheme.value.mandatory):
            self.scheme_tax(scheme, registered)
            self.customer_fees(tax_due=False, duty_due=self.duty_collected_by_carrier())
            return
        if scheme is not None and scheme.value.unregistered == "not_charged":
            self.lines.append(
                Line("tax", f"No import tax: {scheme.value.label} (seller not registered)", self.customs_value,
                     None, self.local(ZERO), scheme.value.label, _erase(scheme), self.collect_default())
            )
            self.warnings.append(
                f"seller has no {scheme.value.registration} registration: under '{scheme.value.label}' low-value "
                "goods are not taxed at the border, but a seller over the registration threshold must register "
                "and charge the tax at checkout"
            )
            self.customer_fees(tax_due=False, duty_due=self.duty_collected_by_carrier())
            return
        exemption = self.first(self.market.tax_exemptions, lambda e: self.holds(e.when))
        if exemption is not None and not any(_hs_excluded(s.item, exemption.value) for s in self.shares):
            self.lines.append(
                Line("tax", f"No import tax: {exemption.value.label}", self.customs_value, None, self.local(ZERO),
                     exemption.value.label, _erase(exemption), self.collect_default())
            )
            self.customer_fees(tax_due=False, duty_due=self.duty_collected_by_carrier())
            return
        self.import_tax()

    def duty_collected_by_carrier(self) -> bool:
        return any(ln.amount is not None and ln.amount.amount > 0 and ln.collected != "checkout"
                   for ln in self.duty_lines) or (
            self.request.incoterm == "DDP" and any(ln.amount and ln.amount.amount > 0 for ln in self.duty_lines)
        )

    def scheme_tax(self, period: Period[SellerScheme], registered: bool) -> None:
        scheme = period.value
        vat = self.vat_rate()
        base = self.intrinsic + self.transport if scheme.base == "sale" else self.tax_base(ZERO)
        rate = vat.rate
        self.lines.append(
            Line("tax", f"{vat.label} charged at checkout: {scheme.label}", base, rate,
                 self.round(base.amount * rate), scheme.label, _erase(period), "checkout")
        )
        if not registered:
            self.warnings.append(
                f"'{scheme.label}' requires the seller to register ({scheme.registration}) and charge the tax at "
                "checkout; this seller is not registered, so the parcel may be refused or taxed again at the border"
            )

    def vat_rate(self) -> _TaxRate:
        vat = self.standard_vat()
        self.vat_period = vat
        rate, label = vat.value.rate, vat.value.label
        self.extra_tax: list[tuple[Period[object], str, Decimal, str]] = []
        if self.market.uses_regional_tax:
            region = self.request.destination_region or self.market.default_region
            if self.request.destination_region is None:
                self.warnings.append(
                    f"no destination_region given: assumed {self.market.default_region or 'no region'}"
                    f"{'; ' + self.market.region_note if self.market.region_note else ''}"
                )
            regional = regional_vat(self.market.country).get(region or "")
            regional_period = regional.on(self.on) if regional else None
            if regional_period is not None:
                kind = regional_period.value.kind
                if kind in ("hst", "icms"):
                    self.vat_period = regional_period  # type: ignore[assignment]
                    rate, label = regional_period.value.rate, regional_period.value.label
                else:
                    self.extra_tax.append(
                        (_erase(regional_period), regional_period.value.label, regional_period.value.rate,
                         regional_period.rule)
                    )
        return _TaxRate(rate, label)

    def tax_base(self, fees_in_base: Decimal) -> Money:
        rule = self.tax_rule_in_force().value
        amount = self.customs_value.amount
        if self.valuation.value == "FOB" and rule.includes_shipping:
            amount += self.transport.amount
        if rule.includes_duty:
            amount += self.known_duty()
        amount += fees_in_base
        amount *= 1 + rule.uplift
        if rule.base_step is not None:
            amount = Money(amount, self.cur).round_to(rule.base_step).amount
        return self.local(amount)

    def tax_rule_in_force(self) -> Period[TaxRule]:
        """A special tax rule whose conditions hold (China CBEC), else the market's general rule
        (decided once per quote: the conditions read the goods' value, never the tax)."""
        if self.tax_rule is None:
            special = self.first(self.market.special_tax, lambda r: self.holds(r.when))
            self.tax_rule = special if special is not None else self.market.tax.require(self.on)
        return self.tax_rule

    def standard_vat(self) -> Period[VatRate]:
        if self.vat_standard is None:
            self.vat_standard = standard_vat(self.market.country).require(self.on)
        return self.vat_standard

    def import_tax(self) -> None:
        rule = self.tax_rule_in_force().value
        vat = self.vat_rate()
        rate = vat.rate * rule.rate_factor
        collected = self.collect_default()
        duty_due = any(ln.amount is not None and ln.amount.amount > 0 for ln in self.duty_lines)
        base_fees = self.fee_lines(in_tax_base=True, collecting=True)
        fees_in_base = sum((ln.amount.amount for ln in base_fees if ln.amount is not None), ZERO)
        base = self.tax_base(fees_in_base)
        amount = base.amount / (1 - rate) * rate if rule.por_dentro else base.amount * rate
        tax = self.round(amount)
        label = rule.label or f"Import {vat.label}"
        floor = self.market.tax_not_levied
        floor_period = floor.on(self.on) if floor else None
        note = ""
        if rule.por_dentro:
            note = f"tax inside its own base: {base.amount} / (1 - {rate}) x {rate}"
        if rule.rate_factor != 1:
            note = f"{vat.rate} x {rule.rate_factor} = {rate}"
        tax_line = Line("tax", f"{label} {_pct(rate)}", base, rate, tax, self.vat_period.rule,
                        _erase(self.vat_period), collected, note=note)
        if floor_period is not None and _below(tax.amount, self.to_local(floor_period.value.limit).amount,
                                               floor_period.value.inclusive):
            limit = self.to_local(floor_period.value.limit).round()
            tax_line = Line("tax", f"{label} not levied (at most {limit.amount} {self.cur})", base, rate,
                            self.local(ZERO), floor_period.rule, _erase(floor_period), collected,
                            note=f"computed {tax.amount} {self.cur}")
            if not duty_due:
                base_fees = []
                tax = self.local(ZERO)
                tax_line = tax_line.with_amount(self.local(ZERO), self.tax_base(ZERO))
        self.lines.append(tax_line)
        for period, extra_label, extra_rate, rule_name in self.extra_tax:
            self.lines.append(
                Line("tax", f"{extra_label} {_pct(extra_rate)}", base, extra_rate, self.round(base.amount * extra_rate),
                     rule_name, period, collected)
            )
        self.lines.extend(base_fees)
        self.tax_fee_lines(base_fees, rate)
        other = self.fee_lines(in_tax_base=False, collecting=tax.amount > 0 or duty_due)
        self.lines.extend(other)
        self.tax_fee_lines(other, rate)

    def tax_fee_lines(self, fees: list[Line], rate: Decimal) -> None:
        for fee in fees:
            if fee.note == "taxed" and fee.amount is not None:
                self.lines.append(
                    Line("tax", f"{self.vat_label()} on {fee.label}", fee.amount, rate,
                         self.round(fee.amount.amount * rate), fee.rule, fee.period, fee.collected)
                )

    def vat_label(self) -> str:
        return self.standard_vat().value.label

    def customer_fees(self, *, tax_due: bool, duty_due: bool) -> None:
        fees = self.fee_lines(in_tax_base=None, collecting=tax_due or duty_due)
        self.lines.extend(fees)
        taxed = [fee for fee in fees if fee.note == "taxed"]
        if taxed:
            vat = self.standard_vat()
            self.tax_fee_lines(taxed, vat.value.rate)

    def fee_lines(self, *, in_tax_base: bool | None, collecting: bool) -> list[Line]:
        lines: list[Line] = []
        for period in _in_force(self.market.fees, self.on):
            fee = period.value
            if in_tax_base is not None and fee.in_tax_base != in_tax_base:
                continue
            if fee.charged == "when_collecting" and not collecting:
                continue
            if not self.holds(fee.when):
                continue
            lines.append(self.fee_line(period))
        return lines

    def fee_line(self, period: Period[Fee]) -> Line:
        fee = period.value
        if fee.per == "line":
            count = len(self.request.items)
        elif fee.per == "subheading":
            count = len({s.item.hs_code.hs6 if s.item.hs_code else s.item.label for s in self.shares})
        else:
            count = 1
        amount = ZERO
        base: Money | None = None
        if fee.amount is not None:
            amount += self.to_local(fee.amount).amount * count
        if fee.rate is not None:
            base = self.measure(fee.measured_on)
            if fee.measured_on == "goods_and_shipping" and fee.in_tax_base:
                base = base + self.local(self.known_duty())
            amount += base.amount * fee.rate
        if fee.minimum is not None:
            amount = max(amount, self.to_local(fee.minimum).amount)
        if fee.maximum is not None:
            amount = min(amount, self.to_local(fee.maximum).amount)
        if fee.payer == "seller":
            collected: Collected = "checkout"
        elif fee.collector == "seller":
            collected = "checkout"
        else:
            collected = self.collect_default()
        label = fee.label if count == 1 else f"{fee.label} x {count}"
        return Line("fee", label, base, fee.rate, self.round(amount), fee.label, _erase(period), collected,
                    fee.payer, note="taxed" if fee.taxed else "")

    # -- finishing ---------------------------------------------------------------------------

    def warn_uncertain(self) -> None:
        for line in self.lines:
            if line.period is not None and line.period.confidence == "uncertain":
                self.warnings.append(
                    f"'{line.rule}' is uncertain ({line.period.source.title}): check it before relying on "
                    f"this quote{': ' + line.period.note if line.period.note else ''}"
                )
            if line.amount is None and line.kind == "duty":
                self.warnings.append(
                    f"{line.label}: not included in the totals; give duty_rate on the item or a merchant tariff table"
                )

    def finish(self) -> Quote:
        target = self.request.quote_currency or self.cur
        lines = self.lines
        for line in lines:
            if line.base is not None:
                line.base = line.base.round()
        customs_value = self.customs_value.round()
        if target != self.cur:
            factor = self.rate(self.cur, target)
            lines = [_convert_line(line, factor, target) for line in lines]
            customs_value = Money(customs_value.amount * factor, target).round()
        used = tuple(self.rates_used.values())
        return Quote.from_lines(self.request, target, customs_value, tuple(lines), used,
                                tuple(dict.fromkeys(self.warnings)))


@dataclass(slots=True)
class _ItemShare:
    item: Item
    unit_value: Decimal
    value: Money
    customs_value: Money


@dataclass(frozen=True, slots=True)
class _TaxRate:
    rate: Decimal
    label: str


_QUANTUM: dict[str, Decimal] = {}


def _quantum_of(currency: str) -> Decimal:
    """The smallest unit of ``currency`` (0.01 for EUR, 1 for JPY), from CLDR."""
    quantum = _QUANTUM.get(currency)
    if quantum is None:
        quantum = _QUANTUM[currency] = Decimal(1).scaleb(-minor_units(currency))
    return quantum


def _convert_line(line: Line, factor: Decimal, currency: str) -> Line:
    def conv(money: Money | None) -> Money | None:
        return None if money is None else Money(money.amount * factor, currency).round(ROUND_HALF_UP)

    return line.with_amount(conv(line.amount), conv(line.base))


def _erase(period: Period[T]) -> Period[object]:
    return period  # type: ignore[return-value]


def _hs_excluded(item: Item, exemption: Exemption) -> bool:
    if not exemption.excluded_hs or item.hs_code is None:
        return False
    return item.hs_code.code.startswith(exemption.excluded_hs)


def _in_chapters(item: Item, chapters: tuple[tuple[int, int], ...]) -> bool:
    if item.hs_code is None or not chapters:
        return False
    chapter = int(item.hs_code.hs6[:2])
    return any(low <= chapter <= high for low, high in chapters)


def _below(amount: Decimal, limit: Decimal, inclusive: bool) -> bool:
    return amount < limit or (inclusive and amount == limit)


def _pct(rate: Decimal) -> str:
    return f"{(rate * 100).normalize():f} %"


def _item_rate_answer(rate: Decimal, origin: str) -> TariffAnswer:
    return TariffAnswer(
        rate=DutyRate.ad_valorem_only(rate),
        rate_high=None,
        origin_used=origin,
        basis="item",
        source=_REQUEST_SOURCE,
        confidence="secondary",
        effective_from=None,
        effective_to=None,
        warnings=(),
    )
