"""Benchmark: campaign calendar for every landed-cost market (46) for one year, plus its ICS file,
and loading the per-market practices data.

Run: .venv/bin/python benchmarks/bench_calendar.py [--year 2027] [--repeat 5]
Figures go in docs/calendar.md.
"""

from __future__ import annotations

import argparse
import platform
import time

from borderless.calendar import build_calendar, to_ics
from borderless.calendar.rules import market_holidays
from borderless.countries import load_markets
from borderless.markets.practices import load_practices


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--year", type=int, default=2027)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    markets = list(load_markets())

    start = time.perf_counter()
    load_practices()
    practices_ms = (time.perf_counter() - start) * 1000

    start = time.perf_counter()
    result = build_calendar(markets, args.year)
    cold = time.perf_counter() - start
    timings = []
    for _ in range(args.repeat):
        market_holidays.cache_clear()
        start = time.perf_counter()
        result = build_calendar(markets, args.year)
        timings.append(time.perf_counter() - start)
    start = time.perf_counter()
    ics = to_ics(result.events)
    ics_time = time.perf_counter() - start

    print(f"python {platform.python_version()} on {platform.machine()}, {len(markets)} markets, year {args.year}")
    print(f"practices data: {len(load_practices())} markets loaded and checked in {practices_ms:.0f} ms")
    print(
        f"calendar: {len(result.events)} events; first run {cold:.2f} s (imports, holiday lists), "
        f"then best {min(timings):.2f} s of {args.repeat} with cold holiday caches"
    )
    print(f"ICS: {len(ics) / 1024:.0f} KiB with milestones in {ics_time:.2f} s")


if __name__ == "__main__":
    main()
