"""Price results as flat rows for one CSV price list per market (no I/O here)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from borderless.pricing.engine import PriceResult

__all__ = ["PRICE_LIST_COLUMNS", "price_list_rows"]

PRICE_LIST_COLUMNS = (
    "sku",
    "product_id",
    "title",
    "price",
    "currency",
    "tax_included",
    "strategy",
    "landed_cost_in_price",
    "added_at_checkout",
    "due_at_delivery",
    "landed_cost_complete",
    "margin",
    "margin_rate",
    "floor",
    "raised_to_floor",
    "warnings",
)


def _amount(value: object) -> str:
    amount = getattr(value, "amount", None)
    return "" if amount is None else format(amount, "f")


def price_list_rows(results: Iterable[PriceResult], titles: Mapping[str, str]) -> list[dict[str, str]]:
    rows = []
    for result in results:
        landed = result.landed_cost
        rows.append(
            {
                "sku": result.sku,
                "product_id": result.product_id,
                "title": titles.get(result.sku, ""),
                "price": _amount(result.price),
                "currency": result.price.currency if result.price else "",
                "tax_included": "true" if result.tax_included else "false",
                "strategy": result.strategy,
                "landed_cost_in_price": _amount(landed.in_price) if landed else "",
                "added_at_checkout": _amount(landed.added_at_checkout) if landed else "",
                "due_at_delivery": _amount(landed.due_at_delivery) if landed else "",
                "landed_cost_complete": "" if landed is None else ("true" if landed.complete else "false"),
                "margin": _amount(result.margin),
                "margin_rate": "" if result.margin_rate is None else format(result.margin_rate, "f"),
                "floor": _amount(result.floor),
                "raised_to_floor": "true" if result.raised_to_floor else "false",
                "warnings": " | ".join(result.warnings if not result.error else (result.error, *result.warnings)),
            }
        )
    return rows
