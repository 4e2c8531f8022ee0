"""The values screening works with: what a rule looks for, what it says, and the verdict it gives.

A :class:`Category` says how to recognise a kind of product (HS ranges, multilingual keywords,
tags). A :class:`Rule` says what one authority or carrier requires for one or more categories in one
market, as a :class:`~borderless.rules.Timeline` of :class:`Ruling` values: each period carries its
severity, explanation, source, effective dates and confidence. A :class:`Verdict` is the answer for
one catalog item in one market on one date, with one :class:`Reason` per rule that matched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Final, Literal

from borderless.rules import Confidence, Period, Source, Timeline

__all__ = [
    "ALL_MARKETS",
    "MODES",
    "SEVERITIES",
    "SEVERITY_LABELS",
    "Category",
    "Keyword",
    "Mode",
    "Reason",
    "Rule",
    "Ruling",
    "Severity",
    "Verdict",
    "severity_rank",
]

Severity = Literal["prohibited", "needs-permit", "carrier-restricted", "observation", "clear"]
SEVERITIES: Final[tuple[Severity, ...]] = ("prohibited", "needs-permit", "carrier-restricted", "observation", "clear")
"""From the most to the least serious. ``clear`` means no rule matched, never "allowed"."""

SEVERITY_LABELS: Final[dict[Severity, str]] = {
    "prohibited": "prohibited",
    "needs-permit": "needs a permit, licence, registration or condition (age check, prescription)",
    "carrier-restricted": "restricted by carriers for this transport mode",
    "observation": "check before selling",
    "clear": "no restriction found in our rules",
}

Mode = Literal["air", "ground", "sea"]
MODES: Final[tuple[Mode, ...]] = ("air", "ground", "sea")

ALL_MARKETS: Final = "*"
"""The market of rules that apply everywhere (carrier rules, CITES)."""


def severity_rank(severity: Severity) -> int:
    """0 for ``prohibited`` ... 4 for ``clear``: lower is more serious."""
    return SEVERITIES.index(severity)


@dataclass(frozen=True, slots=True)
class Keyword:
    """A word or phrase in one language. ``*`` at the end allows any letters to follow (``vape*``),
    ``*`` at the start any letters before (``*messer`` for German compounds). Latin-script words
    match on word boundaries with an optional plural ``s``/``es``; Hangul matches at a word start;
    Chinese, Japanese, Thai and Arabic match anywhere (they do not separate words with spaces)."""

    text: str
    language: str


@dataclass(frozen=True, slots=True)
class Category:
    """A kind of product and how to recognise it.

    ``hs`` are HS prefixes (2-digit chapters, 4-digit headings, 6-digit subheadings, digits only)
    and ``hs_exclude`` prefixes carved out of them. ``exclude`` are phrases removed from the text
    before keywords are looked for ("wine glass" is not wine; "e-cigarette" is not a cigarette).
    ``negations`` are words that mean the product is not of this kind at all ("vegan" jerky), so
    keyword matches are dropped when one is present. When ``hs_conclusive`` is true and the item's
    HS code lies outside ``hs``, a keyword match only yields an observation: the code says the
    product is something else, a person should check.
    """

    key: str
    label: str
    hs: tuple[str, ...] = ()
    hs_exclude: tuple[str, ...] = ()
    keywords: tuple[Keyword, ...] = ()
    exclude: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    hs_conclusive: bool = True
    superseded_by: tuple[str, ...] = ()
    """Categories that, when they match too, make this one redundant (a standalone battery is not also
    "equipment containing a battery")."""


@dataclass(frozen=True, slots=True)
class Ruling:
    """What a rule says during one period."""

    severity: Severity
    explanation: str


@dataclass(frozen=True, slots=True)
class Rule:
    """One requirement for some categories in one market (or ``*`` for every market), optionally only
    for some transport modes (carrier rules: ``("air",)``)."""

    id: str
    market: str
    categories: tuple[str, ...]
    rulings: Timeline[Ruling]
    modes: tuple[Mode, ...] = MODES
    authority: str = ""

    def on(self, on: date) -> Period[Ruling] | None:
        return self.rulings.on(on)


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a verdict is what it is: one matched rule."""

    rule_id: str
    severity: Severity
    category: str
    matched_by: str
    explanation: str
    source: Source
    in_force: Period[Ruling]
    confidence: Confidence
    authority: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "rule_id": self.rule_id,
            "severity": self.severity,
            "category": self.category,
            "matched_by": self.matched_by,
            "explanation": self.explanation,
            "authority": self.authority,
            "source": self.source.to_json(),
            "in_force": self.in_force.effective_json(),
            "confidence": self.confidence,
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """The screening answer for one item in one market: the most serious severity among the reasons,
    or ``clear`` ("no restriction found in our rules") when none matched."""

    sku: str
    title: str
    market: str
    on: date
    mode: Mode
    severity: Severity
    reasons: tuple[Reason, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def summary(self) -> str:
        return SEVERITY_LABELS[self.severity]

    def to_json(self) -> dict[str, object]:
        return {
            "sku": self.sku,
            "title": self.title,
            "market": self.market,
            "date": self.on.isoformat(),
            "mode": self.mode,
            "severity": self.severity,
            "summary": self.summary,
            "reasons": [reason.to_json() for reason in self.reasons],
            "warnings": list(self.warnings),
        }
