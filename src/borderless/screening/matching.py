"""Recognising categories in a catalog item: HS prefixes, keywords and tags. Pure functions, no I/O.

Text is normalised the same way for products and keywords (Unicode NFKC, case-folded, punctuation
and hyphens turned into spaces), so "E-Cigarette" and "e cigarette" are the same words. How a
keyword matches depends on its script (see :class:`~borderless.screening.model.Keyword`).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from borderless.catalog import CatalogItem
from borderless.screening.model import Category

__all__ = ["CategoryMatch", "item_text", "match_categories", "normalise"]

_TAG_RE: Final = re.compile(r"<[^>]*>")
# Anything but letters, digits and combining marks (Thai vowels, Arabic harakat) separates words.
_NON_WORD_RE: Final = re.compile(
    "[^\\w\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u3099\u309a]+|_+"
)
_SPACES_RE: Final = re.compile(r"\s+")
_HS_SEPARATORS_RE: Final = re.compile(r"[.\s]+")
# Scripts that do not separate words with spaces (or attach prefixes to words): match anywhere.
_ANYWHERE_RE: Final = re.compile(r"[\u0600-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_HANGUL_RE: Final = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")


def normalise(text: str) -> str:
    """NFKC, case-folded, punctuation and hyphens as single spaces, apostrophes dropped."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("'", "").replace("\u2019", "")
    return _SPACES_RE.sub(" ", _NON_WORD_RE.sub(" ", folded)).strip()


def item_text(item: CatalogItem) -> str:
    """The words screening reads: title, description (HTML removed), category and tags. Option
    values are left out on purpose: a colour called "Wine" is not wine."""
    product = item.product
    description = html.unescape(_TAG_RE.sub(" ", product.description or ""))
    parts = [product.title, description, product.category or "", " ".join(product.tags)]
    return " " + normalise(" ".join(parts)) + " "


def _keyword_group(word: str) -> tuple[str, str]:
    """(matching style, escaped core) of a keyword; styles: ``word`` (boundaries both sides, optional
    plural), ``prefix`` (``vape*``), ``suffix`` (``*messer``), ``hangul``, ``anywhere``."""
    stripped = word.strip()
    text = normalise(stripped.strip("*"))
    core = re.escape(text)
    if _ANYWHERE_RE.search(text):
        return "anywhere", core
    if _HANGUL_RE.search(text):
        return "hangul", core
    if stripped.startswith("*"):
        return "suffix", core
    if stripped.endswith("*"):
        return "prefix", core
    return "word", core


_WRAP: Final = {
    "word": (r"(?<!\w)(?:", r")(?:s|es)?(?!\w)"),
    "prefix": (r"(?<!\w)(?:", r")\w*"),
    "suffix": ("(?:", r")(?:s|es)?(?!\w)"),
    "hangul": (r"(?<!\w)(?:", ")"),
    "anywhere": ("(?:", ")"),
}


@dataclass(frozen=True, slots=True)
class _Compiled:
    keywords: re.Pattern[str] | None
    exclude: re.Pattern[str] | None
    negations: re.Pattern[str] | None
    tags: frozenset[str]


def _alternation(words: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for many keywords: alternatives grouped by matching style (one boundary check per
    group, longest alternatives first)."""
    groups: dict[str, set[str]] = {}
    for word in words:
        if word.strip():
            style, core = _keyword_group(word)
            groups.setdefault(style, set()).add(core)
    parts = [
        f"{_WRAP[style][0]}{'|'.join(sorted(cores, key=len, reverse=True))}{_WRAP[style][1]}"
        for style, cores in groups.items()
    ]
    return re.compile("|".join(parts)) if parts else None


_COMPILED: dict[int, tuple[Category, _Compiled]] = {}


def _compile(category: Category) -> _Compiled:
    """Compiled patterns of a category, cached by identity (hashing a category's keyword tuples on
    every lookup would cost more than the matching itself)."""
    cached = _COMPILED.get(id(category))
    if cached is not None and cached[0] is category:
        return cached[1]
    exclude = sorted((re.escape(normalise(p)) for p in category.exclude), key=len, reverse=True)
    compiled = _Compiled(
        keywords=_alternation(keyword.text for keyword in category.keywords),
        exclude=re.compile("|".join(exclude)) if exclude else None,
        negations=_alternation(category.negations),
        tags=frozenset(tag.casefold() for tag in category.tags),
    )
    _COMPILED[id(category)] = (category, compiled)
    return compiled


@dataclass(frozen=True, slots=True)
class CategoryMatch:
    """A category recognised in an item. ``matched_by`` says how ("hs 8507.60", "keyword 'vape'",
    "tag contains:lithium-ion"); ``observation_only`` is set when only keywords matched and the item's
    HS code points elsewhere, so the match is a prompt to check rather than a finding."""

    category: str
    matched_by: str
    observation_only: bool = False


def _format_prefix(prefix: str) -> str:
    if len(prefix) <= 4:
        return prefix
    return f"{prefix[:4]}.{prefix[4:]}"


def _hs_digits(item: CatalogItem) -> str | None:
    code = item.variant.hs_code
    if not code:
        return None
    digits = _HS_SEPARATORS_RE.sub("", code)
    return digits if digits.isdigit() else None


def _match_hs(category: Category, digits: str) -> str | None:
    if any(digits.startswith(prefix) for prefix in category.hs_exclude):
        return None
    best = max((prefix for prefix in category.hs if digits.startswith(prefix)), key=len, default=None)
    return best


def _match_one(
    category: Category, item: CatalogItem, text: str, digits: str | None, tags: frozenset[str]
) -> CategoryMatch | None:
    compiled = _compile(category)
    if digits is not None:
        prefix = _match_hs(category, digits)
        if prefix is not None:
            unconfirmed = "" if item.variant.hs_confirmed else " (unconfirmed code)"
            return CategoryMatch(category.key, f"hs {_format_prefix(prefix)}{unconfirmed}")
    found_tags = sorted(compiled.tags & tags)
    if found_tags:
        return CategoryMatch(category.key, f"tag {found_tags[0]}")
    if compiled.keywords is None:
        return None
    scanned = compiled.exclude.sub(" | ", text) if compiled.exclude is not None else text
    hit = compiled.keywords.search(scanned)
    if hit is None:
        return None
    if compiled.negations is not None and compiled.negations.search(text):
        return None
    matched = f"keyword {hit.group(0).strip()!r}"
    if digits is not None and category.hs and category.hs_conclusive:
        shown = f"{digits[:4]}.{digits[4:6]}" if len(digits) >= 6 else digits
        return CategoryMatch(
            category.key, f"{matched}; HS code {shown} is outside this category, check", observation_only=True
        )
    return CategoryMatch(category.key, matched)


_MATCHES: dict[tuple[object, ...], tuple[Mapping[str, Category], tuple[CategoryMatch, ...]]] = {}
_MATCHES_LIMIT = 20_000


def match_categories(item: CatalogItem, categories: Mapping[str, Category]) -> tuple[CategoryMatch, ...]:
    """Every category the item belongs to, in the order of ``categories``. The answer depends only on
    the product's words and the variant's code, so it is computed once for every variant and market
    that share them (a catalog screened for 10 markets reads each product once, not 10 x variants)."""
    product, variant = item.product, item.variant
    key = (id(categories), product.title, product.description, product.category, product.tags, variant.hs_code,
           variant.hs_confirmed)
    cached = _MATCHES.get(key)
    if cached is not None and cached[0] is categories:
        return cached[1]
    if len(_MATCHES) >= _MATCHES_LIMIT:
        _MATCHES.clear()
    found = _match_categories(item, categories)
    _MATCHES[key] = (categories, found)
    return found


def _match_categories(item: CatalogItem, categories: Mapping[str, Category]) -> tuple[CategoryMatch, ...]:
    text = item_text(item)
    digits = _hs_digits(item)
    tags = frozenset(tag.strip().casefold() for tag in item.product.tags)
    found: dict[str, CategoryMatch] = {}
    for category in categories.values():
        match = _match_one(category, item, text, digits, tags)
        if match is not None:
            found[category.key] = match
    for key in list(found):
        superseding = categories[key].superseded_by
        if any(other in found and not found[other].observation_only for other in superseding):
            del found[key]
    return tuple(found.values())
