"""Benchmark: rank every bundled country for a 1,000-product catalog.

Run: .venv/bin/python benchmarks/bench_ranking.py [--products 1000] [--runs 3]
Target (issue 4): under 5 seconds. Figures go in docs/markets.md.

The catalog is synthetic but realistic: 1,000 variants over 40 HS subheadings (apparel, cosmetics,
electronics, home), prices spread from USD 5 to USD 600, three origins, a fifth tagged seasonal. It is
parsed from CSV text like a merchant's file, then ranked from the US to every other bundled country
(215), of which 45 have landed-cost rules and are quoted.
"""

from __future__ import annotations

import argparse
import platform
import random
import time
from datetime import date

from borderless.catalog import parse_catalog_csv
from borderless.landed_cost import default_context
from borderless.markets import load_indicators
from borderless.markets.ranking import rank_markets

HS_CODES = (
    "610910",
    "610462",
    "610342",
    "611020",
    "620462",
    "620342",
    "611241",
    "620140",
    "640411",
    "640399",
    "420221",
    "420222",
    "711319",
    "711719",
    "910211",
    "330410",
    "330420",
    "330499",
    "330510",
    "340111",
    "854442",
    "851830",
    "847130",
    "850760",
    "852352",
    "950450",
    "950300",
    "392690",
    "691200",
    "701328",
    "940360",
    "630231",
    "630260",
    "482020",
    "960329",
    "900410",
    "841451",
    "851660",
    "950691",
    "430310",
)
TAGS = ("", "", "", "", "summer", "winter", "seasonal:summer", "", "", "")


def synthetic_catalog_csv(products: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    rows = ["sku,title,price,currency,hs_code,weight_kg,country_of_origin,tags"]
    for number in range(products):
        price = rng.choice((rng.uniform(5, 60), rng.uniform(60, 200), rng.uniform(200, 600)))
        rows.append(
            f"SKU-{number:04d},Product {number},{price:.2f},USD,{rng.choice(HS_CODES)},0.3,"
            f"{rng.choice(('US', 'CN', 'VN'))},{rng.choice(TAGS)}"
        )
    return "\n".join(rows) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    load_indicators()
    default_context()
    loaded = time.perf_counter() - started
    text = synthetic_catalog_csv(args.products)
    on = date(2026, 11, 21)
    timings = []
    for _ in range(args.runs):
        start = time.perf_counter()
        load = parse_catalog_csv(text)
        scores = rank_markets("US", basket=list(load.catalog.items()), on=on)
        timings.append(time.perf_counter() - start)
    ranked = sum(1 for score in scores if score.rank is not None)
    quoted = sum(1 for score in scores if score.components["friction"].value is not None)
    print(f"python {platform.python_version()} on {platform.machine()}, one process")
    print(f"data and markets loaded in {loaded:.2f} s (once per process)")
    print(
        f"{len(load.catalog)} products x {len(scores)} countries ({quoted} with landed-cost friction, "
        f"{ranked} ranked): "
        + ", ".join(f"{t:.2f} s" for t in timings)
        + f" (best {min(timings):.2f} s; includes parsing the catalog CSV)"
    )


if __name__ == "__main__":
    main()
