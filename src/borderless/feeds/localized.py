"""Localized text for feeds and exports: what ``borderless localize`` produced for one market.

The feed builders take a mapping ``product id -> LocalizedText``; :func:`read_localized` reads it from
a localized catalog JSON (the ``localize`` command's per-market output) in any of the shapes below, so
feeds do not depend on one exact layout:

- ``{"products": [{"id": "p1", "title": "...", "description": "..."}]}`` (a catalog in the target language);
- fields as objects: ``"title": {"text": "...", "backend": "memory", "reviewed": true, "translated": true}``
  (``target``/``value``/``translation`` are accepted for ``text``; ``"status": "untranslated"``, as
  ``borderless localize`` writes it, marks the source text kept);
- fields under ``"localized"`` or ``"fields"``: ``{"id": "p1", "localized": {"title": ...}}``.

A field whose object says ``"translated": false`` (or ``"untranslated": true``) is kept and marked
untranslated, so the feed can warn about it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from borderless.errors import InputError

__all__ = ["LocalizedField", "LocalizedText", "read_localized"]

_TEXT_KEYS = ("text", "target", "value", "translation", "translated_text")


@dataclass(frozen=True, slots=True)
class LocalizedField:
    text: str
    translated: bool = True
    reviewed: bool = False
    backend: str | None = None


@dataclass(frozen=True, slots=True)
class LocalizedText:
    """A product's title and description in the market's language (``None`` where not given)."""

    product_id: str
    title: LocalizedField | None = None
    description: LocalizedField | None = None
    locale: str | None = None


def _field(value: object, *, where: str) -> LocalizedField | None:
    if value is None:
        return None
    if isinstance(value, str):
        return LocalizedField(value)
    if isinstance(value, Mapping):
        text = next((value[key] for key in _TEXT_KEYS if isinstance(value.get(key), str)), None)
        if text is None:
            return None
        translated = (
            bool(value.get("translated", True))
            and not bool(value.get("untranslated", False))
            and value.get("status") != "untranslated"
        )
        backend = value.get("backend")
        return LocalizedField(
            text, translated, bool(value.get("reviewed", False)), backend if isinstance(backend, str) else None
        )
    raise InputError(f"expected text or an object with 'text', got {type(value).__name__}", field=where)


def read_localized(data: object) -> tuple[Mapping[str, LocalizedText], str | None]:
    """``(product id -> LocalizedText, locale)`` from a decoded localized catalog JSON.

    Raises :class:`InputError` naming the product index when the shape is not understood."""
    if not isinstance(data, Mapping) or not isinstance(data.get("products"), list):
        raise InputError("a localized catalog is a JSON object with a 'products' list", field="localized")
    locale = next(
        (data[key] for key in ("locale", "target_locale", "language", "target") if isinstance(data.get(key), str)), None
    )
    found: dict[str, LocalizedText] = {}
    for index, product in enumerate(data["products"], start=1):
        where = f"products[{index}]"
        if not isinstance(product, Mapping):
            raise InputError("expected an object", field=where)
        product_id = product.get("id", product.get("product_id"))
        if not isinstance(product_id, str) or not product_id:
            raise InputError("missing 'id'", field=where)
        fields: Mapping[str, object] = product
        for nested in ("localized", "fields", "translations"):
            candidate = product.get(nested)
            if isinstance(candidate, Mapping):
                fields = candidate
                break
        found[product_id] = LocalizedText(
            product_id,
            _field(fields.get("title"), where=f"{where}.title"),
            _field(fields.get("description"), where=f"{where}.description"),
            locale,
        )
    return MappingProxyType(found), locale
