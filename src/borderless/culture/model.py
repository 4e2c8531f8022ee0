"""The vocabulary of cultural checks: associations a market has, and warnings a listing raises.

A :class:`CulturalAssociation` is a sourced fact or piece of guidance about what a colour, number,
symbol, gesture, image or wording means in some markets. ``guidance=True`` marks etiquette and
opinion (what many shoppers feel) as opposed to law or well-documented fact. Associations with
``polarity="positive"`` are shown in market profiles but never raise a warning.

``triggers`` say when a listing touches the association: every group must match at least one of
its terms (an AND of ORs). Terms are matched case-insensitively as whole words; a term written
``#4`` matches the standalone number 4 (not 14, not 4.5); terms in non-Latin scripts and symbols
(``菊``, ``卍``, ``👍``) match anywhere in the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from borderless.rules import Confidence, Source

__all__ = [
    "AssociationKind",
    "CulturalAssociation",
    "CulturalAssociations",
    "CulturalWarning",
    "Polarity",
    "Severity",
]

AssociationKind = Literal["colour", "number", "symbol", "gesture", "imagery", "wording", "gift"]
Polarity = Literal["negative", "positive", "mixed"]
Severity = Literal["info", "warning", "legal"]


@dataclass(frozen=True, slots=True)
class CulturalAssociation:
    key: str
    kind: AssociationKind
    subject: str
    meaning: str
    advice: str
    countries: frozenset[str]
    polarity: Polarity
    severity: Severity
    triggers: tuple[tuple[str, ...], ...]
    source: Source
    confidence: Confidence
    guidance: bool
    start: date | None = None
    """First day the association applies (a law in force from a date); ``None``: long-standing."""

    def in_force(self, on: date | None) -> bool:
        return self.start is None or on is None or on >= self.start

    def to_json(self) -> dict[str, object]:
        return {
            "key": self.key,
            "kind": self.kind,
            "subject": self.subject,
            "meaning": self.meaning,
            "advice": self.advice,
            "polarity": self.polarity,
            "severity": self.severity,
            "guidance": self.guidance,
            "confidence": self.confidence,
            "source": self.source.to_json(),
            "from": self.start.isoformat() if self.start else None,
        }


@dataclass(frozen=True, slots=True)
class CulturalAssociations:
    """What Borderless knows of one market's associations. ``warnings`` says when the list is empty
    or thin: no notes is never a clearance."""

    country: str
    associations: tuple[CulturalAssociation, ...]
    warnings: tuple[str, ...] = ()

    def of_kind(self, kind: AssociationKind) -> tuple[CulturalAssociation, ...]:
        return tuple(item for item in self.associations if item.kind == kind)

    def to_json(self) -> dict[str, object]:
        return {
            "country": self.country,
            "associations": [item.to_json() for item in self.associations],
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True, slots=True)
class CulturalWarning:
    """One place where a listing touches a negative association: which field, what matched, what it
    means there and what to consider. A warning, never a rewrite."""

    country: str
    key: str
    field: str
    matched: str
    kind: AssociationKind
    subject: str
    explanation: str
    advice: str
    severity: Severity
    guidance: bool
    confidence: Confidence
    source: Source
    product: str | None = None

    def __str__(self) -> str:
        where = f"{self.product}, " if self.product else ""
        label = "guidance" if self.guidance else self.severity
        return (
            f"{where}{self.field}: {self.country} {label}: {self.subject} ({self.matched!r}): "
            f"{self.explanation} {self.advice}"
        )

    def to_json(self) -> dict[str, object]:
        return {
            "country": self.country,
            "product": self.product,
            "key": self.key,
            "field": self.field,
            "matched": self.matched,
            "kind": self.kind,
            "subject": self.subject,
            "explanation": self.explanation,
            "advice": self.advice,
            "severity": self.severity,
            "guidance": self.guidance,
            "confidence": self.confidence,
            "source": self.source.to_json(),
        }
