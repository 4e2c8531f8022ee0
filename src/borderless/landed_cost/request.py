"""A landed-cost request, validated field by field from JSON-like data.

Every problem raises :class:`~borderless.errors.InputError` naming the field as a path
(``items[1].unit_value``) so a shell can print one clear line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Final

import pycountry

from borderless.errors import InputError, UnknownCountryError, UnknownCurrencyError
from borderless.money import ZERO, is_known_currency, parse_decimal
from borderless.tariffs import HSCode, validate_hs_code

__all__ = ["REGISTRATIONS", "Item", "QuoteRequest", "parse_country_list", "parse_request", "validate_country"]

REGISTRATIONS: Final = frozenset(
    {
        "EU_IOSS",
        "UK_VAT",
        "AU_GST",
        "NZ_GST",
        "NO_VOEC",
        "CH_VAT",
        "SG_OVR",
        "CA_GST",
        "BR_REMESSA_CONFORME",
        "CN_CBEC",
    }
)
_INCOTERMS: Final = ("DDP", "DAP")
_MODES: Final = ("courier", "post")
_KNOWN_FIELDS: Final = frozenset(
    {
        "date",
        "origin",
        "destination",
        "destination_region",
        "currency",
        "incoterm",
        "mode",
        "items",
        "shipping",
        "insurance",
        "seller",
        "exchange_rates",
        "quote_currency",
    }
)


@dataclass(frozen=True, slots=True)
class Item:
    sku: str | None
    description: str | None
    hs_code: HSCode | None
    unit_value: Decimal
    quantity: int
    weight_kg: Decimal | None
    country_of_origin: str | None
    duty_rate: Decimal | None

    @property
    def label(self) -> str:
        return self.sku or self.description or (self.hs_code.code if self.hs_code else "item")


@dataclass(frozen=True, slots=True)
class QuoteRequest:
    on: date
    origin: str
    destination: str
    destination_region: str | None
    currency: str
    incoterm: str
    mode: str
    items: tuple[Item, ...]
    shipping: Decimal
    insurance: Decimal
    registrations: frozenset[str]
    exchange_rates: Mapping[str, Decimal]
    quote_currency: str | None
    assumed: tuple[str, ...] = ()


@lru_cache(maxsize=512)
def _is_country(code: str) -> bool:
    return pycountry.countries.get(alpha_2=code) is not None


@lru_cache(maxsize=256)
def _subdivision(code: str) -> object:
    return pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]


def validate_country(value: object, *, field: str) -> str:
    if not isinstance(value, str) or len(value) != 2 or not value.isalpha():
        raise UnknownCountryError(value, field=field)
    code = value.upper()
    if not _is_country(code):
        raise UnknownCountryError(value, field=field)
    return code


def parse_country_list(value: object, *, field: str) -> tuple[str, ...]:
    """``"DE,JP,br"`` or ``["DE", "JP"]`` -> ``("DE", "JP", "BR")``: validated, upper case, no repeats."""
    parts = value.split(",") if isinstance(value, str) else value
    if not isinstance(parts, list | tuple):
        raise InputError("a list of country codes, e.g. DE,JP,BR", field=field, value=value)
    codes = [str(part).strip() for part in parts if str(part).strip()]
    if not codes:
        raise InputError("give at least one country code, e.g. DE,JP,BR", field=field)
    return tuple(dict.fromkeys(validate_country(code.upper(), field=field) for code in codes))


def _currency(value: object, *, field: str) -> str:
    if not isinstance(value, str) or not is_known_currency(value.upper()):
        raise UnknownCurrencyError(value, field=field)
    return value.upper()


def _optional_decimal(data: Mapping[str, object], key: str, *, field: str) -> Decimal | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    return parse_decimal(value, field=field)


def _text(data: Mapping[str, object], key: str, *, field: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError("expected a string", field=field, value=value)
    return value.strip() or None


def _parse_item(raw: object, index: int) -> Item:
    at = f"items[{index}]"
    if not isinstance(raw, Mapping):
        raise InputError("expected an object", field=at, value=raw)
    description = _text(raw, "description", field=f"{at}.description")
    hs_raw = raw.get("hs_code")
    hs_code = None if hs_raw in (None, "") else validate_hs_code(hs_raw, field=f"{at}.hs_code")
    if hs_code is None and description is None:
        raise InputError("give an hs_code or a description", field=f"{at}.hs_code")
    if "unit_value" not in raw:
        raise InputError("missing", field=f"{at}.unit_value")
    unit_value = parse_decimal(raw["unit_value"], field=f"{at}.unit_value")
    quantity_raw = raw.get("quantity", 1)
    if isinstance(quantity_raw, bool) or not isinstance(quantity_raw, int | str):
        raise InputError("expected a whole number", field=f"{at}.quantity", value=quantity_raw)
    try:
        quantity = int(quantity_raw)
    except ValueError:
        raise InputError(f"expected a whole number, got {quantity_raw!r}", field=f"{at}.quantity") from None
    if quantity < 1:
        raise InputError(f"must be at least 1, got {quantity}", field=f"{at}.quantity")
    weight = _optional_decimal(raw, "weight_kg", field=f"{at}.weight_kg")
    origin_raw = raw.get("country_of_origin")
    country_of_origin = (
        None if origin_raw in (None, "") else validate_country(origin_raw, field=f"{at}.country_of_origin")
    )
    duty_rate = _optional_decimal(raw, "duty_rate", field=f"{at}.duty_rate")
    if duty_rate is not None and duty_rate > 5:
        raise InputError(
            f"{duty_rate} looks like a percentage; rates are fractions (0.12 for 12 %)", field=f"{at}.duty_rate"
        )
    sku = _text(raw, "sku", field=f"{at}.sku")
    return Item(sku, description, hs_code, unit_value, quantity, weight, country_of_origin, duty_rate)


def parse_request(data: object, *, today: date) -> QuoteRequest:
    """Validate one request. ``today`` is used only when the request has no ``date``."""
    if not isinstance(data, Mapping):
        raise InputError("a request must be a JSON object", field=None)
    for required in ("origin", "destination", "currency", "items"):
        if required not in data:
            raise InputError("missing", field=required)
    unknown = sorted(set(data) - _KNOWN_FIELDS)
    if unknown:
        raise InputError(f"unknown field(s) {', '.join(unknown)}", field=unknown[0])
    assumed: list[str] = []
    raw_date = data.get("date")
    if raw_date is None:
        on = today
        assumed.append(f"no date given: quoted for {today.isoformat()}")
    else:
        if not isinstance(raw_date, str):
            raise InputError("expected an ISO date YYYY-MM-DD", field="date", value=raw_date)
        try:
            on = date.fromisoformat(raw_date)
        except ValueError:
            raise InputError(f"not an ISO date (YYYY-MM-DD): {raw_date!r}", field="date") from None
    origin = validate_country(data["origin"], field="origin")
    destination = validate_country(data["destination"], field="destination")
    region = _text(data, "destination_region", field="destination_region")
    if region is not None:
        region = region.upper()
        if not region.startswith(destination + "-") or _subdivision(region) is None:
            raise InputError(
                f"{region!r} is not an ISO 3166-2 subdivision of {destination}", field="destination_region"
            )
    currency = _currency(data["currency"], field="currency")
    incoterm = str(data.get("incoterm") or "").upper()
    if not incoterm:
        incoterm = "DAP"
        assumed.append("no incoterm given: assumed DAP (the customer pays duty and import tax at delivery)")
    if incoterm not in _INCOTERMS:
        raise InputError(f"expected one of {', '.join(_INCOTERMS)}, got {data.get('incoterm')!r}", field="incoterm")
    mode = str(data.get("mode") or "").lower()
    if not mode:
        mode = "courier"
        assumed.append("no mode given: assumed courier")
    if mode not in _MODES:
        raise InputError(f"expected one of {', '.join(_MODES)}, got {data.get('mode')!r}", field="mode")
    raw_items = data["items"]
    if not isinstance(raw_items, list) or not raw_items:
        raise InputError("expected a non-empty list of items", field="items")
    items = tuple(_parse_item(raw, index) for index, raw in enumerate(raw_items))
    shipping = _optional_decimal(data, "shipping", field="shipping") or ZERO
    insurance = _optional_decimal(data, "insurance", field="insurance") or ZERO
    registrations = _parse_registrations(data.get("seller"))
    rates = _parse_rates(data.get("exchange_rates"))
    quote_raw = data.get("quote_currency")
    quote_currency = None if quote_raw in (None, "") else _currency(quote_raw, field="quote_currency")
    return QuoteRequest(
        on,
        origin,
        destination,
        region,
        currency,
        incoterm,
        mode,
        items,
        shipping,
        insurance,
        registrations,
        rates,
        quote_currency,
        tuple(assumed),
    )


def _parse_registrations(seller: object) -> frozenset[str]:
    if seller is None:
        return frozenset()
    if not isinstance(seller, Mapping):
        raise InputError("expected an object", field="seller", value=seller)
    raw = seller.get("registrations", [])
    if not isinstance(raw, list) or not all(isinstance(r, str) for r in raw):
        raise InputError("expected a list of registration identifiers", field="seller.registrations")
    for index, registration in enumerate(raw):
        if registration not in REGISTRATIONS:
            raise InputError(
                f"unknown registration {registration!r}; known: {', '.join(sorted(REGISTRATIONS))}",
                field=f"seller.registrations[{index}]",
            )
    return frozenset(raw)


def _parse_rates(raw: object) -> dict[str, Decimal]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise InputError('expected an object such as {"USD/CAD": "1.15"}', field="exchange_rates")
    rates: dict[str, Decimal] = {}
    for pair, value in raw.items():
        field = f"exchange_rates.{pair}"
        parts = str(pair).upper().split("/")
        if len(parts) != 2:
            raise InputError("pair must look like USD/CAD", field=field)
        for part in parts:
            _currency(part, field=field)
        rate = parse_decimal(value, field=field)
        if rate == 0:
            raise InputError("rate must be positive", field=field)
        rates["/".join(parts)] = rate
    return rates
