"""Readiness scorecard: per market and area, which level the shop has reached and what to do next.

Six areas (localization, marketing, customer service, payments, logistics, technology), three levels
(fundamentals, intermediate, advanced), each level a short list of criteria. A level is reached when
all of its criteria and those of the levels below are met. Criteria read the facts the kit computed
for that market (prices, translations, feeds, payment methods...) and the merchant's own answers in
the profile's ``readiness`` block. The levels follow the usual cross-border e-commerce maturity
ladders (guidance, not a standard).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

__all__ = ["AREAS", "LEVELS", "AreaScore", "score_market"]

AREAS: Final = ("localization", "marketing", "customer_service", "payments", "logistics", "technology")
LEVELS: Final = ("fundamentals", "intermediate", "advanced")

Facts = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Criterion:
    area: str
    level: str
    text: str
    test: Callable[[Facts, Mapping[str, Any]], bool]


def _self(answers: Mapping[str, Any], area: str, key: str) -> Any:
    section = answers.get(area)
    return section.get(key) if isinstance(section, Mapping) else None


CRITERIA: Final = (
    Criterion(
        "localization",
        "fundamentals",
        "prices shown in the local currency",
        lambda f, a: f.get("priced_share", 0) >= 0.99,
    ),
    Criterion(
        "localization",
        "intermediate",
        "listings translated into the market's main language",
        lambda f, a: f.get("language_covered", False) or f.get("translated_share", 0) >= 0.9,
    ),
    Criterion(
        "localization",
        "advanced",
        "translations reviewed by a person and local size guides",
        lambda f, a: f.get("reviewed_share", 0) >= 0.9 and bool(_self(a, "localization", "local_size_guides")),
    ),
    Criterion(
        "marketing",
        "fundamentals",
        "a campaign calendar with the market's holidays and shopping events",
        lambda f, a: f.get("calendar_events", 0) > 0,
    ),
    Criterion(
        "marketing",
        "intermediate",
        "a valid Google Shopping feed for the market",
        lambda f, a: f.get("feed_valid_items", 0) > 0 and f.get("feed_errors", 1) == 0,
    ),
    Criterion(
        "marketing",
        "advanced",
        "local campaigns and international SEO (hreflang)",
        lambda f, a: (
            bool(_self(a, "marketing", "local_campaigns")) and bool(_self(a, "marketing", "international_seo"))
        ),
    ),
    Criterion(
        "customer_service", "fundamentals", "a published support contact", lambda f, a: bool(f.get("support_contact"))
    ),
    Criterion(
        "customer_service",
        "intermediate",
        "support in the market's main language",
        lambda f, a: f.get("support_in_language", False),
    ),
    Criterion(
        "customer_service",
        "advanced",
        "several support channels",
        lambda f, a: len(_self(a, "customer_service", "channels") or ()) >= 2,
    ),
    Criterion(
        "payments", "fundamentals", "cards accepted", lambda f, a: "card" in (_self(a, "payments", "methods") or ())
    ),
    Criterion(
        "payments",
        "intermediate",
        "at least one payment method shoppers there expect",
        lambda f, a: f.get("expected_methods_offered", 0) > 0,
    ),
    Criterion(
        "payments",
        "advanced",
        "every expected method and the fraud checks that matter there",
        lambda f, a: not f.get("expected_methods_missing") and f.get("fraud_checks_met", False),
    ),
    Criterion(
        "logistics",
        "fundamentals",
        "a complete landed cost for at least 90 % of SKUs",
        lambda f, a: f.get("landed_complete_share", 0) >= 0.9,
    ),
    Criterion(
        "logistics",
        "intermediate",
        "duties and taxes collected at checkout (nothing due at the door)",
        lambda f, a: f.get("priced_share", 0) > 0 and f.get("due_at_door_share", 1) == 0,
    ),
    Criterion(
        "logistics",
        "advanced",
        "a local returns option or third-party logistics",
        lambda f, a: bool(_self(a, "logistics", "third_party_logistics")),
    ),
    Criterion("technology", "fundamentals", "every SKU has an HS code", lambda f, a: f.get("hs_missing", 1) == 0),
    Criterion(
        "technology",
        "intermediate",
        "every HS code confirmed and no prohibited product listed",
        lambda f, a: f.get("hs_unconfirmed", 1) == 0 and f.get("prohibited", 1) == 0,
    ),
    Criterion(
        "technology",
        "advanced",
        "geolocation redirect and hreflang",
        lambda f, a: bool(_self(a, "technology", "geolocation_redirect")) and bool(_self(a, "technology", "hreflang")),
    ),
)


@dataclass(frozen=True, slots=True)
class AreaScore:
    area: str
    level: str | None
    met: tuple[str, ...]
    next_steps: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"area": self.area, "level": self.level, "met": list(self.met), "next_steps": list(self.next_steps)}


def score_market(facts: Facts, answers: Mapping[str, Any]) -> tuple[AreaScore, ...]:
    scores = []
    for area in AREAS:
        reached: str | None = None
        met: list[str] = []
        next_steps: list[str] = []
        blocked = False
        for level in LEVELS:
            criteria = [criterion for criterion in CRITERIA if criterion.area == area and criterion.level == level]
            passed = [criterion for criterion in criteria if criterion.test(facts, answers)]
            met.extend(criterion.text for criterion in passed)
            if not blocked and len(passed) == len(criteria):
                reached = level
            elif not blocked:
                blocked = True
                next_steps.extend(f"{level}: {criterion.text}" for criterion in criteria if criterion not in passed)
        scores.append(AreaScore(area, reached, tuple(met), tuple(next_steps)))
    return tuple(scores)
