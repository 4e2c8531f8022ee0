from __future__ import annotations

import pytest

from borderless.classify.lexicon import (
    FOR_DAMPING,
    MODIFIER_DAMPING,
    NEGATED,
    PACKING_DAMPING,
    WITH_DAMPING,
    fold_word,
    load_lexicon,
    parse_lexicon,
)
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


SMALL = parse_lexicon(
    "0409 | honey; Honig; miel\n"
    "7010 7013:0.7 | glass jar; jar\n"
    "1905 | cookies; biscuits\n"
    "0405 | butter; beurre\n"
    "1701 | sugar; Zucker; 糖\n"
    "1511 | palm oil\n"
    "8467 | drill\n"
    "8507 | batteries\n"
    "3004 | aspirin\n"
    "8471 | tablets\n"
    "1806 | chocolate; 巧克力\n"
    "6109 | t-shirt; tee\n"
    "0902 | tee; tea\n"
    "~cotton | cotton\n"
    "61 62 | short sleeve\n"
)


def small(text: str, *, language: str = "en") -> dict[str, tuple[float, str]]:
    return {match.concept.label: (match.weight, match.role) for match in SMALL.match(text, language=language)}


def test_packing_beside_goods_counts_less() -> None:
    assert small("Raw Honey 500g Glass Jar") == {"honey": (1.0, ""), "glass jar": (PACKING_DAMPING, "the packing")}
    assert small("Glass jar 1 litre") == {"glass jar": (1.0, "")}, "a jar alone is the product"


def test_what_comes_with_the_product_counts_less() -> None:
    found = small("Cordless drill with 2 batteries")
    assert found["drill"] == (1.0, "") and found["batteries"] == (WITH_DAMPING, "after 'with'")
    assert small("Bohrmaschine drill mit batteries")["batteries"][0] == WITH_DAMPING


@pytest.mark.parametrize(
    "title",
    ["Peanut snack no palm oil", "Sugar free gummies", "sugar-free mints", "Müsli ohne Zucker", "无糖 巧克力"],
)
def test_what_the_product_lacks_is_dropped(title: str) -> None:
    found = small(title)
    negated = [label for label in ("sugar", "palm oil") if label in found]
    assert len(negated) == 1 and found[negated[0]] == (0.0, NEGATED)


def test_in_english_the_first_of_two_product_words_qualifies_the_second() -> None:
    assert small("Danish butter cookies") == {
        "cookies": (1.0, ""),
        "butter": (MODIFIER_DAMPING, "qualifies the next product word"),
    }
    assert small("Danish butter cookies", language="")["butter"] == (1.0, "")
    assert small("aspirin tablets 500 mg")["aspirin"] == (1.0, ""), "a form word does not take the head"
    assert small("cotton honey")["honey"] == (1.0, ""), "attribute words are not products"
    assert small("T-shirt short sleeve")["t-shirt"] == (1.0, ""), "nor are words that point only to chapters"


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


def test_a_term_of_two_concepts_means_the_one_the_title_names() -> None:
    assert set(small("Cotton T-Shirt basic tee black")) == {"t-shirt", "cotton"}
    assert set(small("Schwarzer Tee")) == {"t-shirt", "tee"}, "alone, both senses stay"


def test_compounds_and_suffixes_are_read_by_their_parts() -> None:
    lexicon = parse_lexicon("6110 | pullover; kazak\n~wool | wool; Wolle\n~leather | leather; Leder\n6201 | Jacke\n")

    def found(text: str, language: str) -> set[str]:
        return {match.concept.label for match in lexicon.match(text, language=language)}

    assert found("Damen Rollkragenpullover aus Merinowolle", "de") == {"pullover", "wool"}
    assert found("Herren Lederjacke", "de") == {"leather", "Jacke"}
    assert found("Rollkragenpullover", "en") == set(), "only German and Dutch are read as compounds"
    assert found("Erkek kazakları", "tr") == {"pullover"}
