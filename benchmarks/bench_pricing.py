"""Benchmark: DDP price lists for 10,000 SKUs x 30 markets (300,000 prices), in process.

Run: .venv/bin/python benchmarks/bench_pricing.py [--products 2500] [--variants 4] [--markets 30] [--cli]
Target (issue 3): under 10 seconds on this machine. Figures go in docs/benchmarks.md.

Two measurements: the engine in this process on one core (``price_catalog``), and with ``--cli`` the
command a merchant runs, end to end: ``borderless price shop.csv --markets ... --strategy ddp --out DIR``
(start-up, reading the CSV catalog, pricing with one process per core, writing 30 CSV price lists).

The synthetic catalog is 2,500 products with 4 size variants each (variants share price, weight, HS
code and origin, as in real shops), over 40 HS subheadings, 5 origins and prices from 5 to 400 USD.
Each distinct (market, goods value, HS code, origin, weight) is quoted once and reused by the
variants that share it; every SKU still gets its own priced result with steps and warnings.
"""

from __future__ import annotations

import argparse
import csv
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from borderless.catalog import Catalog, Product, Variant
from borderless.countries import load_markets
from borderless.money import Money
from borderless.pricing import PricingPolicy, default_pricing_context, price_catalog

HS_CODES = [
    "610910", "610990", "611020", "620342", "620462", "640399", "420221", "420222", "711311", "711319",
    "711711", "691200", "691110", "701337", "630260", "630231", "340600", "330499", "330300", "330410",
    "851830", "850760", "854442", "392690", "940521", "950300", "950440", "090121", "090230", "180632",
    "170220", "210390", "040900", "160250", "482010", "491199", "960321", "900410", "910211", "732393",
]
ORIGINS = ["CN", "IN", "PT", "VN", "US"]


def synthetic_catalog(products: int, variants: int, seed: int = 7) -> Catalog:
    rng = random.Random(seed)
    built = []
    for number in range(products):
        price = Money(Decimal(rng.randint(500, 40000)) / 100, "USD")
        cost = Money((price.amount * Decimal(rng.randint(20, 55)) / 100).quantize(Decimal("0.01")), "USD")
        hs, origin = rng.choice(HS_CODES), rng.choice(ORIGINS)
        weight = Decimal(rng.randint(20, 2000)) / 1000
        sizes = ("XS", "S", "M", "L", "XL", "XXL")[:variants]
        built.append(
            Product(
                f"P{number}",
                f"Product {number}",
                tuple(
                    Variant(f"P{number}-{size}", price, cost, hs, True, weight, origin, options={"size": size})
                    for size in sizes
                ),
            )
        )
    return Catalog(tuple(built))


def write_catalog_csv(catalog: Catalog, path: Path) -> None:
    columns = ["sku", "title", "price", "currency", "hs_code", "weight_kg", "country_of_origin", "cost", "product_id",
               "option:size"]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for item in catalog.items():
            variant = item.variant
            assert variant.cost is not None
            writer.writerow([variant.sku, item.product.title, variant.price.amount, variant.price.currency,
                             variant.hs_code, variant.weight_kg, variant.country_of_origin, variant.cost.amount,
                             item.product.id, variant.options.get("size", "")])


def run_cli(catalog: Catalog, markets: list[str]) -> None:
    exe = shutil.which("borderless") or str(Path(sys.executable).with_name("borderless"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shop.csv"
        write_catalog_csv(catalog, path)
        command = [exe, "price", str(path), "--markets", ",".join(markets), "--strategy", "ddp", "--from", "US",
                   "--date", "2026-11-21", "--out", str(Path(folder) / "prices")]
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        rows = sum(len(file.read_text(encoding="utf-8").splitlines()) - 1
                   for file in (Path(folder) / "prices").glob("prices-*.csv"))
    print(f"cli: exit {done.returncode}; {rows:,} prices written ({len(catalog):,} SKUs x {len(markets)} markets) "
          f"in {elapsed:.2f} s end to end; peak RSS of a process {peak:.0f} MB")
    if done.returncode != 0:
        print(done.stderr[-2000:])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=2500)
    parser.add_argument("--variants", type=int, default=4)
    parser.add_argument("--markets", type=int, default=30)
    parser.add_argument("--cli", action="store_true", help="measure `borderless price ... --out` end to end")
    args = parser.parse_args()
    catalog = synthetic_catalog(args.products, args.variants)
    markets = [market for market in sorted(load_markets()) if market != "US"][: args.markets]
    if args.cli:
        run_cli(catalog, markets)
        return
    context = default_pricing_context(date(2026, 11, 21), "US")
    policy = PricingPolicy().with_strategy("ddp")
    start = time.perf_counter()
    count = failed = 0
    for result in price_catalog(catalog, markets, policy, context):
        count += 1
        failed += result.price is None
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"python {platform.python_version()} on {platform.machine()}, {len(markets)} markets: {', '.join(markets)}")
    print(f"{count:,} prices ({len(catalog):,} SKUs x {len(markets)} markets) in {elapsed:.2f} s "
          f"= {count / elapsed:,.0f} prices/s; {failed} failed; peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
