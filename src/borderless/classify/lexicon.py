"""The multilingual product lexicon: words in 14 languages mapped to HS headings and to English
nomenclature words.

``data/classify/lexicon.txt`` holds one concept per line, ``TARGETS | TERM; TERM; ...``. A target is an
HS chapter (2 digits), heading (4) or subheading (6) with an optional ``:WEIGHT``, or ``~word``: an
English word of the nomenclature that the concept stands for (``Baumwolle`` -> ``cotton``), which
steers the choice between subheadings.

Matching is pure and fast: text is normalised (NFKC, case-folded); words of space-separated scripts
are matched as whole words (with a light plural fold), Chinese, Japanese, Korean, Thai and Arabic terms
as substrings. Overlapping matches keep the longest (``kem đánh răng`` wins over ``kem``), and a
product word that follows "for" (``case for iPhone``) counts less, as it names what the product is
used with, not what it is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

from borderless.errors import DataError

__all__ = [
    "Concept",
    "ConceptMatch",
    "Lexicon",
    "fold_word",
    "load_lexicon",
    "normalise_text",
    "word_spans",
]

LEXICON_FILE: Final = "lexicon.txt"
_WORD_RE: Final = re.compile(r"[^\W_]+", re.UNICODE)
# Scripts written without spaces between words (or with particles glued on): matched as substrings.
_SUBSTRING_SCRIPT_RE: Final = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f\uac00-\ud7af\u1100-\u11ff\u0600-\u06ff]"
)
# Words after which a product word names what the product is *for*, not what it is.
_FOR_WORDS: Final = frozenset(
    {"for", "für", "pour", "para", "per", "voor", "için", "cho", "compatible", "kompatibel", "compatível"}
)
FOR_DAMPING: Final = 0.35
_MAX_WORDS: Final = 5


def normalise_text(text: str) -> str:
    """NFKC and case-folded, with typographic apostrophes made plain."""
    return unicodedata.normalize("NFKC", text).casefold().replace("’", "'").replace("`", "'")


def fold_word(word: str) -> str:
    """A light plural fold shared by the lexicon, queries and the nomenclature: ``shoes`` -> ``shoe``,
    ``boxes`` -> ``box``, ``berries`` -> ``berry``, ``camisetas`` -> ``camiseta``."""
    if len(word) <= 3 or not word.isalpha() or (not word.isascii() and not word[-1].isascii()):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """Folded words of an already normalised text with their character spans."""
    return [(fold_word(match.group()), match.start(), match.end()) for match in _WORD_RE.finditer(text)]


def _is_substring_term(term: str) -> bool:
    return bool(_SUBSTRING_SCRIPT_RE.search(term))


@dataclass(frozen=True, slots=True)
class Concept:
    """One lexicon line: the HS codes it points to (code -> weight), the English nomenclature words it
    stands for, and a label (its first term) used in explanations."""

    label: str
    targets: tuple[tuple[str, float], ...]
    words: tuple[str, ...]
    line: int


@dataclass(frozen=True, slots=True)
class ConceptMatch:
    """A concept found in a text: the words as written, and a weight (1.0, or less after "for")."""

    concept: Concept
    matched: str
    weight: float


class Lexicon:
    """The parsed lexicon with its two indexes (whole-word phrases and substring terms)."""

    def __init__(
        self,
        concepts: tuple[Concept, ...],
        phrases: dict[tuple[str, ...], list[Concept]],
        substrings: dict[str, list[Concept]],
        terms: tuple[tuple[str, Concept], ...] = (),
    ) -> None:
        self.concepts = concepts
        self.terms = terms  # every term as written, with its concept (the lexicon's vectors embed these)
        self._phrases = phrases
        self._substrings = substrings
        self._has_substrings = bool(substrings)

    def match(self, text: str) -> list[ConceptMatch]:
        """Concepts in ``text``, longest matches first, overlapping shorter ones dropped."""
        normal = normalise_text(text)
        words = word_spans(normal)
        found: list[tuple[int, int, tuple[Concept, ...]]] = []
        for start in range(len(words)):
            for size in range(min(_MAX_WORDS, len(words) - start), 0, -1):
                key = tuple(word for word, _, _ in words[start : start + size])
                phrase_concepts = self._phrases.get(key)
                if phrase_concepts:
                    found.append((words[start][1], words[start + size - 1][2], tuple(phrase_concepts)))
                    break
        if self._has_substrings and _SUBSTRING_SCRIPT_RE.search(normal):
            for term, term_concepts in self._substrings.items():
                position = normal.find(term)
                while position >= 0:
                    found.append((position, position + len(term), tuple(term_concepts)))
                    position = normal.find(term, position + 1)
        found.sort(key=lambda item: (-(item[1] - item[0]), item[0]))
        taken: list[tuple[int, int]] = []
        after_for = _for_positions(words)
        matches: list[ConceptMatch] = []
        seen: set[int] = set()
        for begin, end, concepts in found:
            if any(begin < other_end and other_begin < end for other_begin, other_end in taken):
                continue
            taken.append((begin, end))
            weight = FOR_DAMPING if any(begin >= position for position in after_for) else 1.0
            for concept in concepts:
                if concept.line in seen:
                    continue
                seen.add(concept.line)
                matches.append(ConceptMatch(concept, text_slice(text, normal, begin, end), weight))
        return matches


def _for_positions(words: list[tuple[str, int, int]]) -> list[int]:
    return [end for word, _, end in words if word in _FOR_WORDS]


def text_slice(original: str, normal: str, begin: int, end: int) -> str:
    """The matched words as the user wrote them when normalisation kept the length, else normalised."""
    return original[begin:end] if len(original) == len(normal) else normal[begin:end]


def _parse_targets(text: str, line: int) -> tuple[tuple[tuple[str, float], ...], tuple[str, ...]]:
    targets: list[tuple[str, float]] = []
    words: list[str] = []
    for item in text.split():
        if item.startswith("~"):
            words.extend(word for word, _, _ in word_spans(normalise_text(item[1:])) if len(word) > 1)
            continue
        code, _, weight = item.partition(":")
        if not code.isdigit() or len(code) not in (2, 4, 6):
            raise DataError(f"bad HS target {item!r}", path=f"classify/{LEXICON_FILE}", line=line)
        try:
            value = float(weight) if weight else 1.0
        except ValueError:
            raise DataError(f"bad weight in {item!r}", path=f"classify/{LEXICON_FILE}", line=line) from None
        targets.append((code, value))
    return tuple(targets), tuple(dict.fromkeys(words))


def parse_lexicon(text: str) -> Lexicon:
    concepts: list[Concept] = []
    written: dict[str, Concept] = {}
    phrases: dict[tuple[str, ...], list[Concept]] = {}
    substrings: dict[str, list[Concept]] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if "|" not in line:
            raise DataError("expected 'TARGETS | TERMS'", path=f"classify/{LEXICON_FILE}", line=number)
        target_text, term_text = line.split("|", 1)
        targets, words = _parse_targets(target_text, number)
        terms = [term.strip() for term in term_text.split(";") if term.strip()]
        if not terms or not (targets or words):
            raise DataError("a concept needs targets and terms", path=f"classify/{LEXICON_FILE}", line=number)
        concept = Concept(label=terms[0], targets=targets, words=words, line=number)
        concepts.append(concept)
        for term in terms:
            normal = normalise_text(term)
            written.setdefault(normal, concept)
            if _is_substring_term(normal):
                bucket = substrings.setdefault(normal, [])
                if concept not in bucket:
                    bucket.append(concept)
                continue
            keys = {tuple(word for word, _, _ in word_spans(normal))}
            if "-" in normal:  # "t-shirt" is also written "tshirt"
                keys.add(tuple(word for word, _, _ in word_spans(normal.replace("-", ""))))
            for key in keys:
                if key:
                    bucket = phrases.setdefault(key, [])
                    if concept not in bucket:
                        bucket.append(concept)
    return Lexicon(tuple(concepts), phrases, substrings, tuple(written.items()))


def lexicon_text() -> str:
    return resources.files("borderless").joinpath("data", "classify", LEXICON_FILE).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The bundled lexicon, parsed once."""
    return parse_lexicon(lexicon_text())
