from __future__ import annotations

import pytest

from borderless.classify.lexicon import FOR_DAMPING, fold_word, load_lexicon, parse_lexicon
from borderless.errors import DataError


def labels(text: str) -> dict[str, float]:
    return {match.concept.label: match.weight for match in load_lexicon().match(text)}


def test_every_language_names_the_t_shirt() -> None:
    for title in ["T-Shirt", "tshirt", "camiseta", "Tシャツ", "T恤", "티셔츠", "เสื้อยืด", "tişört", "تي شيرت", "áo thun"]:
        assert "t-shirt" in labels(title), title


def test_longest_match_wins() -> None:
    found = labels("kem đánh răng bạc hà")
    assert "toothpaste" in found and "ice cream" not in found
    assert "shirt" not in labels("cotton t-shirt")


def test_product_after_for_counts_less() -> None:
    found = labels("Silicone case for iPhone")
    assert found["smartphone"] == FOR_DAMPING
    assert found["phone case"] == 1.0


def test_material_words_map_to_nomenclature_words() -> None:
    matches = load_lexicon().match("Pullover aus Baumwolle")
    words = {word for match in matches for word in match.concept.words}
    assert "cotton" in words


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("shoes", "shoe"),
        ("boxes", "box"),
        ("berries", "berry"),
        ("glass", "glass"),
        ("camisetas", "camiseta"),
        ("bus", "bus"),
    ],
)
def test_plural_fold(word: str, folded: str) -> None:
    assert fold_word(word) == folded


def test_bad_lexicon_lines_are_data_errors() -> None:
    with pytest.raises(DataError):
        parse_lexicon("61x | knit")
    with pytest.raises(DataError):
        parse_lexicon("no separator here")
    lexicon = parse_lexicon("6109:0.5 ~t-shirt | tee; Tシャツ")
    assert lexicon.concepts[0].targets == (("6109", 0.5),)
    assert [m.concept.label for m in lexicon.match("a Tシャツ")] == ["tee"]


def test_every_lexicon_target_exists_in_hs_2022() -> None:
    from borderless.tariffs.hs import describe

    for concept in load_lexicon().concepts:
        for code, _ in concept.targets:
            describe(code)  # raises for a code that is not in the nomenclature
