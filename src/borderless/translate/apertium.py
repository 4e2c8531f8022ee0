"""Offline rule-based translation with Apertium (Debian packages ``apertium`` and ``apertium-*`` pairs).

Pairs are discovered from ``apertium -l`` (the installed modes, such as ``eng-spa``, ``es-pt``,
``fr-es``, ``spa-ita``); regional variants (``es-pt_BR``) are not used. Texts are sent in one
``apertium -u MODE`` process per batch, separated by a marker paragraph, so a thousand titles cost
one process start. Pairs are never chained (English -> Spanish -> French drops words the second
dictionary does not know: see docs/translation.md).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Sequence
from functools import cached_property
from typing import Final

import pycountry

from borderless.translate.model import BackendError, Translation, TranslationBrief

__all__ = ["ApertiumTranslator"]

_SEPARATOR: Final = "\n\nZSEPZ\n\n"
_MODE_RE: Final = re.compile(r"^([a-z]{2,3})-([a-z]{2,3})$")
_BATCH_CHARS: Final = 200_000


def _iso639_1(code: str) -> str | None:
    if len(code) == 2:
        return code
    language = pycountry.languages.get(alpha_3=code)
    return getattr(language, "alpha_2", None) if language is not None else None


class ApertiumTranslator:
    """``command`` is the apertium executable (found on PATH by default)."""

    def __init__(self, command: str = "apertium", *, timeout: float = 300.0) -> None:
        self._command = command
        self._timeout = timeout

    @property
    def name(self) -> str:
        return "apertium"

    @cached_property
    def _executable(self) -> str | None:
        return shutil.which(self._command)

    @cached_property
    def _modes(self) -> dict[tuple[str, str], str]:
        if self._executable is None:
            return {}
        try:
            listing = subprocess.run(
                [self._executable, "-l"], capture_output=True, text=True, timeout=30, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return {}
        modes: dict[tuple[str, str], str] = {}
        for line in listing.split():
            match = _MODE_RE.match(line.strip())
            if not match:
                continue
            source, target = _iso639_1(match.group(1)), _iso639_1(match.group(2))
            if source and target:
                modes.setdefault((source, target), line.strip())
        return modes

    def available(self) -> bool:
        return bool(self._modes)

    def why_unavailable(self) -> str:
        if self._executable is None:
            return "apertium is not installed (Debian: apt-get install apertium apertium-eng-spa ...)"
        return "" if self._modes else "apertium is installed but no language pair is"

    def pairs(self) -> frozenset[tuple[str, str]] | None:
        return frozenset(self._modes)

    def supports(self, source: str, target: str) -> bool:
        return (source, target) in self._modes

    def mode(self, source: str, target: str) -> str:
        try:
            return self._modes[(source, target)]
        except KeyError:
            raise BackendError(self.name, f"no installed pair {source}->{target}") from None

    def translate(self, texts: Sequence[str], source: str, target: str, brief: TranslationBrief) -> list[Translation]:
        mode = self.mode(source, target)
        out: list[str] = []
        batch: list[str] = []
        size = 0
        for text in texts:
            if batch and size + len(text) > _BATCH_CHARS:
                out.extend(self._batch(mode, batch))
                batch, size = [], 0
            batch.append(text)
            size += len(text) + len(_SEPARATOR)
        if batch:
            out.extend(self._batch(mode, batch))
        return [Translation(text, self.name, False, "machine") for text in out]

    def _batch(self, mode: str, texts: list[str]) -> list[str]:
        parts = self._run(mode, _SEPARATOR.join(texts)).split(_SEPARATOR)
        if len(parts) != len(texts):  # the marker was disturbed: one process per text instead
            parts = [self._run(mode, text) for text in texts]
        return [part.strip("\n") if not text.endswith("\n") else part for part, text in zip(parts, texts, strict=True)]

    def _run(self, mode: str, text: str) -> str:
        assert self._executable is not None
        try:
            done = subprocess.run(
                [self._executable, "-u", mode],
                input=text,
                capture_output=True,
                text=True,
                timeout=self._timeout,
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise BackendError(self.name, f"could not run apertium {mode}: {error}") from None
        if done.returncode != 0:
            raise BackendError(self.name, f"apertium {mode} failed: {done.stderr.strip()[:200]}")
        output = done.stdout
        return output[:-1] if output.endswith("\n") and not text.endswith("\n") else output
