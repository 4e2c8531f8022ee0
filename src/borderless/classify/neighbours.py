"""The lexicon's terms as labelled examples for the sentence model.

A title names its product in words the lexicon may not hold ("hiking rucksack", "Nintendo Switch
gaming console", "scented soy candle"); the multilingual sentence model still places it near terms
that are there ("rucksack", "game console", "scented candle", in any of the 14 languages). Every
lexicon term is embedded once; a title's nearest concepts lend their headings a prior that grows with
the similarity above a floor (see :class:`borderless.classify.engine.Weights`).

The vectors are computed on first use (about 6 s for the default model on 2 cores) and cached under
``$BORDERLESS_HOME/classify`` with the SHA-256 of the lexicon they were built from, so an edited
lexicon or another model is embedded again.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np
from numpy.typing import NDArray

from borderless.classify.embedders import Embedder, normalise_rows
from borderless.classify.index import cached_or_built, user_classify_dir
from borderless.classify.lexicon import Concept, Lexicon, lexicon_text, load_lexicon

__all__ = [
    "Neighbour",
    "TermVectors",
    "build_term_vectors",
    "lexicon_checksum",
    "load_term_vectors",
    "nearest_concepts",
    "read_term_vectors",
    "save_term_vectors",
]

_FILE_PREFIX: Final = "lexicon-"
_POOL: Final = 64


@dataclass(frozen=True, slots=True)
class Neighbour:
    """A lexicon concept near a title: the closest of its terms and their cosine similarity."""

    concept: Concept
    term: str
    similarity: float


@dataclass(frozen=True, slots=True)
class TermVectors:
    """Unit vectors of every lexicon term (``lexicon.terms`` order) for one model."""

    model: str
    vectors: NDArray[np.float32]


def lexicon_checksum() -> str:
    return hashlib.sha256(lexicon_text().encode("utf-8")).hexdigest()


def term_file_name(model: str) -> str:
    return _FILE_PREFIX + re.sub(r"[^A-Za-z0-9._-]+", "_", model) + ".npz"


def build_term_vectors(embedder: Embedder, lexicon: Lexicon) -> TermVectors:
    return TermVectors(embedder.name, normalise_rows(embedder.embed([term for term, _ in lexicon.terms])))


def save_term_vectors(vectors: TermVectors, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        np.savez_compressed(
            handle,
            model=np.array(vectors.model),
            lexicon_sha256=np.array(lexicon_checksum()),
            vectors=vectors.vectors.astype(np.float16),
        )


def read_term_vectors(source: Path | bytes, model: str, count: int) -> TermVectors | None:
    handle = io.BytesIO(source) if isinstance(source, bytes) else source
    with np.load(handle, allow_pickle=False) as data:
        if str(data["model"]) != model or str(data["lexicon_sha256"]) != lexicon_checksum():
            return None
        vectors = data["vectors"].astype(np.float32)
    return TermVectors(model, normalise_rows(vectors)) if vectors.shape[0] == count else None


def load_term_vectors(
    embedder: Embedder, lexicon: Lexicon | None = None, *, cache_dir: Path | None = None
) -> TermVectors:
    """Term vectors for ``embedder`` and the bundled lexicon: a cached file, else computed now and cached.
    A lexicon other than the bundled one is always embedded now."""
    bundled_lexicon = load_lexicon()
    lexicon = lexicon or bundled_lexicon
    if lexicon is not bundled_lexicon:
        return build_term_vectors(embedder, lexicon)
    return cached_or_built(
        (cache_dir or user_classify_dir()) / term_file_name(embedder.name),
        lambda path: read_term_vectors(path, embedder.name, len(lexicon.terms)),
        lambda: build_term_vectors(embedder, lexicon),
        save_term_vectors,
    )


def nearest_concepts(
    similarities: NDArray[np.float32], lexicon: Lexicon, *, floor: float, count: int, skip: frozenset[int]
) -> list[Neighbour]:
    """The ``count`` concepts with HS targets whose closest term is at least ``floor`` similar to the
    title, best first, leaving out concepts already matched word for word (``skip``: their lines)."""
    pool = min(len(similarities), _POOL)
    if pool == 0:
        return []
    nearest = np.argpartition(-similarities, pool - 1)[:pool]
    order = nearest[np.argsort(-similarities[nearest])]
    found: list[Neighbour] = []
    seen: set[int] = set(skip)
    for position in order:
        similarity = float(similarities[position])
        if similarity < floor or len(found) == count:
            break
        term, concept = lexicon.terms[int(position)]
        if concept.line in seen or not concept.targets:
            continue
        seen.add(concept.line)
        found.append(Neighbour(concept, term, similarity))
    return found
