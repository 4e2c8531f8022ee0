"""Benchmark: `borderless launch` end to end on the demo shop and on a 5,000-product catalog.

Run: .venv/bin/python benchmarks/bench_launch.py [--products 5000] [--skip-demo]
Targets (issue 7): the demo kit for 10 markets in under 60 s without network, peak memory
documented; a 5,000-product catalog for 10 markets documented too. Figures go in docs/launch.md.

The large catalog cycles through the demo shop's 63 products, giving each copy its own product id,
SKUs and a numbered title (so translation and classification see 5,000 distinct titles, as in a real
shop) and keeping the demo's variants, HS codes, weights and costs. Each run is a fresh process
(`borderless launch ... --out DIR`) measured from outside: wall time and peak resident memory of
the child (getrusage RUSAGE_CHILDREN). BORDERLESS_HOME points at an empty folder, so the translation
memory starts empty, as on a merchant's first run; a second run of the large catalog shows the
re-run served from the memory.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from importlib import resources as package_files
from pathlib import Path

MARKETS = "CA,GB,DE,FR,NL,AU,JP,MX,BR,AE"


def scaled_catalog(products: int, target: Path) -> tuple[int, int]:
    """Write a native catalog of ``products`` products cycled from the demo shop; (products, SKUs)."""
    source = Path(str(package_files.files("borderless.data").joinpath("demo/shop.csv")))
    with source.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    by_product: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_product.setdefault(row["product_id"], []).append(row)
    groups = list(by_product.values())
    skus = 0
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        for number in range(products):
            for row in groups[number % len(groups)]:
                copy = dict(row)
                copy["product_id"] = f"{row['product_id']}-{number}"
                copy["sku"] = f"{row['sku']}-{number}"
                copy["title"] = f"{row['title']} No. {number + 1}"
                copy["gtin"] = ""  # GTINs are unique per item: the copies have none (mpn = SKU below)
                copy["mpn"] = copy["sku"]
                writer.writerow(copy)
                skus += 1
    return products, skus


def run_launch(args: list[str], home: Path, out: Path) -> tuple[float, float, int]:
    """(seconds, peak MB of the child, exit code) of one `borderless launch` run."""
    exe = shutil.which("borderless") or str(Path(sys.executable).with_name("borderless"))
    env = {**os.environ, "BORDERLESS_HOME": str(home), "NO_COLOR": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run([exe, "launch", *args, "--out", str(out)], env=env, capture_output=True, text=True,
                          check=False)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode != 0:
        print(done.stderr[-3000:])
    if peak <= before:
        print("(peak memory of this child not above an earlier child's: figure is an upper bound)")
    return elapsed, peak / 1024, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=5000)
    parser.add_argument("--skip-demo", action="store_true")
    parser.add_argument("--date", default="2026-11-21")
    args = parser.parse_args()
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores; markets {MARKETS}")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        if not args.skip_demo:
            seconds, peak, code = run_launch(["--demo", "--date", args.date], root / "home-demo", root / "kit-demo")
            print(f"demo (63 products, 213 SKUs): exit {code}, {seconds:.1f} s, peak {peak:.0f} MB")
        catalog = root / "large.csv"
        products, skus = scaled_catalog(args.products, catalog)
        common = [str(catalog), "--from", "US", "--markets", MARKETS, "--strategy", "ddp", "--date", args.date]
        home = root / "home-large"
        for label in ("first run", "re-run"):
            seconds, peak, code = run_launch(common, home, root / f"kit-{label[:2]}")
            print(f"{products:,} products, {skus:,} SKUs, first run={label == 'first run'}: exit {code}, "
                  f"{seconds:.1f} s, peak {peak:.0f} MB")
        sizes = sum(path.stat().st_size for path in (root / "kit-fi").rglob("*") if path.is_file())
        print(f"kit size: {sizes / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
