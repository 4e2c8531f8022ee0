"""HS 2022 nomenclature: validating codes and describing them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from borderless.errors import InputError, InvalidHSCodeError
from borderless.tariffs import HSCode, describe, validate_hs_code
from borderless.tariffs.hs import format_hs6, subheadings

DATA = Path(__file__).resolve().parent.parent / "src" / "borderless" / "data" / "hs"


@pytest.mark.parametrize(
    ("given", "code", "hs6"),
    [
        ("610910", "610910", "610910"),
        ("6109.10", "610910", "610910"),
        ("6109 10", "610910", "610910"),
        ("  6109.10  ", "610910", "610910"),
        ("0901.21", "090121", "090121"),
        ("61091000", "61091000", "610910"),
        ("6109100010", "6109100010", "610910"),
        ("6109.10.00.10", "6109100010", "610910"),
        ("8517.13", "851713", "851713"),
    ],
)
def test_valid_codes(given: str, code: str, hs6: str) -> None:
    result = validate_hs_code(given)
    assert result == HSCode(code=code, hs6=hs6, description=describe(hs6))
    assert result.description


def test_description_is_the_subheading_text() -> None:
    assert validate_hs_code("8517.13").description == (
        "Telephone sets; smartphones for cellular or other wireless networks"
    )
    assert validate_hs_code("0101.21").description == "Horses; live, pure-bred breeding animals"


def test_unknown_subheading_names_it_and_suggests_the_heading_subheadings() -> None:
    with pytest.raises(InvalidHSCodeError) as caught:
        validate_hs_code("6109.99")
    message = str(caught.value)
    assert "6109.99 is not an HS 2022 subheading" in message
    assert "6109.10" in message and "6109.90" in message
    assert caught.value.code == "6109.99"
    assert caught.value.field == "hs_code"


def test_unknown_heading_says_so() -> None:
    with pytest.raises(InvalidHSCodeError, match="heading 7700 does not exist in HS 2022"):
        validate_hs_code("770010")


def test_hs2017_code_is_not_hs2022() -> None:
    # 8517.12 (mobile phones) was split into 8517.13/8517.14 in HS 2022.
    with pytest.raises(InvalidHSCodeError, match=r"8517\.12 is not an HS 2022 subheading"):
        validate_hs_code("851712")


def test_comtrade_not_specified_code_is_not_a_subheading() -> None:
    with pytest.raises(InvalidHSCodeError, match="not an HS 2022 subheading"):
        validate_hs_code("999999")


def test_heading_is_not_enough_for_duty() -> None:
    with pytest.raises(InvalidHSCodeError) as caught:
        validate_hs_code("6109")
    message = str(caught.value)
    assert "a heading (4 digits) is not enough to find a duty" in message
    assert "6109.10" in message


def test_chapter_is_not_enough_for_duty() -> None:
    with pytest.raises(InvalidHSCodeError, match=r"a chapter \(2 digits\) is not enough to find a duty"):
        validate_hs_code("61")


@pytest.mark.parametrize("given", ["6109A0", "61O910", "6109-10", "６１０９１０"])
def test_letters_and_other_characters_are_rejected(given: str) -> None:
    with pytest.raises(InvalidHSCodeError, match="only digits"):
        validate_hs_code(given)


@pytest.mark.parametrize(("given", "length"), [("61091", 5), ("6109100", 7), ("610910001", 9), ("610910001000", 12)])
def test_wrong_lengths(given: str, length: int) -> None:
    with pytest.raises(InvalidHSCodeError, match=f"wrong length: {length} digits"):
        validate_hs_code(given)


@pytest.mark.parametrize("given", ["", "   ", ". ."])
def test_empty_is_rejected(given: str) -> None:
    with pytest.raises(InvalidHSCodeError, match="empty"):
        validate_hs_code(given)


@pytest.mark.parametrize("given", [610910, 6109.10, None, b"610910"])
def test_non_text_is_rejected(given: object) -> None:
    with pytest.raises(InvalidHSCodeError, match="must be text"):
        validate_hs_code(given)


def test_error_carries_field_and_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        validate_hs_code("6109", field="items[3].hs_code")
    assert isinstance(caught.value, ValueError)
    assert caught.value.field == "items[3].hs_code"
    assert str(caught.value).startswith("items[3].hs_code: invalid HS code '6109'")


def test_describe_chapter_heading_subheading() -> None:
    assert describe("09") == "Coffee, tea, mate and spices"
    assert describe("0901").startswith("Coffee")
    assert describe("0901.21") == describe("090121")
    assert "roasted" in describe("090121")


@pytest.mark.parametrize("given", ["6109.99", "77", "61091000", "x"])
def test_describe_rejects_unknown_or_national_codes(given: str) -> None:
    with pytest.raises(InvalidHSCodeError):
        describe(given)


def test_subheadings_and_format() -> None:
    assert subheadings("6109") == ("610910", "610990")
    assert subheadings("7700") == ()
    assert format_hs6("610910") == "6109.10"
    assert format_hs6("6109") == "6109"


def test_vendored_nomenclature_counts_and_header() -> None:
    lines = (DATA / "hs2022.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# HS 2022") and "generated by scripts/import_hs.py" in lines[0]
    assert lines[1] == "code,section,description"
    codes = [line.split(",", 1)[0] for line in lines[2:]]
    by_length = {length: sum(1 for code in codes if len(code) == length) for length in (2, 4, 6)}
    # 5,613 subheadings upstream minus UN Comtrade's 999999 "not specified according to kind".
    assert by_length == {2: 96, 4: 1228, 6: 5612}
    meta = json.loads((DATA / "hs2022.meta.json").read_text(encoding="utf-8"))
    assert meta["generated_by"] == "scripts/import_hs.py"
    assert meta["licence"].startswith("ODC-PDDL-1.0")
    assert meta["counts"] == {"2": 96, "4": 1228, "6": 5612}
    assert "ODC-PDDL-1.0" in (DATA / "SOURCES.md").read_text(encoding="utf-8")


def test_every_subheading_validates() -> None:
    lines = (DATA / "hs2022.csv").read_text(encoding="utf-8").splitlines()[2:]
    hs6_codes = [line.split(",", 1)[0] for line in lines if len(line.split(",", 1)[0]) == 6]
    for code in hs6_codes:
        assert validate_hs_code(code).hs6 == code
