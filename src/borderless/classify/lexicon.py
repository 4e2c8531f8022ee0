"""The multilingual product lexicon: words in 14 languages mapped to HS headings and to English
nomenclature words.

``data/classify/lexicon.txt`` holds one concept per line, ``TARGETS | TERM; TERM; ...``. A target is an
HS chapter (2 digits), heading (4) or subheading (6) with an optional ``:WEIGHT``, or ``~word``: an
English word of the nomenclature that the concept stands for (``Baumwolle`` -> ``cotton``), which
steers the choice between subheadings.

Matching is pure and fast: text is normalised (NFKC, case-folded); words of space-separated scripts
are matched as whole words (with a light plural fold), Chinese, Japanese, Korean, Thai and Arabic terms
as substrings. Overlapping matches keep the longest (``kem đánh răng`` wins over ``kem``).

Where a word stands in the title decides how much it says about what the product is:

- after "for" (``case for iPhone``) it names what the product is used with, and after "with"
  (``drill with 2 batteries``) what comes with it: both count less;
- after "no"/"without" or before "free" (``no palm oil``, ``sugar free``, ``ohne Zucker``, ``无糖``) it
  names what the product is not: it is kept at weight 0 (role :data:`NEGATED`), so that the classifier
  can read the title without it;
- a container (``glass jar``, ``tin``, ``gift box``) named beside another product is its packing, which
  General Interpretative Rule 5(b) classifies with the goods: it counts less;
- in English, of two product words side by side the first qualifies the second (``butter cookies``,
  ``coffee mug``, ``rice cooker``): the first counts less;
- in German and Dutch a compound's last part names the product and a first part may name its material
  (``Rollkragenpullover``, ``Lederjacke``); in Turkish a term takes suffixes (``ayakkabıları``);
- a term of two concepts (``tee``: a T-shirt, or tea in German) means the one another word of the title
  names, when one does.
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
    "is_packing",
    "load_lexicon",
    "names_goods",
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
# Words after which a product word names what comes with the product.
_WITH_WORDS: Final = frozenset({"with", "mit", "avec", "con", "com", "met", "ile", "kèm", "incl", "including", "inkl"})
# Words before (or, for "free", after) a product word that say the product does not contain it.
_NOT_WORDS: Final = frozenset(
    {"no", "non", "without", "ohne", "kein", "keine", "sans", "sin", "sem", "senza", "zonder", "không", "chưa", "بدون"}
)
_FREE_WORDS: Final = frozenset({"free", "frei", "libre", "livre", "vrij"})
_NOT_PREFIX_RE: Final = re.compile(r"(?:无|無|不含|非|무|ไม่มี|ไม่ใส่|ไม่เติม|بدون ?)$")
FOR_DAMPING: Final = 0.35
NEGATED: Final = "said to be absent"
WITH_DAMPING: Final = 0.35
PACKING_DAMPING: Final = 0.35
MODIFIER_DAMPING: Final = 0.35
# Words naming the form a product is presented in ("aspirin tablets", "vitamin C gummies"): the word
# before them is the product, not a qualifier.
_FORM_WORDS: Final = frozenset(
    {"tablet", "capsule", "softgel", "gummy", "gummie", "pill", "drop", "lozenge", "sachet", "stick", "powder"}
)
# Headings of containers for the conveyance or packing of goods (plastics, paperboard, textile sacks,
# wood, glass, iron or steel, aluminium): a title naming goods and one of these is the goods, packed.
PACKING_HEADINGS: Final = frozenset({"3923", "4819", "6305", "4415", "7010", "7310", "7612"})
_MAX_WORDS: Final = 5
# Languages that write compounds as one word with the product last (German, Dutch), and one whose words
# take suffixes (Turkish); the shortest part of a word matched, and the longest suffix skipped.
_COMPOUNDING_LANGUAGES: Final = frozenset({"de", "nl"})
_SUFFIXING_LANGUAGES: Final = frozenset({"tr"})
_PART_MIN: Final = 4
_SUFFIX_MAX: Final = 5


_Placed = tuple[int, int, "Concept", float, str]  # a match's span, concept, weight and role


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
    """A concept found in a text: the words as written, a weight (1.0, or less for a word that does not
    name the product itself) and why it counts less (``role``, empty at full weight)."""

    concept: Concept
    matched: str
    weight: float
    role: str = ""


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

    def match(self, text: str, *, language: str = "") -> list[ConceptMatch]:
        """Concepts in ``text``, longest matches first, overlapping shorter ones dropped, weighted by
        where they stand (see the module's notes); the title's ``language`` turns on the rules of its word
        order ("en": compound heads; "de", "nl": compounds read by their parts; "tr": suffixes)."""
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
        if language in _COMPOUNDING_LANGUAGES or language in _SUFFIXING_LANGUAGES:
            found.extend(self._word_parts(words, found, language))
        found.sort(key=lambda item: (-(item[1] - item[0]), item[0]))
        kept: list[tuple[int, int, tuple[Concept, ...]]] = []
        for begin, end, concepts in found:
            if not any(begin < other_end and other_begin < end for other_begin, other_end, _ in kept):
                kept.append((begin, end, concepts))
        # One sense per title: a term of several concepts ("tee": T-shirt or, in German, tea) means the one
        # another word of the title names, when one does.
        named = {concepts[0].line for _, _, concepts in kept if len(concepts) == 1}
        after_for = _positions_after(words, _FOR_WORDS)
        after_with = _positions_after(words, _WITH_WORDS)
        placed: list[_Placed] = []
        seen: set[int] = set()
        for begin, end, concepts in kept:
            if len(concepts) > 1 and any(concept.line in named for concept in concepts):
                continue
            if _negated(normal, words, begin, end):
                # Kept at weight 0 so the title can be read without it (its sentence vector).
                placed.extend((begin, end, concept, 0.0, NEGATED) for concept in concepts[:1])
                continue
            weight, role = 1.0, ""
            if any(begin >= position for position in after_for):
                weight, role = FOR_DAMPING, "after 'for'"
            elif any(begin >= position for position in after_with):
                weight, role = WITH_DAMPING, "after 'with'"
            for concept in concepts:
                if concept.line in seen:
                    continue
                seen.add(concept.line)
                placed.append((begin, end, concept, weight, role))
        placed = _products_qualified(placed, normal, language=language)
        return [
            ConceptMatch(concept, text_slice(text, normal, begin, end), weight, role)
            for begin, end, concept, weight, role in placed
        ]


    def _word_parts(
        self, words: list[tuple[str, int, int]], found: list[tuple[int, int, tuple[Concept, ...]]], language: str
    ) -> list[tuple[int, int, tuple[Concept, ...]]]:
        """Terms inside words no term matched whole: in German and Dutch the last part of a compound
        names the product and a first part may name its material ("Rollkragenpullover" -> pullover,
        "Merinowolle" -> wool, "Lederjacke" -> leather + jacket); in Turkish a term takes suffixes
        ("ayakkabıları" -> ayakkabı)."""
        parts: list[tuple[int, int, tuple[Concept, ...]]] = []
        for word, begin, end in words:
            if len(word) < 2 * _PART_MIN or not word.isalpha():
                continue
            if any(begin < other_end and other_begin < end for other_begin, other_end, _ in found):
                continue
            if language in _SUFFIXING_LANGUAGES:
                for cut in range(len(word) - 1, max(_PART_MIN, len(word) - _SUFFIX_MAX) - 1, -1):
                    concepts = self._phrases.get((word[:cut],))
                    if concepts:
                        parts.append((begin, end, tuple(concepts)))
                        break
                continue
            head = 0
            for cut in range(_PART_MIN - 1, len(word) - _PART_MIN + 1):
                concepts = self._phrases.get((word[cut:],))
                if concepts:
                    parts.append((begin + cut, end, tuple(concepts)))
                    head = cut
                    break
            for cut in range(head or len(word) - _PART_MIN, _PART_MIN - 1, -1):
                concepts = self._phrases.get((word[:cut],))
                if concepts and not any(concept.targets for concept in concepts):
                    parts.append((begin, begin + cut, tuple(concepts)))
                    break
        return parts


def _positions_after(words: list[tuple[str, int, int]], markers: frozenset[str]) -> list[int]:
    return [end for word, _, end in words if word in markers]


def _negated(normal: str, words: list[tuple[str, int, int]], begin: int, end: int) -> bool:
    """Whether the words at ``begin:end`` follow "no"/"without" or precede "free" (``sugar free``)."""
    before = [word for word, _, word_end in words if word_end <= begin]
    after = [word for word, word_begin, _ in words if word_begin >= end]
    if (before and before[-1] in _NOT_WORDS) or (after and after[0] in _FREE_WORDS):
        return True
    return bool(_NOT_PREFIX_RE.search(normal[max(0, begin - 4) : begin]))


def names_goods(concept: Concept) -> bool:
    """A product concept: it points to a heading or subheading (a concept pointing only to chapters,
    like "short sleeve" -> 61/62, describes the goods rather than naming them)."""
    return any(len(code) >= 4 for code, _ in concept.targets)


def is_packing(concept: Concept) -> bool:
    """A container concept: its strongest target is a heading of containers for packing goods."""
    if not concept.targets:
        return False
    code, _ = max(concept.targets, key=lambda target: target[1])
    return code[:4] in PACKING_HEADINGS


def _products_qualified(placed: list[_Placed], normal: str, *, language: str) -> list[_Placed]:
    """Matches with packing beside other goods, and (in English) the first of two adjacent product
    words, counted less."""
    products = [item for item in placed if names_goods(item[2]) and item[3] == 1.0]
    if len(products) < 2:
        return placed
    goods = [item for item in products if not is_packing(item[2])]
    qualified = []
    for begin, end, concept, weight, role in placed:
        if weight == 1.0 and names_goods(concept):
            if goods and is_packing(concept):
                weight, role = PACKING_DAMPING, "the packing"
            elif language == "en" and any(
                other_begin >= end
                and not normal[end:other_begin].strip()
                and other is not concept
                and fold_word(normal[other_begin:other_end].split()[-1]) not in _FORM_WORDS
                for other_begin, other_end, other, _, _ in goods
            ):
                weight, role = MODIFIER_DAMPING, "qualifies the next product word"
        qualified.append((begin, end, concept, weight, role))
    return qualified


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
