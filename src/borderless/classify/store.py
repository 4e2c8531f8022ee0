"""The merchant's confirmed and corrected HS codes, reused for similar products.

A SQLite file (``$BORDERLESS_HOME/classify/learned.sqlite`` by default, or any path) holds one row per
confirmed title: the title, its code, when it was confirmed, and the title's sentence vector with the
name of the model that made it. Classifying a title looks for the nearest confirmed title (cosine
similarity of the vectors of the same model); at or above ``threshold`` its code becomes the first
candidate, explained as "learned from your correction of ...". The same title confirmed again replaces
the earlier code.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

import numpy as np
from numpy.typing import NDArray

from borderless.classify.embedders import Embedder
from borderless.classify.index import user_classify_dir
from borderless.classify.lexicon import normalise_text
from borderless.errors import DataError
from borderless.tariffs.hs import validate_hs_code

__all__ = ["DEFAULT_THRESHOLD", "CorrectionStore", "LearnedCode", "LearnedMatch", "default_store_path"]

DEFAULT_THRESHOLD: Final = 0.8
_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS learned (
    key TEXT NOT NULL,
    model TEXT NOT NULL,
    title TEXT NOT NULL,
    hs_code TEXT NOT NULL,
    confirmed_at TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (key, model)
)
"""


def default_store_path() -> Path:
    return user_classify_dir() / "learned.sqlite"


@dataclass(frozen=True, slots=True)
class LearnedCode:
    title: str
    hs_code: str
    confirmed_at: str
    model: str


@dataclass(frozen=True, slots=True)
class LearnedMatch:
    title: str
    hs_code: str
    similarity: float


class CorrectionStore:
    """Confirmed codes in SQLite. Vectors are kept in memory per model after the first lookup."""

    def __init__(self, path: Path | None = None, *, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.path = path or default_store_path()
        self.threshold = threshold
        self._cache: dict[str, tuple[list[tuple[str, str, str]], NDArray[np.float32]]] = {}

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path)
            connection.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as error:
            raise DataError(f"cannot open the learned-codes store: {error}", path=str(self.path)) from None
        return connection

    def confirm(self, title: str, hs_code: str, embedder: Embedder, *, now: datetime | None = None) -> LearnedCode:
        """Remember that ``title`` is classified under ``hs_code`` (6 to 10 digits, validated)."""
        code = validate_hs_code(hs_code, field="HSCODE").code
        text = title.strip()
        if not text:
            from borderless.errors import InputError

            raise InputError("the product title to learn is empty", field="TITLE")
        vector = embedder.embed([text])[0].astype(np.float32)
        stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        with self._connect() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO learned (key, model, title, hs_code, confirmed_at, vector) "
                "VALUES (?,?,?,?,?,?)",
                (normalise_text(text), embedder.name, text, code, stamp, vector.tobytes()),
            )
        connection.close()
        self._cache.pop(embedder.name, None)
        return LearnedCode(text, code, stamp, embedder.name)

    def forget(self, title: str) -> int:
        """Drop a learned title (all models); returns how many rows went."""
        with self._connect() as connection:
            count = connection.execute("DELETE FROM learned WHERE key = ?", (normalise_text(title.strip()),)).rowcount
        connection.close()
        self._cache.clear()
        return int(count)

    def entries(self) -> list[LearnedCode]:
        if not self.path.is_file():
            return []
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT title, hs_code, confirmed_at, model FROM learned ORDER BY confirmed_at, title"
            ).fetchall()
        connection.close()
        return [LearnedCode(str(t), str(c), str(at), str(m)) for t, c, at, m in rows]

    def _load(self, model: str) -> tuple[list[tuple[str, str, str]], NDArray[np.float32]]:
        if model not in self._cache:
            rows: list[tuple[str, str, str, bytes]] = []
            if self.path.is_file():
                with self._connect() as connection:
                    rows = connection.execute(
                        "SELECT key, title, hs_code, vector FROM learned WHERE model = ?", (model,)
                    ).fetchall()
                connection.close()
            meta = [(str(key), str(title), str(code)) for key, title, code, _ in rows]
            matrix = (
                np.vstack([np.frombuffer(vector, dtype=np.float32) for *_, vector in rows])
                if rows
                else np.zeros((0, 0), dtype=np.float32)
            )
            self._cache[model] = (meta, matrix)
        return self._cache[model]

    def nearest(self, titles: Sequence[str], vectors: NDArray[np.float32], *, model: str) -> list[LearnedMatch | None]:
        """For each title, the closest confirmed title at or above the threshold (exact title: 1.0)."""
        meta, matrix = self._load(model)
        if not meta:
            return [None] * len(titles)
        exact = {key: position for position, (key, _, _) in enumerate(meta)}
        similarities = vectors @ matrix.T
        found: list[LearnedMatch | None] = []
        for position, title in enumerate(titles):
            same = exact.get(normalise_text(title.strip()))
            if same is not None:
                found.append(LearnedMatch(meta[same][1], meta[same][2], 1.0))
                continue
            best = int(np.argmax(similarities[position]))
            similarity = float(similarities[position, best])
            if similarity >= self.threshold:
                found.append(LearnedMatch(meta[best][1], meta[best][2], min(similarity, 1.0)))
            else:
                found.append(None)
        return found
