"""The kit's per-market artifacts: price lists, localized catalogs and Google feeds.

This is the one place the launch kit knows the translation pipeline's and the feed builder's APIs.
Each artifact is added to the kit with what produced it; the summary per market feeds the readiness
scorecard (translated and reviewed shares, valid feed items and feed errors).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

from borderless.catalog import Catalog
from borderless.jsontext import json_bytes
from borderless.launch.playbook import Playbook
from borderless.pricing import PriceResult
from borderless.pricing.answer import PRICE_LIST_COLUMNS, price_list_rows

__all__ = ["localize_for_kit"]


def _csv(rows: list[dict[str, str]]) -> str:
    stream = io.StringIO()
    writer = csv.DictWriter(stream, fieldnames=PRICE_LIST_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return stream.getvalue()


def localize_for_kit(
    kit: Any,
    catalog: Catalog,
    markets: tuple[str, ...],
    playbook: Playbook,
    results: list[PriceResult],
    step: Callable[[str, int, int], None],
) -> dict[str, dict[str, Any]]:
    from borderless.errors import BorderlessError

    titles = {item.sku: item.title for item in catalog.items()}
    summary: dict[str, dict[str, Any]] = {market: {} for market in markets}
    for market in markets:
        mine = [result for result in results if result.market == market]
        kit.add(f"prices/prices-{market}.csv", _csv(price_list_rows(mine, titles)), "borderless price (pricing engine)")
        kit.add(
            f"prices/prices-{market}.json",
            json_bytes([result.to_json() for result in mine]),
            "borderless price --json (pricing engine)",
        )
    localized = {}
    try:
        localized = _translate(kit, catalog, markets, playbook, step, summary)
    except BorderlessError as error:
        kit.warnings.append(f"localization unavailable: {error}")
    for index, market in enumerate(markets):
        step("feeds", index, len(markets))
        try:
            _feed(kit, catalog, market, results, localized.get(market), playbook, summary[market])
        except BorderlessError as error:
            kit.warnings.append(f"{market}: Google feed unavailable: {error}")
    step("feeds", len(markets), len(markets))
    return summary


def _translate(
    kit: Any,
    catalog: Catalog,
    markets: tuple[str, ...],
    playbook: Playbook,
    step: Callable[[str, int, int], None],
    summary: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    from borderless.localize.pipeline import localize_catalog, market_target
    from borderless.translate import TranslationMemory, TranslationRouter
    from borderless.translate.setup import backends_from_environment, default_memory_path

    targets = [market_target(market) for market in markets]
    done = 0
    total = len(catalog.products) * len(markets)

    def advance(count: int) -> None:
        nonlocal done
        done += count
        step("localizing listings", done, total)

    with TranslationMemory(default_memory_path()) as memory:
        router = TranslationRouter(backends_from_environment(), memory, playbook.backend)
        catalogs = localize_catalog(catalog, targets, router, on_progress=advance)
    by_market: dict[str, Any] = {}
    for localized in catalogs:
        data = localized.to_json()
        kit.add(
            f"catalogs/localized-{localized.country}.json",
            json_bytes(data),
            f"borderless localize (backend choice: {playbook.backend})",
        )
        counts = localized.counts()
        fields = counts.get("fields", 0) or 1
        translated = fields - counts.get("untranslated", 0)
        summary[localized.country].update(
            {
                "language": localized.language,
                "translated_share": round(translated / fields, 4),
                "reviewed_share": round(counts.get("reviewed", 0) / fields, 4),
                "backends": {key[8:]: value for key, value in counts.items() if key.startswith("backend:")},
                "quality_problems": counts.get("problems", 0),
                "warnings": list(localized.warnings)[:20],
            }
        )
        by_market[localized.country] = localized
    return by_market


def _feed(
    kit: Any,
    catalog: Catalog,
    market: str,
    results: list[PriceResult],
    localized: Any,
    playbook: Playbook,
    summary: dict[str, Any],
) -> None:
    from borderless.feeds.google import build_feed, validate_feed
    from borderless.feeds.prices import prices_from_results
    from borderless.feeds.writers import feed_to_tsv, feed_to_xml

    prices, _warnings = prices_from_results(results, market)
    texts = _localized_texts(localized) if localized is not None else None
    build = build_feed(catalog, market, prices, localized=texts, link_base=playbook.merchant.get("website"))
    currency = next((price.price.currency for price in prices.values()), "")
    validation = validate_feed(build.items, market, currency)
    problems = [*build.problems, *validation.problems]
    summary["feed_items"] = len(build.items)
    summary["feed_valid_items"] = len(validation.valid)
    summary["feed_errors"] = sum(1 for problem in problems if problem.severity == "error")
    summary["feed_problems"] = [str(problem) for problem in problems[:15]]
    kit.add(f"feeds/google-{market}.tsv", feed_to_tsv(validation.valid), "borderless feed --format google-tsv")
    kit.add(
        f"feeds/google-{market}.xml",
        feed_to_xml(
            validation.valid,
            title=f"{playbook.merchant.get('name', 'Shop')} ({market})",
            link=str(playbook.merchant.get("website") or "https://example.com"),
        ),
        "borderless feed --format google-xml",
    )


def _localized_texts(localized: Any) -> Any:
    from borderless.feeds.localized import read_localized

    texts, _language = read_localized(localized.to_json())
    return texts
