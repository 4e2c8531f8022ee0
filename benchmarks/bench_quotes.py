"""Benchmark: in-process landed-cost quotes per second for a 3-item cart across every market.

Run: .venv/bin/python benchmarks/bench_quotes.py [--seconds 5]
Target (issue 2): at least 20,000 quotes per second on one core. Figures go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import platform
import time
from datetime import date

from borderless.countries import load_markets
from borderless.landed_cost import default_context, parse_request, quote

CART = [
    {"sku": "TS-1", "hs_code": "610910", "unit_value": "19.99", "quantity": 2, "weight_kg": "0.2",
     "country_of_origin": "CN"},
    {"sku": "MUG-2", "hs_code": "691200", "unit_value": "14.50", "quantity": 1, "weight_kg": "0.45"},
    {"sku": "EAR-3", "hs_code": "711311", "unit_value": "39.00", "quantity": 1, "weight_kg": "0.05",
     "duty_rate": "0.025"},
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    context = default_context()
    requests = [
        parse_request({"date": "2026-11-21", "origin": "CN" if country != "CN" else "US", "destination": country,
                       "currency": "USD", "incoterm": "DDP", "mode": "courier", "items": CART, "shipping": "8.00",
                       "exchange_rates": {"USD/EUR": "0.92"}}, today=date(2026, 11, 21))
        for country in load_markets()
    ]
    for request in requests:  # warm caches (tariff rows, VAT tables)
        quote(request, context)
    count = 0
    start = time.perf_counter()
    deadline = start + args.seconds
    while time.perf_counter() < deadline:
        for request in requests:
            quote(request, context)
        count += len(requests)
    elapsed = time.perf_counter() - start
    print(f"python {platform.python_version()} on {platform.machine()}, {len(requests)} markets, 3-item cart")
    print(f"{count} quotes in {elapsed:.2f} s: {count / elapsed:,.0f} quotes/s (one core, engine only)")


if __name__ == "__main__":
    main()
