"""The JSON form of a quote: money as {"amount", "currency"} strings, every line with its rule, source,
effective dates and confidence. A renderer only: it never recomputes."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from borderless.landed_cost.engine import Line, Quote
from borderless.money import Money

__all__ = ["quote_to_json"]


def _money(money: Money | None) -> dict[str, str] | None:
    return None if money is None else money.to_json()


def _rate(rate: Decimal | None) -> str | None:
    return None if rate is None else format(rate.normalize(), "f")


def line_to_json(line: Line) -> dict[str, Any]:
    period = line.period
    source = None
    if period is not None:
        source = {"title": period.source.title, "url": period.source.url or None,
                  "retrieved": period.source.retrieved.isoformat() if period.source.url else None}
    data: dict[str, Any] = {
        "kind": line.kind,
        "label": line.label,
        "base": _money(line.base),
        "rate": _rate(line.rate),
        "amount": _money(line.amount),
        "rule": line.rule,
        "source": source,
        "effective": period.effective_json() if period is not None and period.start.year > 1 else None,
        "confidence": period.confidence if period is not None else None,
        "collected": line.collected,
        "payer": line.payer,
    }
    if line.item:
        data["item"] = line.item
    if line.note and line.note != "taxed":
        data["note"] = line.note
    return data


def quote_to_json(quote: Quote) -> dict[str, Any]:
    return {
        "currency": quote.currency,
        "customs_value": quote.customs_value.to_json(),
        "duty": quote.duty.to_json(),
        "taxes": quote.taxes.to_json(),
        "fees": quote.fees.to_json(),
        "total_landed_cost": quote.total_landed_cost.to_json(),
        "due_at_checkout": quote.due_at_checkout.to_json(),
        "due_at_delivery": quote.due_at_delivery.to_json(),
        "complete": quote.complete,
        "lines": [line_to_json(line) for line in quote.lines],
        "exchange_rates_used": [rate.to_json() for rate in quote.exchange_rates_used],
        "warnings": list(quote.warnings),
    }
