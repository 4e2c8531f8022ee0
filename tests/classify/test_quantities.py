"""Quantities in titles against the numeric limits of HS subheadings."""

from __future__ import annotations

import pytest

from borderless.classify import Classifier
from borderless.classify.index import load_index
from borderless.classify.quantities import Limit, check_limits, description_limits, title_quantities
from borderless.tariffs.hs import describe


@pytest.mark.parametrize(
    ("title", "dimension", "value"),
    [
        ("Sedan 2000cc petrol", "volume", 2000.0),
        ("Rioja tinto 750ml", "volume", 750.0),
        ("2.0L engine", "volume", 2000.0),
        ("Vodka 0,7 l", "volume", 700.0),
        ("green tea 100 g", "mass", 100.0),
        ("rice 1.5 kg", "mass", 1500.0),
        ("Staubsauger 2.000 W", "power", 2000.0),
        ("vacuum cleaner 1,500 W", "power", 1500.0),
        ("motor 1.5kW", "power", 1500.0),
        ("whole milk 3.5% fat", "percent", 3.5),
        ("cotton poplin 120 g/m2", "areal weight", 120.0),
        ("绿茶 250克", "mass", 250.0),
    ],
)
def test_title_quantities(title: str, dimension: str, value: float) -> None:
    (quantity,) = title_quantities(title)
    assert quantity.dimension == dimension
    assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize("title", ["M10 bolts", "iPhone 15 128GB", "Galaxy S24", "size 42", "A5 notebook"])
def test_model_numbers_are_not_quantities(title: str) -> None:
    assert title_quantities(title) == ()


def _limits(code: str) -> tuple[Limit, ...]:
    return description_limits(describe(code))


def test_ranges_bounds_and_inclusivity() -> None:
    (limit,) = _limits("870323")  # cylinder capacity over 1500 but not over 3000cc
    assert (limit.dimension, limit.low, limit.high) == ("volume", 1500.0, 3000.0)
    assert not limit.admits(1500.0) and limit.admits(1501.0) and limit.admits(3000.0) and not limit.admits(3001.0)
    (wine,) = _limits("220421")  # in containers holding 2 litres or less
    assert wine.high == 2000.0 and wine.admits(2000.0) and not wine.admits(3000.0)
    (alcohol,) = _limits("220710")  # 80% vol. or higher
    assert alcohol.low == 80.0 and alcohol.low_inclusive and "alcohol" in alcohol.subjects
    (fat,) = _limits("040120")  # fat content exceeding 1% but not exceeding 6%
    assert (fat.low, fat.high, fat.subjects) == (1.0, 6.0, frozenset({"fat"}))


def test_two_dimensions_in_one_description() -> None:
    # 8508.11: power not exceeding 1,500 W and a receptacle not exceeding 20 l
    dimensions = {limit.dimension: limit.high for limit in _limits("850811")}
    assert dimensions == {"power": 1500.0, "volume": 20000.0}
    check = check_limits(title_quantities("Canister vacuum cleaner 2000 W"), describe("850811"))
    assert len(check.broken) == 1 and not check.met


def test_lengths_and_percentages_need_the_same_subject() -> None:
    steel = describe("720838")  # width 600mm or more, thickness 3mm or more but less than 4.75mm
    assert check_limits(title_quantities("hot-rolled steel coil 600mm"), steel) == check_limits((), steel)
    thick = check_limits(title_quantities("hot-rolled coil 4 mm thick"), steel)
    assert thick.met and not thick.broken
    # a percentage of alcohol says nothing about a percentage of fat
    assert not check_limits(title_quantities("gel 70% alcohol"), describe("040120")).met
    assert check_limits(title_quantities("hand gel 70% alcohol"), describe("220710")).broken


def test_units_are_not_read_without_a_number_unit_pair() -> None:
    assert description_limits("Juice; pineapple, of a Brix value exceeding 20, unfermented") == ()


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier()


@pytest.mark.parametrize(
    ("title", "expected", "instead_of"),
    [
        ("Honda scooter 125cc", "871120", "871130"),
        ("Motorrad 650 ccm Benzin", "871140", "871120"),
        ("Spanish red wine bottle 750ml", "220421", "220422"),
        ("Bag-in-box red wine 5 l", "220422", "220421"),
        ("Loose leaf green tea 100 g", "090210", "090220"),
    ],
)
def test_quantities_pick_the_subheading(classifier: Classifier, title: str, expected: str, instead_of: str) -> None:
    codes = [candidate.hs_code for candidate in classifier.classify(title, top=10).candidates]
    assert expected in codes
    assert instead_of not in codes or codes.index(expected) < codes.index(instead_of)


def test_the_explanation_names_the_limit(classifier: Classifier) -> None:
    best = classifier.classify("Spanish red wine bottle 750ml", top=1).candidates[0]
    assert best.hs_code == "220421"
    assert "'750ml' is within '2 litres or less'" in best.explanation


def test_siblings_own_words_leave_out_what_every_sibling_says() -> None:
    index = load_index()
    row = {code: position for position, code in enumerate(index.codes)}
    # every 0406 subheading starts "Dairy produce; ...": those words tell no sibling apart
    assert "dairy" not in index.own_words[row["040610"]]
    assert "fresh" in index.own_words[row["040610"]]
    assert index.own_words[row["040690"]] == frozenset()


def test_a_title_without_the_specific_attribute_prefers_the_residual_subheading(classifier: Classifier) -> None:
    codes = [candidate.hs_code for candidate in classifier.classify("Aged Gouda cheese wheel", top=5).candidates]
    assert codes.index("040690") < codes.index("040610")


def test_a_tea_without_a_weight_is_taken_as_a_retail_packing(classifier: Classifier) -> None:
    best = classifier.classify("Earl Grey black tea", top=1).candidates[0]
    assert best.hs_code == "090230"  # in immediate packings not exceeding 3 kg
    assert "retail packing (no weight in the title)" in best.explanation
    codes = [candidate.hs_code for candidate in classifier.classify("Black tea 10 kg sack", top=4).candidates]
    assert codes.index("090240") < codes.index("090230")


def test_a_title_is_the_article_not_its_parts_unless_it_says_so(classifier: Classifier) -> None:
    assert classifier.classify("Lithium-ion battery pack", top=1).candidates[0].hs_code != "850790"
    codes = [candidate.hs_code for candidate in classifier.classify("Battery parts", top=3).candidates]
    assert "850790" in codes


def test_american_spelling_reads_the_british_nomenclature(classifier: Classifier) -> None:
    codes = [candidate.hs_code for candidate in classifier.classify("Jack's Tennessee whiskey", top=3).candidates]
    assert "220830" in codes  # Whiskies
