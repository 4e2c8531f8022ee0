from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from borderless.catalog.model import Catalog, Product, Variant
from borderless.countries import load_markets
from borderless.culture import ASSOCIATIONS, associations_for, check_catalog, check_listing
from borderless.errors import UnknownCountryError
from borderless.money import Money
from borderless.rules import CONFIDENCES


def keys(warnings: list) -> list[str]:  # type: ignore[type-arg]
    return [warning.key for warning in warnings]


def test_every_association_is_sourced_and_well_formed() -> None:
    seen: set[str] = set()
    for association in ASSOCIATIONS:
        assert association.key not in seen
        seen.add(association.key)
        assert association.source.url.startswith("https://")
        assert association.source.retrieved == date(2026, 11, 21)
        assert association.confidence in CONFIDENCES
        assert association.meaning and association.advice
        assert association.countries and all(len(code) == 2 for code in association.countries)
        assert association.triggers and all(group for group in association.triggers)


@pytest.mark.parametrize("country", sorted(load_markets()))
def test_associations_for_every_market_is_stable(country: str) -> None:
    result = associations_for(country)
    assert result.country == country
    if not result.associations:
        assert "not a clearance" in result.warnings[0]
    assert result.to_json()["country"] == country


def test_number_four_in_east_asia_but_not_in_fourteen() -> None:
    for market in ("CN", "JP", "KR"):
        assert "number-4-death" in keys(check_listing({"title": "Tea cups, set of 4"}, None, market))
    assert "number-4-death" not in keys(check_listing({"title": "Tea cups, set of 14"}, None, "CN"))
    assert "number-4-death" not in keys(check_listing({"title": "Size 4.5 shoe"}, None, "JP"))
    assert check_listing({"title": "Tea cups, set of 4"}, None, "DE") == []


def test_seventeen_in_italy_and_lucky_eight_does_not_warn() -> None:
    assert keys(check_listing({"title": "Edizione 17"}, None, "IT")) == ["number-17-bad-luck"]
    assert check_listing({"title": "Set of 8 bowls"}, None, "CN") == []


def test_green_hat_needs_both_colour_and_hat_even_across_fields() -> None:
    assert keys(check_listing({"title": "Green bucket hat"}, None, "CN")) == ["green-hat"]
    across = check_listing({"title": "Bucket hat"}, {"colour": "Green"}, "CN")
    assert keys(across) == ["green-hat"]
    assert across[0].field == "listing"
    assert check_listing({"title": "Green scarf"}, None, "CN") == []


def test_warning_explains_and_cites() -> None:
    (warning,) = check_listing({"description": "A wall clock, the perfect gift"}, None, "CN")
    assert warning.key == "clock-gift"
    assert warning.field == "description"
    assert "death" in warning.explanation
    assert warning.source.url.startswith("https://")
    assert "description" in str(warning)


@pytest.mark.parametrize(
    ("text", "market", "key"),
    [
        ("White chrysanthemum bouquet", "FR", "chrysanthemum-funeral"),
        ("Crisantemi in vaso", "IT", "chrysanthemum-funeral"),
        ("Smoked bacon", "SA", "pork-products"),
        ("Red wine glasses", "AE", "alcohol"),
        ("Buddhist manji 卍 pendant", "DE", "nazi-symbols"),
        ("Vintage world map poster", "CN", "maps-china"),
        ("Fairness cream for glowing skin", "IN", "skin-whitening-india"),
        ("美白 serum", "CN", "whitening-china"),
        ("👌 sticker pack", "BR", "ok-gesture"),
        ("Map of the Sea of Japan", "KR", "sea-of-japan-name"),
    ],
)
def test_known_associations(text: str, market: str, key: str) -> None:
    assert key in keys(check_listing({"title": text}, None, market))


def test_law_with_a_start_date_applies_only_from_then() -> None:
    listing = {"title": "Eco-friendly bottle"}
    assert "generic-green-claims" in keys(check_listing(listing, None, "DE", on=date(2026, 9, 27)))
    assert "generic-green-claims" not in keys(check_listing(listing, None, "DE", on=date(2026, 9, 26)))


def test_words_match_whole_words_only() -> None:
    assert check_listing({"title": "Hamburg city guide"}, None, "SA") == []
    assert check_listing({"title": "Ginger tea"}, None, "SA") == []


def test_bad_market_is_an_input_error() -> None:
    with pytest.raises(UnknownCountryError):
        check_listing({"title": "x"}, None, "Germany")


def test_check_catalog_reports_per_product_once() -> None:
    variants = tuple(
        Variant(sku=f"HAT-{size}", price=Money(Decimal("10"), "USD"), options={"colour": "Green", "size": size})
        for size in ("S", "M")
    )
    catalog = Catalog((Product(id="hat", title="Bucket hat", variants=variants),))
    warnings = check_catalog(catalog, "CN")
    assert keys(warnings) == ["green-hat"]
    assert warnings[0].product == "hat"
