"""Rank HS 2022 subheadings for a product title.

Four signals are added per subheading (weights in :class:`Weights`):

- semantic: cosine similarity between the title's sentence vector and the subheading's description,
  plus (half weight) its heading's description, from a multilingual model (:mod:`.embedders`);
- lexicon: product words of the title in any of 14 languages that name a heading (``Tシャツ`` ->
  6109) add a prior to that heading's subheadings (:mod:`.lexicon`);
- lexical: English nomenclature words, from the title itself and from the lexicon (``Baumwolle`` ->
  ``cotton``), weighted by rarity and matched against each description; this is what picks the
  subheading inside a heading (of cotton / of synthetic fibres, men's / women's, frozen / fresh);
- learned: a merchant's confirmed codes for similar titles (:mod:`.store`), which come first when the
  title is close enough to one they corrected.

The engine does no I/O beyond loading the bundled data once; the store is passed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

import numpy as np
from numpy.typing import NDArray

from borderless.classify.embedders import Embedder, UniversalSentenceEncoder
from borderless.classify.index import (
    PARTS_WORD,
    STOPWORDS,
    NomenclatureIndex,
    NomenclatureVectors,
    lexical_scores,
    load_index,
    load_vectors,
)
from borderless.classify.language import detect_language
from borderless.classify.lexicon import (
    NEGATED,
    Concept,
    ConceptMatch,
    Lexicon,
    load_lexicon,
    normalise_text,
    word_spans,
)
from borderless.classify.neighbours import Neighbour, TermVectors, load_term_vectors, nearest_concepts
from borderless.classify.quantities import ASSUMED_RETAIL_PACKING, LimitCheck, Quantity, check_limits, title_quantities
from borderless.errors import InputError
from borderless.tariffs.hs import describe, format_hs6

if TYPE_CHECKING:
    from borderless.classify.store import CorrectionStore, LearnedMatch

__all__ = ["Candidate", "Classification", "Classifier", "Weights"]

MAX_TOP: Final = 50
BULK_WORDS: Final = frozenset({"bulk", "wholesale", "industrial"})
# The nomenclature is written in British English; American titles are read in its words (after the plural
# fold). Spelling and a few everyday words that differ (truck/lorry, cookie/biscuit).
BRITISH_SPELLING: Final[dict[str, str]] = {
    "flavor": "flavour",
    "flavored": "flavoured",
    "color": "colour",
    "colored": "coloured",
    "fiber": "fibre",
    "aluminum": "aluminium",
    "jewelry": "jewellery",
    "tire": "tyre",
    "truck": "lorry",
    "whiskey": "whisky",
    "pajama": "pyjama",
    "mold": "mould",
    "molded": "moulded",
    "sulfur": "sulphur",
    "center": "centre",
    "meter": "metre",
    "liter": "litre",
    "cookie": "biscuit",
    "candy": "confectionery",
    "diaper": "napkin",
    "stroller": "pushchair",
    "faucet": "tap",
}
_LEVEL: Final = {2: "chapter", 4: "heading", 6: "subheading"}
_BATCH: Final = 256
# A number the title states that breaks a subheading's limit all but rules it out: it outweighs the usual
# subheading a lexicon term points to ("black tea" -> 0902.30, but "black tea 10 kg sack" -> 0902.40).
_STATED_BREAK: Final = 3.0
_ASCII_WORD_MIN: Final = 3


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each signal counts. Chosen on the project's own regression cases (tests/classify) and the
    development set; the neighbour weights on both with the lexicon's matched terms left out (a
    simulation of vocabulary the lexicon lacks)."""

    semantic: float = 1.0
    semantic_heading: float = 0.6
    sibling_semantic: float = 0.5
    lexical: float = 0.55
    title_words: float = 0.6
    attribute_words: float = 0.5
    prior: float = 0.5
    prior_cap: float = 1.0
    specificity: float = 0.1
    residual: float = 0.02
    quantity: float = 0.15
    neighbour: float = 1.5
    neighbour_floor: float = 0.45
    neighbours: int = 3
    parts: float = 0.15
    by_reference: float = 0.1
    retail: float = 0.05
    chapter_share: float = 0.4
    temperature: float = 0.06


@dataclass(frozen=True, slots=True)
class Candidate:
    """One suggested HS 2022 subheading. ``score`` is a confidence between 0 and 1 (the candidates'
    share of the evidence; a learned code scores its title similarity)."""

    hs_code: str
    description: str
    score: float
    explanation: str
    learned: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "hs_code": self.hs_code,
            "description": self.description,
            "score": self.score,
            "explanation": self.explanation,
        }


@dataclass(frozen=True, slots=True)
class Classification:
    query: str
    language: str
    candidates: tuple[Candidate, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    def to_json(self) -> dict[str, object]:
        return {
            "query": self.query,
            "language": self.language,
            "candidates": [candidate.to_json() for candidate in self.candidates],
        }


@dataclass(frozen=True, slots=True)
class _Evidence:
    matches: tuple[ConceptMatch, ...]
    title_words: tuple[str, ...]
    query_words: tuple[tuple[str, float], ...]
    quantities: tuple[Quantity, ...]
    neighbours: tuple[Neighbour, ...] = ()


class Classifier:
    """Suggests HS 2022 subheadings for product titles. Build once and reuse: the first call loads
    the model (about 1.5 s) and the nomenclature vectors."""

    def __init__(
        self,
        embedder: Embedder | None = None,
        *,
        store: CorrectionStore | None = None,
        weights: Weights | None = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        self.embedder: Embedder = embedder or UniversalSentenceEncoder()
        self.store = store
        self.weights = weights or Weights()
        self._lexicon = lexicon
        self._vectors: NomenclatureVectors | None = None
        self._term_vectors: TermVectors | None = None
        self._chapter_rows: dict[str, NDArray[np.int64]] | None = None

    @property
    def index(self) -> NomenclatureIndex:
        return load_index()

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = load_lexicon()
        return self._lexicon

    @property
    def vectors(self) -> NomenclatureVectors:
        if self._vectors is None:
            self._vectors = load_vectors(self.embedder)
        return self._vectors

    @property
    def term_vectors(self) -> TermVectors:
        if self._term_vectors is None:
            self._term_vectors = load_term_vectors(self.embedder, self.lexicon)
        return self._term_vectors

    def classify(self, text: str, *, top: int = 5) -> Classification:
        return self.classify_many([text], top=top)[0]

    def classify_many(self, texts: Sequence[str], *, top: int = 5) -> list[Classification]:
        """Classify titles in batches (embedding many titles at once is what makes this fast)."""
        if not 1 <= top <= MAX_TOP:
            raise InputError(f"top must be between 1 and {MAX_TOP}", field="top", value=top)
        for position, text in enumerate(texts):
            if not isinstance(text, str) or not text.strip():
                problem = InputError("a product title to classify is empty", field="query")
                problem.line = position + 1
                raise problem
        results: list[Classification] = []
        for start in range(0, len(texts), _BATCH):
            results.extend(self._classify_batch(list(texts[start : start + _BATCH]), top))
        return results

    def _classify_batch(self, texts: list[str], top: int) -> list[Classification]:
        index = self.index
        vectors = self.vectors
        languages = [detect_language(text) for text in texts]
        found = [self.lexicon.match(text, language=language) for text, language in zip(texts, languages, strict=True)]
        matched = [tuple(match for match in matches if match.role != NEGATED) for matches in found]
        # The sentence model reads the title without what it says is absent ("sem açúcar", "no palm oil").
        readings = [_without_negated(text, matches) for text, matches in zip(texts, found, strict=True)]
        queries = self.embedder.embed(readings)
        semantic = queries @ vectors.rows.T
        semantic_heading = (queries @ vectors.headings.T)[:, index.row_heading]
        # Only titles whose product word the lexicon lacks look for near terms (embedded on first need).
        lacking = [position for position, matches in enumerate(matched) if not _names_a_product(matches)]
        term_similarity: dict[int, NDArray[np.float32]] = {}
        if lacking:
            near = queries[lacking] @ self.term_vectors.vectors.T
            term_similarity = {position: near[row] for row, position in enumerate(lacking)}
        learned: list[LearnedMatch | None] = [None] * len(texts)
        if self.store is not None:
            learned = self.store.nearest(texts, queries, model=self.embedder.name)
        results = []
        for position, text in enumerate(texts):
            evidence = self._evidence(text, matched[position], term_similarity.get(position))
            others = (
                self.weights.semantic_heading * semantic_heading[position]
                + self.weights.lexical * lexical_scores(index, evidence.query_words)
                + self._priors(evidence)
            )
            scores = _between_siblings(
                self.weights.semantic * semantic[position], others, index, self.weights.sibling_semantic
            )
            candidates = self._candidates(scores, semantic[position], evidence, top)
            match = learned[position]
            if match is not None:
                candidates = _with_learned(match, candidates, top)
            results.append(Classification(text, languages[position], tuple(candidates), _warnings(candidates)))
        return results

    def _evidence(
        self, text: str, matches: tuple[ConceptMatch, ...], term_similarity: NDArray[np.float32] | None
    ) -> _Evidence:
        neighbours: list[Neighbour] = []
        if term_similarity is not None:
            neighbours = nearest_concepts(
                term_similarity,
                self.lexicon,
                floor=self.weights.neighbour_floor,
                count=self.weights.neighbours,
                skip=frozenset(match.concept.line for match in matches),
            )
        words: dict[str, float] = {}
        for match in matches:
            weight = match.weight * (1.0 if match.concept.targets else self.weights.attribute_words)
            for word in match.concept.words:
                words[word] = max(words.get(word, 0.0), weight)
        title_words = []
        for spelled, _, _ in word_spans(normalise_text(text)):
            word = BRITISH_SPELLING.get(spelled, spelled)
            if len(word) >= _ASCII_WORD_MIN and word.isascii() and word.isalpha() and word not in STOPWORDS:
                title_words.append(word)
                words.setdefault(word, self.weights.title_words)
        return _Evidence(
            matches, tuple(title_words), tuple(words.items()), title_quantities(text), tuple(neighbours)
        )

    def _rows_of_chapter(self, chapter: str) -> NDArray[np.int64]:
        if self._chapter_rows is None:
            chapters: dict[str, list[int]] = {}
            for row, code in enumerate(self.index.codes):
                chapters.setdefault(code[:2], []).append(row)
            self._chapter_rows = {key: np.array(rows, dtype=np.int64) for key, rows in chapters.items()}
        return self._chapter_rows.get(chapter, np.zeros(0, dtype=np.int64))

    def _priors(self, evidence: _Evidence) -> NDArray[np.float32]:
        """The lexicon's prior per subheading: matched concepts add up; near terms count once per
        subheading (the best of them), as several near terms of one heading are one piece of evidence."""
        priors = self._concept_priors([(match.concept, match.weight) for match in evidence.matches])
        span = 1.0 - self.weights.neighbour_floor
        for neighbour in evidence.neighbours:
            closeness = (neighbour.similarity - self.weights.neighbour_floor) / span if span > 0 else 1.0
            near = self._concept_priors([(neighbour.concept, self.weights.neighbour * closeness)])
            np.maximum(priors, near, out=priors)
        np.minimum(priors, self.weights.prior_cap, out=priors)
        return priors

    def _concept_priors(self, weighted: Sequence[tuple[Concept, float]]) -> NDArray[np.float32]:
        index = self.index
        priors = np.zeros(len(index.codes), dtype=np.float32)
        for concept, strength in weighted:
            for code, weight in concept.targets:
                amount = self.weights.prior * weight * strength
                if len(code) == 4:
                    priors[index.heading_rows.get(code, np.zeros(0, dtype=np.int64))] += amount
                elif len(code) == 6:
                    priors[_rows_of_code(index, code)] += amount
                else:
                    priors[self._rows_of_chapter(code)] += amount * self.weights.chapter_share
        return priors

    def _candidates(
        self, scores: NDArray[np.float32], semantic: NDArray[np.float32], evidence: _Evidence, top: int
    ) -> list[Candidate]:
        index = self.index
        pool = min(len(scores), max(top, 30))
        best = np.argpartition(-scores, pool - 1)[:pool]
        query_words = {word for word, _ in evidence.query_words}
        adjusted = scores[best] - self.weights.specificity * np.array(
            [_unexplained_share(index, int(row), query_words) for row in best], dtype=np.float32
        )
        adjusted += self.weights.residual * index.residual[best]
        # A title names an article; it is one of its parts only when it says so.
        if PARTS_WORD not in query_words:
            adjusted -= self.weights.parts * index.parts[best]
        adjusted -= self.weights.by_reference * index.by_reference[best]
        # A shop's products are sold to consumers: put up for retail sale unless the title says bulk.
        adjusted += self.weights.retail * index.retail[best] * (-1.0 if BULK_WORDS & query_words else 1.0)
        limits = [check_limits(evidence.quantities, index.descriptions[int(row)]) for row in best]
        adjusted += self.weights.quantity * np.array([_limit_score(check) for check in limits], dtype=np.float32)
        order = np.argsort(-adjusted, kind="stable")
        best, adjusted = best[order], adjusted[order]
        limits = [limits[int(position)] for position in order]
        shares = np.exp((adjusted - adjusted[0]) / self.weights.temperature)
        shares /= shares.sum()
        candidates = []
        for rank, row in enumerate(best[:top]):
            code = index.codes[int(row)]
            candidates.append(
                Candidate(
                    hs_code=code,
                    description=describe(code),
                    score=round(float(shares[rank]), 3),
                    explanation=self._explain(int(row), float(semantic[row]), evidence, limits[rank]),
                )
            )
        return candidates

    def _explain(self, row: int, similarity: float, evidence: _Evidence, limits: LimitCheck) -> str:
        index = self.index
        code = index.codes[row]
        heading = code[:4]
        words = index.row_words[row]
        reasons: list[str] = []
        for match in evidence.matches:
            for target, _weight in match.concept.targets:
                if code.startswith(target):
                    level = _LEVEL[len(target)]
                    damped = f" ({match.role}: counted less)" if match.role else ""
                    reasons.append(f"'{match.matched}' -> {level} {format_hs6(target)}{damped}")
                    break
            shared = [word for word in match.concept.words if word in words]
            if shared and not match.concept.targets:
                reasons.append(f"'{match.matched}' -> {', '.join(shared)}")
        for neighbour in evidence.neighbours:
            for target, _weight in neighbour.concept.targets:
                if code.startswith(target):
                    level = _LEVEL[len(target)]
                    reasons.append(
                        f"close to the term '{neighbour.term}' ({neighbour.similarity:.2f}) -> {level} "
                        f"{format_hs6(target)}"
                    )
                    break
        title_shared = [word for word in evidence.title_words if word in words]
        if title_shared:
            reasons.append(f"shared words: {', '.join(dict.fromkeys(title_shared))}")
        for quantity, limit in limits.met:
            reasons.append(f"'{quantity.text}' is within '{limit.text}'")
        for quantity, limit in limits.broken:
            reasons.append(f"but '{quantity.text}' is outside '{limit.text}'")
        reasons.append(f"text similarity {similarity:.2f}")
        return (
            f"matches '{index.descriptions[row]}' (heading {heading}: '{index.heading_descriptions[heading]}'); "
            f"decided by {'; '.join(reasons)}"
        )


def _without_negated(text: str, matches: Sequence[ConceptMatch]) -> str:
    """The title with the words it says the product lacks taken out."""
    for match in matches:
        if match.role == NEGATED:
            text = text.replace(match.matched, " ")
    return text


def _names_a_product(matches: Sequence[ConceptMatch]) -> bool:
    """Whether the title has a lexicon product word (one with HS targets, at full weight: not after "for" or
    "with", not a packing, not qualifying another product word)."""
    return any(match.concept.targets and match.weight == 1.0 for match in matches)


def _between_siblings(
    semantic: NDArray[np.float32], others: NDArray[np.float32], index: NomenclatureIndex, factor: float
) -> NDArray[np.float32]:
    """Scores in which a heading's best row keeps its score (so headings rank as before) while its
    subheadings are ordered with their sentence similarity pulled ``factor`` of the way from the
    heading's mean: siblings' wordings differ in ways the sentence model over-reads, and the words and
    numbers of the title should decide between them."""
    full = semantic + others
    if factor == 1.0:
        return full
    heading = index.row_heading
    count = np.bincount(heading, minlength=len(index.headings)).astype(np.float32)
    mean = (np.bincount(heading, weights=semantic, minlength=len(index.headings)) / np.maximum(count, 1.0))[heading]
    shrunk = (mean + factor * (semantic - mean)).astype(np.float32) + others
    best_full = np.full(len(index.headings), -np.inf, dtype=np.float32)
    best_shrunk = np.full(len(index.headings), -np.inf, dtype=np.float32)
    np.maximum.at(best_full, heading, full)
    np.maximum.at(best_shrunk, heading, shrunk)
    result: NDArray[np.float32] = shrunk + (best_full - best_shrunk)[heading]
    return result


def _limit_score(check: LimitCheck) -> float:
    """+1 when the title's quantities meet every numeric limit of the description they can be compared
    with, -3 when a stated one breaks one, 0 when none can be compared; +-0.5 for an assumed retail packing."""
    if check.broken:
        return -_STATED_BREAK if any(quantity is not ASSUMED_RETAIL_PACKING for quantity, _ in check.broken) else -0.5
    if check.met:
        return 1.0 if any(quantity is not ASSUMED_RETAIL_PACKING for quantity, _ in check.met) else 0.5
    return 0.0


def _unexplained_share(index: NomenclatureIndex, row: int, query_words: set[str]) -> float:
    """How much of what the subheading says beyond its heading the title does not say (0 to 1):
    "fresh (unripened) cheese" is a worse guess for "Cheddar cheese" than "other cheese"."""
    own = index.own_words[row]
    if not own:
        return 0.0
    total = sum(index.idf.get(word, 0.0) for word in own)
    missing = sum(index.idf.get(word, 0.0) for word in own if word not in query_words)
    return missing / total if total else 0.0


def _rows_of_code(index: NomenclatureIndex, code: str) -> NDArray[np.int64]:
    rows = index.heading_rows.get(code[:4], np.zeros(0, dtype=np.int64))
    return np.array([row for row in rows if index.codes[int(row)] == code], dtype=np.int64)


def _with_learned(match: LearnedMatch, candidates: list[Candidate], top: int) -> list[Candidate]:
    hs6 = match.hs_code[:6]
    learned = Candidate(
        hs_code=hs6,
        description=describe(hs6),
        score=round(match.similarity, 3),
        explanation=(
            f"learned from your correction of '{match.title}' -> {format_hs6(hs6)} "
            f"(title similarity {match.similarity:.2f}); matches '{describe(hs6)}'"
        ),
        learned=True,
    )
    rest = [candidate for candidate in candidates if candidate.hs_code != hs6]
    return [learned, *rest][:top]


def _warnings(candidates: Sequence[Candidate]) -> tuple[str, ...]:
    if candidates and not candidates[0].learned and candidates[0].score < 0.2:
        return ("low confidence: check the suggested codes against the nomenclature before use",)
    return ()
