"""From a home price to a local retail price that looks native and still earns.

For one SKU and one market (all amounts in the market's currency):

1. **base**: the home price at the dated exchange rate (``convert``), scaled by relative purchasing
   power within the merchant's floor and ceiling (``ppp``), or a fixed local price from the policy.
2. **landed cost** of a typical single-item order, from the landed-cost engine. What is included in
   the shown price depends on the strategy and the market's display convention:
   ``ddp`` includes every duty, tax and fee collected at checkout (taxes only where the market shows
   tax-inclusive prices); ``convert``/``ppp`` include the taxes collected at checkout in tax-inclusive
   markets and warn about anything the customer would pay at the door.
3. **ending**: the nearest native price (``endings.py``), never pushed up across a threshold.
4. **margin floor**: cost + included landed cost + payment and FX fees + target margin. A price under
   the floor is raised to the smallest native price above it and flagged.

Every step records its value and reason; the landed cost keeps its rules and sources. Nothing here
reads files: the caller passes the catalog, policy, conventions, quote context and PPP data in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_CEILING, Decimal
from typing import Final, Protocol

from borderless.catalog import Catalog, CatalogItem
from borderless.errors import BorderlessError, InputError
from borderless.landed_cost import Item, Line, Quote, QuoteContext, QuoteRequest, quote
from borderless.money import Money, minor_units
from borderless.pricing.conventions import DisplayConvention, EndingRule, PriceConventions
from borderless.pricing.endings import Ended, apply_ending, at_least
from borderless.pricing.policy import PricingPolicy, Settings
from borderless.rules import Source
from borderless.tariffs import HSCode, validate_hs_code

__all__ = [
    "IncludedLine",
    "LandedCostPart",
    "PriceResult",
    "PricingContext",
    "PurchasingPower",
    "Step",
    "price_catalog",
    "price_item",
]

_FLOOR_ROUNDS: Final = 3


class PurchasingPower(Protocol):
    """GDP per capita at purchasing-power parity for a country: (value, year, source) or None."""

    def __call__(self, country: str) -> tuple[Decimal, int, Source] | None: ...


@dataclass(frozen=True, slots=True)
class Step:
    step: str
    value: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"step": self.step, "value": self.value, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class IncludedLine:
    kind: str
    label: str
    amount: Money | None
    rule: str
    source: Source | None
    collected: str
    in_price: bool


@dataclass(frozen=True, slots=True)
class LandedCostPart:
    """The landed cost of a typical single-item order at the final price, split by who pays when."""

    in_price: Money
    added_at_checkout: Money
    due_at_delivery: Money
    complete: bool
    lines: tuple[IncludedLine, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "in_price": self.in_price.to_json(),
            "added_at_checkout": self.added_at_checkout.to_json(),
            "due_at_delivery": self.due_at_delivery.to_json(),
            "complete": self.complete,
            "lines": [
                {
                    "kind": line.kind,
                    "label": line.label,
                    "amount": None if line.amount is None else format(line.amount.amount, "f"),
                    "rule": line.rule,
                    "source": None if line.source is None else {"title": line.source.title, "url": line.source.url},
                    "collected": line.collected,
                    "in_price": line.in_price,
                }
                for line in self.lines
            ],
        }


@dataclass(frozen=True, slots=True)
class PriceResult:
    sku: str
    product_id: str
    market: str
    strategy: str
    price: Money | None
    tax_included: bool
    steps: tuple[Step, ...]
    landed_cost: LandedCostPart | None
    margin: Money | None
    margin_rate: Decimal | None
    floor: Money | None
    raised_to_floor: bool
    warnings: tuple[str, ...]
    error: str | None = None

    def for_sku(self, sku: str, product_id: str) -> PriceResult:
        """The same result for another SKU with the same goods (a variant differing by size or colour).
        Positional on purpose: ``dataclasses.replace`` costs a tenth of a DDP price here."""
        return PriceResult(
            sku, product_id, self.market, self.strategy, self.price, self.tax_included, self.steps,
            self.landed_cost, self.margin, self.margin_rate, self.floor, self.raised_to_floor, self.warnings,
            self.error,
        )

    def to_json(self) -> dict[str, object]:
        return {
            "sku": self.sku,
            "product_id": self.product_id,
            "market": self.market,
            "price": None if self.price is None else self.price.to_json(),
            "tax_included": self.tax_included,
            "strategy": self.strategy,
            "steps": [step.to_json() for step in self.steps],
            "landed_cost": None if self.landed_cost is None else self.landed_cost.to_json(),
            "margin": None if self.margin is None else self.margin.to_json(),
            "margin_rate": None if self.margin_rate is None else format(self.margin_rate, "f"),
            "floor": None if self.floor is None else self.floor.to_json(),
            "raised_to_floor": self.raised_to_floor,
            "warnings": list(self.warnings),
            **({"error": self.error} if self.error else {}),
        }


@dataclass(frozen=True, slots=True)
class _MarketSetup:
    currency: str
    rate: Decimal
    rate_note: str
    display: DisplayConvention | None
    endings: tuple[EndingRule, ...]
    display_step: Step | None


def _display_step(display: DisplayConvention | None) -> Step | None:
    if display is None:
        return None
    shown = "includes" if display.tax_included else "excludes"
    return Step("display", shown + " tax", f"{display.note} ({display.source.title})")


_CENT: Final = Decimal("0.01")
_ZERO: Final = Decimal(0)


@dataclass(slots=True)
class PricingContext:
    """What pricing needs besides the catalog: the date, where the merchant ships from, the landed-cost
    context (markets, rates, tariffs), price conventions and purchasing-power data."""

    on: date
    home_country: str
    quotes: QuoteContext
    conventions: PriceConventions
    purchasing_power: PurchasingPower
    _conversions: dict[tuple[str, str], tuple[Decimal, str]] = field(default_factory=dict, repr=False)
    _setups: dict[tuple[str, str], _MarketSetup] = field(default_factory=dict, repr=False)

    def landed(self, request: QuoteRequest) -> Quote:
        return quote(request, self.quotes)

    def setup(self, market: str, home_currency: str) -> _MarketSetup:
        """What every SKU priced for ``market`` from ``home_currency`` shares (looked up once)."""
        known = self._setups.get((market, home_currency))
        if known is None:
            rules = self.quotes.markets.get(market)
            if rules is None:
                covered = ", ".join(sorted(self.quotes.markets))
                raise InputError(f"no rules for market {market}; covered: {covered}", field="markets")
            history = rules.currency_history.on(self.on) if rules.currency_history else None
            currency = history.value if history else rules.currency
            rate, note = self.conversion(home_currency, currency)
            display = self.conventions.display_for(market)
            known = self._setups[(market, home_currency)] = _MarketSetup(
                currency, rate, note, display, self.conventions.endings_for(market), _display_step(display)
            )
        return known

    def conversion(self, home_currency: str, currency: str) -> tuple[Decimal, str]:
        """The dated rate from the home currency and how to cite it (looked up once per pair)."""
        known = self._conversions.get((home_currency, currency))
        if known is None:
            rate = self.quotes.rates.rate(home_currency, currency, self.on)
            note = (
                f"{home_currency}/{currency} {rate.rate:.6g}, {rate.source.split(';')[0]} of {rate.on.isoformat()}"
                + (f" (cross rate via {rate.via})" if rate.via else "")
            )
            known = self._conversions[(home_currency, currency)] = (rate.rate, note)
        return known


def _fmt(money: Money) -> str:
    return f"{money.amount:f} {money.currency}"


class _Pricing:
    """One SKU in one market; collects steps and warnings as it goes."""

    def __init__(self, item: CatalogItem, market: str, settings: Settings, context: PricingContext) -> None:
        self.item = item
        self.market = market
        self.settings = settings
        self.context = context
        self.steps: list[Step] = []
        self.warnings: list[str] = []
        setup = context.setup(market, item.variant.price.currency)
        self.currency = setup.currency
        self.rate, self.rate_note = setup.rate, setup.rate_note
        self.display = setup.display
        self.endings = setup.endings
        self.display_step = setup.display_step
        self.tax_inclusive_market = setup.display is not None and setup.display.tax_included
        self.fee_rate = settings.payment_fee_rate + settings.fx_fee_rate
        self.shipping = (settings.shipping_cost * self.rate).quantize(_CENT)
        self.quoted: dict[Decimal, tuple[Quote, Decimal]] = {}  # goods value -> quote, included part

    # -- helpers -------------------------------------------------------------------------------
    def money(self, amount: Decimal) -> Money:
        return Money(amount, self.currency).round()

    def request(self, value: Decimal) -> QuoteRequest:
        variant = self.item.variant
        hs_code = _hs(variant.hs_code) if variant.hs_code else None
        line = Item(  # no SKU: the quote (and its warnings) is shared by variants with the same goods
            None,
            None if hs_code else self.item.product.title,
            hs_code,
            value,
            1,
            variant.weight_kg,
            variant.country_of_origin,
            None,
        )
        return QuoteRequest(
            on=self.context.on,
            origin=self.context.home_country,
            destination=self.market,
            destination_region=None,
            currency=self.currency,
            incoterm="DDP" if self.settings.strategy == "ddp" else "DAP",
            mode="courier",
            items=(line,),
            shipping=self.shipping,
            insurance=_ZERO,
            registrations=self.settings.registrations,
            exchange_rates={},
            quote_currency=self.currency,
        )

    def included(self, line: Line) -> bool:
        if line.amount is None or line.kind not in ("duty", "tax", "fee") or line.collected != "checkout":
            return False
        return line.kind != "tax" or self.tax_inclusive_market

    def landed(self, value: Decimal) -> tuple[Quote, Decimal]:
        """The quote of a single-item order worth ``value`` and the part of it the price includes.
        Memoised per SKU: the floor and settle rounds often land on a value already quoted. (A cache
        across SKUs would almost never hit: goods values differ by the cent.)"""
        known = self.quoted.get(value)
        if known is None:
            answer = self.context.landed(self.request(value))
            included = sum(
                (line.amount.amount for line in answer.lines if self.included(line) and line.amount), Decimal(0)
            )
            known = self.quoted[value] = (answer, included)
        return known

    # -- the steps -----------------------------------------------------------------------------
    def base(self) -> tuple[Decimal, bool]:
        """The value before landed cost, and whether it is a fixed (already final) shown price."""
        variant = self.item.variant
        self.steps.append(Step("home price", _fmt(variant.price), "catalog price"))
        if self.settings.fixed_price is not None:
            fixed = self.money(self.settings.fixed_price)
            self.steps.append(Step("fixed price", _fmt(fixed), "fixed local price from the pricing policy"))
            return fixed.amount, True
        converted = variant.price.amount * self.rate
        self.steps.append(Step("convert", _fmt(self.money(converted)), f"at {self.rate_note}"))
        if self.settings.strategy == "ppp":
            converted *= self.ppp_factor()
        return converted, False

    def ppp_factor(self) -> Decimal:
        power = self.context.purchasing_power
        home, there = power(self.context.home_country), power(self.market)
        if home is None or there is None:
            missing = self.context.home_country if home is None else self.market
            self.warnings.append(f"no GDP per capita (PPP) for {missing}: purchasing-power adjustment skipped")
            return Decimal(1)
        ratio = there[0] / home[0]
        raw = ratio**self.settings.ppp_elasticity
        factor = min(max(raw, self.settings.ppp_floor), self.settings.ppp_ceiling).quantize(Decimal("0.0001"))
        bounded = (
            ""
            if factor == raw.quantize(Decimal("0.0001"))
            else (f", bounded to [{self.settings.ppp_floor}, {self.settings.ppp_ceiling}]")
        )
        self.steps.append(
            Step(
                "purchasing power",
                f"x {factor}",
                f"GDP per capita PPP {self.market} {there[0]:,.0f} ({there[1]}) / {self.context.home_country} "
                f"{home[0]:,.0f} ({home[1]}) = {ratio:.3f}, ^{self.settings.ppp_elasticity}{bounded}; "
                f"source: {there[2].title}",
            )
        )
        return factor

    def end(self, raw: Decimal) -> Decimal:
        ended = apply_ending(raw, self.endings)
        if ended is None:
            rounded = self.money(raw).amount
            self.warnings.append(f"no native price-ending rule for {self.market}: rounded to the minor unit")
            self.steps.append(Step("ending", f"{rounded:f} {self.currency}", "rounded to the currency's minor unit"))
            return rounded
        self.steps.append(Step("ending", f"{ended.amount:f} {self.currency}", _ending_reason(ended)))
        return ended.amount

    def run(self) -> PriceResult:
        value, fixed = self.base()
        answer, included = self.landed(value)
        if fixed:
            # the fixed shown price already contains what is included: find the goods value under it
            answer, included = self.landed(max(value - included, Decimal("0.01")))
            price = value
        else:
            raw = value + included
            if included:
                self.steps.append(
                    Step("landed cost in price", f"+ {_fmt(self.money(included))}", self.included_reason(answer))
                )
            price = self.end(raw)
        answer, included, margin, rate = self.settle(price, included)
        floor, raised = None, False
        cost = self.item.variant.cost
        if cost is None:
            self.warnings.append("no cost in the catalog: margin and margin floor unknown")
        elif rate is None or rate < self.settings.target_margin_rate:
            floor = self.floor(cost.amount * self.rate, included)
            if floor is not None and price < floor:
                price, raised = self.raise_to(price, floor), True
                answer, included, margin, rate = self.settle(price, included, rounds=_FLOOR_ROUNDS)
        return self.result(price, answer, margin, rate, floor, raised)

    def settle(
        self, price: Decimal, included: Decimal, rounds: int = 0
    ) -> tuple[Quote, Decimal, Money | None, Decimal | None]:
        """Recompute the landed cost at the final price and the margin it leaves: the goods value R
        under a shown price P solves R = P - L(R). After an ending (a small move) one step from the
        previous L is within a cent or so; after a raise to the floor a few more rounds converge
        (L grows slower than R)."""
        included_now = included
        for _ in range(rounds):
            previous = included_now
            _answer, included_now = self.landed(max(price - previous, Decimal("0.01")))
            if included_now == previous:
                break
        answer, included_now = self.landed(max(price - included_now, Decimal("0.01")))
        cost = self.item.variant.cost
        if cost is None:
            return answer, included_now, None, None
        net = price - included_now
        margin = net - cost.amount * self.rate - self.fee_rate * price
        rate = (margin / net).quantize(Decimal("0.0001")) if net > 0 else None
        return answer, included_now, self.money(margin), rate

    def floor(self, cost: Decimal, included: Decimal) -> Decimal | None:
        """The lowest shown price that keeps the target margin: goods value
        R = (cost + fees on the included landed cost) / (1 - target - fees), plus R's landed cost."""
        denominator = 1 - self.settings.target_margin_rate - self.fee_rate
        value = (cost + self.fee_rate * included) / denominator
        for _ in range(_FLOOR_ROUNDS):
            _answer, included_then = self.landed(value)
            value = (cost + self.fee_rate * included_then) / denominator
        _answer, included_then = self.landed(value)
        return (value + included_then).quantize(Decimal(1).scaleb(-minor_units(self.currency)), ROUND_CEILING)

    def raise_to(self, price: Decimal, floor: Decimal) -> Decimal:
        ended = at_least(floor, self.endings)
        raised = ended.amount if ended else floor
        self.steps.append(
            Step(
                "margin floor",
                f"{raised:f} {self.currency}",
                f"{price:f} is under the floor {floor:f} (cost + landed cost + payment "
                f"{self.settings.payment_fee_rate} + FX {self.settings.fx_fee_rate} "
                f"+ target margin {self.settings.target_margin_rate}); raised"
                + (f" to {_ending_reason(ended)}" if ended else ""),
            )
        )
        self.warnings.append(f"price raised from {price:f} to {raised:f} {self.currency} to keep the margin floor")
        return raised

    def included_reason(self, answer: Quote) -> str:
        parts = [f"{line.label} {line.amount.amount:f}" for line in answer.lines if self.included(line) and line.amount]
        return "collected at checkout and shown in the price: " + ", ".join(parts)

    def result(
        self,
        price: Decimal,
        answer: Quote,
        margin: Money | None,
        margin_rate: Decimal | None,
        floor: Decimal | None,
        raised: bool,
    ) -> PriceResult:
        included_lines: list[IncludedLine] = []
        in_price = at_checkout = at_delivery = _ZERO
        taxes_at_delivery = False
        for line in answer.lines:  # one pass: this runs for every priced product and market
            kind = line.kind
            if kind not in ("duty", "tax", "fee"):
                continue
            in_this_price = self.included(line)
            at_door = line.collected != "checkout"
            included_lines.append(
                IncludedLine(
                    kind, line.label, line.amount, line.rule, line.period.source if line.period else None,
                    line.collected, in_this_price,
                )
            )
            taxes_at_delivery = taxes_at_delivery or (kind == "tax" and at_door)
            if line.amount:
                amount = line.amount.amount
                if at_door:
                    at_delivery += amount
                elif in_this_price:
                    in_price += amount
                else:
                    at_checkout += amount
        lines = tuple(included_lines)
        tax_included = self.tax_inclusive_market and not taxes_at_delivery
        warnings = list(self.warnings) + [w for w in answer.warnings if w not in self.warnings]
        for included_line in lines:
            if included_line.amount is None:
                warnings.append(f"{included_line.label} unknown ({included_line.rule}): not included in the price")
        if at_delivery:
            warnings.append(
                f"the customer pays {at_delivery:f} {self.currency} at delivery "
                f"({', '.join(line.label for line in lines if line.collected != 'checkout' and line.amount)}); "
                "use the ddp strategy to include it"
            )
        if self.tax_inclusive_market and taxes_at_delivery:
            warnings.append(f"{self.market} shows tax-inclusive prices, but import tax here is due at delivery")
        if self.display_step is None:
            warnings.append(f"no price-display convention for {self.market}: tax treatment of the shown price unknown")
        else:
            self.steps.append(self.display_step)
        return PriceResult(
            sku=self.item.sku,
            product_id=self.item.product.id,
            market=self.market,
            strategy="fixed" if self.settings.fixed_price is not None else self.settings.strategy,
            price=Money(price, self.currency),
            tax_included=tax_included,
            steps=tuple(self.steps),
            landed_cost=LandedCostPart(
                self.money(in_price), self.money(at_checkout), self.money(at_delivery), answer.complete, lines
            ),
            margin=margin,
            margin_rate=margin_rate,
            floor=None if floor is None else Money(floor, self.currency),
            raised_to_floor=raised,
            warnings=tuple(dict.fromkeys(warnings)),
        )


def _ending_reason(ended: Ended) -> str:
    return f"{ended.reason}; source: {ended.rule.source.title}"


_HS_CACHE: dict[str, HSCode] = {}


def _hs(code: str) -> HSCode:
    found = _HS_CACHE.get(code)
    if found is None:
        found = _HS_CACHE[code] = validate_hs_code(code)
    return found


def price_item(item: CatalogItem, market: str, settings: Settings, context: PricingContext) -> PriceResult:
    """Price one SKU in one market. A problem that stops pricing (no rate, no rules for the market)
    comes back as a result with ``price=None`` and ``error`` set, never as an exception."""
    try:
        return _Pricing(item, market, settings, context).run()
    except BorderlessError as error:
        return PriceResult(
            item.sku,
            item.product.id,
            market,
            settings.strategy,
            None,
            False,
            (),
            None,
            None,
            None,
            None,
            False,
            (),
            error=str(error),
        )


def price_catalog(
    catalog: Catalog | Iterable[CatalogItem],
    markets: Sequence[str],
    policy: PricingPolicy,
    context: PricingContext,
    *,
    progress: Callable[[int], None] | None = None,
) -> Iterator[PriceResult]:
    """Price every SKU in every market, market by market (so quotes are cached per market)."""
    items = list(catalog.items() if isinstance(catalog, Catalog) else catalog)
    for market in markets:
        shared: dict[tuple[object, ...], PriceResult] = {}  # variants that differ only by size or colour
        for item in items:
            settings = policy.settings_for(item.sku, item.product.id, market)
            variant = item.variant
            key = (
                variant.price,
                variant.cost,
                variant.hs_code,
                variant.weight_kg,
                variant.country_of_origin,
                None if variant.hs_code else item.product.title,
                settings,
            )
            known = shared.get(key)
            if known is None:
                known = shared[key] = price_item(item, market, settings, context)
                yield known
            else:
                yield known.for_sku(item.sku, item.product.id)
            if progress is not None:
                progress(1)
