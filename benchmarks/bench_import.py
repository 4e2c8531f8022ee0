"""Benchmark: import a synthetic 50,000-row Shopify product export (12,500 products x 4 variant rows).

Run: .venv/bin/python benchmarks/bench_import.py [--products 12500] [--skip-cli]
Target (issue 5): 50,000 Shopify rows imported in under 15 seconds. Figures go in docs/catalog.md.

Measures, in a temporary directory:
- in-process: decode + parse + validate (``import_catalog``), then writing the native CSV catalog;
- end to end: ``borderless catalog import FILE --format shopify --out catalog.csv --json`` as a subprocess
  (interpreter start, imports, reading, parsing, writing), with its peak memory (ru_maxrss of the child).
"""

from __future__ import annotations

import argparse
import csv
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from borderless.catalog import read_text, write_catalog
from borderless.catalog.importing import import_catalog
from borderless.catalog.shopify import SHOPIFY_HEADER

BODY = "<p>Soft organic cotton, {n}.</p>\n<ul>\n  <li>Crew neck, regular fit</li>\n  <li>Pre-shrunk</li>\n</ul>"
SIZES = ("S", "M", "L", "XL")


def write_export(path: Path, products: int) -> int:
    header = [*SHOPIFY_HEADER, "Google Shopping / Gender", "Google Shopping / Condition"]
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=header)
        writer.writeheader()
        for number in range(products):
            handle = f"product-{number}"
            for index, size in enumerate(SIZES):
                row = {
                    "Handle": handle,
                    "Option1 Value": size,
                    "Variant SKU": f"SKU-{number}-{size}",
                    "Variant Grams": str(180 + index * 10),
                    "Variant Inventory Tracker": "shopify",
                    "Variant Inventory Qty": "10",
                    "Variant Inventory Policy": "deny",
                    "Variant Fulfillment Service": "manual",
                    "Variant Price": f"{19 + number % 40}.99",
                    "Variant Requires Shipping": "TRUE",
                    "Variant Taxable": "TRUE",
                    "Variant Weight Unit": "g",
                    "Cost per item": "7.50",
                    "Variant HS Code": "6109.10",
                    "Variant Country of Origin": "PT",
                    "Image Src": f"https://cdn.example.com/{handle}-{index}.jpg",
                    "Image Position": str(index + 1),
                }
                if index == 0:
                    row.update(
                        {
                            "Title": f"Organic Tee {number}",
                            "Body (HTML)": BODY.format(n=number),
                            "Vendor": "Northwind",
                            "Product Category": "Apparel & Accessories > Clothing > Shirts & Tops",
                            "Type": "T-Shirt",
                            "Tags": "cotton, organic",
                            "Published": "TRUE",
                            "Option1 Name": "Size",
                            "SEO Title": f"Organic tee {number}",
                            "Google Shopping / Gender": "unisex",
                            "Google Shopping / Condition": "new",
                            "Status": "active",
                        }
                    )
                writer.writerow(row)
                rows += 1
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=12_500)
    parser.add_argument("--skip-cli", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        source = folder / "products_export.csv"
        rows = write_export(source, args.products)
        size_mb = source.stat().st_size / 1e6
        print(f"python {platform.python_version()} on {platform.machine()}: {rows:,} rows, {size_mb:.1f} MB")

        start = time.perf_counter()
        text = read_text(source)
        result = import_catalog(text, "shopify", currency="USD")
        parsed = time.perf_counter()
        write_catalog(result.catalog, folder / "catalog.csv")
        written = time.perf_counter()
        assert not result.errors, result.errors[:3]
        assert len(result.catalog) == rows, len(result.catalog)
        print(
            f"in-process: read+parse+validate {parsed - start:.2f} s ({rows / (parsed - start):,.0f} rows/s), "
            f"write native CSV {written - parsed:.2f} s, total {written - start:.2f} s; "
            f"{len(result.catalog.products):,} products, {len(result.catalog):,} variants"
        )
        peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"in-process peak memory (this process, incl. generating the file): {peak_self:,.0f} MB")

        if not args.skip_cli:
            command = [
                str(Path(sys.executable).parent / "borderless"),
                "catalog",
                "import",
                str(source),
                "--format",
                "shopify",
                "--out",
                str(folder / "cli-catalog.csv"),
                "--json",
            ]
            start = time.perf_counter()
            completed = subprocess.run(command, capture_output=True, check=False)
            elapsed = time.perf_counter() - start
            peak_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            status = "ok" if completed.returncode == 0 else f"exit {completed.returncode}"
            print(f"end to end (CLI subprocess): {elapsed:.2f} s, {status}, peak memory {peak_child:,.0f} MB")


if __name__ == "__main__":
    main()
