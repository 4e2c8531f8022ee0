"""Contract and known facts for the per-market commerce practices data."""

from __future__ import annotations

import json
from datetime import date

import pytest

from borderless.countries import load_markets
from borderless.countries.european_union import MEMBERS
from borderless.errors import DataError, UnknownCountryError
from borderless.markets.practices import (
    IMPORTANCES,
    PAYMENT_KINDS,
    MarketPractices,
    covered_countries,
    load_practices,
    market_practices,
    parse_practices,
)
from borderless.rules import CONFIDENCES, Source

MARKETS = sorted(load_markets())


def _sourced(source: Source) -> None:
    assert source.title.strip()
    assert source.url.startswith("https://")
    assert source.retrieved == date(2026, 11, 21)


def test_every_landed_cost_market_is_covered() -> None:
    assert len(MARKETS) == 46
    assert set(MARKETS) <= set(covered_countries())


@pytest.mark.parametrize("country", MARKETS)
def test_market_contract(country: str) -> None:
    practices = market_practices(country)
    assert isinstance(practices, MarketPractices) and practices.country == country
    assert practices.payment_methods, "no payment methods"
    assert practices.methods("expected"), "no expected payment method"
    names = [method.name for method in practices.payment_methods]
    assert len(names) == len(set(names)), "duplicate payment method"
    for method in practices.payment_methods:
        assert method.kind in PAYMENT_KINDS and method.importance in IMPORTANCES
        assert method.confidence in CONFIDENCES
        _sourced(method.source)
    assert len(practices.fraud_checks) >= 2
    for check in practices.fraud_checks:
        assert check.name and len(check.why) > 20 and check.confidence in CONFIDENCES
        _sourced(check.source)
    shipping = practices.shipping
    assert shipping.incoterm_advice.startswith(("DDP", "DAP", "Sell through"))
    assert shipping.carriers and shipping.paperwork and shipping.delivery_expectation_days
    assert shipping.sources and shipping.confidence in CONFIDENCES and shipping.delivery_confidence in CONFIDENCES
    for source in (*shipping.sources, *practices.sources):
        _sourced(source)
    json.dumps(practices.to_json(), ensure_ascii=False)


@pytest.mark.parametrize("country", [*sorted(MEMBERS), "NO"])
def test_eea_markets_require_strong_customer_authentication(country: str) -> None:
    practices = market_practices(country)
    assert practices is not None
    sca = [c for c in practices.fraud_checks if "strong customer authentication" in c.name]
    assert sca and sca[0].confidence == "verified" and "eur-lex" in sca[0].source.url


@pytest.mark.parametrize("country", sorted(MEMBERS))
def test_eu_members_get_ioss_paperwork(country: str) -> None:
    practices = market_practices(country)
    assert practices is not None
    assert any("IOSS" in paper for paper in practices.shipping.paperwork)


@pytest.mark.parametrize("country", ["US", "CA", "GB"])
def test_avs_where_issuers_support_it(country: str) -> None:
    practices = market_practices(country)
    assert practices is not None and any("AVS" in c.name for c in practices.fraud_checks)


@pytest.mark.parametrize(
    ("country", "method", "importance"),
    [
        ("NL", "iDEAL", "expected"),
        ("BE", "Bancontact", "expected"),
        ("PL", "BLIK", "expected"),
        ("SE", "Swish", "expected"),
        ("CH", "TWINT", "expected"),
        ("NO", "Vipps", "expected"),
        ("DK", "MobilePay", "expected"),
        ("BR", "Pix", "expected"),
        ("BR", "parcelado", "expected"),
        ("MX", "OXXO", "common"),
        ("CA", "Interac", "common"),
        ("JP", "Konbini", "common"),
        ("KR", "KakaoPay", "common"),
        ("CN", "Alipay", "expected"),
        ("CN", "WeChat Pay", "expected"),
        ("SG", "PayNow", "common"),
        ("TH", "PromptPay", "expected"),
        ("IN", "UPI", "expected"),
        ("IN", "Cash on delivery", "expected"),
        ("SA", "mada", "expected"),
        ("SA", "Tabby", "common"),
        ("AU", "Afterpay", "expected"),
        ("TR", "taksit", "expected"),
        ("ZA", "Ozow", "common"),
        ("FR", "Cartes Bancaires", "expected"),
        ("DE", "Klarna", "expected"),
    ],
)
def test_known_local_methods(country: str, method: str, importance: str) -> None:
    practices = market_practices(country)
    assert practices is not None
    found = [m for m in practices.payment_methods if method.lower() in m.name.lower()]
    assert found, f"{method} missing in {country}"
    assert found[0].importance == importance


def test_cod_markets_warn_about_refusals() -> None:
    for country in ("IN", "SA", "AE", "TH", "TR"):
        practices = market_practices(country)
        assert practices is not None
        assert any(m.kind == "cash_on_delivery" for m in practices.payment_methods)
        assert any("refusal" in c.name.lower() for c in practices.fraud_checks)


def test_country_specific_paperwork() -> None:
    kr, br, cn = market_practices("KR"), market_practices("BR"), market_practices("CN")
    assert kr is not None and any("PCCC" in p for p in kr.shipping.paperwork)
    assert br is not None and any("CPF" in p for p in br.shipping.paperwork)
    assert cn is not None and not any(m.name == "Visa and Mastercard cards" for m in cn.payment_methods)


def test_lookup_contract() -> None:
    assert market_practices("nl") == market_practices("NL")
    assert market_practices("AR") is None  # a real country without data: unknown, not empty
    for bad in ("XX", "NLD", ""):
        with pytest.raises(UnknownCountryError):
            market_practices(bad)
    assert load_practices() is load_practices()


MINIMAL = """
[meta]
retrieved = "2026-11-21"
[sources]
s = { title = "A source", url = "https://example.org/" }
[defaults]
payment_methods = [{ name = "Cards", kind = "card", importance = "expected", source = "s" }]
fraud_checks = []
[countries.NL]
payment_methods = [{ name = "iDEAL", kind = "KIND", importance = "expected", source = "SRC" }]
incoterm_advice = "DDP"
delivery = "1-2 days"
shipping_sources = ["s"]
"""


@pytest.mark.parametrize(
    ("kind", "src", "message"),
    [("bank_transfer", "s", None), ("teleport", "s", "unknown kind"), ("bank_transfer", "nope", "unknown source")],
)
def test_parser_rejects_bad_entries(kind: str, src: str, message: str | None) -> None:
    text = MINIMAL.replace("KIND", kind).replace("SRC", src)
    if message is None:
        assert parse_practices(text)["NL"].payment_methods[1].name == "iDEAL"
        return
    with pytest.raises(DataError, match=message):
        parse_practices(text)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('url = "https://example.org/"', 'url = "http://example.org/"', "https URL"),
        ("[countries.NL]", "[countries.XX]", "ISO 3166-1"),
        ('incoterm_advice = "DDP"', 'groups = ["NOPE"]', "unknown group"),
        ('shipping_sources = ["s"]', "", "without a source"),
        (
            'importance = "expected", source = "SRC"',
            'importance = "expected", source = "SRC", confidence = "sure"',
            "unknown confidence",
        ),
        ('retrieved = "2026-11-21"', 'retrieved = "soon"', "retrieved"),
        ("[meta]", "[meta", "malformed TOML"),
    ],
)
def test_parser_names_the_problem(old: str, new: str, message: str) -> None:
    text = MINIMAL.replace("KIND", "bank_transfer").replace(old, new).replace("SRC", "s")
    with pytest.raises(DataError, match=message):
        parse_practices(text)
