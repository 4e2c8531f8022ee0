"""Google Merchant Center product feeds: the item model, the builder and our own validator.

The rules implemented (Google's product data specification, read 2026-11-21, each cited in
:data:`RULE_SOURCES`):

- ``id`` at most 50 characters, ``title`` at most 150, ``description`` at most 5,000;
- ``link`` and ``image_link`` required, absolute ``http(s)`` URLs (at most 2,000 characters);
- ``availability`` one of ``in_stock``, ``out_of_stock``, ``preorder``, ``backorder``;
- ``price`` as ``12.99 EUR``: positive, in the target country's currency, VAT/GST included except in
  the US and Canada, where tax is excluded (US tax comes from account settings or ``tax``);
- ``condition`` one of ``new``, ``refurbished``, ``used``;
- ``brand`` required for new products; ``gtin`` (valid GS1 check digit) or ``mpn`` with the brand;
  otherwise ``identifier_exists=no``;
- variants need ``item_group_id`` in Brazil, France, Germany, Japan, the UK and the US, and apparel there
  needs ``color``, ``size``, ``gender`` and ``age_group`` (``size_system`` optional, from a fixed list);
- ``shipping`` is required for several countries unless set in the Merchant Center account: we warn.

Building is pure (catalog + prices + localized text in, items and warnings out); writing is in
:mod:`borderless.feeds.writers`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP
from types import MappingProxyType
from typing import Final, Literal, Protocol
from urllib.parse import quote, urljoin, urlsplit

from borderless.catalog.model import Catalog, Product, Variant
from borderless.catalog.native import valid_gtin
from borderless.feeds.localized import LocalizedText
from borderless.localize.sizes import convert_size, guess_size_category, size_system_for
from borderless.money import Money
from borderless.rules import Source

__all__ = [
    "APPAREL_COUNTRIES",
    "AVAILABILITY",
    "CONDITIONS",
    "GOOGLE_TOP_CATEGORIES",
    "RULE_SOURCES",
    "SHIPPING_REQUIRED_COUNTRIES",
    "SIZE_SYSTEMS",
    "TAX_EXCLUDED_COUNTRIES",
    "FeedBuild",
    "FeedItem",
    "FeedPrice",
    "FeedProblem",
    "FeedValidation",
    "Shipping",
    "build_feed",
    "format_price",
    "price_includes_tax",
    "validate_feed",
    "validate_item",
    "with_price",
]

_READ: Final = date(2026, 11, 21)
_SPEC = "https://support.google.com/merchants/answer/7052112"

RULE_SOURCES: Final[Mapping[str, Source]] = MappingProxyType(
    {
        "spec": Source("Google Merchant Center Help: Product data specification", _SPEC, _READ),
        "price": Source(
            "Google Merchant Center Help: Price [price] (US and Canada exclude tax; other countries include VAT/GST)",
            "https://support.google.com/merchants/answer/6324371",
            _READ,
        ),
        "identifiers": Source(
            "Google Merchant Center Help: Unique product identifiers (GTIN, MPN, brand, identifier_exists)",
            "https://support.google.com/merchants/answer/7052112#identifiers",
            _READ,
        ),
        "item_group_id": Source(
            "Google Merchant Center Help: Item group ID [item_group_id]",
            "https://support.google.com/merchants/answer/6324507",
            _READ,
        ),
        "shipping": Source(
            "Google Merchant Center Help: Shipping [shipping]",
            "https://support.google.com/merchants/answer/6324484",
            _READ,
        ),
        "size_system": Source(
            "Google Merchant Center Help: Size system [size_system]",
            "https://support.google.com/merchants/answer/6324502",
            _READ,
        ),
    }
)

ID_MAX: Final = 50
TITLE_MAX: Final = 150
DESCRIPTION_MAX: Final = 5000
URL_MAX: Final = 2000
BRAND_MAX: Final = 70
AVAILABILITY: Final = ("in_stock", "out_of_stock", "preorder", "backorder")
CONDITIONS: Final = ("new", "refurbished", "used")
GENDERS: Final = ("male", "female", "unisex")
AGE_GROUPS: Final = ("newborn", "infant", "toddler", "kids", "adult")
SIZE_SYSTEMS: Final = ("AU", "BR", "CN", "DE", "EU", "FR", "IT", "JP", "MEX", "UK", "US")
#: Countries where variants need item_group_id and apparel needs color, size, gender, age_group.
APPAREL_COUNTRIES: Final = frozenset({"BR", "FR", "DE", "JP", "GB", "US"})
#: Countries whose prices exclude tax (US sales tax is set in the account or with ``tax``).
TAX_EXCLUDED_COUNTRIES: Final = frozenset({"US", "CA"})
#: Countries where shipping costs must be given (in the feed or the account's shipping settings).
SHIPPING_REQUIRED_COUNTRIES: Final = frozenset(
    {
        "AU",
        "AT",
        "BE",
        "CA",
        "CZ",
        "FR",
        "DE",
        "IE",
        "IL",
        "IT",
        "NL",
        "PL",
        "RO",
        "KR",
        "ES",
        "CH",
        "GB",
        "US",
    }
)

#: Google's top-level product categories: a catalog category starting with one is a Google category path.
GOOGLE_TOP_CATEGORIES: Final = (
    "Animals & Pet Supplies",
    "Apparel & Accessories",
    "Arts & Entertainment",
    "Baby & Toddler",
    "Business & Industrial",
    "Cameras & Optics",
    "Electronics",
    "Food, Beverages & Tobacco",
    "Furniture",
    "Hardware",
    "Health & Beauty",
    "Home & Garden",
    "Luggage & Bags",
    "Mature",
    "Media",
    "Office Supplies",
    "Religious & Ceremonial",
    "Software",
    "Sporting Goods",
    "Toys & Games",
    "Vehicles & Parts",
)
_PRICE_TEXT: Final = re.compile(r"\d+(\.\d+)? [A-Z]{3}")
_APPAREL_CATEGORIES: Final = ("apparel & accessories", "166", "1604", "187")


def price_includes_tax(country: str) -> bool:
    """Whether Google expects prices for ``country`` to include VAT/GST (all but the US and Canada)."""
    return country.upper() not in TAX_EXCLUDED_COUNTRIES


def format_price(price: Money) -> str:
    """``12.99 EUR``, ``1235 JPY``: rounded to the currency's minor units, point as separator."""
    return f"{price.round(ROUND_HALF_UP).amount:f} {price.currency}"


@dataclass(frozen=True, slots=True)
class FeedPrice:
    """The price to list one SKU at in the market, and whether it includes tax."""

    price: Money
    tax_included: bool


@dataclass(frozen=True, slots=True)
class Shipping:
    country: str
    price: Money
    service: str = "Standard"

    def text(self) -> str:
        return f"{self.country}::{self.service}:{format_price(self.price)}"


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One Google feed item. ``attributes()`` gives the attributes in the order feeds write them."""

    id: str
    title: str
    description: str
    link: str | None
    image_link: str | None
    availability: str
    price: Money | None
    tax_included: bool
    condition: str
    brand: str | None = None
    gtin: str | None = None
    mpn: str | None = None
    identifier_exists: str | None = None
    google_product_category: str | None = None
    product_type: str | None = None
    item_group_id: str | None = None
    color: str | None = None
    size: str | None = None
    size_system: str | None = None
    gender: str | None = None
    age_group: str | None = None
    shipping: tuple[Shipping, ...] = ()
    product_id: str = ""
    apparel: bool = False
    translated: bool = True

    def attributes(self) -> dict[str, str]:
        values: dict[str, str | None] = {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "link": self.link,
            "image_link": self.image_link,
            "availability": self.availability,
            "price": format_price(self.price) if self.price is not None else None,
            "condition": self.condition,
            "brand": self.brand,
            "gtin": self.gtin,
            "mpn": self.mpn,
            "identifier_exists": self.identifier_exists,
            "google_product_category": self.google_product_category,
            "product_type": self.product_type,
            "item_group_id": self.item_group_id,
            "color": self.color,
            "size": self.size,
            "size_system": self.size_system,
            "gender": self.gender,
            "age_group": self.age_group,
        }
        return {name: value for name, value in values.items() if value}


@dataclass(frozen=True, slots=True)
class FeedProblem:
    """A problem with one item's attribute. ``severity="error"`` keeps the item out of the feed."""

    item: str
    product: str
    attribute: str
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        return f"{self.item} ({self.product}), {self.attribute}: {self.message}"

    def to_json(self) -> dict[str, str]:
        return {
            "item": self.item,
            "product": self.product,
            "attribute": self.attribute,
            "message": self.message,
            "severity": self.severity,
        }


@dataclass(frozen=True, slots=True)
class FeedBuild:
    items: tuple[FeedItem, ...]
    problems: tuple[FeedProblem, ...] = ()


@dataclass(frozen=True, slots=True)
class FeedValidation:
    """Items that passed (``valid``) and every problem found (errors and warnings)."""

    market: str
    valid: tuple[FeedItem, ...]
    problems: tuple[FeedProblem, ...] = field(default=())

    @property
    def errors(self) -> tuple[FeedProblem, ...]:
        return tuple(problem for problem in self.problems if problem.severity == "error")

    @property
    def warnings(self) -> tuple[FeedProblem, ...]:
        return tuple(problem for problem in self.problems if problem.severity == "warning")


# -- building --------------------------------------------------------------------------------------


def _absolute(url: str | None, link_base: str | None) -> str | None:
    if not url:
        return None
    if urlsplit(url).scheme or not link_base:
        return url
    return urljoin(link_base.rstrip("/") + "/", url.lstrip("/"))


def _link(product: Product, variant: Variant, link_base: str | None) -> str | None:
    url = variant.url or product.url
    if url:
        return _absolute(url, link_base)
    if not link_base:
        return None
    link = f"{link_base.rstrip('/')}/products/{quote(product.id, safe='')}"
    if len(product.variants) > 1:
        link += f"?sku={quote(variant.sku, safe='')}"
    return link


def _option(variant: Variant, *names: str) -> str | None:
    lowered = {key.lower(): value for key, value in variant.options.items()}
    return next((lowered[name] for name in names if lowered.get(name)), None)


def _extra(product: Product, *names: str) -> str | None:
    lowered = {key.lower(): value for key, value in product.extra.items()}
    return next((lowered[name] for name in names if lowered.get(name)), None)


def _google_category(product: Product) -> str | None:
    given = _extra(product, "google_product_category")
    if given:
        return given
    category = (product.category or "").strip()
    return category if category.startswith(GOOGLE_TOP_CATEGORIES) else None


def _is_apparel(product: Product) -> bool:
    category = (product.category or "").lower()
    google = (_extra(product, "google_product_category") or "").lower()
    return any(category.startswith(prefix) or google.startswith(prefix) for prefix in _APPAREL_CATEGORIES) or (
        guess_size_category(product.title, product.category, " ".join(product.tags)) is not None
    )


def build_feed(
    catalog: Catalog,
    market: str,
    prices: Mapping[str, FeedPrice],
    *,
    localized: Mapping[str, LocalizedText] | None = None,
    link_base: str | None = None,
    shipping: Money | None = None,
    availability: str = "in_stock",
    condition: str = "new",
    source_language: str = "en",
    target_language: str | None = None,
    source_size_system: str | None = None,
    convert_units: bool = True,
) -> FeedBuild:
    """Feed items for every variant of ``catalog`` in ``market``.

    ``prices`` maps SKU to the listed price (in the market's currency, tax as the market requires);
    a SKU without a price becomes an item without a price, which validation rejects. Titles and
    descriptions come from ``localized`` when given there, else from the catalog with a warning that
    they are untranslated (unless ``target_language`` equals ``source_language``). Sizes are converted
    from ``source_size_system`` (or the product's ``size_system`` extra column) to the market's system
    when the size category is known; otherwise kept, with a warning. With ``convert_units``, quantities in
    source (not localized) text are written in the market's units (``12 fl oz`` -> ``355 ml`` in DE), each
    change reported as a warning."""
    country = market.upper()
    target_system, system_notes = size_system_for(country)
    items: list[FeedItem] = []
    problems: list[FeedProblem] = []
    same_language = target_language is not None and target_language.split("_")[0] == source_language
    for product in catalog.products:
        text = (localized or {}).get(product.id)
        title, title_done = product.title, same_language
        description, description_done = product.description or "", same_language or not product.description
        if text is not None and text.title is not None:
            title, title_done = text.title.text, text.title.translated or same_language
        if text is not None and text.description is not None:
            description = text.description.text
            description_done = text.description.translated or same_language
        unit_notes: list[tuple[str, str]] = []
        if convert_units:
            title, description, unit_notes = _local_units(title, description, country, text, product)
        category = guess_size_category(product.title, product.category, " ".join(product.tags))
        apparel = _is_apparel(product)
        for variant in product.variants:
            sku = variant.sku
            if not title_done:
                problems.append(
                    FeedProblem(sku, product.id, "title", "untranslated: the source title is used", "warning")
                )
            if not description_done:
                problems.append(
                    FeedProblem(
                        sku, product.id, "description", "untranslated: the source description is used", "warning"
                    )
                )
            problems.extend(
                FeedProblem(sku, product.id, name, f"units converted for {country}: {change}", "warning")
                for name, change in unit_notes
            )
            quoted = prices.get(sku)
            brand = product.brand
            gtin = variant.gtin
            mpn = variant.mpn
            identifier_exists = None if brand and (gtin or mpn) else "no"
            size = _option(variant, "size", "größe", "taille")
            size_system = None
            if size:
                from_system = (source_size_system or _extra(product, "size_system") or "").upper() or None
                size, size_system = _localized_size(
                    size, from_system, target_system, category, sku, product.id, problems
                )
                if size_system and system_notes:
                    problems.extend(FeedProblem(sku, product.id, "size", note, "warning") for note in system_notes)
            items.append(
                FeedItem(
                    id=sku,
                    title=title,
                    description=description or title,
                    link=_link(product, variant, link_base),
                    image_link=_absolute(variant.image_url or product.image_url, link_base),
                    availability=_extra(product, "availability") or availability,
                    price=quoted.price if quoted else None,
                    tax_included=quoted.tax_included if quoted else price_includes_tax(country),
                    condition=_extra(product, "condition") or condition,
                    brand=brand,
                    gtin=gtin,
                    mpn=mpn,
                    identifier_exists=identifier_exists,
                    google_product_category=_google_category(product),
                    product_type=product.category,
                    item_group_id=product.id if len(product.variants) > 1 else None,
                    color=_option(variant, "colour", "color", "farbe", "couleur"),
                    size=size,
                    size_system=size_system,
                    gender=_option(variant, "gender") or _extra(product, "gender"),
                    age_group=_option(variant, "age_group", "age group") or _extra(product, "age_group"),
                    shipping=(Shipping(country, shipping),) if shipping is not None else (),
                    product_id=product.id,
                    apparel=apparel,
                    translated=title_done and description_done,
                )
            )
    return FeedBuild(tuple(items), tuple(problems))


def _local_units(
    title: str, description: str, country: str, text: LocalizedText | None, product: Product
) -> tuple[str, str, list[tuple[str, str]]]:
    from borderless.localize.units import localize_units_in_text

    notes: list[tuple[str, str]] = []
    category = (product.category or "").split(">")[0].strip().lower() or None
    results: list[str] = []
    for name, value, localized in (
        ("title", title, text is not None and text.title is not None),
        ("description", description, text is not None and text.description is not None),
    ):
        if localized or not value:
            results.append(value)
            continue
        converted = localize_units_in_text(value, country, category=category)
        notes.extend((name, f"{old!r} -> {new!r}") for old, new in converted.changes)
        results.append(converted.text)
    return results[0], results[1], notes


def _localized_size(
    size: str,
    from_system: str | None,
    target_system: str,
    category: str | None,
    sku: str,
    product_id: str,
    problems: list[FeedProblem],
) -> tuple[str, str | None]:
    google_target = target_system if target_system in SIZE_SYSTEMS else None
    if from_system is None:
        return size, None
    if from_system == target_system:
        return size, google_target
    if category is None:
        problems.append(
            FeedProblem(
                sku,
                product_id,
                "size",
                f"size {size!r} kept in {from_system}: the size "
                "category (shoes, clothing) could not be told from the product",
                "warning",
            )
        )
        return size, from_system if from_system in SIZE_SYSTEMS else None
    conversion = convert_size(size, category=category, from_system=from_system, to_system=target_system)
    for warning in conversion.warnings:
        problems.append(FeedProblem(sku, product_id, "size", warning, "warning"))
    if conversion.size is None:
        return size, from_system if from_system in SIZE_SYSTEMS else None
    return conversion.size, google_target


# -- validation ------------------------------------------------------------------------------------


class _Report(Protocol):
    def __call__(self, attribute: str, message: str, severity: Literal["error", "warning"] = "error") -> None: ...


def _url_problem(value: str | None) -> str | None:
    if not value:
        return "required: give an absolute http(s) URL (catalog url/image_url, or --link-base)"
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return f"must be an absolute http(s) URL, got {value[:80]!r}"
    if len(value) > URL_MAX:
        return f"at most {URL_MAX} characters, got {len(value)}"
    return None


def validate_item(item: FeedItem, market: str, currency: str) -> list[FeedProblem]:
    """Every problem of one item against the specification's rules for ``market`` (prices in
    ``currency``)."""
    country = market.upper()
    problems: list[FeedProblem] = []

    def problem(attribute: str, message: str, severity: Literal["error", "warning"] = "error") -> None:
        problems.append(FeedProblem(item.id, item.product_id, attribute, message, severity))

    if not item.id.strip():
        problem("id", "required")
    elif len(item.id) > ID_MAX:
        problem("id", f"at most {ID_MAX} characters, got {len(item.id)}")
    if not item.title.strip():
        problem("title", "required")
    elif len(item.title) > TITLE_MAX:
        problem("title", f"at most {TITLE_MAX} characters, got {len(item.title)}")
    if not item.description.strip():
        problem("description", "required")
    elif len(item.description) > DESCRIPTION_MAX:
        problem("description", f"at most {DESCRIPTION_MAX} characters, got {len(item.description)}")
    for attribute, value in (("link", item.link), ("image_link", item.image_link)):
        message = _url_problem(value)
        if message:
            problem(attribute, message)
    if item.availability not in AVAILABILITY:
        problem("availability", f"must be one of {', '.join(AVAILABILITY)}, got {item.availability!r}")
    if item.condition not in CONDITIONS:
        problem("condition", f"must be one of {', '.join(CONDITIONS)}, got {item.condition!r}")
    _validate_price(item, country, currency, problem)
    _validate_identifiers(item, problem)
    if item.item_group_id is not None and len(item.item_group_id) > ID_MAX:
        problem("item_group_id", f"at most {ID_MAX} characters, got {len(item.item_group_id)}")
    if country in APPAREL_COUNTRIES and item.apparel:
        for attribute, value, allowed in (
            ("color", item.color, None),
            ("size", item.size, None),
            ("gender", item.gender, GENDERS),
            ("age_group", item.age_group, AGE_GROUPS),
        ):
            if not value:
                problem(
                    attribute,
                    f"required for apparel in {country} (give an option or product column "
                    f"'{attribute if attribute != 'color' else 'colour'}')",
                )
            elif allowed is not None and value not in allowed:
                problem(attribute, f"must be one of {', '.join(allowed)}, got {value!r}")
        if not item.google_product_category:
            problem(
                "google_product_category",
                "apparel is best given a Google product category (Apparel & Accessories > ...)",
                "warning",
            )
    if item.size_system is not None and item.size_system not in SIZE_SYSTEMS:
        problem("size_system", f"must be one of {', '.join(SIZE_SYSTEMS)}, got {item.size_system!r}")
    if item.color and len(item.color) > 100:
        problem("color", f"at most 100 characters, got {len(item.color)}")
    if country in SHIPPING_REQUIRED_COUNTRIES and not item.shipping:
        problem(
            "shipping",
            f"shipping costs are required for {country}: pass --shipping or set shipping in the "
            "Merchant Center account",
            "warning",
        )
    for rate in item.shipping:
        if rate.price.currency != currency:
            problem("shipping", f"shipping price must be in {currency}, got {rate.price.currency}")
    return problems


def _validate_price(item: FeedItem, country: str, currency: str, problem: _Report) -> None:
    if item.price is None:
        problem("price", f"no price in {currency} for this SKU")
        return
    if item.price.currency != currency:
        problem("price", f"must be in the market's currency {currency}, got {item.price.currency}")
    if item.price.amount <= 0:
        problem("price", f"must be greater than 0, got {format_price(item.price)}")
    if not _PRICE_TEXT.fullmatch(format_price(item.price)):
        problem("price", f"must be written as '12.99 {currency}', got {format_price(item.price)!r}")
    wants_tax = price_includes_tax(country)
    if item.tax_included != wants_tax:
        needed = "include VAT/GST" if wants_tax else "exclude tax"
        problem(
            "price",
            f"prices for {country} must {needed}; this price {'includes' if item.tax_included else 'excludes'} it",
        )


def _validate_identifiers(item: FeedItem, problem: _Report) -> None:
    if item.gtin is not None and not valid_gtin(item.gtin):
        problem("gtin", f"{item.gtin!r} is not a GTIN-8/12/13/14 with a valid check digit")
    if item.condition == "new" and not item.brand and item.identifier_exists != "no":
        problem("brand", "required for new products (or set identifier_exists to no)")
    if item.brand and len(item.brand) > BRAND_MAX:
        problem("brand", f"at most {BRAND_MAX} characters, got {len(item.brand)}")
    if item.identifier_exists == "no":
        if item.gtin and item.brand:
            problem("identifier_exists", "is 'no' but the item has a GTIN and a brand")
        else:
            problem(
                "identifier_exists",
                "no GTIN or MPN with a brand: identifier_exists=no is sent; items with "
                "manufacturer identifiers perform better",
                "warning",
            )
    elif item.identifier_exists not in (None, "yes", "no"):
        problem("identifier_exists", f"must be yes or no, got {item.identifier_exists!r}")
    if item.mpn is not None and len(item.mpn) > BRAND_MAX:
        problem("mpn", f"at most {BRAND_MAX} characters, got {len(item.mpn)}")


def validate_feed(items: Sequence[FeedItem], market: str, currency: str) -> FeedValidation:
    """Validate every item; items without errors are ``valid``. Variants (items sharing a product)
    need ``item_group_id`` in :data:`APPAREL_COUNTRIES`; duplicate ids are errors."""
    country = market.upper()
    per_product: dict[str, int] = {}
    for item in items:
        per_product[item.product_id] = per_product.get(item.product_id, 0) + 1
    seen: set[str] = set()
    valid: list[FeedItem] = []
    problems: list[FeedProblem] = []
    for item in items:
        found = validate_item(item, country, currency)
        if item.id in seen:
            found.append(FeedProblem(item.id, item.product_id, "id", "duplicate id"))
        seen.add(item.id)
        if per_product.get(item.product_id, 0) > 1 and not item.item_group_id and country in APPAREL_COUNTRIES:
            found.append(FeedProblem(item.id, item.product_id, "item_group_id", f"required for variants in {country}"))
        problems.extend(found)
        if not any(problem.severity == "error" for problem in found):
            valid.append(item)
    return FeedValidation(country, tuple(valid), tuple(problems))


def with_price(item: FeedItem, price: FeedPrice) -> FeedItem:
    """A copy of ``item`` with another price."""
    return replace(item, price=price.price, tax_included=price.tax_included)
