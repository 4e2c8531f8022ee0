"""Screening rules, one module per market (named by the country's name), plus the European Union, the
carriers' rules by transport mode and rules that apply everywhere. Each module exports ``RULES``."""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from typing import Final

from borderless.screening.model import Rule

__all__ = ["RULE_MODULES", "load_rules"]

RULE_MODULES: Final = (
    "everywhere",
    "carriers",
    "european_union",
    "germany",
    "france",
    "belgium",
    "netherlands",
    "united_states",
    "canada",
    "mexico",
    "brazil",
    "united_kingdom",
    "switzerland",
    "norway",
    "australia",
    "new_zealand",
    "japan",
    "south_korea",
    "china",
    "singapore",
    "thailand",
    "india",
    "united_arab_emirates",
    "saudi_arabia",
    "south_africa",
    "turkey",
)


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    """Every screening rule, in module order. Rule ids are unique."""
    rules: list[Rule] = []
    seen: set[str] = set()
    for name in RULE_MODULES:
        for found in import_module(f"borderless.screening.rules.{name}").RULES:
            if found.id in seen:
                raise ValueError(f"duplicate screening rule id {found.id!r} in {name}")
            seen.add(found.id)
            rules.append(found)
    return tuple(rules)
