"""Precompute the sentence vectors of the HS 2022 nomenclature for the classifier's default model.

Writes ``src/borderless/data/classify/hs2022-<model>.npz`` (float16 unit vectors of the 5,612
subheading and 1,228 heading descriptions, with the model name and the SHA-256 of
``data/hs/hs2022.csv``). Re-run after ``scripts/import_hs.py`` changes the nomenclature.

    .venv/bin/python scripts/build_classifier_index.py [--model use]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from borderless.classify.embedders import embedder_from_spec
from borderless.classify.index import build_vectors, save_vectors, vector_file_name

OUT_DIR = Path(__file__).resolve().parent.parent / "src" / "borderless" / "data" / "classify"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="use", help="embedder spec (default: the bundled USE model)")
    args = parser.parse_args()
    embedder = embedder_from_spec(args.model)
    started = time.perf_counter()
    vectors = build_vectors(embedder)
    path = OUT_DIR / vector_file_name(embedder.name)
    save_vectors(vectors, path)
    print(
        f"{path}: {vectors.rows.shape[0]} subheadings, {vectors.headings.shape[0]} headings, "
        f"{vectors.rows.shape[1]} dimensions, {time.perf_counter() - started:.1f} s"
    )


if __name__ == "__main__":
    main()
