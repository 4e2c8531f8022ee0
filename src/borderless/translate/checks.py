"""Quality checks on a translated field; every problem names the product and the field.

Checks: the text is still the source (untranslated), HTML tags changed, placeholders changed,
numbers changed (compared as values, so ``12.5`` and ``12,5`` are equal), a do-not-translate term
or a forced glossary rendering is missing, the text is longer than its limit (Google Shopping
titles: 150 characters), or it contains a forbidden term.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal

from borderless.translate.model import Segment, Translation, TranslationBrief
from borderless.translate.protect import TAG_RE, number_values, placeholders, tag_sequence
from borderless.translate.router import number_symbols

__all__ = ["CHECK_CODES", "GOOGLE_TITLE_MAX", "QualityProblem", "check_translation"]

GOOGLE_TITLE_MAX: Final = 150
CHECK_CODES: Final = (
    "untranslated",
    "markup_changed",
    "placeholder_changed",
    "number_changed",
    "glossary_violation",
    "too_long",
    "forbidden_term",
)

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class QualityProblem:
    product_id: str
    field: str
    code: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.product_id} {self.field}: {self.code}: {self.message}"

    def to_json(self) -> dict[str, str]:
        return {
            "product_id": self.product_id,
            "field": self.field,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
        }


def _contains(text: str, term: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", text, re.IGNORECASE) is not None


def _visible(text: str) -> str:
    return TAG_RE.sub(" ", text)


def check_translation(
    segment: Segment,
    translation: Translation,
    brief: TranslationBrief,
    *,
    forbidden: Sequence[str] = (),
    terms: Mapping[str, str] | None = None,
) -> list[QualityProblem]:
    """All problems of one translated field. ``terms`` defaults to the brief's glossary."""
    problems: list[QualityProblem] = []
    source, target = segment.text, translation.text
    terms = brief.terms if terms is None else terms

    def problem(code: str, message: str, severity: Severity = "error") -> None:
        problems.append(QualityProblem(segment.product_id, segment.field, code, message, severity))

    if brief.source_language != brief.target_language:
        if translation.status == "untranslated":
            problem("untranslated", "no translation; the source text is kept")
        elif _looks_untranslated(source, target, terms):
            problem("untranslated", "the translation is identical to the source text", "warning")
    if tag_sequence(source) != tag_sequence(target):
        problem(
            "markup_changed", f"HTML tags differ: source {tag_sequence(source)}, translation {tag_sequence(target)}"
        )
    if placeholders(source) != placeholders(target):
        problem(
            "placeholder_changed",
            f"placeholders differ: source {placeholders(source)}, translation {placeholders(target)}",
        )
    source_numbers = number_values(source, number_symbols(brief.source_language))
    target_numbers = number_values(target, number_symbols(brief.locale or brief.target_language))
    kept_source_format = number_values(target, number_symbols(brief.source_language))
    if source_numbers not in (target_numbers, kept_source_format):
        problem("number_changed", f"numbers differ: source {source_numbers}, translation {target_numbers}")
    for term, rendering in sorted(terms.items()):
        if _contains(_visible(source), term) and not _contains(_visible(target), rendering):
            if rendering == term:
                problem("glossary_violation", f"do-not-translate term {term!r} is missing from the translation")
            else:
                problem("glossary_violation", f"glossary requires {term!r} to be rendered {rendering!r}")
    if segment.max_length is not None and len(_visible_length_text(target)) > segment.max_length:
        problem("too_long", f"{len(_visible_length_text(target))} characters, the limit is {segment.max_length}")
    for term in forbidden:
        if term and _contains(_visible(target), term):
            problem("forbidden_term", f"contains the forbidden term {term!r}")
    return problems


def _visible_length_text(text: str) -> str:
    return TAG_RE.sub("", text)


def _looks_untranslated(source: str, target: str, terms: Mapping[str, str]) -> bool:
    if source.strip().lower() != target.strip().lower():
        return False
    words = _visible(source)
    for term in terms:
        words = re.sub(r"(?<!\w)" + re.escape(term) + r"(?!\w)", " ", words, flags=re.IGNORECASE)
    # only words of at least three letters count: "XL", sizes and model codes are the same everywhere
    return len(re.findall(r"[^\W\d_]{3,}", words)) >= 2
