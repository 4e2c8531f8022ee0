"""Per-market commerce practices: the payment methods to offer, the fraud checks that matter, and
shipping guidance (DDP or DAP, carriers, delivery expectations, customs paperwork).

The facts live in ``data/practices/practices.toml`` with a source per fact (see its PROVENANCE.md);
this module loads and checks them once. Every market gets the file's ``[defaults]`` (Visa/Mastercard
cards and the two universal fraud checks), then its groups (``SCA``, ``EU``, ``CARD_AVS``, ``COD``),
then its own entries. :func:`market_practices` answers ``None`` for a country without data: the caller
reports that as unknown, never as "no payment methods".
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Final, Literal

import pycountry

from borderless.errors import DataError, UnknownCountryError
from borderless.rules import CONFIDENCES, Confidence, Source

__all__ = [
    "IMPORTANCES",
    "PAYMENT_KINDS",
    "FraudCheck",
    "Importance",
    "MarketPractices",
    "PaymentKind",
    "PaymentMethod",
    "ShippingGuidance",
    "covered_countries",
    "load_practices",
    "market_practices",
]

PaymentKind = Literal["card", "wallet", "bank_transfer", "bnpl", "cash_on_delivery", "voucher", "direct_debit"]
PAYMENT_KINDS: Final[tuple[PaymentKind, ...]] = (
    "card",
    "wallet",
    "bank_transfer",
    "bnpl",
    "cash_on_delivery",
    "voucher",
    "direct_debit",
)
Importance = Literal["expected", "common", "niche"]
IMPORTANCES: Final[tuple[Importance, ...]] = ("expected", "common", "niche")

DATA_FILE: Final = "practices/practices.toml"
DEFAULT_CONFIDENCE: Final[Confidence] = "secondary"
GUIDANCE_CONFIDENCE: Final[Confidence] = "uncertain"


@dataclass(frozen=True, slots=True)
class PaymentMethod:
    name: str
    kind: PaymentKind
    importance: Importance
    note: str | None
    source: Source
    confidence: Confidence

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "importance": self.importance,
            "note": self.note,
            "source": self.source.to_json(),
            "confidence": self.confidence,
        }


@dataclass(frozen=True, slots=True)
class FraudCheck:
    name: str
    why: str
    source: Source
    confidence: Confidence

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "why": self.why, "source": self.source.to_json(), "confidence": self.confidence}


@dataclass(frozen=True, slots=True)
class ShippingGuidance:
    """How to ship there. ``incoterm_advice`` and ``paperwork`` rest on the cited customs and tax
    sources (``confidence``); ``carriers`` and ``delivery_expectation_days`` are guidance
    (``delivery_confidence``, "uncertain" unless stated)."""

    incoterm_advice: str
    carriers: tuple[str, ...]
    delivery_expectation_days: str
    paperwork: tuple[str, ...]
    notes: tuple[str, ...]
    sources: tuple[Source, ...]
    confidence: Confidence = DEFAULT_CONFIDENCE
    delivery_confidence: Confidence = GUIDANCE_CONFIDENCE

    def to_json(self) -> dict[str, Any]:
        return {
            "incoterm_advice": self.incoterm_advice,
            "carriers": list(self.carriers),
            "delivery_expectation_days": self.delivery_expectation_days,
            "paperwork": list(self.paperwork),
            "notes": list(self.notes),
            "sources": [source.to_json() for source in self.sources],
            "confidence": self.confidence,
            "delivery_confidence": self.delivery_confidence,
        }


@dataclass(frozen=True, slots=True)
class MarketPractices:
    country: str
    payment_methods: tuple[PaymentMethod, ...]
    fraud_checks: tuple[FraudCheck, ...]
    shipping: ShippingGuidance
    sources: tuple[Source, ...]

    def methods(self, importance: Importance) -> tuple[PaymentMethod, ...]:
        """The payment methods of one importance, in file order."""
        return tuple(method for method in self.payment_methods if method.importance == importance)

    def to_json(self) -> dict[str, Any]:
        return {
            "country": self.country,
            "payment_methods": [method.to_json() for method in self.payment_methods],
            "fraud_checks": [check.to_json() for check in self.fraud_checks],
            "shipping": self.shipping.to_json(),
            "sources": [source.to_json() for source in self.sources],
        }


class _Reader:
    """Turns the TOML tables into models, naming the table of any problem."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        meta = data.get("meta", {})
        try:
            self.retrieved = date.fromisoformat(str(meta["retrieved"]))
        except (KeyError, ValueError):
            raise DataError("[meta] needs retrieved = YYYY-MM-DD", path=DATA_FILE) from None
        self.sources: dict[str, Source] = {}
        for key, value in data.get("sources", {}).items():
            title, url = value.get("title"), value.get("url")
            if not title or not isinstance(url, str) or not url.startswith("https://"):
                raise DataError(f"source {key!r} needs a title and an https URL", path=DATA_FILE)
            self.sources[key] = Source(str(title), url, self.retrieved)

    def source(self, key: object, where: str) -> Source:
        if not isinstance(key, str) or key not in self.sources:
            raise DataError(f"{where}: unknown source {key!r}", path=DATA_FILE)
        return self.sources[key]

    @staticmethod
    def confidence(value: object, where: str, default: Confidence = DEFAULT_CONFIDENCE) -> Confidence:
        if value is None:
            return default
        for known in CONFIDENCES:
            if value == known:
                return known
        raise DataError(f"{where}: unknown confidence {value!r}", path=DATA_FILE)

    def payment(self, raw: Mapping[str, Any], where: str) -> PaymentMethod:
        name, kind, importance = raw.get("name"), raw.get("kind"), raw.get("importance")
        if not name:
            raise DataError(f"{where}: payment method without a name", path=DATA_FILE)
        where = f"{where} {name!r}"
        kind_value = next((k for k in PAYMENT_KINDS if k == kind), None)
        if kind_value is None:
            raise DataError(f"{where}: unknown kind {kind!r} (expected {', '.join(PAYMENT_KINDS)})", path=DATA_FILE)
        importance_value = next((i for i in IMPORTANCES if i == importance), None)
        if importance_value is None:
            raise DataError(f"{where}: unknown importance {importance!r}", path=DATA_FILE)
        note = raw.get("note")
        return PaymentMethod(
            str(name),
            kind_value,
            importance_value,
            str(note) if note else None,
            self.source(raw.get("source"), where),
            self.confidence(raw.get("confidence"), where),
        )

    def fraud(self, raw: Mapping[str, Any], where: str) -> FraudCheck:
        name, why = raw.get("name"), raw.get("why")
        if not name or not why:
            raise DataError(f"{where}: fraud check needs a name and a why", path=DATA_FILE)
        where = f"{where} {name!r}"
        return FraudCheck(
            str(name), str(why), self.source(raw.get("source"), where), self.confidence(raw.get("confidence"), where)
        )


def _strings(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise DataError(f"{where}: expected a list of non-empty strings", path=DATA_FILE)
    return tuple(value)


def _unique_sources(sources: list[Source]) -> tuple[Source, ...]:
    return tuple(dict.fromkeys(sources))


def _build_market(country: str, raw: Mapping[str, Any], reader: _Reader, data: Mapping[str, Any]) -> MarketPractices:
    where = f"[countries.{country}]"
    if len(country) != 2 or pycountry.countries.get(alpha_2=country) is None:
        raise DataError(f"{where}: not an ISO 3166-1 alpha-2 code", path=DATA_FILE)
    defaults = data.get("defaults", {})
    groups = [str(name) for name in raw.get("groups", [])]
    layers: list[tuple[str, Mapping[str, Any]]] = [("[defaults]", defaults)]
    for name in groups:
        if name not in data.get("groups", {}):
            raise DataError(f"{where}: unknown group {name!r}", path=DATA_FILE)
        layers.append((f"[groups.{name}]", data["groups"][name]))
    layers.append((where, raw))

    methods: list[PaymentMethod] = []
    cards_importance = raw.get("cards_importance", "expected")
    for raw_method in defaults.get("payment_methods", []):
        if raw.get("skip_default_cards"):
            continue
        method = reader.payment({**raw_method, "importance": cards_importance}, f"{where} (default)")
        methods.append(method)
    methods.extend(reader.payment(item, where) for item in raw.get("payment_methods", []))
    if not methods:
        raise DataError(f"{where}: no payment methods", path=DATA_FILE)

    checks = [reader.fraud(item, label) for label, layer in layers for item in layer.get("fraud_checks", [])]

    def last(key: str) -> Any:
        for _, layer in reversed(layers):
            if key in layer:
                return layer[key]
        return None

    advice = last("incoterm_advice")
    delivery = raw.get("delivery")
    if not advice or not delivery:
        raise DataError(f"{where}: shipping needs incoterm_advice and delivery", path=DATA_FILE)
    paperwork = [paper for label, layer in layers[1:] for paper in _strings(layer.get("paperwork"), label)]
    shipping_sources = [
        reader.source(key, where) for _, layer in layers[1:] for key in layer.get("shipping_sources", [])
    ]
    if not shipping_sources:
        raise DataError(f"{where}: shipping guidance without a source", path=DATA_FILE)
    shipping = ShippingGuidance(
        incoterm_advice=str(advice),
        carriers=_strings(raw.get("carriers"), where),
        delivery_expectation_days=str(delivery),
        paperwork=tuple(dict.fromkeys(paperwork)),
        notes=_strings(raw.get("notes"), where),
        sources=_unique_sources(shipping_sources),
        confidence=reader.confidence(raw.get("shipping_confidence"), where),
        delivery_confidence=reader.confidence(raw.get("delivery_confidence"), where, GUIDANCE_CONFIDENCE),
    )
    used = [m.source for m in methods] + [c.source for c in checks] + list(shipping.sources)
    return MarketPractices(country, tuple(methods), tuple(checks), shipping, _unique_sources(used))


def parse_practices(text: str) -> MappingProxyType[str, MarketPractices]:
    """Parse and check a practices TOML document (the bundled file or a test's)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DataError(f"malformed TOML: {error}", path=DATA_FILE) from None
    reader = _Reader(data)
    markets = {code: _build_market(code, raw, reader, data) for code, raw in data.get("countries", {}).items()}
    return MappingProxyType(dict(sorted(markets.items())))


@lru_cache(maxsize=1)
def load_practices() -> MappingProxyType[str, MarketPractices]:
    """Every market with practices data, by ISO country code (loaded once)."""
    text = resources.files("borderless.data").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return parse_practices(text)


def covered_countries() -> tuple[str, ...]:
    return tuple(load_practices())


def market_practices(country: str) -> MarketPractices | None:
    """The practices of ``country`` (ISO 3166-1 alpha-2, any case), or ``None`` when the bundled data
    has no entry for it (report that as unknown). A code that is not a country raises
    :class:`UnknownCountryError`."""
    code = str(country).strip().upper()
    if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
        raise UnknownCountryError(country, field="country")
    return load_practices().get(code)
