"""Classification regression tests on the project's own multilingual cases (not the evaluation set)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderless.classify import Classifier, detect_language
from borderless.errors import InputError
from borderless.tariffs.hs import describe

CASES = list(csv.DictReader((Path(__file__).parent / "cases.csv").read_text(encoding="utf-8").splitlines()))

T_SHIRTS = {
    "en": "Men's organic cotton crew-neck T-shirt",
    "de": "Herren T-Shirt aus Bio-Baumwolle",
    "fr": "T-shirt homme en coton bio",
    "es": "Camiseta de algodón para hombre",
    "pt": "Camiseta masculina de algodão",
    "it": "Maglietta uomo in cotone",
    "nl": "Katoenen T-shirt voor heren",
    "ja": "メンズ 綿100% Tシャツ",
    "zh": "男士纯棉T恤",
    "ko": "남성 면 티셔츠",
    "th": "เสื้อยืดผู้ชาย ผ้าฝ้าย",
    "tr": "Erkek pamuklu tişört",
    "ar": "تي شيرت قطن رجالي",
}


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier()


@pytest.mark.parametrize(("language", "title"), sorted(T_SHIRTS.items()))
def test_cotton_t_shirt_in_every_language(classifier: Classifier, language: str, title: str) -> None:
    result = classifier.classify(title, top=3)
    assert result.language == language
    assert result.candidates[0].hs_code[:4] == "6109"
    assert "610910" in [candidate.hs_code for candidate in result.candidates]


def test_regression_cases_accuracy(classifier: Classifier) -> None:
    results = classifier.classify_many([row["text"] for row in CASES], top=3)
    hs4_top1 = sum(r.candidates[0].hs_code[:4] == row["hs_code"][:4] for r, row in zip(results, CASES, strict=True))
    hs6_top3 = sum(row["hs_code"] in [c.hs_code for c in r.candidates] for r, row in zip(results, CASES, strict=True))
    misses = [
        row["text"] for r, row in zip(results, CASES, strict=True) if r.candidates[0].hs_code[:4] != row["hs_code"][:4]
    ]
    assert hs4_top1 / len(CASES) >= 0.9, misses
    assert hs6_top3 / len(CASES) >= 0.8


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("Bluetooth-Kopfhörer kabellos", "8518"),
        ("Café moulu torréfié", "0901"),
        ("ข้าวหอมมะลิ", "1006"),
        ("Aceite de oliva virgen extra", "1509"),
        ("スマートフォン 本体", "8517"),
        ("Silicone case for iPhone 15", "3926"),  # "for iPhone" names what it fits, not what it is
        ("USB-C charger 65W", "8504"),
        ("E-cigarette vape pen", "8543"),
        ("Raw wildflower honey 500g glass jar", "0409"),  # the jar is the packing (GIR 5(b))
        ("Cordless drill driver 20V with 2 batteries and charger", "8467"),  # what comes with it
        ("Danish butter cookies 454g", "1905"),  # the first of two product words qualifies the second
        ("Polpa de açaí congelada sem açúcar 1 kg", "0811"),  # read without what it says is absent
        ("Peanut butter no palm oil", "2008"),
    ],
)
def test_headings(classifier: Classifier, title: str, heading: str) -> None:
    assert classifier.classify(title).candidates[0].hs_code[:4] == heading


def test_json_shape_and_explanation(classifier: Classifier) -> None:
    data = classifier.classify("Men's organic cotton crew-neck T-shirt", top=2).to_json()
    assert list(data) == ["query", "language", "candidates"]
    assert data["query"] == "Men's organic cotton crew-neck T-shirt" and data["language"] == "en"
    first = data["candidates"][0]  # type: ignore[index]
    assert list(first) == ["hs_code", "description", "score", "explanation"]
    assert first["hs_code"] == "610910"
    assert first["description"] == describe("610910")
    assert "T-shirts, singlets and other vests; of cotton" in first["explanation"]
    assert "'T-shirt' -> heading 6109" in first["explanation"]
    assert "cotton" in first["explanation"]


def test_empty_title_and_bad_top_are_input_errors(classifier: Classifier) -> None:
    with pytest.raises(InputError):
        classifier.classify("   ")
    with pytest.raises(InputError):
        classifier.classify("mug", top=0)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=60).filter(lambda text: text.strip() != ""), st.integers(1, 8))
def test_any_title_gives_valid_ranked_subheadings(classifier: Classifier, title: str, top: int) -> None:
    result = classifier.classify(title, top=top)
    assert 1 <= len(result.candidates) <= top
    scores = [candidate.score for candidate in result.candidates]
    assert all(0.0 <= score <= 1.0 for score in scores)
    assert scores == sorted(scores, reverse=True)
    for candidate in result.candidates:
        assert len(candidate.hs_code) == 6 and describe(candidate.hs_code) == candidate.description


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("chemise en coton pour homme", "fr"),
        ("maglietta di cotone", "it"),
        ("kem đánh răng", "vi"),
        ("티셔츠", "ko"),
        ("قميص", "ar"),
        ("เสื้อยืด", "th"),
        ("12345", "und"),
    ],
)
def test_language_detection(text: str, language: str) -> None:
    assert detect_language(text) == language
