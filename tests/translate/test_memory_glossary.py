from __future__ import annotations

from pathlib import Path

import pytest

from borderless.errors import DataError, InputError
from borderless.translate import Glossary, GlossaryEntry, TranslationMemory, parse_glossary_csv


def _clock() -> object:
    ticks = iter(f"2026-11-21T10:00:{second:02d}+00:00" for second in range(60))
    return lambda: next(ticks)


def test_exact_lookup_and_timestamps(tmp_path: Path) -> None:
    path = tmp_path / "tm.sqlite"
    with TranslationMemory(path, now=_clock()) as memory:  # type: ignore[arg-type]
        assert memory.store("en", "de", [("Red shoes", "Rote Schuhe")], backend="apertium", reviewed=False) == 1
    with TranslationMemory(path) as memory:  # persisted
        found = memory.lookup("en", "de", ["Red shoes", "Blue hat"])
        assert list(found) == ["Red shoes"]
        entry = found["Red shoes"]
        assert (entry.target, entry.backend, entry.reviewed) == ("Rote Schuhe", "apertium", False)
        assert entry.created == "2026-11-21T10:00:00+00:00"
        assert memory.lookup("en", "fr", ["Red shoes"]) == {}


def test_reviewed_text_is_never_overwritten_by_machine_text() -> None:
    memory = TranslationMemory(now=_clock())  # type: ignore[arg-type]
    memory.store("en", "de", [("Red shoes", "Rote Schuhe")], backend="human", reviewed=True)
    assert memory.store("en", "de", [("Red shoes", "Schuhe rot")], backend="deepl", reviewed=False) == 0
    entry = memory.lookup("en", "de", ["Red shoes"])["Red shoes"]
    assert (entry.target, entry.reviewed, entry.backend) == ("Rote Schuhe", True, "human")
    # a newer reviewed text does replace it, and keeps the creation time
    memory.store("en", "de", [("Red shoes", "Rote Lederschuhe")], backend="human", reviewed=True)
    entry = memory.lookup("en", "de", ["Red shoes"])["Red shoes"]
    assert entry.target == "Rote Lederschuhe" and entry.created < entry.updated


def test_fuzzy_match_has_a_score_and_a_threshold() -> None:
    memory = TranslationMemory()
    memory.store(
        "en",
        "de",
        [("Red leather shoes", "Rote Lederschuhe"), ("Blue hat", "Blauer Hut")],
        backend="human",
        reviewed=True,
    )
    match = memory.fuzzy("en", "de", "Red leather shoe")
    assert match is not None and match.entry.target == "Rote Lederschuhe"
    assert 90 < match.score < 100
    assert memory.fuzzy("en", "de", "Green umbrella", threshold=75) is None
    assert memory.fuzzy("en", "fr", "Red leather shoes") is None
    # the candidate cache is refreshed after a write
    memory.store("en", "de", [("Green umbrella", "Grüner Schirm")], backend="human", reviewed=True)
    assert memory.fuzzy("en", "de", "Green umbrella") is not None


def test_lookup_many_in_chunks() -> None:
    memory = TranslationMemory()
    pairs = [(f"text {n}", f"Text {n}") for n in range(1200)]
    memory.store("en", "de", pairs, backend="apertium", reviewed=False)
    assert len(memory.lookup("en", "de", [source for source, _ in pairs])) == 1200
    assert len(memory) == 1200


def test_not_a_memory_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"this is not sqlite at all, not at all" * 50)
    with pytest.raises(DataError):
        TranslationMemory(path)


def test_glossary_csv_and_terms_per_language() -> None:
    glossary = parse_glossary_csv(
        "term,language,translation,note\nAcme,,,brand\nwool,de,Schurwolle,\nSoftShell,fr,,keep in French\n"
    )
    assert glossary.terms_for("de") == {"Acme": "Acme", "wool": "Schurwolle"}
    assert glossary.terms_for("fr") == {"Acme": "Acme", "SoftShell": "SoftShell"}
    assert GlossaryEntry("Acme").do_not_translate


def test_glossary_adds_catalog_brands_once() -> None:
    glossary = Glossary((GlossaryEntry("Acme"),)).with_names(["acme", "Zebra", " "])
    assert [entry.term for entry in glossary.entries] == ["Acme", "Zebra"]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("name\nAcme\n", None),
        ("term,language,translation\n,,\n", "term"),
        ("term,language,translation\nwool,,Wolle\n", "language"),
    ],
)
def test_glossary_errors_name_the_problem(text: str, field: str | None) -> None:
    with pytest.raises((DataError, InputError)) as raised:
        parse_glossary_csv(text)
    if field:
        assert isinstance(raised.value, InputError) and raised.value.field == field and raised.value.line == 2
