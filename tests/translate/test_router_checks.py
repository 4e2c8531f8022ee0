from __future__ import annotations

import pytest

from borderless.errors import InputError
from borderless.translate import (
    BackendError,
    Segment,
    Translation,
    TranslationBrief,
    TranslationMemory,
    TranslationRouter,
    check_translation,
)
from tests.translate.fakes import FakeTranslator

BRIEF = TranslationBrief("en", "de", market="DE", locale="de_DE", register="formal", terms={"Acme": "Acme"})


def _codes(
    segment: Segment, text: str, status: str = "machine", brief: TranslationBrief = BRIEF, **kw: object
) -> list[str]:
    translation = Translation(text, "fake", False, status)  # type: ignore[arg-type]
    return [problem.code for problem in check_translation(segment, translation, brief, **kw)]  # type: ignore[arg-type]


def test_memory_first_then_backend_and_results_stored() -> None:
    memory = TranslationMemory()
    memory.store("en", "de", [("Red shoes", "Rote Schuhe (geprüft)")], backend="human", reviewed=True)
    fake = FakeTranslator()
    router = TranslationRouter({"fake": fake}, memory, preference=())
    segments = [Segment("P1", "title", "Red shoes"), Segment("P2", "title", "Soft cotton")]
    result = router.translate(segments, BRIEF)
    first, second = result.translations
    assert (first.text, first.backend, first.reviewed, first.status) == (
        "Rote Schuhe (geprüft)",
        "human",
        True,
        "memory",
    )
    assert (second.text, second.backend, second.reviewed, second.status) == (
        "weich Baumwolle",
        "fake",
        False,
        "machine",
    )
    assert fake.calls == [["Soft cotton"]]
    again = router.translate(segments, BRIEF)
    assert [t.status for t in again.translations] == ["memory", "memory"]
    assert len(fake.calls) == 1  # served from the memory


def test_preference_order_and_explicit_choice() -> None:
    first, second = FakeTranslator("deepl"), FakeTranslator("apertium")
    backends = {"deepl": first, "apertium": second}
    segments = [Segment("P1", "title", "Red shoes")]
    assert (
        TranslationRouter(backends, preference=("apertium",)).translate(segments, BRIEF).translations[0].backend
        == "apertium"
    )
    assert TranslationRouter(backends).translate(segments, BRIEF).translations[0].backend == "deepl"
    assert (
        TranslationRouter(backends, choice="apertium").translate(segments, BRIEF).translations[0].backend == "apertium"
    )
    with pytest.raises(InputError):
        TranslationRouter(backends, choice="babelfish")


def test_failing_backend_falls_through_to_the_next_with_a_warning() -> None:
    broken = FakeTranslator(
        "deepl", fail=BackendError("deepl", "the server refused the API key (HTTP 401)", status=401)
    )
    backends = {"deepl": broken, "apertium": FakeTranslator("apertium")}
    result = TranslationRouter(backends).translate([Segment("P1", "title", "Red shoes")], BRIEF)
    assert result.translations[0].backend == "apertium"
    assert any("401" in warning for warning in result.warnings)


def test_no_backend_keeps_source_marked_untranslated_with_reason() -> None:
    router = TranslationRouter({"apertium": FakeTranslator("apertium", pairs=frozenset({("en", "es")}))})
    result = router.translate([Segment("P1", "title", "Red shoes")], BRIEF)
    translation = result.translations[0]
    assert (translation.text, translation.status, translation.backend) == ("Red shoes", "untranslated", "none")
    assert "en->de" in translation.notes[0] and "apertium" in translation.notes[0]


def test_memory_only_reuses_fuzzy_matches_flagged() -> None:
    memory = TranslationMemory()
    memory.store("en", "de", [("Red leather shoes", "Rote Lederschuhe")], backend="human", reviewed=True)
    router = TranslationRouter({"fake": FakeTranslator()}, memory, choice="memory")
    translation = router.translate([Segment("P1", "title", "Red leather shoe")], BRIEF).translations[0]
    assert translation.status == "fuzzy" and not translation.reviewed and translation.score is not None
    assert "review" in translation.notes[0]


def test_markup_placeholders_numbers_and_glossary_survive_the_backend() -> None:
    router = TranslationRouter({"fake": FakeTranslator()}, TranslationMemory())
    source = "<p>Soft <b>cotton</b> by Acme, {size} 12.5 cm</p><p>Red shoes</p>"
    translation = router.translate([Segment("P1", "description", source)], BRIEF).translations[0]
    assert translation.text == "<p>weich <b>Baumwolle</b> BY Acme, {size} 12,5 cm</p><p>rot Schuhe</p>"
    assert check_translation(Segment("P1", "description", source), translation, BRIEF) == []


def test_a_backend_that_loses_tokens_is_retried_piecewise() -> None:
    def drop_tokens(text: str) -> str:
        return "KAPUTT" if "XQZ" in text else text.upper()

    router = TranslationRouter({"fake": FakeTranslator(transform=drop_tokens)})
    translation = router.translate([Segment("P1", "description", "Soft <b>cotton</b> shirt")], BRIEF).translations[0]
    assert translation.text == "SOFT <b>COTTON</b> SHIRT"
    assert "piece by piece" in translation.notes[0]


def test_glossary_forced_translation_is_applied() -> None:
    brief = TranslationBrief("en", "de", locale="de_DE", terms={"wool": "Schurwolle"})
    router = TranslationRouter({"fake": FakeTranslator()})
    assert router.translate([Segment("P1", "title", "Soft wool")], brief).translations[0].text == "weich Schurwolle"


def test_checks_each_problem_per_product_and_field() -> None:
    title = Segment("P9", "title", "Acme red shoes 42", max_length=20)
    assert _codes(title, "Acme rote Schuhe 42") == []
    assert _codes(title, "Acme red shoes 42") == ["untranslated"]
    assert _codes(title, "Acme red shoes 42", status="untranslated") == ["untranslated"]
    assert _codes(title, "Acme rote Schuhe 43") == ["number_changed"]
    assert _codes(title, "Akme rote Schuhe 42") == ["glossary_violation"]
    assert _codes(title, "Acme rote Schuhe 42 in Größe") == ["too_long"]
    assert _codes(title, "Acme Billig Schuh 42", forbidden=["billig"]) == ["forbidden_term"]
    description = Segment("P9", "description", "<b>Soft</b> {n} items")
    assert _codes(description, "Weich {n} Artikel") == ["markup_changed"]
    assert _codes(description, "<b>Weich</b> Artikel") == ["placeholder_changed"]
    problem = check_translation(title, Translation("Akme", "fake", False, "machine"), BRIEF)[0]
    assert (problem.product_id, problem.field) == ("P9", "title")
    assert str(problem).startswith("P9 title: ")


def test_numbers_compare_as_values_across_locales() -> None:
    segment = Segment("P1", "description", "1,200 g and 12.5 cm")
    assert _codes(segment, "1.200 g und 12,5 cm") == []
    assert _codes(segment, "1200 g und 12,5 cm") == []
    assert _codes(segment, "1.200 g und 125 cm") == ["number_changed"]


def test_brand_only_title_is_not_flagged_untranslated() -> None:
    assert _codes(Segment("P1", "title", "Acme X200"), "Acme X200") == []
