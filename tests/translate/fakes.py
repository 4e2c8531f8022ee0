"""Test doubles: deterministic backends that behave like real ones (or misbehave on purpose)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from borderless.translate import BackendError, Translation, TranslationBrief


class FakeTranslator:
    """Translates by a word table (unknown words upper-cased), keeping tokens; records every call."""

    def __init__(
        self,
        name: str = "fake",
        pairs: frozenset[tuple[str, str]] = frozenset({("en", "de")}),
        words: dict[str, str] | None = None,
        transform: Callable[[str], str] | None = None,
        fail: BackendError | None = None,
    ) -> None:
        self._name = name
        self._pairs = pairs
        self.words = words or {"red": "rot", "shoes": "Schuhe", "soft": "weich", "cotton": "Baumwolle"}
        self.transform = transform
        self.fail = fail
        self.calls: list[list[str]] = []

    @property
    def name(self) -> str:
        return self._name

    def available(self) -> bool:
        return True

    def why_unavailable(self) -> str:
        return ""

    def pairs(self) -> frozenset[tuple[str, str]] | None:
        return self._pairs

    def supports(self, source: str, target: str) -> bool:
        return (source, target) in self._pairs

    def translate(self, texts: Sequence[str], source: str, target: str, brief: TranslationBrief) -> list[Translation]:
        self.calls.append(list(texts))
        if self.fail is not None:
            raise self.fail
        out = []
        for text in texts:
            if self.transform is not None:
                translated = self.transform(text)
            else:
                translated = re.sub(r"XQZ\d+Z|[A-Za-z]+", self._word, text)
            out.append(Translation(translated, self.name, False, "machine"))
        return out

    def _word(self, match: re.Match[str]) -> str:
        word = match.group(0)
        if word.startswith("XQZ") and word[3:-1].isdigit():
            return word
        return self.words.get(word.lower(), word.upper())
