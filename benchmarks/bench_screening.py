"""Benchmark: screening throughput over a synthetic catalog (category recognition + rules per market).

Run: .venv/bin/python benchmarks/bench_screening.py [--items 5000]
Figures go in docs/screening.md. Tests never assert on these numbers.
"""

from __future__ import annotations

import argparse
import platform
import time
from datetime import date

from borderless.catalog import CatalogItem, Product, Variant
from borderless.money import Money
from borderless.screening import screen_items

TITLES = [
    ("Organic cotton crew-neck T-shirt", "610910", "Soft jersey, wine red colourway"),
    ("Disposable vape 5000 puffs", None, "Rechargeable e-cigarette with mesh coil"),
    ("20000 mAh power bank", "850760", "Lithium-ion battery pack with USB-C"),
    ("Chef's knife 20 cm", "821191", "<p>Forged <b>steel</b> kitchen knife</p>"),
    ("Aged cheddar cheese", "040690", "Matured 18 months"),
    ("Eau de parfum 50 ml", "330300", "Floral notes"),
    ("Wireless earbuds", "851830", "Bluetooth 5.3, built-in rechargeable battery"),
    ("Ceramic coffee mug", "691200", "Dishwasher safe, 350 ml"),
]
MARKETS = ["US", "GB", "DE", "AU", "TH", "SG", "JP", "BR"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=5000)
    args = parser.parse_args()
    items = []
    for index in range(args.items):
        title, hs, description = TITLES[index % len(TITLES)]
        product = Product(id=f"P{index}", title=f"{title} #{index}", variants=(), description=description)
        items.append(CatalogItem(product, Variant(sku=f"S{index}", price=Money("10", "USD"), hs_code=hs)))
    list(screen_items(items[:10], MARKETS, on=date(2026, 11, 21), mode="air"))  # warm caches
    start = time.perf_counter()
    verdicts = list(screen_items(items, MARKETS, on=date(2026, 11, 21), mode="air"))
    elapsed = time.perf_counter() - start
    print(f"python {platform.python_version()} on {platform.machine()}")
    print(f"{len(items)} items x {len(MARKETS)} markets = {len(verdicts)} verdicts in {elapsed:.2f} s")
    print(f"{len(items) / elapsed:,.0f} items per second, {len(verdicts) / elapsed:,.0f} verdicts per second")


if __name__ == "__main__":
    main()
