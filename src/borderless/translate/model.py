"""Values the translation pipeline passes around: what to translate, the brief, what came back.

A :class:`Segment` is one product field (``title``, ``description``) in the source language. A
:class:`Translation` is what a backend produced for it, always naming the backend and whether a person
has reviewed the text. A :class:`TranslationBrief` carries what a transcreating backend needs to know
about the market (register, tone, cultural notes, glossary, length limit).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final, Literal

from borderless.errors import BorderlessError

__all__ = [
    "STATUSES",
    "BackendError",
    "Segment",
    "Status",
    "Translation",
    "TranslationBrief",
    "language_of",
]

Status = Literal["memory", "fuzzy", "machine", "untranslated"]
STATUSES: Final[tuple[Status, ...]] = ("memory", "fuzzy", "machine", "untranslated")


class BackendError(BorderlessError, RuntimeError):
    """A translation backend failed (bad key, rate limit after retries, server error, tool crash).
    ``.backend`` names it and ``.status`` holds the HTTP status when there was one."""

    def __init__(self, backend: str, message: str, *, status: int | None = None) -> None:
        super().__init__(f"{backend}: {message}")
        self.backend = backend
        self.status = status
        self.message = message


def language_of(locale_or_language: str) -> str:
    """``de_DE`` / ``de-DE`` / ``DE`` -> ``de`` (the ISO 639 part, lower case)."""
    return locale_or_language.replace("-", "_").split("_", 1)[0].lower()


def _no_terms() -> Mapping[str, str]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Segment:
    """One field of one product to translate. ``max_length`` is the target's character limit
    (a Google Shopping title allows 150), ``None`` when there is none."""

    product_id: str
    field: str
    text: str
    max_length: int | None = None

    @property
    def key(self) -> str:
        return f"{self.product_id}/{self.field}"


@dataclass(frozen=True, slots=True)
class TranslationBrief:
    """What a person (or a transcreating model) should know before translating for a market.

    ``register`` is ``formal`` or ``informal`` address (Sie/du, vous/tu); ``terms`` maps glossary
    terms to their required rendering (equal to the term itself for do-not-translate names)."""

    source_language: str
    target_language: str
    market: str | None = None
    locale: str | None = None
    register: str | None = None
    tone: str | None = None
    cultural_notes: tuple[str, ...] = ()
    terms: Mapping[str, str] = field(default_factory=_no_terms)
    max_length: int | None = None
    purpose: str = "e-commerce product listing"

    def to_json(self) -> dict[str, object]:
        return {
            "source_language": self.source_language,
            "target_language": self.target_language,
            "market": self.market,
            "locale": self.locale,
            "register": self.register,
            "tone": self.tone,
            "cultural_notes": list(self.cultural_notes),
            "terms": dict(self.terms),
            "max_length": self.max_length,
            "purpose": self.purpose,
        }


@dataclass(frozen=True, slots=True)
class Translation:
    """A translated text with where it came from. ``status``: ``memory`` (exact reuse), ``fuzzy``
    (a similar memory entry reused, ``score`` 0-100), ``machine`` (a backend translated it now) or
    ``untranslated`` (no backend could; ``text`` is the source text, kept and flagged)."""

    text: str
    backend: str
    reviewed: bool
    status: Status
    score: float | None = None
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "text": self.text,
            "backend": self.backend,
            "reviewed": self.reviewed,
            "status": self.status,
        }
        if self.score is not None:
            data["score"] = round(self.score, 1)
        if self.notes:
            data["notes"] = list(self.notes)
        return data
