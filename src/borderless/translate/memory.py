"""Translation memory in SQLite: every translated or reviewed field, reused exactly or fuzzily.

One row per (source language, target language, source text) with the target text, the backend that
produced it (``human`` for a reviewer's text, ``import`` for a CSV/XLIFF file), a ``reviewed`` flag
and creation/update timestamps (UTC, ISO 8601). A reviewed entry is never overwritten by an
unreviewed one: a person's work outranks a machine's.

Fuzzy matching uses rapidfuzz's ``ratio`` (0-100, normalised Indel similarity) over the entries of
the same language pair.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from rapidfuzz import fuzz, process

from borderless.errors import DataError

__all__ = ["MemoryEntry", "MemoryMatch", "TranslationMemory"]

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS segments (
    id INTEGER PRIMARY KEY,
    source_language TEXT NOT NULL,
    target_language TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    backend TEXT NOT NULL,
    reviewed INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    UNIQUE (source_language, target_language, source)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', '1');
"""
_CHUNK: Final = 500


@dataclass(frozen=True, slots=True)
class MemoryEntry:
    source_language: str
    target_language: str
    source: str
    target: str
    backend: str
    reviewed: bool
    created: str
    updated: str


@dataclass(frozen=True, slots=True)
class MemoryMatch:
    entry: MemoryEntry
    score: float  # 100 for an exact match


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class TranslationMemory:
    """A SQLite translation memory. ``path=":memory:"`` keeps it in RAM (tests, one-off runs)."""

    def __init__(self, path: Path | str = ":memory:", *, now: Callable[[], str] = _utc_now) -> None:
        self.path = str(path)
        self._now = now
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(self.path)
            self._db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as error:
            raise DataError(f"not a translation memory: {error}", path=self.path) from None
        self._candidates: dict[tuple[str, str], tuple[list[str], list[int]]] = {}

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM segments").fetchone()[0])

    def lookup(self, source_language: str, target_language: str, sources: Sequence[str]) -> dict[str, MemoryEntry]:
        """Exact matches for many source texts at once: ``{source: entry}``."""
        found: dict[str, MemoryEntry] = {}
        unique = list(dict.fromkeys(sources))
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                "SELECT source_language, target_language, source, target, backend, reviewed, created, updated "
                f"FROM segments WHERE source_language=? AND target_language=? AND source IN ({marks})",
                (source_language, target_language, *chunk),
            )
            for row in rows:
                found[row[2]] = _entry(row)
        return found

    def fuzzy(
        self, source_language: str, target_language: str, text: str, *, threshold: float = 75.0
    ) -> MemoryMatch | None:
        """The most similar entry of the pair with a score at or above ``threshold`` (0-100)."""
        key = (source_language, target_language)
        if key not in self._candidates:
            rows = self._db.execute(
                "SELECT source, id FROM segments WHERE source_language=? AND target_language=?", key
            ).fetchall()
            self._candidates[key] = ([row[0] for row in rows], [row[1] for row in rows])
        sources, ids = self._candidates[key]
        if not sources:
            return None
        best = process.extractOne(text, sources, scorer=fuzz.ratio, score_cutoff=threshold)
        if best is None:
            return None
        _, score, index = best
        row = self._db.execute(
            "SELECT source_language, target_language, source, target, backend, reviewed, created, updated "
            "FROM segments WHERE id=?",
            (ids[index],),
        ).fetchone()
        return MemoryMatch(_entry(row), float(score))

    def store(
        self,
        source_language: str,
        target_language: str,
        pairs: Iterable[tuple[str, str]],
        *,
        backend: str,
        reviewed: bool,
    ) -> int:
        """Store ``(source, target)`` pairs; returns how many rows were written. An unreviewed text
        never replaces a reviewed one."""
        now = self._now()
        rows = [
            (source_language, target_language, source, target, backend, int(reviewed), now, now)
            for source, target in pairs
        ]
        if not rows:
            return 0
        before = self._db.total_changes
        with self._db:
            self._db.executemany(
                "INSERT INTO segments (source_language, target_language, source, target, backend, reviewed, "
                "created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (source_language, target_language, source) DO UPDATE SET "
                "target=excluded.target, backend=excluded.backend, reviewed=excluded.reviewed, "
                "updated=excluded.updated WHERE excluded.reviewed >= segments.reviewed "
                "AND (segments.target != excluded.target OR segments.reviewed != excluded.reviewed)",
                rows,
            )
        self._candidates.pop((source_language, target_language), None)
        return self._db.total_changes - before

    def entries(self) -> Iterator[MemoryEntry]:
        rows = self._db.execute(
            "SELECT source_language, target_language, source, target, backend, reviewed, created, updated "
            "FROM segments ORDER BY id"
        )
        for row in rows:
            yield _entry(row)


def _entry(row: tuple[object, ...]) -> MemoryEntry:
    return MemoryEntry(
        str(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), bool(row[5]), str(row[6]), str(row[7])
    )
