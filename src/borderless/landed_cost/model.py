"""The vocabulary country rules are written in.

A :class:`Market` is data: timelines of the rules below, each period sourced and dated. The engine
(:mod:`borderless.landed_cost.engine`) interprets them; it holds no country literals. Adding a market
means writing one module in ``borderless.countries`` from these parts.

Values a threshold can be measured on (:data:`Measure`):

- ``intrinsic``: the goods' price, excluding transport and insurance (EU IOSS, UK GBP 135);
- ``customs_value``: the value for duty on the market's valuation basis (CIF or FOB);
- ``goods_and_shipping``: goods plus transport and insurance, whatever the valuation basis.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from borderless.money import Money
from borderless.rules import Timeline

Measure = Literal["intrinsic", "customs_value", "goods_and_shipping"]
Valuation = Literal["CIF", "FOB"]
Mode = Literal["courier", "post"]
Incoterm = Literal["DDP", "DAP"]


@dataclass(frozen=True, slots=True)
class Threshold:
    """``value <= limit`` (or ``<`` when not inclusive), measured on ``measured_on``; with
    ``per_item`` the test applies to each unit's value instead of the consignment's."""

    limit: Money
    measured_on: Measure
    inclusive: bool = True
    per_item: bool = False


@dataclass(frozen=True, slots=True)
class When:
    """Conditions a rule applies under; every condition given must hold."""

    modes: frozenset[str] | None = None
    ship_from: frozenset[str] | None = None
    ship_from_not: frozenset[str] | None = None
    registration: str | None = None
    without_registration: str | None = None
    at_most: Threshold | None = None
    above: Threshold | None = None


ALWAYS = When()


@dataclass(frozen=True, slots=True)
class Exemption:
    """A de minimis or relief: when it applies, the duty (or tax) is not charged.
    Items whose HS code starts with one of ``excluded_hs`` never benefit (alcohol, tobacco...)."""

    label: str
    when: When
    excluded_hs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Band:
    """A rate on the part of a value up to ``up_to`` (``None``: no upper bound), less ``deduction``."""

    up_to: Money | None
    rate: Decimal
    deduction: Money | None = None


@dataclass(frozen=True, slots=True)
class DutyRegime:
    """A duty that replaces the tariff for the consignment when ``when`` holds.

    - ``kind="banded"``: the first band whose ``up_to`` the measured value does not exceed gives
      one rate for the whole consignment (Brazil's II, India's courier BCD, South Africa's flat 20 %).
    - ``kind="per_subheading"``: ``amount`` per distinct HS6 subheading (EU EUR 3 from 2026-07-01).
    - ``kind="free_chapters"``: items in ``chapters`` pay no duty (Switzerland's industrial goods);
      other items keep the tariff.
    """

    label: str
    kind: Literal["banded", "per_subheading", "free_chapters"]
    when: When = ALWAYS
    bands: tuple[Band, ...] = ()
    measured_on: Measure = "customs_value"
    amount: Money | None = None
    chapters: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class AdditionalDuty:
    """A duty on top of the tariff: a rate of the customs value (``of="value"``, US s.122) or of the
    duty already assessed (``of="duty"``, India's social welfare surcharge)."""

    label: str
    rate: Decimal
    of: Literal["value", "duty"]
    when: When = ALWAYS


@dataclass(frozen=True, slots=True)
class TaxRule:
    """How import VAT/GST is assessed. The rate itself comes from the VAT tables.

    ``base``: the customs value, plus duty when ``includes_duty``, plus transport and insurance when
    ``includes_shipping`` (for markets valuing FOB whose VAT base still includes them), plus fees
    flagged ``in_tax_base``, times ``1 + uplift`` (South Africa's 10 %). ``por_dentro``: the tax is
    inside its own base (Brazil's ICMS: base / (1 - rate)). ``rate_factor`` scales the rate (China's
    cross-border e-commerce 70 %). ``base_step`` rounds the base first (Switzerland: whole francs)."""

    includes_duty: bool = True
    includes_shipping: bool = True
    uplift: Decimal = Decimal(0)
    por_dentro: bool = False
    rate_factor: Decimal = Decimal(1)
    base_step: Decimal | None = None
    when: When = ALWAYS
    label: str = ""


@dataclass(frozen=True, slots=True)
class SellerScheme:
    """A registration that makes the seller (or platform) collect the tax at checkout.

    Applies when ``when`` holds (its ``at_most`` is the scheme's value limit). With the seller
    registered, the tax is charged at checkout on ``base`` (``"sale"``: goods plus delivery as sold;
    ``"import"``: the normal import base) and no import tax is due. ``duty_exempt``: duty is waived
    too (Norway's VOEC). ``mandatory``: registration is required for such sales (UK), so an
    unregistered seller gets a warning and the tax is still shown at checkout. When not registered
    and not mandatory, ``unregistered`` says what happens: ``"import_tax"`` (taxed at the border as
    usual) or ``"not_charged"`` (Australia, New Zealand, Singapore: no tax at the border on low-value
    goods; a vendor over the turnover threshold must register). With ``base="import"`` a registered
    seller collects the normal import duty and tax at checkout instead (Brazil's Remessa Conforme,
    China's cross-border e-commerce platforms)."""

    registration: str
    label: str
    when: When
    base: Literal["sale", "import"] = "sale"
    duty_exempt: bool = False
    mandatory: bool = False
    unregistered: Literal["import_tax", "not_charged"] = "import_tax"


@dataclass(frozen=True, slots=True)
class AllInRate:
    """One rate replacing duty and import tax for the consignment (Mexico's courier global rate).
    The first band whose ``up_to`` the measured value does not exceed applies."""

    label: str
    when: When
    bands: tuple[Band, ...]
    measured_on: Measure = "customs_value"


@dataclass(frozen=True, slots=True)
class Fee:
    """A fee per consignment, per item line or per distinct subheading: a fixed ``amount``, a ``rate``
    of ``measured_on`` (clamped to ``minimum``/``maximum``), or both added.

    ``charged``: ``"always"``, or ``"when_collecting"`` (a carrier's handling fee, charged only when it
    collects duty or tax at the door). ``payer``: the customer, or the seller (France's parcel tax must
    not be shown to the consumer). ``in_tax_base``: the fee enters the import tax base (Swiss Post).
    ``taxed``: the fee itself bears the import tax rate (New Zealand's levy "+ GST")."""

    label: str
    when: When = ALWAYS
    amount: Money | None = None
    rate: Decimal | None = None
    measured_on: Measure = "goods_and_shipping"
    minimum: Money | None = None
    maximum: Money | None = None
    per: Literal["consignment", "line", "subheading"] = "consignment"
    charged: Literal["always", "when_collecting"] = "always"
    payer: Literal["customer", "seller"] = "customer"
    collector: Literal["government", "carrier", "seller"] = "government"
    in_tax_base: bool = False
    taxed: bool = False


@dataclass(frozen=True, slots=True)
class NotLevied:
    """An amount of duty or tax that is not collected: below ``limit`` (or up to it, ``inclusive``)."""

    limit: Money
    inclusive: bool = False


@dataclass(frozen=True, slots=True)
class Market:
    """Everything the engine knows of one destination, as timelines of sourced periods.

    A tuple of timelines means several rules of one kind, each with its own history; the engine uses
    every one in force on the quote's date, in order, first match wins where rules are alternatives
    (exemptions, regimes, schemes). ``covered_from``: the first date the rules are modelled for;
    earlier quotes carry a warning. ``special_tax`` rules, when one holds, replace ``tax``.
    ``goods_value_factor`` scales the goods in the customs value (Japan's personal-use 60 %)."""

    country: str
    name: str
    currency: str
    customs_territory: str
    valuation: Timeline[Valuation]
    tax: Timeline[TaxRule]
    covered_from: date
    special_tax: tuple[Timeline[TaxRule], ...] = ()
    currency_history: Timeline[str] | None = None
    goods_value_factor: Timeline[Decimal] | None = None
    duty_exemptions: tuple[Timeline[Exemption], ...] = ()
    duty_regimes: tuple[Timeline[DutyRegime], ...] = ()
    additional_duties: tuple[Timeline[AdditionalDuty], ...] = ()
    duty_not_levied: Timeline[NotLevied] | None = None
    tax_exemptions: tuple[Timeline[Exemption], ...] = ()
    tax_not_levied: Timeline[NotLevied] | None = None
    seller_schemes: tuple[Timeline[SellerScheme], ...] = ()
    all_in_rates: tuple[Timeline[AllInRate], ...] = ()
    fees: tuple[Timeline[Fee], ...] = ()
    notices: tuple[Timeline[str], ...] = ()
    rounding: str = ROUND_HALF_UP
    default_region: str | None = None
    region_note: str = ""
    uses_regional_tax: bool = False
