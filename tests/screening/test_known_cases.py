"""Known screening cases from the issue: e-cigarettes to Thailand and Singapore, lithium batteries by
air, knives to the UK, meat and dairy to Australia; plus multilingual keywords and false positives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from borderless.catalog import CatalogItem, Product, Variant, read_catalog
from borderless.errors import InputError, UnknownCountryError
from borderless.money import Money
from borderless.screening import screen, screen_items

ON = date(2026, 11, 21)
FIXTURE = Path(__file__).parent / "fixtures" / "catalog.csv"


def item(
    title: str,
    hs: str | None = None,
    *,
    tags: tuple[str, ...] = (),
    description: str | None = None,
    confirmed: bool = True,
) -> CatalogItem:
    product = Product(id="p", title=title, variants=(), tags=tags, description=description)
    return CatalogItem(product, Variant(sku="SKU-1", price=Money("10", "EUR"), hs_code=hs, hs_confirmed=confirmed))


def rule_ids(title: str, market: str, hs: str | None = None, mode: str = "air", **kwargs: object) -> set[str]:
    verdict = screen(item(title, hs, **kwargs), market, on=ON, mode=mode)  # type: ignore[arg-type]
    return {reason.rule_id for reason in verdict.reasons}


@pytest.mark.parametrize("market", ["TH", "SG"])
@pytest.mark.parametrize(
    ("title", "hs"),
    [("Disposable vape 5000 puffs", None), ("Mint pod kit", "854340"), ("Nicotine salt e-liquid 10 ml", "2404.12")],
)
def test_e_cigarettes_are_prohibited_in_thailand_and_singapore(market: str, title: str, hs: str | None) -> None:
    verdict = screen(item(title, hs), market, on=ON, mode="sea")
    assert verdict.severity == "prohibited"
    reason = verdict.reasons[0]
    assert reason.rule_id == f"{market}.e-cigarette"
    assert reason.category == "e-cigarette"
    assert reason.source.url.startswith("https://")
    assert reason.in_force.start <= ON


def test_e_cigarette_matched_by_hs_says_so() -> None:
    verdict = screen(item("Pod device", "8543.40"), "SG", on=ON, mode="sea")
    assert verdict.reasons[0].matched_by == "hs 8543.40"


@pytest.mark.parametrize(
    "text",
    [
        "E-Zigarette Einweg",
        "cigarette électronique jetable",
        "cigarrillo electrónico",
        "cigarro eletrônico",
        "sigaretta elettronica",
        "e-sigaret wegwerp",
        "使い捨て電子タバコ",
        "一次性电子烟",
        "일회용 전자담배를",
        "บุหรี่ไฟฟ้า ใช้แล้วทิ้ง",
        "elektronik sigara",
        "سيجارة إلكترونية",
        "VAPE",
    ],
)
def test_e_cigarette_keywords_in_thirteen_languages(text: str) -> None:
    verdict = screen(item(text), "TH", on=ON, mode="sea")
    assert verdict.severity == "prohibited", verdict
    assert "TH.tobacco" not in {reason.rule_id for reason in verdict.reasons}  # an e-cigarette is not tobacco


def test_thailand_before_the_ban_has_no_e_cigarette_rule() -> None:
    verdict = screen(item("Vape pen"), "TH", on=date(2014, 10, 13), mode="sea")
    assert verdict.severity == "clear"
    assert verdict.summary == "no restriction found in our rules"


def test_standalone_lithium_battery_by_air_is_carrier_restricted() -> None:
    verdict = screen(item("20000 mAh power bank", "8507.60"), "DE", on=ON, mode="air")
    assert verdict.severity == "carrier-restricted"
    ids = {reason.rule_id for reason in verdict.reasons}
    assert {
        "ALL.air.iata.lithium-standalone",
        "ALL.post.upu.lithium-standalone",
        "ALL.air.dhl.lithium-standalone",
        "ALL.air.fedex.lithium-standalone",
        "ALL.air.ups.lithium-standalone",
    } <= ids
    assert not any("in-equipment" in rule_id for rule_id in ids)


def test_battery_contained_in_equipment_is_a_different_rule() -> None:
    ids = rule_ids("Wireless earbuds", "US", "851830", tags=("contains:lithium-ion",))
    assert "ALL.air.iata.lithium-in-equipment" in ids
    assert not any("standalone" in rule_id for rule_id in ids)


def test_lithium_battery_rules_change_with_the_date() -> None:
    before = screen(item("Li-ion battery 18650", "850760"), "FR", on=date(2022, 3, 31), mode="air")
    after = screen(item("Li-ion battery 18650", "850760"), "FR", on=date(2022, 4, 1), mode="air")
    explanation = {r.rule_id: r.explanation for r in before.reasons}["ALL.air.iata.lithium-standalone"]
    assert "Section II" in explanation and "passenger" in explanation
    later = {r.rule_id: r for r in after.reasons}["ALL.air.iata.lithium-standalone"]
    assert later.in_force.start == date(2022, 4, 1)


def test_batteries_by_sea_are_only_an_observation() -> None:
    verdict = screen(item("Power bank", "850760"), "AU", on=ON, mode="sea")
    assert verdict.severity == "observation"
    assert [reason.rule_id for reason in verdict.reasons] == ["ALL.surface.lithium"]


def test_knives_to_the_uk_need_age_checks_and_delivery_rules() -> None:
    verdict = screen(item("Chef's knife 20 cm", "8211.91"), "GB", on=ON, mode="ground")
    assert verdict.severity == "needs-permit"
    reason = verdict.reasons[0]
    assert reason.rule_id == "GB.knives"
    assert "Offensive Weapons Act 2019" in reason.source.title
    assert "age" in reason.explanation and "deliver" in reason.explanation


@pytest.mark.parametrize(
    ("on", "act"), [(date(2022, 4, 5), "Criminal Justice Act 1988"), (date(2022, 4, 6), "Offensive Weapons Act 2019")]
)
def test_uk_knife_rule_boundary(on: date, act: str) -> None:
    verdict = screen(item("Folding pocket knife"), "GB", on=on, mode="ground")
    assert act in verdict.reasons[0].source.title


def test_flick_knives_are_prohibited_in_the_uk() -> None:
    verdict = screen(item("Automatic switchblade flick knife"), "GB", on=ON, mode="ground")
    assert verdict.severity == "prohibited"
    assert {"GB.prohibited-weapons", "GB.knives"} <= {reason.rule_id for reason in verdict.reasons}


def test_meat_is_prohibited_and_dairy_needs_a_permit_in_australia() -> None:
    meat = screen(item("Beef jerky", "1602.50"), "AU", on=ON, mode="air")
    dairy = screen(item("Aged cheddar cheese", "0406.90"), "AU", on=ON, mode="air")
    assert meat.severity == "prohibited" and meat.reasons[0].rule_id == "AU.meat"
    assert dairy.severity == "needs-permit" and dairy.reasons[0].rule_id == "AU.dairy"


def test_australian_vapes_changed_on_1_march_2024() -> None:
    assert screen(item("Vape"), "AU", on=date(2024, 2, 29), mode="sea").severity == "needs-permit"
    assert screen(item("Vape"), "AU", on=date(2024, 3, 1), mode="sea").severity == "prohibited"


def test_eu_members_get_eu_and_national_rules() -> None:
    assert "EU.cosmetics" in rule_ids("Face cream", "FR", "330499")
    assert "EU.cosmetics" in rule_ids("Face cream", "EU", "330499")
    assert "DE.prohibited-weapons" in rule_ids("Butterfly knife", "DE")
    assert "DE.prohibited-weapons" not in rule_ids("Butterfly knife", "FR")


@pytest.mark.parametrize(
    ("title", "market", "hs"),
    [
        ("Wine glass set of 4", "SA", None),
        ("Organic T-shirt in wine red", "SA", "610910"),
        ("Teller, Durchmesser 30 cm", "GB", None),
        ("Ivory linen dress", "US", None),
        ("Tortoiseshell sunglasses", "US", None),
        ("Seed bead bracelet", "AU", None),
        ("Cheese grater stainless", "AU", None),
        ("Vegan jerky smoky", "AU", None),
        ("Hot glue gun 60W", "GB", None),
        ("Phone case, battery not included", "US", None),
        ("Knife-pleated midi skirt", "GB", None),
        ("Fer à repasser vapeur", "TH", None),
        ("Hemp shirt", "SG", None),
    ],
)
def test_obvious_false_positives_are_clear(title: str, market: str, hs: str | None) -> None:
    verdict = screen(item(title, hs), market, on=ON, mode="sea")
    assert verdict.severity == "clear", verdict.reasons


def test_keyword_against_a_conclusive_hs_code_is_only_an_observation() -> None:
    verdict = screen(item("Whisky stones gift box, perfect with whisky", "6802.99"), "SA", on=ON, mode="sea")
    assert verdict.severity == "observation"
    assert "outside this category" in verdict.reasons[0].matched_by


def test_tags_match() -> None:
    verdict = screen(item("Gadget", tags=("Aerosol",)), "US", on=ON, mode="air")
    assert verdict.reasons[0].matched_by == "tag aerosol"


def test_warnings_for_missing_and_unconfirmed_hs_codes() -> None:
    assert "no HS code" in screen(item("Vape"), "TH", on=ON, mode="air").warnings[0]
    unconfirmed = screen(item("Pod", "854340", confirmed=False), "TH", on=ON, mode="air")
    assert "(unconfirmed code)" in unconfirmed.reasons[0].matched_by
    assert any("not confirmed" in warning for warning in unconfirmed.warnings)


def test_unknown_markets_and_modes_are_input_errors() -> None:
    with pytest.raises(UnknownCountryError):
        screen(item("Vape"), "Thailand", on=ON, mode="air")
    with pytest.raises(InputError, match="no screening rules for AR"):
        screen(item("Vape"), "AR", on=ON, mode="air")
    with pytest.raises(InputError, match="transport mode"):
        screen(item("Vape"), "TH", on=ON, mode="rail")


def test_catalog_fixture_screens_every_good_row() -> None:
    load = read_catalog(FIXTURE)
    assert len(load.errors) == 1
    verdicts = list(screen_items(load.catalog.items(), ["th", "SG"], on=ON, mode="air"))
    assert len(verdicts) == 2 * len(load.catalog)
    by_key = {(v.sku, v.market): v for v in verdicts}
    assert by_key[("VAPE-1", "TH")].severity == "prohibited"
    assert by_key[("TEE-1", "SG")].severity == "clear"
    data = by_key[("PB-1", "TH")].to_json()
    assert data["severity"] == "carrier-restricted"
    reason = data["reasons"][0]  # type: ignore[index]
    assert set(reason) >= {
        "rule_id",
        "severity",
        "category",
        "matched_by",
        "explanation",
        "source",
        "in_force",
        "confidence",
    }
