"""The screening engine: which rules apply to an item in a market on a date, and the verdict.

Pure functions over the catalog model and the rule data; no I/O. A market's rules are its own, the
EU's when it is an EU member (or is ``EU``), and the rules for every market (``*``), filtered by
transport mode. The verdict's severity is the most serious among the matched rules in force;
``clear`` means no rule matched ("no restriction found in our rules"), never "allowed".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from functools import lru_cache
from typing import Final

from borderless.catalog import CatalogItem
from borderless.countries import load_markets
from borderless.countries.european_union import MEMBERS
from borderless.errors import InputError, UnknownCountryError
from borderless.screening.categories import CATEGORIES
from borderless.screening.matching import CategoryMatch, match_categories
from borderless.screening.model import ALL_MARKETS, MODES, Mode, Reason, Rule, Verdict, severity_rank
from borderless.screening.rules import load_rules

__all__ = ["EU", "check_market", "check_mode", "covered_markets", "rules_for", "screen", "screen_items"]

EU: Final = "EU"


@lru_cache(maxsize=1)
def covered_markets() -> tuple[str, ...]:
    """Every market code screening answers for: the bundled markets and ``EU``."""
    return tuple(sorted({*load_markets(), EU}))


def check_market(market: str, *, field: str = "market") -> str:
    """Upper-case ``market`` and make sure screening covers it (raises :class:`InputError`)."""
    code = market.strip().upper() if isinstance(market, str) else market
    if not isinstance(code, str) or len(code) != 2 or not code.isalpha():
        raise UnknownCountryError(market, field=field)
    if code not in covered_markets():
        raise InputError(
            f"no screening rules for {code}; covered: {', '.join(covered_markets())}", field=field, value=market
        )
    return code


def check_mode(mode: str, *, field: str = "mode") -> Mode:
    for known in MODES:
        if mode == known:
            return known
    raise InputError(f"unknown transport mode {mode!r}; expected one of {', '.join(MODES)}", field=field, value=mode)


@lru_cache(maxsize=128)
def _rules_for(market: str, mode: Mode) -> tuple[Rule, ...]:
    scopes = {ALL_MARKETS, market}
    if market in MEMBERS or market == EU:
        scopes.add(EU)
    return tuple(rule for rule in load_rules() if rule.market in scopes and mode in rule.modes)


def rules_for(market: str, *, mode: Mode) -> tuple[Rule, ...]:
    """The rules that can apply to goods sent to ``market`` by ``mode`` (any date)."""
    return _rules_for(check_market(market), check_mode(mode))


def _warnings(item: CatalogItem, reasons: Iterable[Reason]) -> tuple[str, ...]:
    found: list[str] = []
    if not item.variant.hs_code:
        found.append("no HS code: matched on keywords and tags only")
    elif not item.variant.hs_confirmed:
        found.append("HS code not confirmed by a person: HS-based matches may be wrong")
    for reason in reasons:
        if reason.confidence == "uncertain":
            found.append(f"rule {reason.rule_id} is uncertain: check the source before relying on it")
    return tuple(found)


def _verdict(item: CatalogItem, market: str, on: date, mode: Mode, matches: Mapping[str, CategoryMatch]) -> Verdict:
    reasons: list[Reason] = []
    for rule in _rules_for(market, mode):
        match = next((matches[key] for key in rule.categories if key in matches), None)
        if match is None:
            continue
        period = rule.on(on)
        if period is None:
            continue
        severity = "observation" if match.observation_only else period.value.severity
        reasons.append(
            Reason(
                rule_id=rule.id,
                severity=severity,
                category=match.category,
                matched_by=match.matched_by,
                explanation=period.value.explanation,
                source=period.source,
                in_force=period,
                confidence=period.confidence,
                authority=rule.authority,
            )
        )
    reasons.sort(key=lambda reason: severity_rank(reason.severity))
    severity = reasons[0].severity if reasons else "clear"
    return Verdict(
        sku=item.sku,
        title=item.title,
        market=market,
        on=on,
        mode=mode,
        severity=severity,
        reasons=tuple(reasons),
        warnings=_warnings(item, reasons),
    )


def screen(item: CatalogItem, market: str, *, on: date, mode: str) -> Verdict:
    """Screen one catalog item for one destination market on ``on``, shipped by ``mode``."""
    code = check_market(market)
    checked_mode = check_mode(mode)
    matches = {match.category: match for match in match_categories(item, CATEGORIES)}
    return _verdict(item, code, on, checked_mode, matches)


def screen_items(items: Iterable[CatalogItem], markets: Iterable[str], *, on: date, mode: str) -> Iterator[Verdict]:
    """Screen every item for every market (item by item, markets in the given order). Categories are
    recognised once per item."""
    codes = tuple(dict.fromkeys(check_market(market) for market in markets))
    checked_mode = check_mode(mode)
    for item in items:
        matches = {match.category: match for match in match_categories(item, CATEGORIES)}
        for code in codes:
            yield _verdict(item, code, on, checked_mode, matches)
