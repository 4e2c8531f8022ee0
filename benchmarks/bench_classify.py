"""Benchmark: HS classification accuracy on a labelled set, and throughput.

Run: .venv/bin/python benchmarks/bench_classify.py [--cases CSV] [--titles 2000] [--details]
Default cases: ../shared/data/hs-dev-set/benchmark_cases.csv (columns text, expected_hs_code, language,
category); the project's own regression cases are tests/classify/cases.csv (text, hs_code, language).
Prints HS4 and HS6 top-1 / top-3 accuracy overall, per language and per category, then titles per
second for a batch (targets: HS4 top-1 >= 80 %, HS6 top-3 >= 80 %, >= 200 titles/s). No learned store
is used. Figures go in docs/classification.md.
"""

from __future__ import annotations

import argparse
import csv
import platform
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from borderless.classify import Classifier
from borderless.classify.embedders import embedder_from_spec

ROOT = Path(__file__).resolve().parent.parent
DEV_SET = ROOT.parent / "shared" / "data" / "hs-dev-set" / "benchmark_cases.csv"


def read_cases(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["expected"] = (row.get("expected_hs_code") or row.get("hs_code") or "").strip().zfill(6)
        row.setdefault("category", "")
    return rows


# Expected codes of the dev set that are HS 2017 (not HS 2022) subheadings, and the HS 2022 subheadings they
# were split into. Source: WCO, "Correlation Table between HS 2017 and HS 2022" (Table I), retrieved
# 2026-11-21, https://www.wcoomd.org/en/topics/nomenclature/instrument-and-tools/hs-nomenclature-2022-edition/correlation-tables-hs-2017-2022.aspx
HS2017_TO_2022: dict[str, frozenset[str]] = {
    "851712": frozenset({"851713", "851714"}),
    "854140": frozenset({"854141", "854142", "854143", "854149"}),
    "080300": frozenset({"080310", "080390"}),
    "390760": frozenset({"390761", "390769"}),
}


def correlated(rows: list[dict[str, str]], results: list[list[str]]) -> list[list[str]]:
    """Answers with an HS 2022 code that the expected HS 2017 code was split into replaced by that code."""
    mapped = []
    for row, codes in zip(rows, results, strict=True):
        targets = HS2017_TO_2022.get(row["expected"], frozenset())
        mapped.append([row["expected"] if code in targets else code for code in codes])
    return mapped


def accuracy(rows: list[dict[str, str]], results: list[list[str]]) -> dict[str, float]:
    totals = {"hs4@1": 0, "hs4@3": 0, "hs6@1": 0, "hs6@3": 0}
    for row, codes in zip(rows, results, strict=True):
        expected = row["expected"]
        totals["hs6@1"] += codes[:1] == [expected]
        totals["hs6@3"] += expected in codes[:3]
        totals["hs4@1"] += bool(codes) and codes[0][:4] == expected[:4]
        totals["hs4@3"] += expected[:4] in {code[:4] for code in codes[:3]}
    return {key: 100.0 * value / len(rows) for key, value in totals.items()}


def line(label: str, count: int, figures: dict[str, float]) -> str:
    return (
        f"| {label} | {count} | {figures['hs4@1']:.1f} | {figures['hs4@3']:.1f} | {figures['hs6@1']:.1f} "
        f"| {figures['hs6@3']:.1f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=Path, default=DEV_SET)
    parser.add_argument("--titles", type=int, default=2000, help="titles for the throughput run (0: skip)")
    parser.add_argument("--details", action="store_true", help="print every miss")
    parser.add_argument("--model", default=None, help="use (default), e5 or openai:MODEL@URL")
    args = parser.parse_args()
    rows = read_cases(args.cases)
    classifier = Classifier(embedder_from_spec(args.model))
    started = time.perf_counter()
    classifier.classify("warm up")
    warm = time.perf_counter() - started
    results = [
        [c.hs_code for c in r.candidates] for r in classifier.classify_many([row["text"] for row in rows], top=3)
    ]
    print(f"# {args.cases.name}: {len(rows)} cases  ({platform.python_version()}, load {warm:.2f} s)")
    print("| subset | cases | HS4 top-1 % | HS4 top-3 % | HS6 top-1 % | HS6 top-3 % |")
    print("|---|---:|---:|---:|---:|---:|")
    print(line("all", len(rows), accuracy(rows, results)))
    valid = [p for p, row in enumerate(rows) if row["expected"] not in HS2017_TO_2022]
    print(
        line("all, HS 2017 codes counted by their HS 2022 split", len(rows), accuracy(rows, correlated(rows, results)))
    )
    print(
        line(
            "only cases whose expected code is HS 2022",
            len(valid),
            accuracy([rows[p] for p in valid], [results[p] for p in valid]),
        )
    )
    for key in ("language", "category"):
        groups: dict[str, list[int]] = defaultdict(list)
        for position, row in enumerate(rows):
            if row.get(key):
                groups[row[key]].append(position)
        for name, positions in sorted(groups.items()):
            subset = [rows[p] for p in positions]
            print(line(f"{key} {name}", len(subset), accuracy(subset, [results[p] for p in positions])))
    if args.details:
        for row, codes in zip(rows, results, strict=True):
            if codes[:1] != [row["expected"]]:
                mark = "HS4 ok" if codes and codes[0][:4] == row["expected"][:4] else "MISS"
                print(f"  {mark:6} {row['expected']} got {codes} : {row['text']}")
    if args.titles:
        titles = [f"{row['text']} #{number}" for number in range(args.titles // len(rows) + 1) for row in rows]
        titles = titles[: args.titles]
        started = time.perf_counter()
        classifier.classify_many(titles, top=5)
        elapsed = time.perf_counter() - started
        print(f"throughput: {len(titles)} titles in {elapsed:.2f} s = {len(titles) / elapsed:.0f} titles/s (batch)")
        long_titles = [
            f"{row['text']} - premium quality, gift for him or her, fast shipping, model {number}"
            for number in range(args.titles // len(rows) + 1)
            for row in rows
        ][: args.titles]
        started = time.perf_counter()
        classifier.classify_many(long_titles, top=5)
        elapsed = time.perf_counter() - started
        average = sum(map(len, long_titles)) / len(long_titles)
        print(
            f"throughput, long titles (~{average:.0f} chars): {len(long_titles)} in {elapsed:.2f} s = "
            f"{len(long_titles) / elapsed:.0f} titles/s (batch)"
        )
        started = time.perf_counter()
        for title in titles[:200]:
            classifier.classify(title)
        elapsed = time.perf_counter() - started
        print(f"one at a time: 200 titles in {elapsed:.2f} s = {200 / elapsed:.0f} titles/s")
        started = time.perf_counter()
        command = str(Path(sys.executable).parent / "borderless")
        subprocess.run([command, "classify", "cotton T-shirt", "--json"], check=True, capture_output=True)
        print(f'cold start: `borderless classify "cotton T-shirt" --json` in {time.perf_counter() - started:.2f} s')


if __name__ == "__main__":
    main()
