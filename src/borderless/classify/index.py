"""The HS 2022 nomenclature as a search index: subheadings with their headings and chapters, a word
index for lexical matching, and sentence vectors of every description for semantic matching.

Vectors of the bundled default model are precomputed by ``scripts/build_classifier_index.py`` into
``data/classify/hs2022-<model>.npz`` (with the SHA-256 of ``data/hs/hs2022.csv`` they were built from).
For another model they are computed on first use and cached under ``$BORDERLESS_HOME/classify``.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Final, TypeVar

import numpy as np
from numpy.typing import NDArray

from borderless.classify.embedders import Embedder, normalise_rows
from borderless.classify.lexicon import normalise_text, word_spans
from borderless.errors import DataError
from borderless.paths import user_data_dir

__all__ = [
    "NomenclatureIndex",
    "NomenclatureVectors",
    "build_vectors",
    "cached_or_built",
    "hs_checksum",
    "load_index",
    "load_vectors",
    "nomenclature_words",
    "user_classify_dir",
]

_HS_FILE: Final = ("data", "hs", "hs2022.csv")
_Vectors = TypeVar("_Vectors")
STOPWORDS: Final = frozenset(
    [
        "a",
        "an",
        "and",
        "or",
        "of",
        "the",
        "for",
        "in",
        "on",
        "to",
        "with",
        "without",
        "by",
        "than",
        "other",
        "others",
        "not",
        "nor",
        "whether",
        "their",
        "its",
        "it",
        "is",
        "are",
        "be",
        "being",
        "been",
        "such",
        "as",
        "at",
        "from",
        "but",
        "including",
        "excluding",
        "n.e.c",
        "nec",
        "etc",
        "kind",
        "kinds",
        "type",
        "used",
        "use",
        "containing",
        "put",
        "up",
        "more",
        "less",
        "weight",
        "weighing",
        "exceeding",
        "exceed",
        "50",
        "kg",
        "g",
        "cm",
        "mm",
        "any",
        "similar",
        "article",
        "articles",
        "heading",
        "no",
        "item",
        "chapter",
        "subheading",
    ]
)
_NEGATED_RE: Final = re.compile(r"\b(?:other than|excluding|not including|except|not)\b[^;)]*")
_PARENTHESES_RE: Final = re.compile(r"\([^()]*\)")
# Subheadings defined by a legal note ("as specified in Subheading Note 2"): no title can say that.
_BY_REFERENCE_RE: Final = re.compile(r"(?:specified|described) in subheading note", re.IGNORECASE)
_NOT_RETAIL_RE: Final = re.compile(
    r"not (?:put up |packaged |packed )?(?:in forms or packings )?for retail sale|other than [^;]{0,40}retail sale",
    re.IGNORECASE,
)
HEADING_WORD_WEIGHT: Final = 0.6
PARTS_WORD: Final = "part"


def user_classify_dir() -> Path:
    """``$BORDERLESS_HOME/classify`` when the variable is set, else ``~/.local/share/borderless/classify``."""
    return user_data_dir() / "classify"


def nomenclature_words(description: str) -> list[str]:
    """Content words of a nomenclature description (folded, stop words and negated parts removed:
    "of textile materials (other than cotton)" does not say cotton)."""
    text = _NEGATED_RE.sub(" ", normalise_text(description))
    return [word for word, _, _ in word_spans(text) if len(word) > 1 and word not in STOPWORDS and not word.isdigit()]


def _hs_bytes() -> bytes:
    return resources.files("borderless").joinpath(*_HS_FILE).read_bytes()


def hs_checksum() -> str:
    return hashlib.sha256(_hs_bytes()).hexdigest()


def _is_residual(code: str, description: str) -> float:
    """1.0 for a heading's catch-all subheading ("Other", "n.e.c.", codes ending in 9 or 90), where a
    product goes when its title does not say what the specific subheadings ask for."""
    text = description.casefold()
    return 1.0 if code.endswith(("90", "99")) or "n.e.c" in text or code.endswith("9") else 0.0


def _shared_by_siblings(codes: Sequence[str], described: Sequence[set[str]]) -> dict[str, set[str]]:
    """Per heading, the words every one of its subheadings says ("Dairy produce; ..." in each 0406
    subheading): they tell siblings nothing apart. Empty for a heading with one subheading."""
    by_heading: dict[str, list[set[str]]] = {}
    for code, words in zip(codes, described, strict=True):
        by_heading.setdefault(code[:4], []).append(words)
    return {heading: set.intersection(*rows) if len(rows) > 1 else set() for heading, rows in by_heading.items()}


def _retail(description: str) -> float:
    """+1 for a subheading of goods put up for retail sale, -1 for one of goods not put up for retail sale."""
    if _NOT_RETAIL_RE.search(description):
        return -1.0
    return 1.0 if "retail sale" in description.casefold() else 0.0


@dataclass(frozen=True, slots=True)
class NomenclatureIndex:
    """Subheadings (rows) with their heading and chapter; ``postings`` maps a word to the rows whose
    description (weight 1) or heading description (weight 0.6) contains it, ``idf`` its rarity;
    ``own_words`` are the words that set a subheading apart from its siblings (not in the heading's
    text, not said by every sibling, not in parentheses); ``parts`` marks subheadings of parts and
    ``by_reference`` those defined by a subheading note, ``retail`` is +1 for goods put up for retail
    sale and -1 for goods not put up for retail sale."""

    codes: tuple[str, ...]
    descriptions: tuple[str, ...]
    headings: tuple[str, ...]
    heading_descriptions: dict[str, str]
    chapter_descriptions: dict[str, str]
    heading_rows: dict[str, NDArray[np.int64]]
    row_heading: NDArray[np.int64]
    postings: dict[str, tuple[NDArray[np.int64], NDArray[np.float32]]]
    idf: dict[str, float]
    row_words: tuple[frozenset[str], ...]
    own_words: tuple[frozenset[str], ...]
    residual: NDArray[np.float32]
    parts: NDArray[np.float32]
    by_reference: NDArray[np.float32]
    retail: NDArray[np.float32]

    def __len__(self) -> int:
        return len(self.codes)


@lru_cache(maxsize=1)
def load_index() -> NomenclatureIndex:
    """The bundled HS 2022 nomenclature as an index (built once, in about 0.1 s)."""
    rows = csv.reader(io.StringIO(_hs_bytes().decode("utf-8")))
    codes: list[str] = []
    descriptions: list[str] = []
    headings: dict[str, str] = {}
    chapters: dict[str, str] = {}
    for row in rows:
        if not row or row[0].startswith("#") or row[0] == "code" or len(row) != 3:
            continue
        code, _section, description = row
        if len(code) == 2:
            chapters[code] = description
        elif len(code) == 4:
            headings[code] = description
        elif len(code) == 6:
            codes.append(code)
            descriptions.append(description)
    if not codes:
        raise DataError("the HS nomenclature is empty", path="/".join(_HS_FILE))
    heading_list = tuple(headings)
    heading_position = {heading: position for position, heading in enumerate(heading_list)}
    row_heading = np.array([heading_position[code[:4]] for code in codes], dtype=np.int64)
    heading_rows = {
        heading: np.flatnonzero(row_heading == position).astype(np.int64)
        for heading, position in heading_position.items()
    }
    heading_words = {heading: set(nomenclature_words(text)) for heading, text in headings.items()}
    weights: dict[str, dict[int, float]] = {}
    row_words: list[frozenset[str]] = []
    own_words: list[frozenset[str]] = []
    described = [set(nomenclature_words(description)) for description in descriptions]
    # Words in parentheses explain (a Latin name, an example, "husked (brown) rice"); they are not demands.
    demanded = [set(nomenclature_words(_PARENTHESES_RE.sub(" ", description))) for description in descriptions]
    shared_by_siblings = _shared_by_siblings(codes, described)
    for position, (code, own) in enumerate(zip(codes, described, strict=True)):
        row_words.append(frozenset(own | heading_words.get(code[:4], set())))
        not_distinct = heading_words.get(code[:4], set()) | shared_by_siblings[code[:4]]
        own_words.append(frozenset(demanded[position] - not_distinct))
        for word in heading_words.get(code[:4], set()) - own:
            weights.setdefault(word, {})[position] = HEADING_WORD_WEIGHT
        for word in own:
            weights.setdefault(word, {})[position] = 1.0
    total = len(codes)
    postings = {
        word: (np.fromiter(found, dtype=np.int64), np.fromiter(found.values(), dtype=np.float32))
        for word, found in weights.items()
    }
    idf = {word: math.log(1.0 + total / len(found)) for word, found in weights.items()}
    return NomenclatureIndex(
        codes=tuple(codes),
        descriptions=tuple(descriptions),
        headings=heading_list,
        heading_descriptions=headings,
        chapter_descriptions=chapters,
        heading_rows=heading_rows,
        row_heading=row_heading,
        postings=postings,
        idf=idf,
        row_words=tuple(row_words),
        own_words=tuple(own_words),
        residual=np.array(
            [_is_residual(code, text) for code, text in zip(codes, descriptions, strict=True)], dtype=np.float32
        ),
        parts=np.array([PARTS_WORD in words for words in own_words], dtype=np.float32),
        by_reference=np.array(
            [bool(_BY_REFERENCE_RE.search(_NEGATED_RE.sub(" ", text))) for text in descriptions], dtype=np.float32
        ),
        retail=np.array([_retail(text) for text in descriptions], dtype=np.float32),
    )


@dataclass(frozen=True, slots=True)
class NomenclatureVectors:
    """Unit vectors of every subheading description (``rows``) and heading description (``headings``),
    in :class:`NomenclatureIndex` order, for one model."""

    model: str
    rows: NDArray[np.float32]
    headings: NDArray[np.float32]


def vector_file_name(model: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", model)
    return f"hs2022-{safe}.npz"


def build_vectors(embedder: Embedder, index: NomenclatureIndex | None = None) -> NomenclatureVectors:
    """Embed every description of the nomenclature (about 30 s for the default model on 2 cores)."""
    index = index or load_index()
    rows = embedder.embed(list(index.descriptions))
    headings = embedder.embed([index.heading_descriptions[heading] for heading in index.headings])
    return NomenclatureVectors(embedder.name, normalise_rows(rows), normalise_rows(headings))


def save_vectors(vectors: NomenclatureVectors, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        np.savez_compressed(
            handle,
            model=np.array(vectors.model),
            hs_sha256=np.array(hs_checksum()),
            rows=vectors.rows.astype(np.float16),
            headings=vectors.headings.astype(np.float16),
        )


def _read_vectors(source: Path | bytes, model: str, index: NomenclatureIndex) -> NomenclatureVectors | None:
    handle = io.BytesIO(source) if isinstance(source, bytes) else source
    with np.load(handle, allow_pickle=False) as data:
        if str(data["model"]) != model or str(data["hs_sha256"]) != hs_checksum():
            return None
        rows = data["rows"].astype(np.float32)
        headings = data["headings"].astype(np.float32)
    if rows.shape[0] != len(index.codes) or headings.shape[0] != len(index.headings):
        return None
    return NomenclatureVectors(model, normalise_rows(rows), normalise_rows(headings))


def load_vectors(embedder: Embedder, *, cache_dir: Path | None = None) -> NomenclatureVectors:
    """Vectors for ``embedder``: the bundled file, else a cached file, else computed now and cached."""
    index = load_index()
    name = vector_file_name(embedder.name)
    bundled = resources.files("borderless").joinpath("data", "classify", name)
    if bundled.is_file():
        found = _read_vectors(bundled.read_bytes(), embedder.name, index)
        if found is not None:
            return found
    return cached_or_built(
        (cache_dir or user_classify_dir()) / name,
        lambda path: _read_vectors(path, embedder.name, index),
        lambda: build_vectors(embedder, index),
        save_vectors,
    )


def cached_or_built(
    path: Path,
    read: Callable[[Path], _Vectors | None],
    build: Callable[[], _Vectors],
    save: Callable[[_Vectors, Path], None],
) -> _Vectors:
    """The vectors cached at ``path`` when readable and current, else built now and cached there."""
    if path.is_file():
        try:
            found = read(path)
        except (OSError, ValueError, KeyError):
            found = None
        if found is not None:
            return found
    vectors = build()
    with contextlib.suppress(OSError):  # a read-only home only costs the rebuild next time
        save(vectors, path)
    return vectors


def lexical_scores(index: NomenclatureIndex, words: Sequence[tuple[str, float]]) -> NDArray[np.float32]:
    """Share of the query's informative weight (idf x word weight) found in each row's description."""
    scores = np.zeros(len(index.codes), dtype=np.float32)
    total = 0.0
    for word, weight in words:
        found = index.postings.get(word)
        if found is None:
            continue
        value = index.idf[word] * weight
        total += value
        rows, row_weights = found
        scores[rows] += row_weights * value
    if total > 0:
        scores /= total
    return scores
