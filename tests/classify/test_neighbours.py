"""The lexicon's terms as examples: titles whose product word the lexicon lacks."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from borderless.classify import Classifier
from borderless.classify.embedders import UniversalSentenceEncoder
from borderless.classify.lexicon import load_lexicon, parse_lexicon
from borderless.classify.neighbours import load_term_vectors, nearest_concepts, read_term_vectors, term_file_name

LEXICON = """
9504 ~video ~game | video game console; games console
3406 ~candles | candle; scented candle
4202 ~rucksacks | backpack; rucksack
~cotton | cotton; Baumwolle
"""


def test_term_vectors_are_cached_with_the_lexicon_checksum(tmp_path: Path) -> None:
    embedder = UniversalSentenceEncoder()
    first = load_term_vectors(embedder, cache_dir=tmp_path)
    cached = tmp_path / term_file_name(embedder.name)
    assert cached.is_file() and first.vectors.shape == (len(load_lexicon().terms), 512)
    again = read_term_vectors(cached, embedder.name, len(load_lexicon().terms))
    assert again is not None and np.allclose(again.vectors, first.vectors, atol=2e-3)
    assert read_term_vectors(cached, "another-model", len(load_lexicon().terms)) is None


def test_nearest_concepts_skip_matched_and_target_less_concepts() -> None:
    lexicon = parse_lexicon(LEXICON)
    similarities = np.array([0.9, 0.5, 0.8, 0.7, 0.6, 0.95, 0.99], dtype=np.float32)
    found = nearest_concepts(similarities, lexicon, floor=0.55, count=3, skip=frozenset({lexicon.concepts[1].line}))
    # terms: video game console, games console, candle, scented candle, backpack, rucksack, cotton, baumwolle
    assert [neighbour.concept.label for neighbour in found] == ["backpack", "video game console"]
    assert found[0].term == "rucksack" and found[0].similarity == pytest.approx(0.95)


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier(lexicon=parse_lexicon(LEXICON))


def test_a_product_word_missing_from_the_lexicon_finds_a_near_term(classifier: Classifier) -> None:
    assert len(classifier.term_vectors.vectors) == len(classifier.lexicon.terms)
    best = classifier.classify("hand-poured soy wax candle, lavender", top=1).candidates[0]
    assert best.hs_code.startswith("3406")
    result = classifier.classify("Xbox gaming console with two controllers", top=3)
    assert result.candidates[0].hs_code.startswith("9504")
    assert "close to the term" in result.candidates[0].explanation


def test_custom_lexicon_vectors_are_embedded_not_read_from_the_bundle(classifier: Classifier) -> None:
    vectors = load_term_vectors(classifier.embedder, classifier.lexicon)
    assert vectors.vectors.shape == (len(classifier.lexicon.terms), 512)
