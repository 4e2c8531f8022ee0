from __future__ import annotations

import pytest

from borderless.errors import InputError
from borderless.localize.sizes import (
    CATEGORIES,
    SIZE_SYSTEMS,
    convert_size,
    guess_size_category,
    load_size_table,
    size_system_for,
)


def test_table_covers_every_system_and_category_with_sources() -> None:
    rows = load_size_table()
    assert {row.category for row in rows} == set(CATEGORIES)
    for row in rows:
        assert row.source.url.startswith("https://")
        assert set(row.sizes) == set(SIZE_SYSTEMS)
        assert row.sizes["US"] is not None


@pytest.mark.parametrize(
    ("size", "category", "source", "target", "expected"),
    [
        ("8", "womens_shoes", "US", "EU", "39"),
        ("8", "womens_shoes", "US", "JP", "25"),
        ("9", "mens_shoes", "US", "KR", "270"),
        ("10", "mens_shoes", "US", "UK", "9.5"),
        ("6", "womens_clothing", "US", "UK", "10"),
        ("38", "womens_clothing", "EU", "US", "6"),
    ],
)
def test_known_conversions(size: str, category: str, source: str, target: str, expected: str) -> None:
    assert convert_size(size, category=category, from_system=source, to_system=target).size == expected


def test_round_trip_through_every_system_for_unambiguous_shoes() -> None:
    for row in load_size_table():
        if row.category != "womens_shoes":
            continue
        for system in ("UK", "EU", "JP", "KR", "AU"):
            there = convert_size(row.sizes["US"] or "", category="womens_shoes", from_system="US", to_system=system)
            assert there.size is not None
            back = convert_size(there.size, category="womens_shoes", from_system=system, to_system="US")
            assert back.size == row.sizes["US"]


def test_unknown_size_is_none_with_a_warning() -> None:
    result = convert_size("99", category="womens_shoes", from_system="US", to_system="EU")
    assert result.size is None
    assert "not in the US womens_shoes table" in result.warnings[0]


def test_missing_cell_and_unknown_system_are_none_with_a_warning() -> None:
    half = convert_size("8.5", category="womens_shoes", from_system="US", to_system="BR")
    assert half.size is None and half.warnings
    unknown = convert_size("8", category="womens_shoes", from_system="US", to_system="MARS")
    assert unknown.size is None and "unknown size system" in unknown.warnings[0]


def test_uncertain_systems_lower_confidence() -> None:
    result = convert_size("M", category="mens_tops", from_system="US", to_system="JP")
    assert result.size == "L"
    assert result.confidence == "uncertain"
    assert result.warnings


def test_unknown_category_is_an_input_error() -> None:
    with pytest.raises(InputError):
        convert_size("8", category="hats", from_system="US", to_system="EU")


def test_size_systems_per_market() -> None:
    assert size_system_for("GB") == ("UK", ())
    assert size_system_for("DE") == ("EU", ())
    system, notes = size_system_for("IT")
    assert system == "EU" and "4 above" in notes[0]


def test_guess_size_category() -> None:
    assert guess_size_category("Women's running shoe") == "womens_shoes"
    assert guess_size_category("Men's cotton T-shirt") == "mens_tops"
    assert guess_size_category("Ceramic mug") is None
