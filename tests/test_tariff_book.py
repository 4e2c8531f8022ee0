"""Which duty rate applies: item rate, merchant table, bundled EU data, or unknown."""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from borderless.errors import DataError
from borderless.rules import Source
from borderless.tariffs import (
    DutyRate,
    MerchantTariffRow,
    TariffAnswer,
    TariffBook,
    parse_duty_rate,
    validate_hs_code,
)

ON = date(2026, 10, 1)
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "tariffs" / "merchant_tariffs.csv"
DATA = Path(__file__).resolve().parent.parent / "src" / "borderless" / "data" / "tariffs"
PINNED_INPUT = Path(__file__).resolve().parents[2] / "shared" / "data" / "tariffs" / "eu_duty_by_origin.csv"
EU_SOURCE = Source(
    title=(
        "EU Common Customs Tariff / TARIC duty by HS6 and origin "
        "(via UK Trade Tariff XI, checkdutyrates/us-tariff-data), checked 2026-09-29"
    ),
    url=(
        "https://github.com/checkdutyrates/us-tariff-data/blob/08cf9a37e0dc528a91fc9e510abcf5c52ae83d09/"
        "data/eu_duty_by_origin.csv"
    ),
    retrieved=date(2026, 9, 29),
)


def lookup(
    book: TariffBook,
    code: str,
    origin: str,
    *,
    destination: str = "DE",
    territory: str = "EU",
    item_rate: Decimal | None = None,
) -> TariffAnswer:
    return book.lookup(
        customs_territory=territory,
        destination=destination,
        hs_code=validate_hs_code(code),
        origin=origin,
        on=ON,
        item_rate=item_rate,
    )


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "tariffs.csv"
    path.write_text(text, encoding="utf-8")
    return path


# --- bundled EU data ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("6109.10", "12 %"),
        ("4202.21", "3 %"),
        ("7113.11", "2.5 %"),
        ("0901.21", "7.5 %"),
        ("8507.60", "2.7 %"),
        ("8517.13", "0 %"),
    ],
)
def test_provenance_spot_checks_mfn(code: str, text: str) -> None:
    answer = lookup(TariffBook(), code, "AU")  # Australia is not one of the file's origins
    assert answer.rate == parse_duty_rate(text)
    assert answer.rate_high is None
    assert answer.origin_used == "ALL"
    assert answer.basis == "mfn"
    assert answer.warnings == ()
    assert answer.source == EU_SOURCE
    assert answer.confidence == "secondary"
    assert answer.effective_from is None and answer.effective_to is None


def test_range_returns_low_and_high_with_a_warning() -> None:
    answer = lookup(TariffBook(), "6403.99", "AU")
    assert answer.rate is not None and answer.rate.text == "5 %"
    assert answer.rate_high is not None and answer.rate_high.text == "8 %"
    assert answer.basis == "mfn"
    (warning,) = answer.warnings
    assert "depends on the 8-digit CN code" in warning
    assert "5 % to 8 %" in warning


def test_national_code_uses_its_subheading() -> None:
    assert lookup(TariffBook(), "6109100010", "AU").rate == parse_duty_rate("12 %")


def test_origin_in_the_file_with_the_mfn_rate() -> None:
    answer = lookup(TariffBook(), "6109.10", "CN")
    assert answer.rate == parse_duty_rate("12 %")
    assert answer.origin_used == "CN"
    assert answer.basis == "mfn"
    assert answer.warnings == ()


@pytest.mark.parametrize(("code", "origin", "text"), [("6109.10", "IN", "9.6 %"), ("0901.21", "BR", "6 %")])
def test_preferential_origin_needs_proof(code: str, origin: str, text: str) -> None:
    answer = lookup(TariffBook(), code, origin)
    assert answer.rate == parse_duty_rate(text)
    assert answer.origin_used == origin
    assert answer.basis == "pref"
    (warning,) = answer.warnings
    assert "proof of origin" in warning
    assert "MFN rate" in warning


def test_preferential_range() -> None:
    answer = lookup(TariffBook(), "6403.99", "IN")
    assert answer.basis == "pref"
    assert answer.rate == parse_duty_rate("1.5 %")
    assert answer.rate_high == parse_duty_rate("4.5 %")
    assert len(answer.warnings) == 2
    assert "without it the MFN rate 5 % to 8 % applies" in answer.warnings[1]


def test_preference_equal_to_mfn_has_no_proof_warning() -> None:
    answer = lookup(TariffBook(), "8517.13", "GB")
    assert answer.basis == "pref"
    assert answer.rate == parse_duty_rate("0 %")
    assert answer.warnings == ()


def test_customs_union_turkey() -> None:
    answer = lookup(TariffBook(), "6109.10", "TR")
    assert answer.basis == "union"
    assert answer.rate == parse_duty_rate("0 %")
    (warning,) = answer.warnings
    assert "A.TR" in warning


def test_anti_dumping_flag_becomes_a_warning() -> None:
    answer = lookup(TariffBook(), "7318.15", "CN")
    assert answer.rate == parse_duty_rate("3.7 %")
    assert any("anti-dumping" in warning and "CN" in warning for warning in answer.warnings)
    assert not any("anti-dumping" in warning for warning in lookup(TariffBook(), "7318.15", "AU").warnings)


def test_additional_duty_flag_becomes_a_warning() -> None:
    answer = lookup(TariffBook(), "8504.21", "CN")
    assert answer.rate == parse_duty_rate("3.7 %")
    assert any("additional duty" in warning for warning in answer.warnings)


def test_subheading_missing_from_the_eu_table_is_unknown() -> None:
    answer = lookup(TariffBook(), "0702.00", "MA")  # tomatoes: not in the bundled table
    assert answer.rate is None
    assert answer.basis == "unknown"
    assert answer.confidence == "uncertain"
    (warning,) = answer.warnings
    assert warning.startswith("no tariff data for DE HS 070200: duty unknown")
    assert "bundled EU table has no rows for HS 0702.00" in warning


def test_vendored_tariff_metadata_and_attribution() -> None:
    meta = json.loads((DATA / "eu_duty_by_origin.meta.json").read_text(encoding="utf-8"))
    assert meta["generated_by"] == "scripts/import_eu_tariff.py"
    assert meta["checked"] == "2026-09-29"
    assert meta["source"]["url"] == EU_SOURCE.url
    assert meta["counts"]["hs6"] == 5568
    assert len(meta["origins"]) == 15
    attribution = "Contains public sector information licensed under the Open Government Licence v3.0."
    assert meta["attribution"] == attribution
    assert attribution in (DATA / "SOURCES.md").read_text(encoding="utf-8")
    header = (DATA / "eu_duty_by_origin.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "generated by scripts/import_eu_tariff.py" in header and "Open Government Licence v3.0" in header


@pytest.mark.skipif(not PINNED_INPUT.is_file(), reason="pinned upstream file not available")
def test_every_row_of_the_pinned_input_is_answered_exactly() -> None:
    """The compact vendored table answers every (hs6, origin) row of the full upstream file."""
    book = TariffBook()
    with PINNED_INPUT.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 89_088
    for row in rows:
        origin = "AU" if row["origin"] == "ALL (MFN)" else row["origin"]
        answer = lookup(book, row["hs6"], origin)
        assert answer.rate is not None and answer.rate.text == row["duty_min"], row
        expected_high = row["duty_max"] if row["duty_max"] != row["duty_min"] else None
        assert (answer.rate_high.text if answer.rate_high else None) == expected_high, row
        assert answer.basis == row["basis"], row
        assert answer.origin_used == ("ALL" if origin == "AU" else origin)
        assert any("anti-dumping" in w for w in answer.warnings) == (row["anti_dumping_possible"] == "yes"), row
        assert any("additional duty" in w for w in answer.warnings) == (row["additional_duty"] == "yes"), row


# --- unknown markets, item rates ---------------------------------------------------------------


def test_unknown_market() -> None:
    answer = lookup(TariffBook(), "6109.10", "CN", destination="US", territory="US")
    assert answer.rate is None and answer.rate_high is None
    assert answer.basis == "unknown"
    assert answer.confidence == "uncertain"
    assert answer.warnings == (
        "no tariff data for US HS 610910: duty unknown; give duty_rate on the item or a merchant tariff table",
    )


def test_item_rate_comes_first() -> None:
    book = TariffBook.from_merchant_csv(FIXTURE)
    answer = lookup(book, "6109.10", "CN", item_rate=Decimal("0.05"))
    assert answer.rate == DutyRate.ad_valorem_only(Decimal("0.05"))
    assert answer.basis == "item"
    assert answer.source.title == "rate given on the request item"
    assert answer.warnings == ()
    unknown_market = lookup(book, "6109.10", "CN", destination="CA", territory="CA", item_rate=Decimal("0.18"))
    assert unknown_market.basis == "item"
    assert unknown_market.rate is not None and unknown_market.rate.text == "18 %"


# --- merchant tables ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("destination", "territory", "code", "origin", "text", "origin_used"),
    [
        ("DE", "EU", "6109.10", "CN", "12 %", "CN"),  # longest prefix, exact origin
        ("DE", "EU", "6109.10", "VN", "0 %", "VN"),  # exact origin beats a destination-only '*' row
        ("DE", "EU", "6109.10", "JP", "9 %", "*"),  # destination beats its customs territory
        ("FR", "EU", "6109.10", "JP", "11 %", "*"),  # the EU row applies to a member state
        ("FR", "EU", "6110.20", "JP", "10 %", "*"),  # shorter prefix
        ("FR", "EU", "0402.10", "JP", "125.4 EUR / 100 kg", "*"),  # published specific text
        ("US", "US", "6109.10", "CN", "16.5 %", "*"),
        ("US", "US", "6403.99", "CN", "5 %", "*"),  # '*' prefix: any goods
    ],
)
def test_merchant_precedence(
    destination: str, territory: str, code: str, origin: str, text: str, origin_used: str
) -> None:
    book = TariffBook.from_merchant_csv(FIXTURE)
    answer = lookup(book, code, origin, destination=destination, territory=territory)
    assert answer.rate == parse_duty_rate(text)
    assert answer.basis == "merchant"
    assert answer.origin_used == origin_used
    assert answer.rate_high is None
    assert answer.source.title.startswith("merchant tariff table merchant_tariffs.csv line ")
    assert answer.source.url.startswith("file://")
    assert answer.source.retrieved == ON


def test_merchant_table_beats_bundled_data_and_falls_back_to_it() -> None:
    book = TariffBook.from_merchant_csv(FIXTURE)
    assert lookup(book, "6109.10", "CN").basis == "merchant"
    fallback = lookup(book, "6403.99", "CN")  # no merchant row for chapter 64 into the EU
    assert fallback.basis == "mfn"
    assert fallback.source == EU_SOURCE
    assert lookup(book, "6109.10", "CN", destination="CA", territory="CA").basis == "unknown"


def test_merchant_source_names_the_line() -> None:
    book = TariffBook.from_merchant_csv(FIXTURE)
    answer = lookup(book, "6109.10", "CN")
    assert answer.source.title == "merchant tariff table merchant_tariffs.csv line 5 (EU, HS 610910, origin CN)"


def test_merchant_rows_in_code() -> None:
    book = TariffBook(
        [
            MerchantTariffRow("GB", "", "*", DutyRate.ad_valorem_only(Decimal("0.04"))),
            MerchantTariffRow("GB", "610910", "CN", parse_duty_rate("12 %")),
        ]
    )
    assert lookup(book, "6109.10", "CN", destination="GB", territory="GB").rate == parse_duty_rate("12 %")
    assert lookup(book, "6109.10", "IN", destination="GB", territory="GB").rate == parse_duty_rate("4 %")


@pytest.mark.parametrize(
    "row",
    [
        MerchantTariffRow("gb", "", "*", parse_duty_rate("4 %")),
        MerchantTariffRow("GB", "61.09", "*", parse_duty_rate("4 %")),
        MerchantTariffRow("GB", "6", "*", parse_duty_rate("4 %")),
        MerchantTariffRow("GB", "", "any", parse_duty_rate("4 %")),
    ],
)
def test_invalid_merchant_rows_in_code(row: MerchantTariffRow) -> None:
    with pytest.raises(DataError):
        TariffBook([row])


def test_duplicate_merchant_rows_in_code() -> None:
    row = MerchantTariffRow("GB", "", "*", parse_duty_rate("4 %"))
    with pytest.raises(DataError, match="both give"):
        TariffBook([row, row])


def test_merchant_csv_accepts_bom_case_and_extra_columns(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("\ufeffDestination, HS_Prefix ,Origin,Rate,comment\nde,6109 10,cn, 0.12 ,x\n", encoding="utf-8")
    book = TariffBook.from_merchant_csv(path)
    assert lookup(book, "6109.10", "CN").rate == DutyRate.ad_valorem_only(Decimal("0.12"))


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("destination,hs_prefix,origin\nDE,61,*\n", 1, "missing column(s) rate"),
        ("destination,hs_prefix,origin,rate\nDE,61,*,12\n", 2, "rate: '12' is above 1"),
        ("destination,hs_prefix,origin,rate\nDE,61,*,twelve\n", 2, "rate: duty rate 'twelve'"),
        ("destination,hs_prefix,origin,rate\nDE,61,*,-0.1\n", 2, "rate: duty rate '-0.1'"),
        ("destination,hs_prefix,origin,rate\nUK,61,*,0.1\n", 2, "destination: 'UK' is not an ISO 3166-1"),
        ("destination,hs_prefix,origin,rate\nXX,61,*,0.1\n", 2, "destination: 'XX'"),
        ("destination,hs_prefix,origin,rate\nDE,61,China,0.1\n", 2, "origin: 'China'"),
        ("destination,hs_prefix,origin,rate\nDE,6109.99,*,0.1\n", 2, "hs_prefix: '6109.99': 6109.99 is not"),
        ("destination,hs_prefix,origin,rate\nDE,77,*,0.1\n", 2, "hs_prefix: '77': 77 is not an HS 2022 chapter"),
        ("destination,hs_prefix,origin,rate\nDE,61a,*,0.1\n", 2, "hs_prefix: '61a'"),
        ("destination,hs_prefix,origin,rate\n\nDE,61,*,0.1,extra\n", 3, "expected 4 fields, got 5"),
        ("destination,hs_prefix,origin,rate\nDE,61,*,0.1\nDE,61,*,0.2\n", 3, "duplicates line 2"),
        ("destination,hs_prefix,origin,rate\nDE,61,*,5 EUR / barrel\n", 2, "unknown unit 'barrel'"),
    ],
)
def test_bad_merchant_rows_name_path_line_and_field(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(DataError) as caught:
        TariffBook.from_merchant_csv(path)
    assert caught.value.path == str(path)
    assert caught.value.line == line
    assert message in str(caught.value)
    assert str(caught.value).startswith(f"{path} line {line}: ")


def test_merchant_csv_empty_or_missing(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="empty"):
        TariffBook.from_merchant_csv(write(tmp_path, "# only a comment\n"))
    with pytest.raises(DataError, match="cannot read merchant tariff table"):
        TariffBook.from_merchant_csv(tmp_path / "absent.csv")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("destination,hs_prefix,origin,rate\nDE,61,*,0.1 \xe9\n".encode("latin-1"))
    with pytest.raises(DataError, match="not UTF-8"):
        TariffBook.from_merchant_csv(latin)
