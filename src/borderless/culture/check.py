"""Check a listing against a market's cultural associations: warnings with explanations, never rewrites.

:func:`associations_for` is what market profiles show; :func:`check_listing` is what ``localize`` and
feeds run over titles, descriptions, tags and options. Both are pure functions over the bundled
:data:`~borderless.culture.data.ASSOCIATIONS`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from typing import Final

from borderless.culture.data import ASSOCIATIONS
from borderless.culture.model import CulturalAssociation, CulturalAssociations, CulturalWarning
from borderless.errors import UnknownCountryError

__all__ = ["associations_for", "check_catalog", "check_listing", "covered_countries"]

_NUMBER_PREFIX: Final = "#"


def _code(country: str) -> str:
    code = country.strip().upper() if isinstance(country, str) else ""
    if len(code) != 2 or not code.isalpha():
        raise UnknownCountryError(country, field="market")
    return code


def covered_countries() -> frozenset[str]:
    """Countries with at least one recorded association."""
    return frozenset(country for item in ASSOCIATIONS for country in item.countries)


@lru_cache(maxsize=128)
def associations_for(country: str) -> CulturalAssociations:
    """Every association recorded for ``country`` (ISO 3166-1 alpha-2), negative and positive. A
    country without notes gets an empty list and a warning saying that absence is not a clearance."""
    code = _code(country)
    found = tuple(item for item in ASSOCIATIONS if code in item.countries)
    warnings: tuple[str, ...] = ()
    if not found:
        warnings = (f"no cultural notes recorded for {code}; this is not a clearance, have a local reviewer check",)
    elif len(found) < 3:
        warnings = (f"only {len(found)} cultural note(s) recorded for {code}; the list is not exhaustive",)
    return CulturalAssociations(code, found, warnings)


@lru_cache(maxsize=2048)
def _pattern(term: str) -> re.Pattern[str]:
    if term.startswith(_NUMBER_PREFIX):
        number = re.escape(term[1:])
        return re.compile(rf"(?<![\d.,]){number}(?![\d]|[.,]\d)")
    if term.isascii() and term[:1].isalnum():
        return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)
    return re.compile(re.escape(term), re.IGNORECASE)


def _first_match(terms: Iterable[str], text: str) -> str | None:
    for term in terms:
        match = _pattern(term).search(text)
        if match:
            return match.group(0)
    return None


def _matches(association: CulturalAssociation, text: str) -> str | None:
    """The text matched by the association's first trigger group when every group matches."""
    found: list[str] = []
    for group in association.triggers:
        hit = _first_match(group, text)
        if hit is None:
            return None
        found.append(hit)
    return " + ".join(found) if found else None


def check_listing(
    fields: Mapping[str, str | None],
    options: Mapping[str, str] | None,
    market: str,
    *,
    on: date | None = None,
    product: str | None = None,
) -> list[CulturalWarning]:
    """Warnings for one listing in one market.

    ``fields`` are the listing's texts by name (``title``, ``description``, ``tags``...); ``options``
    its variant options (``colour``, ``size``), checked as ``option:<name>``. Each field is checked on
    its own, and the listing as a whole (all fields together, reported as ``listing``) for
    associations whose trigger groups are spread over several fields (a green hat whose colour is
    an option). Only negative and mixed associations in force ``on`` the date warn."""
    code = _code(market)
    texts: dict[str, str] = {name: value for name, value in fields.items() if value}
    for name, value in (options or {}).items():
        if value:
            texts[f"option:{name}"] = value
    combined = "\n".join(texts.values())
    warnings: list[CulturalWarning] = []
    for association in associations_for(code).associations:
        if association.polarity == "positive" or not association.in_force(on):
            continue
        reported = False
        for name, text in texts.items():
            matched = _matches(association, text)
            if matched is not None:
                warnings.append(_warning(association, code, name, matched, product))
                reported = True
        if not reported and len(association.triggers) > 1:
            matched = _matches(association, combined)
            if matched is not None:
                warnings.append(_warning(association, code, "listing", matched, product))
    return warnings


def _warning(
    association: CulturalAssociation, country: str, field: str, matched: str, product: str | None
) -> CulturalWarning:
    return CulturalWarning(
        country=country,
        key=association.key,
        field=field,
        matched=matched,
        kind=association.kind,
        subject=association.subject,
        explanation=association.meaning,
        advice=association.advice,
        severity=association.severity,
        guidance=association.guidance,
        confidence=association.confidence,
        source=association.source,
        product=product,
    )


def check_catalog(catalog: object, market: str, *, on: date | None = None) -> list[CulturalWarning]:
    """:func:`check_listing` over every product of a :class:`~borderless.catalog.Catalog`: title,
    description, tags and each variant's options (one warning per product, field and association)."""
    from borderless.catalog.model import Catalog

    if not isinstance(catalog, Catalog):
        raise TypeError("check_catalog takes a borderless.catalog.Catalog")
    warnings: list[CulturalWarning] = []
    for product in catalog.products:
        fields = {"title": product.title, "description": product.description, "tags": ", ".join(product.tags)}
        values: dict[str, list[str]] = {}
        for variant in product.variants:
            for name, value in variant.options.items():
                known = values.setdefault(name, [])
                if value not in known:
                    known.append(value)
        options = {name: " / ".join(known) for name, known in values.items()}
        seen: set[tuple[str, str]] = set()
        for warning in check_listing(fields, options, market, on=on, product=product.id):
            if (warning.key, warning.field) not in seen:
                seen.add((warning.key, warning.field))
                warnings.append(warning)
    return warnings
