"""Properties of every verdict, for arbitrary product text and HS codes."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from borderless.catalog import CatalogItem, Product, Variant
from borderless.money import Money
from borderless.screening import SEVERITIES, screen
from borderless.screening.model import severity_rank

WORDS = st.sampled_from(
    [
        "vape",
        "knife",
        "cheese",
        "wine",
        "power bank",
        "cotton",
        "T-shirt",
        "電子タバコ",
        "drone",
        "lithium",
        "perfume",
        "beef",
        "seeds",
        "replica",
        "CBD",
        "glass",
        "bluetooth",
        "gum",
    ]
)
HS = st.sampled_from([None, "610910", "850760", "854340", "821191", "160250", "040690", "330300", "880622", "7013"])


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(WORDS, max_size=5),
    hs=HS,
    market=st.sampled_from(["TH", "SG", "AU", "GB", "DE", "US", "EU"]),
    mode=st.sampled_from(["air", "ground", "sea"]),
    text=st.text(max_size=40),
)
def test_verdict_is_the_most_serious_reason(
    words: list[str], hs: str | None, market: str, mode: str, text: str
) -> None:
    item = CatalogItem(
        Product(id="p", title=" ".join(words) + " " + text, variants=()),
        Variant(sku="S", price=Money("1", "EUR"), hs_code=hs),
    )
    verdict = screen(item, market, on=date(2026, 11, 21), mode=mode)
    assert verdict.severity in SEVERITIES
    if verdict.reasons:
        assert verdict.severity == min((r.severity for r in verdict.reasons), key=severity_rank)
        assert verdict.severity != "clear"
        ranks = [severity_rank(r.severity) for r in verdict.reasons]
        assert ranks == sorted(ranks)
    else:
        assert verdict.severity == "clear"
    for reason in verdict.reasons:
        assert reason.in_force.covers(date(2026, 11, 21))
        if reason.severity == "carrier-restricted":
            assert mode == "air"
    assert len({r.rule_id for r in verdict.reasons}) == len(verdict.reasons)
