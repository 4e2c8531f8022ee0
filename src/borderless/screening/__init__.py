"""Restricted and prohibited goods screening per destination market.

``screen(item, "TH", on=date(2026, 11, 21), mode="air")`` returns a :class:`Verdict` whose reasons
name each matched rule, how it matched (HS range, keyword, tag), its source, effective dates and
confidence. Rules are data: :mod:`borderless.screening.rules` (one module per market, EU, carriers);
product recognition: :mod:`borderless.screening.categories`.
"""

from borderless.screening.categories import CATEGORIES, LANGUAGES
from borderless.screening.engine import EU, check_market, check_mode, covered_markets, rules_for, screen, screen_items
from borderless.screening.matching import CategoryMatch, match_categories
from borderless.screening.model import (
    MODES,
    SEVERITIES,
    SEVERITY_LABELS,
    Category,
    Keyword,
    Mode,
    Reason,
    Rule,
    Ruling,
    Severity,
    Verdict,
)
from borderless.screening.rules import load_rules

__all__ = [
    "CATEGORIES",
    "EU",
    "LANGUAGES",
    "MODES",
    "SEVERITIES",
    "SEVERITY_LABELS",
    "Category",
    "CategoryMatch",
    "Keyword",
    "Mode",
    "Reason",
    "Rule",
    "Ruling",
    "Severity",
    "Verdict",
    "check_market",
    "check_mode",
    "covered_markets",
    "load_rules",
    "match_categories",
    "rules_for",
    "screen",
    "screen_items",
]
