"""The one interface every translation backend implements.

A backend receives texts whose protected spans are already tokens (see :mod:`protect`) and returns
one :class:`Translation` per text, in order, naming itself and saying the text is not reviewed.
``pairs()`` lists the ``(source, target)`` ISO 639-1 pairs it can do (``None``: whatever the remote
service accepts, checked by ``supports``); ``available()`` says whether it can run here at all and
``why_unavailable()`` says why not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from borderless.translate.model import Translation, TranslationBrief

__all__ = ["Translator"]


@runtime_checkable
class Translator(Protocol):
    @property
    def name(self) -> str: ...

    def available(self) -> bool: ...

    def why_unavailable(self) -> str: ...

    def pairs(self) -> frozenset[tuple[str, str]] | None: ...

    def supports(self, source: str, target: str) -> bool: ...

    def translate(
        self, texts: Sequence[str], source: str, target: str, brief: TranslationBrief
    ) -> list[Translation]: ...
