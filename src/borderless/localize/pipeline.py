"""The localize engine: a catalog in, one localized catalog per market out.

For each market the target language is CLDR's main language of the country (Babel's likely
subtags: DE -> de_DE, JP -> ja_JP, CH -> de_CH), unless the merchant names one (``CH:fr``). Titles
and descriptions are translated through a :class:`TranslationRouter` with a brief built from the
market (address register, tone, glossary, the 150-character Google Shopping title limit) and
checked (:func:`check_translation`); every field records the backend that produced it and whether a
person reviewed it, and every problem names the product and field.

The engine does no file I/O of its own: the router's backends and memory are handed in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

import pycountry
from babel import Locale, UnknownLocaleError

from borderless.catalog import Catalog, Product
from borderless.errors import InputError, UnknownCountryError
from borderless.translate.checks import GOOGLE_TITLE_MAX, QualityProblem, check_translation
from borderless.translate.glossary import Glossary
from borderless.translate.model import Segment, Translation, TranslationBrief
from borderless.translate.register import register_for
from borderless.translate.router import TranslationRouter

__all__ = [
    "FIELDS",
    "LocalizedCatalog",
    "LocalizedField",
    "LocalizedProduct",
    "MarketTarget",
    "localize_catalog",
    "market_target",
    "parse_markets",
    "standard_extras",
]

FIELDS: Final = ("title", "description")
_CHUNK: Final = 250  # products per router call: keeps the progress bar moving on a slow backend


def _nothing() -> Mapping[str, object]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class MarketTarget:
    """A market to localize for: country, CLDR locale, target language, the translation brief and
    warnings about how the brief was made (an uncertain register, a guessed language)."""

    country: str
    locale: str
    language: str
    brief: TranslationBrief
    warnings: tuple[str, ...] = ()


def parse_markets(text: str) -> list[tuple[str, str | None]]:
    """``"DE,FR,CH:fr"`` -> ``[("DE", None), ("FR", None), ("CH", "fr")]``."""
    markets: list[tuple[str, str | None]] = []
    for raw in text.split(","):
        item = raw.strip()
        if not item:
            continue
        country, _, language = item.partition(":")
        markets.append((country.strip().upper(), language.strip().lower() or None))
    if not markets:
        raise InputError("give at least one market, e.g. DE,FR,JP", field="--markets", value=text)
    return markets


def market_target(
    country: str,
    *,
    language: str | None = None,
    source_language: str = "en",
    glossary: Glossary | None = None,
    register: str | None = None,
) -> MarketTarget:
    code = country.strip().upper()
    if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
        raise UnknownCountryError(country, field="--markets")
    warnings: list[str] = []
    try:
        locale = Locale.parse(f"{language}_{code}") if language else Locale.parse(f"und_{code}")
    except (UnknownLocaleError, ValueError):
        if language is None:
            raise InputError(
                f"CLDR knows no main language for {code}; name one as {code}:<language>",
                field="--markets",
                value=country,
            ) from None
        try:
            locale = Locale.parse(language)
        except (UnknownLocaleError, ValueError):
            raise InputError(f"unknown language {language!r}", field="--markets", value=country) from None
        warnings.append(f"{code}: CLDR has no {language}_{code} locale; using {locale}")
    target_language = str(locale.language)
    default = register_for(target_language)
    chosen_register = register or (default.register if default else None)
    cultural_notes: list[str] = []
    tone = default.tone if default else None
    if default and not register:
        cultural_notes.append(default.note)
        if default.confidence == "uncertain":
            warnings.append(
                f"{code}: address register '{default.register}' for {target_language} is uncertain "
                f"({default.note}; source: {default.source.title}); set --register to choose"
            )
    elif default is None and not register:
        warnings.append(f"{code}: no address register known for {target_language}; the backend's default applies")
    terms = (glossary or Glossary()).terms_for(target_language)
    brief = TranslationBrief(
        source_language=source_language,
        target_language=target_language,
        market=code,
        locale=str(locale),
        register=chosen_register,
        tone=tone,
        cultural_notes=tuple(cultural_notes),
        terms=MappingProxyType(dict(terms)),
    )
    return MarketTarget(code, str(locale), target_language, brief, tuple(warnings))


@dataclass(frozen=True, slots=True)
class LocalizedField:
    source: str
    translation: Translation

    def to_json(self) -> dict[str, object]:
        return {"source": self.source, **self.translation.to_json()}


@dataclass(frozen=True, slots=True)
class LocalizedProduct:
    product_id: str
    fields: Mapping[str, LocalizedField]
    problems: tuple[QualityProblem, ...] = ()
    extra: Mapping[str, object] = field(default_factory=_nothing)

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "id": self.product_id,
            "fields": {name: value.to_json() for name, value in self.fields.items()},
            "problems": [problem.to_json() for problem in self.problems],
        }
        data.update(self.extra)
        return data


@dataclass(frozen=True, slots=True)
class LocalizedCatalog:
    country: str
    locale: str
    language: str
    source_language: str
    products: tuple[LocalizedProduct, ...]
    brief: TranslationBrief
    warnings: tuple[str, ...] = ()

    @property
    def problems(self) -> tuple[QualityProblem, ...]:
        return tuple(problem for product in self.products for problem in product.problems)

    def counts(self) -> dict[str, int]:
        """How many fields each backend produced, how many are reviewed, untranslated, with problems."""
        counts: dict[str, int] = {"fields": 0, "reviewed": 0, "untranslated": 0, "memory": 0, "problems": 0}
        for product in self.products:
            counts["problems"] += len(product.problems)
            for value in product.fields.values():
                counts["fields"] += 1
                counts["reviewed"] += value.translation.reviewed
                counts["untranslated"] += value.translation.status == "untranslated"
                counts["memory"] += value.translation.status == "memory"
                key = f"backend:{value.translation.backend}"
                counts[key] = counts.get(key, 0) + 1
        return counts

    def to_json(self) -> dict[str, object]:
        return {
            "market": self.country,
            "locale": self.locale,
            "language": self.language,
            "source_language": self.source_language,
            "brief": self.brief.to_json(),
            "summary": self.counts(),
            "warnings": list(self.warnings),
            "products": [product.to_json() for product in self.products],
        }


def _segments(product: Product) -> list[Segment]:
    segments = [Segment(product.id, "title", product.title, GOOGLE_TITLE_MAX)]
    if product.description:
        segments.append(Segment(product.id, "description", product.description))
    return segments


def localize_catalog(
    catalog: Catalog,
    targets: Sequence[MarketTarget],
    router: TranslationRouter,
    *,
    forbidden: Mapping[str, Sequence[str]] | None = None,
    extras: Callable[[Product, MarketTarget], Mapping[str, object]] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> list[LocalizedCatalog]:
    """Localize every product for every market. ``forbidden`` maps a language (or ``*``) to terms
    that must not appear; ``extras`` adds market-specific data per product (formats, sizes);
    ``on_progress`` is called with the number of products done for one market."""
    forbidden = forbidden or {}
    results: list[LocalizedCatalog] = []
    products = catalog.products
    for target in targets:
        warnings = list(target.warnings)
        terms_forbidden = [*forbidden.get("*", ()), *forbidden.get(target.language, ())]
        localized: list[LocalizedProduct] = []
        for start in range(0, len(products), _CHUNK):
            chunk = products[start : start + _CHUNK]
            segments = [segment for product in chunk for segment in _segments(product)]
            batch = router.translate(segments, target.brief)
            warnings.extend(warning for warning in batch.warnings if warning not in warnings)
            by_product: dict[str, list[tuple[Segment, Translation]]] = {}
            for segment, translation in zip(segments, batch.translations, strict=True):
                by_product.setdefault(segment.product_id, []).append((segment, translation))
            for product in chunk:
                fields: dict[str, LocalizedField] = {}
                problems: list[QualityProblem] = []
                for segment, translation in by_product.get(product.id, []):
                    fields[segment.field] = LocalizedField(segment.text, translation)
                    problems.extend(check_translation(segment, translation, target.brief, forbidden=terms_forbidden))
                extra = extras(product, target) if extras is not None else _nothing()
                localized.append(LocalizedProduct(product.id, MappingProxyType(fields), tuple(problems), extra))
            if on_progress is not None:
                on_progress(len(chunk))
        catalog_result = LocalizedCatalog(
            target.country,
            target.locale,
            target.language,
            target.brief.source_language,
            tuple(localized),
            target.brief,
            (),
        )
        untranslated = catalog_result.counts()["untranslated"]
        if untranslated:
            reason = next(
                (
                    value.translation.notes[0]
                    for product in localized
                    for value in product.fields.values()
                    if value.translation.status == "untranslated" and value.translation.notes
                ),
                "",
            )
            warnings.append(
                f"{target.country}: {untranslated} field(s) left untranslated, source text kept"
                + (f" ({reason})" if reason else "")
            )
        results.append(
            LocalizedCatalog(
                catalog_result.country,
                catalog_result.locale,
                catalog_result.language,
                catalog_result.source_language,
                catalog_result.products,
                catalog_result.brief,
                tuple(warnings),
            )
        )
    return results


def standard_extras(product: Product, target: MarketTarget) -> Mapping[str, object]:
    """Market data added to each localized product: variant prices written the market's way
    (Babel; in the catalog's currency, not converted) and cultural warnings for the market (colours,
    numbers, symbols in the source listing), each with its explanation and source. Modules that are
    not installed are skipped."""
    extra: dict[str, object] = {}
    try:
        from borderless.localize.formats import format_price
    except ImportError:  # pragma: no cover - the formats module ships with the package
        pass
    else:
        extra["prices"] = [
            {
                "sku": variant.sku,
                "price": format_price(variant.price, target.locale),
                "currency": variant.price.currency,
            }
            for variant in product.variants
        ]
    try:
        from borderless.culture import check as culture
    except ImportError:  # pragma: no cover
        pass
    else:
        options: dict[str, str] = {}
        for variant in product.variants:
            for name, value in variant.options.items():
                options.setdefault(name, value)
        fields = {"title": product.title, "description": product.description, "tags": ", ".join(product.tags)}
        warnings = culture.check_listing(fields, options, target.country, product=product.id)
        extra["cultural_warnings"] = [warning.to_json() for warning in warnings]
    return extra
