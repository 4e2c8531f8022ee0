"""Build a market-entry launch kit: every engine, one direction, one JSON-able result.

``build_kit`` reads nothing from disk and writes nothing: it takes a catalog and a playbook, calls
the engines (ranking, pricing, screening, practices, calendar, profile, compliance, localization,
feeds) and returns a :class:`Kit` holding their answers as plain data (what ``kit.json`` holds) plus
the artifacts' contents. ``artifacts.py`` writes them, ``report.py`` draws the HTML from the same data:
a renderer never recomputes.

A section whose engine fails with a :class:`BorderlessError` is kept with its error and a warning;
the rest of the kit still builds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from borderless.catalog import Catalog, CatalogItem
from borderless.errors import BorderlessError
from borderless.launch.playbook import Playbook, weights_of
from borderless.launch.readiness import score_market
from borderless.pricing import PriceResult, default_pricing_context, price_catalog

if TYPE_CHECKING:
    from borderless.classify import Classifier

__all__ = ["Kit", "build_kit"]

KIT_FORMAT: Final = "borderless-launch-kit"
Progress = Callable[[str, int, int], None]


@dataclass
class Kit:
    """The kit's data (``data`` is exactly ``kit.json`` minus the artifact list) and the artifacts'
    contents by relative path (text or bytes), each with what produced it."""

    data: dict[str, Any]
    files: dict[str, str | bytes] = field(default_factory=dict)
    produced_by: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def add(self, path: str, content: str | bytes, produced_by: str) -> None:
        self.files[path] = content
        self.produced_by[path] = produced_by


def _section(kit: Kit, name: str, market: str | None, build: Callable[..., Any], *args: Any) -> Any:
    try:
        return build(*args)
    except BorderlessError as error:
        where = f"{market}: " if market else ""
        kit.warnings.append(f"{where}{name} unavailable: {error}")
        return {"error": str(error)}


def _price_row(result: PriceResult, titles: Mapping[str, str]) -> dict[str, Any]:
    landed = result.landed_cost
    return {
        "sku": result.sku,
        "title": titles.get(result.sku, ""),
        "price": None if result.price is None else format(result.price.amount, "f"),
        "currency": None if result.price is None else result.price.currency,
        "tax_included": result.tax_included,
        "strategy": result.strategy,
        "landed_in_price": None if landed is None else format(landed.in_price.amount, "f"),
        "due_at_delivery": None if landed is None else format(landed.due_at_delivery.amount, "f"),
        "landed_complete": None if landed is None else landed.complete,
        "margin_rate": None if result.margin_rate is None else format(result.margin_rate, "f"),
        "raised_to_floor": result.raised_to_floor,
        "warnings": list(result.warnings),
        "error": result.error,
    }


def _choose_markets(kit: Kit, playbook: Playbook, ranking: list[dict[str, Any]]) -> tuple[str, ...]:
    if playbook.markets is not None:
        return playbook.markets
    from borderless.countries import load_markets

    covered = load_markets()
    chosen = [row["country"] for row in ranking if row["country"] in covered][: playbook.auto_markets]
    kit.warnings.append(f"markets chosen automatically: the top {len(chosen)} ranked markets with landed-cost rules")
    return tuple(chosen)


def build_kit(
    catalog: Catalog,
    playbook: Playbook,
    *,
    on: date,
    progress: Progress | None = None,
    catalog_problems: tuple[dict[str, Any], ...] = (),
    classifier: Classifier | None = None,
) -> Kit:
    def step(name: str, done: int, total: int) -> None:
        if progress is not None:
            progress(name, done, total)

    kit = Kit({})
    items = list(catalog.items())
    titles = {item.sku: item.title for item in items}

    # 1. rank candidate markets (all bundled countries when the playbook says "auto")
    step("ranking markets", 0, 1)
    ranking = _section(kit, "market ranking", None, lambda: _rank(playbook, items, on))
    ranking_rows: list[dict[str, Any]] = ranking if isinstance(ranking, list) else []
    markets = _choose_markets(kit, playbook, ranking_rows)
    step("ranking markets", 1, 1)

    # 2. HS codes: fill the missing ones with the classifier, marked unconfirmed
    step("HS classification", 0, 1)
    hs_codes = _section(kit, "HS classification", None, lambda: _hs_codes(catalog, classifier))
    if isinstance(hs_codes, tuple):
        catalog, hs_rows = hs_codes
        suggested = sum(row["source"] == "classifier" for row in hs_rows)
        if suggested:
            kit.warnings.append(
                f"{suggested} SKU(s) had no HS code: the classifier's best subheading is used for their prices and "
                "screening, marked unconfirmed (see HS codes); confirm or correct them with `borderless classify "
                "--confirm TITLE CODE` and the next kit reuses your codes"
            )
    step("HS classification", 1, 1)
    items = list(catalog.items())

    # 3. prices
    policy = playbook.policy()
    context = default_pricing_context(on, playbook.home_country)
    total = len(items) * len(markets)
    results: list[PriceResult] = []
    for result in price_catalog(catalog, markets, policy, context):
        results.append(result)
        if len(results) % 200 == 0 or len(results) == total:
            step("pricing", len(results), total)

    # 4. the rest, market by market
    per_market: dict[str, dict[str, Any]] = {}
    calendar = _section(kit, "campaign calendar", None, lambda: _calendar(markets, on, playbook.delivery_days))
    if isinstance(calendar, dict) and "ics" in calendar:
        kit.add("calendar.ics", calendar.pop("ics"), "borderless calendar --ics (holidays package + shopping events)")
    for index, market in enumerate(markets):
        step("market sections", index, len(markets))
        rows = [_price_row(result, titles) for result in results if result.market == market]
        section: dict[str, Any] = {
            "country": market,
            "rank": next((row for row in ranking_rows if row["country"] == market), None),
            "prices": rows,
            "screening": _section(kit, "screening", market, _screen, items, market, on),
            "practices": _section(kit, "payment and shipping practices", market, _practices, market),
            "profile": _section(kit, "market profile", market, _profile, market),
            "compliance": _section(kit, "privacy and consumer law", market, _compliance, market, on),
            "calendar": [event for event in calendar.get("events", []) if event["country"] == market]
            if isinstance(calendar, dict)
            else [],
        }
        per_market[market] = section
    step("market sections", len(markets), len(markets))

    # 5. localization and feeds (write artifacts into the kit)
    localization = _section(
        kit, "localization", None, lambda: _localize(kit, catalog, markets, playbook, results, step)
    )

    # 6. readiness per market, from the facts above
    answers = playbook.merchant.get("readiness", {})
    for market, section in per_market.items():
        facts = _facts(
            section, localization.get(market, {}) if isinstance(localization, dict) else {}, hs_rows, playbook
        )
        section["facts"] = facts
        section["readiness"] = [score.to_json() for score in score_market(facts, answers)]
        section["localization"] = localization.get(market) if isinstance(localization, dict) else None

    kit.data = {
        "format": KIT_FORMAT,
        "version": 1,
        "generated_on": on.isoformat(),
        "merchant": dict(playbook.merchant),
        "playbook": playbook.to_json(),
        "markets_chosen": list(markets),
        "ranking": ranking_rows,
        "hs_codes": hs_rows,
        "catalog": {"products": len(catalog.products), "variants": len(catalog), "problems": list(catalog_problems)},
        "calendar": calendar,
        "markets": per_market,
        "warnings": kit.warnings,
    }
    return kit


# -- one function per engine: the only place the kit knows each engine's API ----------------------------------


def _rank(playbook: Playbook, items: list[CatalogItem], on: date) -> list[dict[str, Any]]:
    from borderless.markets.ranking import rank_markets

    scores = rank_markets(
        playbook.home_country,
        basket=items or None,
        weights=weights_of(playbook) or None,
        on=on,
        languages=playbook.languages,
    )
    return [score.to_json() for score in scores]


def _hs_codes(catalog: Catalog, classifier: Classifier | None) -> tuple[Catalog, list[dict[str, Any]]]:
    """Every SKU's code with where it came from; missing codes filled by the classifier, unconfirmed."""
    from borderless.classify import Classifier
    from borderless.classify.fill import fill_catalog
    from borderless.tariffs.hs import describe

    suggested: dict[str, Any] = {}
    if any(item.variant.hs_code is None for item in catalog.items()):
        filled = fill_catalog(catalog, classifier or Classifier())
        catalog = filled.catalog
        suggested = {code.sku: code.candidate for code in filled.filled}
    rows = []
    for item in catalog.items():
        code = item.variant.hs_code
        candidate = suggested.get(item.sku)
        rows.append(
            {
                "sku": item.sku,
                "title": item.title,
                "hs_code": code,
                "description": describe(code[:6]) if code else None,
                "confirmed": bool(code) and item.variant.hs_confirmed,
                "source": "classifier" if candidate else ("catalog" if code else "missing"),
                "score": candidate.score if candidate else None,
                "explanation": candidate.explanation if candidate else None,
            }
        )
    return catalog, rows


def _calendar(markets: tuple[str, ...], on: date, delivery_days: int) -> dict[str, Any]:
    from borderless.calendar import campaign_calendar, to_ics

    events = [
        event
        for year in (on.year, on.year + 1)
        for event in campaign_calendar(markets, year, delivery_days=delivery_days, today=on)
    ]
    upcoming = [event for event in events if event.end >= on]
    return {"events": [event.to_json() for event in upcoming], "ics": to_ics(upcoming).decode("utf-8")}


def _screen(items: list[CatalogItem], market: str, on: date) -> list[dict[str, Any]]:
    from borderless.screening import screen

    verdicts = []
    for item in items:
        verdict = screen(item, market, on=on, mode="air")
        data = verdict.to_json()
        if data["severity"] != "clear":
            verdicts.append(data)
    return verdicts


def _practices(market: str) -> dict[str, Any] | None:
    from borderless.markets.practices import market_practices

    practices = market_practices(market)
    return None if practices is None else practices.to_json()


def _profile(market: str) -> dict[str, Any]:
    from borderless.markets.profile import market_profile

    return market_profile(market).to_json()


def _compliance(market: str, on: date) -> dict[str, Any]:
    from borderless.compliance import compliance_checklist

    checklist: dict[str, Any] = compliance_checklist(market, on=on).to_json()
    return checklist


def _localize(
    kit: Kit,
    catalog: Catalog,
    markets: tuple[str, ...],
    playbook: Playbook,
    results: list[PriceResult],
    step: Callable[[str, int, int], None],
) -> dict[str, dict[str, Any]]:
    from borderless.launch.localizing import localize_for_kit

    return localize_for_kit(kit, catalog, markets, playbook, results, step)


def _share(part: float, whole: float) -> float:
    return round(part / whole, 4) if whole else 0.0


def _facts(
    section: Mapping[str, Any], localization: Mapping[str, Any], hs_rows: list[dict[str, Any]], playbook: Playbook
) -> dict[str, Any]:
    prices = section.get("prices", [])
    priced = [row for row in prices if row.get("price") is not None]
    practices = section.get("practices") if isinstance(section.get("practices"), Mapping) else None
    offered = set((playbook.merchant.get("readiness", {}).get("payments", {}) or {}).get("methods", []))
    expected = [
        method for method in (practices or {}).get("payment_methods", []) if method.get("importance") == "expected"
    ]
    expected_offered = [m for m in expected if m.get("kind") in offered or _slug(m.get("name", "")) in offered]
    profile = section.get("profile") if isinstance(section.get("profile"), Mapping) else {}
    languages = [str(code).split("_")[0] for code in (profile or {}).get("main_languages", [])]
    support = (playbook.merchant.get("readiness", {}).get("customer_service", {}) or {}).get("support_languages", [])
    screening: list[Any] = section["screening"] if isinstance(section.get("screening"), list) else []
    return {
        "skus": len(prices),
        "priced_share": _share(len(priced), len(prices)),
        "landed_complete_share": _share(sum(1 for row in priced if row.get("landed_complete")), len(priced)),
        "due_at_door_share": _share(
            sum(1 for row in priced if Decimal(row.get("due_at_delivery") or "0") > 0), len(priced)
        ),
        "raised_to_floor": sum(1 for row in priced if row.get("raised_to_floor")),
        "translated_share": localization.get("translated_share", 0.0),
        "reviewed_share": localization.get("reviewed_share", 0.0),
        "language_covered": bool(languages) and all(code in playbook.languages for code in languages[:1]),
        "feed_valid_items": localization.get("feed_valid_items", 0),
        "feed_errors": localization.get("feed_errors", 0),
        "calendar_events": len(section.get("calendar", [])),
        "support_contact": playbook.merchant.get("support_email"),
        "support_in_language": bool(languages) and languages[0] in support,
        "expected_methods_offered": len(expected_offered),
        "expected_methods_missing": [m.get("name") for m in expected if m not in expected_offered],
        "fraud_checks_met": bool(
            (playbook.merchant.get("readiness", {}).get("payments", {}) or {}).get("three_d_secure")
        ),
        "hs_missing": sum(1 for row in hs_rows if not row.get("hs_code")),
        "hs_unconfirmed": sum(1 for row in hs_rows if row.get("hs_code") and not row.get("confirmed")),
        "prohibited": sum(1 for row in screening or [] if _worst(row) == "prohibited"),
    }


def _worst(row: Mapping[str, Any]) -> str | None:
    value = row.get("severity")
    return str(value) if value is not None else None


def _slug(text: str) -> str:
    return "_".join(text.lower().replace("-", " ").split())
