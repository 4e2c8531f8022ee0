"""The bundled demo shop (src/borderless/data/demo): a clean catalog, a usable merchant profile, and a
README that agrees with both."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from html.parser import HTMLParser
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import pytest

from borderless.catalog import (
    Catalog,
    CatalogItem,
    CatalogLoad,
    catalog_to_json,
    parse_catalog_json,
    read_catalog,
    valid_gtin,
)
from borderless.countries import load_markets
from borderless.money import is_known_currency
from borderless.tariffs import validate_hs_code
from borderless.tariffs.hs import describe

CATEGORIES = {"Apparel", "Jewellery", "Home goods", "Cosmetics", "Electronics accessories", "Food"}
LEGAL_CODE = re.compile(r"^[A-Z]{2}$")


@pytest.fixture(scope="module")
def demo_dir() -> Iterator[Path]:
    with as_file(files("borderless").joinpath("data/demo")) as path:
        yield Path(path)


@pytest.fixture(scope="module")
def load(demo_dir: Path) -> CatalogLoad:
    return read_catalog(demo_dir / "shop.csv")


@pytest.fixture(scope="module")
def catalog(load: CatalogLoad) -> Catalog:
    return load.catalog


@pytest.fixture(scope="module")
def profile(demo_dir: Path) -> dict[str, Any]:
    data = json.loads((demo_dir / "profile.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def readme(demo_dir: Path) -> str:
    return (demo_dir / "README.md").read_text(encoding="utf-8")


def top_category(category: str | None) -> str:
    assert category, "every product has a category"
    return category.split(" > ")[0]


# ---------------------------------------------------------------- the catalog loads cleanly


def test_catalog_loads_without_errors_or_warnings(load: CatalogLoad) -> None:
    assert load.errors == ()
    assert load.warnings == ()
    assert load.rows_read == len(load.catalog)


def test_size_and_category_mix(catalog: Catalog) -> None:
    assert len(catalog.products) >= 55
    assert 150 <= len(catalog) <= 250
    per_category = Counter(top_category(product.category) for product in catalog.products)
    assert set(per_category) == CATEGORIES
    assert min(per_category.values()) >= 5


def test_every_variant_is_complete_and_plausible(catalog: Catalog) -> None:
    for item in catalog.items():
        variant = item.variant
        assert variant.price.currency == "USD", item.sku
        assert variant.price.amount > 0, item.sku
        assert variant.cost is not None and variant.cost.currency == "USD", item.sku
        assert 0 < variant.cost.amount < variant.price.amount, item.sku
        margin = 1 - variant.cost.amount / variant.price.amount
        assert Decimal("0.5") <= margin <= Decimal("0.9"), (item.sku, margin)
        assert variant.weight_kg is not None and Decimal("0.005") <= variant.weight_kg <= Decimal("3"), item.sku
        assert variant.country_of_origin is not None and LEGAL_CODE.match(variant.country_of_origin), item.sku
        assert variant.gtin is not None and valid_gtin(variant.gtin), item.sku
        assert variant.image_url and variant.image_url.startswith("https://shop.example.com/"), item.sku
        assert variant.url and variant.url.startswith("https://shop.example.com/products/"), item.sku
        assert variant.price.amount == variant.price.amount.quantize(Decimal("0.01")), item.sku


def test_identifiers_are_unique(catalog: Catalog) -> None:
    skus = [item.sku for item in catalog.items()]
    gtins = [item.variant.gtin for item in catalog.items()]
    assert len(set(skus)) == len(skus)
    assert len(set(gtins)) == len(gtins)
    assert all(gtin is not None and gtin.startswith("0860000") for gtin in gtins)


def test_variants_differ_by_their_options(catalog: Catalog) -> None:
    for product in catalog.products:
        if len(product.variants) == 1:
            continue
        combinations = [tuple(sorted(variant.options.items())) for variant in product.variants]
        assert all(combinations), product.id
        assert len(set(combinations)) == len(combinations), product.id


def test_apparel_and_jewellery_have_the_expected_options(catalog: Catalog) -> None:
    products = {product.id: product for product in catalog.products}
    tee = products["organic-crew-tee"]
    assert {v.options["size"] for v in tee.variants} == {"XS", "S", "M", "L", "XL"}
    assert len({v.options["colour"] for v in tee.variants}) == 3
    sneaker_sizes = {v.options["size"] for v in products["canvas-low-top-sneaker"].variants}
    assert sneaker_sizes == {f"US {n}" for n in range(6, 13)}
    assert all(v.options["size"].startswith("US ") for v in products["sterling-stacking-ring"].variants)
    assert len(products["sterling-stacking-ring"].variants) >= 5
    sized_apparel = [p for p in catalog.products if top_category(p.category) == "Apparel" and len(p.variants) > 1]
    assert sum(1 for p in sized_apparel if all({"size", "colour"} <= set(v.options) for v in p.variants)) >= 8


def test_season_tags_are_present(catalog: Catalog) -> None:
    tags = Counter(tag for product in catalog.products for tag in product.tags)
    assert tags["summer"] >= 5
    assert tags["winter"] >= 5


def test_descriptions_are_short_balanced_html(catalog: Catalog) -> None:
    for product in catalog.products:
        assert product.description is not None, product.id
        assert product.description.startswith("<p>"), product.id
        assert len(product.description) <= 600, product.id
        assert _balanced(product.description), product.id
        assert product.brand == "Larkfield"
        assert product.status == "active"


def test_catalog_survives_a_json_round_trip(catalog: Catalog) -> None:
    again = parse_catalog_json(json.loads(json.dumps(catalog_to_json(catalog))))
    assert again.problems == ()
    assert [_essentials(item) for item in again.catalog.items()] == [_essentials(item) for item in catalog.items()]


# ---------------------------------------------------------------- HS codes


def test_present_hs_codes_validate(catalog: Catalog) -> None:
    for item in catalog.items():
        code = item.variant.hs_code
        if code is None:
            continue
        assert validate_hs_code(code).code == code
        assert len(code) == 6
        assert describe(code)


def test_two_or_three_products_are_left_for_the_classifier(catalog: Catalog, readme: str) -> None:
    unclassified = [p for p in catalog.products if any(v.hs_code is None for v in p.variants)]
    assert 2 <= len(unclassified) <= 3
    for product in unclassified:
        assert all(v.hs_code is None and not v.hs_confirmed for v in product.variants), product.id
        assert f"`{product.id}`" in readme, product.id


def test_variants_of_a_product_share_hs_code_and_origin(catalog: Catalog) -> None:
    for product in catalog.products:
        assert len({v.hs_code for v in product.variants}) == 1, product.id
        assert len({v.country_of_origin for v in product.variants}) == 1, product.id


@pytest.mark.parametrize(
    ("product_id", "hs_code"),
    [
        ("organic-crew-tee", "610910"),
        ("sterling-stacking-ring", "711311"),
        ("gold-plated-paperclip-necklace", "711719"),
        ("speckled-stoneware-mug", "691200"),
        ("cedar-smoke-soy-candle", "340600"),
        ("harbor-roast-ground-coffee", "090121"),
        ("dark-chocolate-bar-72", "180632"),
        ("dark-maple-syrup", "170220"),
        ("smoked-beef-jerky", "160250"),
        ("power-bank-10000", "850760"),
        ("vape-starter-kit", "854340"),
        ("mens-linen-camp-shirt", "620590"),
        ("womens-linen-midi-dress", "620449"),
    ],
)
def test_reference_classifications(catalog: Catalog, product_id: str, hs_code: str) -> None:
    (product,) = [p for p in catalog.products if p.id == product_id]
    assert {v.hs_code for v in product.variants} == {hs_code}


# ---------------------------------------------------------------- restricted products


@pytest.mark.parametrize(
    ("product_id", "hs_code", "tags"),
    [
        ("vape-starter-kit", "854340", {"e-cigarette", "contains:lithium-ion", "un3481"}),
        ("folding-pocket-knife", "821193", {"knife", "locking-blade"}),
        ("hemp-cbd-oil-1000mg", None, {"cbd", "contains:cbd"}),
        ("smoked-beef-jerky", "160250", {"contains:meat"}),
        ("power-bank-10000", "850760", {"lithium-battery", "battery:standalone", "un3480"}),
        ("fig-leaf-eau-de-parfum", "330300", {"flammable-liquid", "un1266"}),
        ("nail-polish", "330430", {"flammable-liquid", "un1263"}),
        ("green-laser-pointer", "901320", {"laser"}),
        ("pocket-camera-drone", "880621", {"drone", "contains:lithium-ion"}),
        ("wireless-earbuds", "851830", {"contains:lithium-ion", "battery:contained", "un3481"}),
    ],
)
def test_restricted_products_are_present_and_tagged(
    catalog: Catalog, readme: str, product_id: str, hs_code: str | None, tags: set[str]
) -> None:
    (product,) = [p for p in catalog.products if p.id == product_id]
    assert {v.hs_code for v in product.variants} == {hs_code}
    assert tags <= set(product.tags)
    assert f"`{product_id}`" in readme


def test_tags_do_not_suggest_the_wrong_kind_of_product(catalog: Catalog) -> None:
    """Screening reads ``contains:alcohol`` as an alcoholic beverage and ``animal-product`` as meat:
    neither may sit on the perfume or the honey."""
    tags = {product.id: set(product.tags) for product in catalog.products}
    assert "contains:alcohol" not in tags["fig-leaf-eau-de-parfum"]
    assert "animal-product" not in tags["raw-wildflower-honey"]
    standalone = {pid for pid, found in tags.items() if "battery:standalone" in found}
    contained = {pid for pid, found in tags.items() if "battery:contained" in found}
    assert standalone == {"power-bank-10000"}
    assert contained == {"wireless-earbuds", "pocket-camera-drone", "vape-starter-kit"}
    assert all("contains:lithium-ion" in tags[pid] for pid in contained)


def test_readme_names_only_real_products_and_right_counts(catalog: Catalog, readme: str) -> None:
    ids = {product.id for product in catalog.products}
    tags = {tag for product in catalog.products for tag in product.tags}
    named = set(re.findall(r"`([a-z0-9]+(?:-[a-z0-9]+)+)`", readme))
    assert named - ids - tags == set()
    assert f"{len(catalog.products)} products, {len(catalog)} variant rows" in readme
    per_category: Counter[str] = Counter()
    per_category_variants: Counter[str] = Counter()
    for product in catalog.products:
        per_category[top_category(product.category)] += 1
        per_category_variants[top_category(product.category)] += len(product.variants)
    for name in CATEGORIES:
        assert f"| {name} | {per_category[name]} | {per_category_variants[name]} |" in readme, name


# ---------------------------------------------------------------- the merchant profile


def test_profile_has_the_launch_fields(profile: dict[str, Any], demo_dir: Path) -> None:
    assert profile["home_country"] == "US"
    assert profile["ships_from"] == "US"
    assert profile["currency"] == "USD" and is_known_currency(profile["currency"])
    assert profile["languages"] == ["en"]
    assert isinstance(profile["name"], str) and profile["name"]
    assert isinstance(profile["delivery_days"], int) and profile["delivery_days"] > 0
    assert (demo_dir / profile["catalog"]).is_file()


def test_default_markets_are_ten_markets_with_rules(profile: dict[str, Any]) -> None:
    markets = profile["default_markets"]
    assert len(markets) == 10 and len(set(markets)) == 10
    assert profile["home_country"] not in markets
    assert set(markets) <= set(load_markets())


def test_profile_decimals_are_strings_and_fractions(profile: dict[str, Any]) -> None:
    for key in ("payment_fee_rate", "fx_fee_rate", "target_margin_rate"):
        assert isinstance(profile[key], str), key
        assert Decimal(0) < Decimal(profile[key]) < Decimal(1), key
    shipping = profile["shipping"]
    assert isinstance(shipping["cost_per_order"], str)
    assert Decimal(shipping["cost_per_order"]) > 0
    assert shipping["mode"] in ("air", "ground", "sea")
    assert shipping["incoterm"] in ("DDP", "DAP")
    _no_floats(profile)


def test_profile_is_a_valid_pricing_policy(profile: dict[str, Any]) -> None:
    policy_module = pytest.importorskip("borderless.pricing.policy")
    policy = policy_module.parse_policy(
        {
            "strategy": profile["pricing_strategy"],
            "payment_fee_rate": profile["payment_fee_rate"],
            "fx_fee_rate": profile["fx_fee_rate"],
            "target_margin_rate": profile["target_margin_rate"],
            "shipping_cost": profile["shipping"]["cost_per_order"],
            "registrations": profile["registrations"],
        }
    )
    assert policy.defaults.target_margin_rate == Decimal("0.25")
    assert policy.defaults.shipping_cost == Decimal("12.00")


def test_profile_readiness_covers_every_scorecard_area(profile: dict[str, Any]) -> None:
    areas = {"localization", "marketing", "customer_service", "payments", "logistics", "technology"}
    assert set(profile["readiness"]) == areas
    assert all(isinstance(facts, dict) and facts for facts in profile["readiness"].values())


def test_every_profile_field_is_documented(profile: dict[str, Any], readme: str) -> None:
    for key, value in profile.items():
        if key == "readiness":
            assert "`readiness.<area>`" in readme
            assert all(f"`{area}`" in readme for area in value)
        elif isinstance(value, dict):
            assert all(f"`{key}.{sub}`" in readme for sub in value), key
        else:
            assert f"`{key}`" in readme, key


def test_licence_is_cc0(demo_dir: Path) -> None:
    text = (demo_dir / "LICENSE").read_text(encoding="utf-8")
    assert "SPDX-License-Identifier: CC0-1.0" in text
    assert "CC0 1.0 Universal" in text


# ---------------------------------------------------------------- helpers


class _TagBalance(HTMLParser):
    VOID = frozenset({"br", "img", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ok = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.ok = False


def _balanced(html: str) -> bool:
    parser = _TagBalance()
    parser.feed(html)
    parser.close()
    return parser.ok and not parser.stack


def _essentials(item: CatalogItem) -> tuple[object, ...]:
    variant, product = item.variant, item.product
    return (
        product.id,
        product.title,
        product.description,
        product.category,
        product.tags,
        dict(product.extra),
        variant.sku,
        variant.price,
        variant.cost,
        variant.hs_code,
        variant.hs_confirmed,
        variant.weight_kg,
        variant.country_of_origin,
        variant.gtin,
        dict(variant.options),
        variant.image_url,
    )


def _no_floats(value: object) -> None:
    assert not isinstance(value, float), value
    if isinstance(value, dict):
        for item in value.values():
            _no_floats(item)
    elif isinstance(value, list):
        for item in value:
            _no_floats(item)
