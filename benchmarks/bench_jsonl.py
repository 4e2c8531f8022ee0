"""Benchmark: `borderless quote --jsonl` on 10,000 requests end to end, start-up included.

Run: .venv/bin/python benchmarks/bench_jsonl.py [--requests 10000]
Target (issue 2): under 2 seconds. Figures go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DESTINATIONS = ["FR", "DE", "NL", "GB", "US", "CA", "AU", "JP", "BR", "MX", "CH", "NO", "SG", "IN", "PL", "SE"]
HS = ["610910", "691200", "711311", "420221", "851713", "090121", "950300"]


def make_requests(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    lines = []
    for _ in range(count):
        destination = rng.choice(DESTINATIONS)
        items = [{"sku": f"S{n}", "hs_code": rng.choice(HS), "unit_value": f"{rng.uniform(3, 90):.2f}",
                  "quantity": rng.randint(1, 3), "weight_kg": "0.3"} for n in range(3)]
        lines.append(json.dumps({
            "date": "2026-11-21", "origin": "CN", "destination": destination, "currency": "USD",
            "incoterm": rng.choice(["DDP", "DAP"]), "mode": "courier", "items": items, "shipping": "9.50",
            "exchange_rates": {"USD/EUR": "0.92"},
        }))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=10_000)
    args = parser.parse_args()
    exe = shutil.which("borderless") or str(Path(sys.executable).with_name("borderless"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "requests.jsonl"
        path.write_text("\n".join(make_requests(args.requests)) + "\n")
        output = Path(folder) / "answers.jsonl"
        with output.open("w") as sink:
            start = time.perf_counter()
            result = subprocess.run([exe, "quote", "--jsonl", str(path)], stdout=sink, stderr=subprocess.PIPE,
                                    text=True, check=False)
            elapsed = time.perf_counter() - start
        answers = output.read_text().count("\n")
    print(f"exit {result.returncode}; {answers} answers for {args.requests} requests in {elapsed:.2f} s "
          f"({args.requests / elapsed:,.0f} requests/s, start-up included)")
    if result.returncode != 0:
        print(result.stderr[-2000:])


if __name__ == "__main__":
    main()
