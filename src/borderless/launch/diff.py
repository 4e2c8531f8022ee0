"""What changed between two kits: prices, screening verdicts, rules and sources used, markets, ranks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["KitChange", "diff_kits"]


@dataclass(frozen=True, slots=True)
class KitChange:
    kind: str  # market | price | verdict | rank | rule | artifact
    market: str | None
    subject: str
    before: str | None
    after: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "market": self.market,
            "subject": self.subject,
            "before": self.before,
            "after": self.after,
        }

    def __str__(self) -> str:
        where = f"[{self.market}] " if self.market else ""
        return f"{self.kind:8} {where}{self.subject}: {self.before or '-'} -> {self.after or '-'}"


def _prices(section: Mapping[str, Any]) -> dict[str, str | None]:
    return {
        row["sku"]: None if row.get("price") is None else f"{row['price']} {row.get('currency', '')}".strip()
        for row in section.get("prices", [])
    }


def _verdicts(section: Mapping[str, Any]) -> dict[str, str]:
    rows = section.get("screening")
    if not isinstance(rows, list):
        return {}
    return {str(row.get("sku")): str(row.get("severity")) for row in rows}


def _rules(section: Mapping[str, Any]) -> set[str]:
    """Every rule named in the market's price warnings and screening reasons (a cheap, stable proxy
    for 'which rules were in force')."""
    found: set[str] = set()
    for row in section.get("screening") or []:
        if isinstance(row, Mapping):
            for reason in row.get("reasons", []) or []:
                if isinstance(reason, Mapping) and reason.get("rule_id"):
                    found.add(str(reason["rule_id"]))
    for row in section.get("prices", []):
        found.update(row.get("warnings", []))
    return found


def diff_kits(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[KitChange]:
    changes: list[KitChange] = []
    old_markets, new_markets = old.get("markets", {}), new.get("markets", {})
    for market in sorted(set(old_markets) | set(new_markets)):
        if market not in new_markets:
            changes.append(KitChange("market", market, "market", "in kit", None))
            continue
        if market not in old_markets:
            changes.append(KitChange("market", market, "market", None, "in kit"))
            continue
        before, after = old_markets[market], new_markets[market]
        rank_before = (before.get("rank") or {}).get("rank")
        rank_after = (after.get("rank") or {}).get("rank")
        if rank_before != rank_after:
            changes.append(KitChange("rank", market, "rank", str(rank_before), str(rank_after)))
        old_prices, new_prices = _prices(before), _prices(after)
        for sku in sorted(set(old_prices) | set(new_prices)):
            if old_prices.get(sku) != new_prices.get(sku):
                changes.append(KitChange("price", market, sku, old_prices.get(sku), new_prices.get(sku)))
        old_verdicts, new_verdicts = _verdicts(before), _verdicts(after)
        for sku in sorted(set(old_verdicts) | set(new_verdicts)):
            if old_verdicts.get(sku) != new_verdicts.get(sku):
                changes.append(
                    KitChange("verdict", market, sku, old_verdicts.get(sku, "clear"), new_verdicts.get(sku, "clear"))
                )
        old_rules, new_rules = _rules(before), _rules(after)
        for rule in sorted(old_rules - new_rules):
            changes.append(KitChange("rule", market, rule, "applied", None))
        for rule in sorted(new_rules - old_rules):
            changes.append(KitChange("rule", market, rule, None, "applied"))
    return changes
