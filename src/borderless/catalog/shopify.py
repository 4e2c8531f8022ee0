"""Shopify's product CSV: import into the canonical catalog and export back, without loss.

The format (Shopify Help Center, "Using CSV files to import and export products",
https://help.shopify.com/en/manual/products/import-export/using-csv, read 2026-11-21): one row per variant,
rows sharing a ``Handle`` form one product, the first of them carries the product's fields (Title,
Body (HTML), Vendor, Product Category, Type, Tags, Published, Status, SEO and Google Shopping columns) and
the option names; further rows carry variants and/or images, and rows with only ``Image *`` cells are
extra product images. Both the classic headers (``Variant SKU``, ``Variant Grams``) and the 2024+ ones
(``SKU``, ``Weight value (grams)``, ``URL handle``) are read, case-insensitively.

How columns land in the catalog:

- ``Handle`` -> ``Product.id``; ``Title``; ``Body (HTML)`` -> ``description`` (HTML kept as is);
  ``Vendor`` -> ``brand``; ``Product Category`` (or ``Type`` when that is empty) -> ``category``;
  ``Tags`` (comma-separated) -> ``tags``; ``Status`` -> ``status``; the first image -> ``image_url``.
- ``Option1..3 Name/Value`` -> ``Variant.options`` (Shopify's ``Title: Default Title`` means "no options");
  ``Variant SKU``; ``Variant Price`` in the currency you name (the file has none: default USD);
  ``Cost per item`` -> ``cost``; ``Variant Grams`` -> ``weight_kg`` (grams are authoritative; ``Variant
  Weight Unit`` is only the display unit and is kept); ``Variant Barcode`` -> ``gtin`` when it is a valid
  GTIN; ``Variant Image`` -> ``image_url``; HS code and country-of-origin columns where present
  (``Variant HS Code``, ``HS Code``, ``Harmonized System Code``, ``Variant Country of Origin``,
  ``Country of Origin``...).
- Everything else is kept: product-level columns (SEO, Google Shopping, Published, Gift Card, Type,
  metafields) in ``Product.extra`` under their column names; per-variant columns (compare-at price,
  inventory, tax code, market prices) in ``Product.extra["shopify:variants"]`` (JSON, by SKU); images in
  ``Product.extra["shopify:images"]`` (JSON list); the option order in ``"shopify:option_names"``.

Choices worth knowing: a variant without SKU gets one derived from the handle and option values (with a
warning) and is exported with its SKU empty again; ``Variant Grams`` of 0 means "weight unknown" (a
warning), not a weight of zero; an invalid HS code, country or barcode is left empty with a warning and its
original text kept for the export.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Final

from borderless.catalog.importing import (
    CatalogImport,
    Progress,
    SourceRecord,
    SourceTable,
    by_row,
    check_currency,
    dumps_compact,
    parse_country,
    parse_hs,
    parse_number,
    read_records,
    slugify,
    split_gtin,
    validate_rows,
)
from borderless.catalog.model import Catalog, CatalogLoad, Product, RowProblem, Variant
from borderless.errors import DataError, InputError

__all__ = [
    "EXTRA_IMAGES",
    "EXTRA_OPTION_NAMES",
    "EXTRA_VARIANTS",
    "SHOPIFY_HEADER",
    "catalog_to_shopify_rows",
    "parse_shopify_csv",
    "shopify_csv_text",
    "write_shopify_csv",
]

EXTRA_IMAGES: Final = "shopify:images"
EXTRA_VARIANTS: Final = "shopify:variants"
EXTRA_OPTION_NAMES: Final = "shopify:option_names"
EXTRA_CATEGORY_FROM_TYPE: Final = "shopify:category_from_type"
DERIVED_SKU: Final = "shopify:derived_sku"
_WEIGHT_UNITS: Final = frozenset({"g", "kg", "lb", "oz"})
_DEFAULT_OPTION: Final = ("Title", "Default Title")

# Canonical key -> accepted header spellings (classic export first, then the 2024+ template).
_ALIASES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "handle": ("Handle", "URL handle"),
        "title": ("Title",),
        "body": ("Body (HTML)", "Body HTML", "Description"),
        "vendor": ("Vendor",),
        "category": ("Product Category", "Product category"),
        "type": ("Type", "Product type"),
        "tags": ("Tags",),
        "status": ("Status",),
        "option1_name": ("Option1 Name",),
        "option1_value": ("Option1 Value",),
        "option2_name": ("Option2 Name",),
        "option2_value": ("Option2 Value",),
        "option3_name": ("Option3 Name",),
        "option3_value": ("Option3 Value",),
        "sku": ("Variant SKU", "SKU"),
        "grams": ("Variant Grams", "Weight value (grams)", "Variant Weight (grams)"),
        "weight_unit": ("Variant Weight Unit", "Weight unit for display"),
        "price": ("Variant Price", "Price"),
        "compare_at": ("Variant Compare At Price", "Compare-at price", "Compare At Price"),
        "cost": ("Cost per item", "Variant Cost"),
        "barcode": ("Variant Barcode", "Barcode"),
        "image_src": ("Image Src", "Product image URL", "Image URL"),
        "image_position": ("Image Position",),
        "image_alt": ("Image Alt Text",),
        "variant_image": ("Variant Image", "Variant image URL"),
        "hs_code": (
            "Variant HS Code",
            "HS Code",
            "Variant Harmonized System Code",
            "Harmonized System Code",
            "Variant HS Tariff Code",
            "HS Tariff Code",
        ),
        "origin": (
            "Variant Country of Origin",
            "Country of Origin",
            "Variant Country/Region of Origin",
            "Country/Region of Origin",
            "Country code of origin",
        ),
    }
)
_CANONICAL: Final = MappingProxyType({key: aliases[0] for key, aliases in _ALIASES.items()})
"""Values kept raw are stored under the classic column name, whatever spelling the file used."""
_IMAGE_KEYS: Final = ("image_src", "image_position", "image_alt")
# Cells that make a row a variant row (an image-only row has none of them).
_VARIANT_SIGNAL_KEYS: Final = (
    "sku",
    "price",
    "grams",
    "barcode",
    "cost",
    "compare_at",
    "option1_value",
    "option2_value",
    "option3_value",
)
_VARIANT_LEVEL_RE: Final = re.compile(
    r"^(variant |price / |compare[- ]at price / |included / |inventory |continue selling|requires shipping|"
    r"charge tax|tax code|fulfillment service|unit price|weight unit)|variant\.metafields|\(variant\.",
    re.IGNORECASE,
)

SHOPIFY_HEADER: Final = (
    "Handle",
    "Title",
    "Body (HTML)",
    "Vendor",
    "Product Category",
    "Type",
    "Tags",
    "Published",
    "Option1 Name",
    "Option1 Value",
    "Option2 Name",
    "Option2 Value",
    "Option3 Name",
    "Option3 Value",
    "Variant SKU",
    "Variant Grams",
    "Variant Inventory Tracker",
    "Variant Inventory Qty",
    "Variant Inventory Policy",
    "Variant Fulfillment Service",
    "Variant Price",
    "Variant Compare At Price",
    "Variant Requires Shipping",
    "Variant Taxable",
    "Variant Barcode",
    "Image Src",
    "Image Position",
    "Image Alt Text",
    "Gift Card",
    "SEO Title",
    "SEO Description",
    "Variant Image",
    "Variant Weight Unit",
    "Variant Tax Code",
    "Cost per item",
    "Variant HS Code",
    "Variant Country of Origin",
    "Status",
)
"""The classic export header Borderless writes (Shopify's importer also reads the 2024+ names)."""


@dataclass(frozen=True, slots=True)
class _Columns:
    """The file's header name for each canonical key (None when absent) and the columns kept raw."""

    names: Mapping[str, str | None]
    raw_product: tuple[str, ...]  # non-modelled, product-level (first row -> Product.extra)
    raw_variant: tuple[str, ...]  # non-modelled, variant-level (-> shopify:variants)

    def __getitem__(self, key: str) -> str | None:
        return self.names[key]


def _resolve_columns(table: SourceTable) -> _Columns:
    names = {key: table.column(*aliases) for key, aliases in _ALIASES.items()}
    if names["handle"] is None and names["title"] is None:
        raise DataError(
            "this does not look like a Shopify product CSV: it has neither a 'Handle' nor a 'Title' column "
            f"(columns: {', '.join(table.header[:8])}{'...' if len(table.header) > 8 else ''})",
            line=1,
        )
    if names["price"] is None:
        raise DataError("this Shopify product CSV has no 'Variant Price' column", line=1)
    modelled = {name for name in names.values() if name}
    raw = [name for name in table.header if name and name not in modelled]
    return _Columns(
        MappingProxyType(names),
        tuple(name for name in raw if not _VARIANT_LEVEL_RE.search(name)),
        tuple(name for name in raw if _VARIANT_LEVEL_RE.search(name)),
    )


@dataclass(slots=True)
class _ShopifyProduct:
    handle: str
    first_row: int
    title: str
    record: SourceRecord
    option_names: list[str]
    extra: dict[str, str]
    images: list[dict[str, str]] = field(default_factory=list)
    variant_extra: dict[str, dict[str, str]] = field(default_factory=dict)
    merged_rows: list[int] = field(default_factory=list)


def parse_shopify_csv(text: str, *, currency: str = "USD", progress: Progress | None = None) -> CatalogImport:
    """Import a Shopify product CSV export. ``currency`` is the store currency the prices are in (the file
    does not say); the result carries a warning naming it."""
    code = check_currency(currency)
    table = read_records(text, source="Shopify CSV", progress=progress)
    columns = _resolve_columns(table)
    problems: list[RowProblem] = [
        RowProblem(None, "currency", f"prices read as {code}: a Shopify CSV does not name its currency", "warning")
    ]
    problems.extend(table.problems)
    products: dict[str, _ShopifyProduct] = {}
    native_rows: list[tuple[int, dict[str, object]]] = []
    own_error_rows: set[int] = set()
    current: _ShopifyProduct | None = None
    used_skus: set[str] = set()

    for record in table.records:
        product = _product_for(record, columns, products, current, problems)
        if product is None:
            own_error_rows.add(record.row)
            continue
        current = product
        is_first = record.row == product.first_row
        is_variant = any(record.get(columns[key]) for key in _VARIANT_SIGNAL_KEYS)
        image = _image_of(record, columns, include_raw=not is_variant and not is_first)
        if not is_first:
            _check_same_title(record, columns, product, problems)
        if is_variant:
            row = _variant_row(record, columns, product, code, is_first, used_skus, problems)
            if row is None:
                own_error_rows.add(record.row)
            else:
                native_rows.append((record.row, row))
            if image:
                product.images.append(image)
        elif image:
            product.images.append(image)
            product.merged_rows.append(record.row)
        elif is_first:
            product.merged_rows.append(record.row)
        else:
            problems.append(RowProblem(record.row, None, f"no variant or image data for product {product.handle!r}"))
            own_error_rows.add(record.row)

    field_names = {
        "sku": columns["sku"] or "Variant SKU",
        "price": columns["price"] or "Variant Price",
        "cost": columns["cost"] or "Cost per item",
        "title": columns["title"] or "Title",
        "currency": "currency",
        "weight_kg": columns["grams"] or "Variant Grams",
        "gtin": columns["barcode"] or "Variant Barcode",
        "hs_code": columns["hs_code"] or "HS Code",
        "country_of_origin": columns["origin"] or "Country of Origin",
    }
    load = validate_rows(native_rows, field_names, progress)
    problems.extend(_explain_missing_titles(load.problems, products, field_names["title"]))
    catalog, merged, orphan_problems = _finish(load.catalog, products, columns)
    problems.extend(orphan_problems)
    rows_read = len(table.records) + table.error_rows
    return CatalogImport(CatalogLoad(catalog, rows_read, by_row(problems)), tuple(sorted(merged)), "shopify")


def _product_for(
    record: SourceRecord,
    columns: _Columns,
    products: dict[str, _ShopifyProduct],
    current: _ShopifyProduct | None,
    problems: list[RowProblem],
) -> _ShopifyProduct | None:
    handle = record.get(columns["handle"])
    title = record.get(columns["title"])
    if not handle:
        if title and (current is None or title != current.title):
            handle = slugify(title)
            base, number = handle, 2
            while handle in products:
                handle, number = f"{base}-{number}", number + 1
            problems.append(
                RowProblem(
                    record.row, columns["handle"] or "Handle", f"empty: using {handle!r} from the Title", "warning"
                )
            )
        elif current is not None:
            return current  # a continuation row (hand-made files often leave the Handle blank)
        else:
            problems.append(RowProblem(record.row, columns["handle"] or "Handle", "missing, and no product above it"))
            return None
    product = products.get(handle)
    if product is None:
        product = products[handle] = _new_product(handle, record, columns)
    return product


def _new_product(handle: str, record: SourceRecord, columns: _Columns) -> _ShopifyProduct:
    option_names: list[str] = []
    for index in (1, 2, 3):
        name = record.get(columns[f"option{index}_name"])
        if name:
            option_names.append(name)
    extra = {name: record.values[name] for name in columns.raw_product if record.values.get(name)}
    return _ShopifyProduct(handle, record.row, record.get(columns["title"]), record, option_names, extra)


def _check_same_title(
    record: SourceRecord, columns: _Columns, product: _ShopifyProduct, problems: list[RowProblem]
) -> None:
    title = record.get(columns["title"])
    if title and product.title and title != product.title:
        problems.append(
            RowProblem(
                record.row,
                columns["title"],
                f"product {product.handle!r} is titled {product.title!r} (row {product.first_row}); ignored",
                "warning",
            )
        )


def _image_of(record: SourceRecord, columns: _Columns, *, include_raw: bool) -> dict[str, str]:
    image = {
        _CANONICAL[key]: record.values[name]
        for key in _IMAGE_KEYS
        if (name := columns[key]) and record.values.get(name)
    }
    if not image:
        return image
    if include_raw:  # an image-only row that also holds other cells: keep them with the image
        for name in columns.raw_product + columns.raw_variant:
            if record.values.get(name):
                image[name] = record.values[name]
    return image


def _variant_row(
    record: SourceRecord,
    columns: _Columns,
    product: _ShopifyProduct,
    currency: str,
    is_first: bool,
    used_skus: set[str],
    problems: list[RowProblem],
) -> dict[str, object] | None:
    row = record.row
    raw: dict[str, str] = {}
    options: dict[str, str] = {}
    for index in (1, 2, 3):
        value = record.get(columns[f"option{index}_value"])
        if not value:
            continue
        if index <= len(product.option_names):
            name = product.option_names[index - 1]
        else:
            name = record.get(columns[f"option{index}_name"]) or f"Option{index}"
            product.option_names.append(name)
        options[name] = value
    if tuple(options.items()) == (_DEFAULT_OPTION,):
        options = {}

    grams_column = columns["grams"] or "Variant Grams"
    grams_text = record.get(columns["grams"])
    weight: str | None = None
    if grams_text:
        try:
            grams = parse_number(grams_text, grams_column)
        except InputError as error:
            problems.append(RowProblem(row, grams_column, error.message))
            return None
        if grams == 0:
            raw[_CANONICAL["grams"]] = grams_text
            problems.append(RowProblem(row, grams_column, "0 g: weight treated as unknown", "warning"))
        else:
            weight = str(grams.scaleb(-3))
    unit = record.get(columns["weight_unit"])
    if unit and unit.lower() not in _WEIGHT_UNITS:
        problems.append(
            RowProblem(
                row,
                columns["weight_unit"],
                f"unknown weight unit {unit!r} (g, kg, lb or oz); kept for display, {grams_column} used",
                "warning",
            )
        )

    sku = record.get(columns["sku"])
    if not sku:
        suffix = "-".join(slugify(value) for value in options.values())
        sku = f"{product.handle}-{suffix}" if suffix else product.handle
        base, number = sku, 2
        while sku in used_skus:
            sku, number = f"{base}-{number}", number + 1
        raw[DERIVED_SKU] = "true"
        problems.append(
            RowProblem(
                row, columns["sku"] or "Variant SKU", f"missing: derived {sku!r} from handle and options", "warning"
            )
        )
    used_skus.add(sku)

    barcode = record.get(columns["barcode"])
    gtin = split_gtin(barcode)
    if barcode and gtin is None:
        raw[_CANONICAL["barcode"]] = barcode
        problems.append(
            RowProblem(
                row,
                columns["barcode"],
                f"{barcode!r} is not a valid GTIN: kept as barcode, not used as GTIN",
                "warning",
            )
        )
    hs_text = record.get(columns["hs_code"])
    hs_code = parse_hs(hs_text, columns["hs_code"] or "HS Code", row, problems)
    if hs_text and hs_code is None:
        raw[_CANONICAL["hs_code"]] = hs_text
    origin_text = record.get(columns["origin"])
    origin = parse_country(origin_text, columns["origin"] or "Country of Origin", row, problems)
    if origin_text and origin is None:
        raw[_CANONICAL["origin"]] = origin_text

    kept = columns.raw_variant if is_first else columns.raw_product + columns.raw_variant
    for name in kept:
        cell = record.values.get(name)
        if cell:
            raw[name] = cell
    compare_at = record.get(columns["compare_at"])
    if compare_at:
        raw[_CANONICAL["compare_at"]] = compare_at
    if unit:
        raw[_CANONICAL["weight_unit"]] = unit
    if raw:
        product.variant_extra[sku] = raw

    native: dict[str, object] = {
        "product_id": product.handle,
        "title": product.title or None,
        "sku": sku,
        "price": record.get(columns["price"]) or None,
        "currency": currency,
        "cost": record.get(columns["cost"]) or None,
        "hs_code": hs_code,
        "weight_kg": weight,
        "country_of_origin": origin,
        "gtin": gtin,
        "image_url": record.get(columns["variant_image"]) or None,
    }
    for name, value in options.items():
        native[f"option:{name}"] = value
    return native


def _explain_missing_titles(
    problems: Sequence[RowProblem], products: Mapping[str, _ShopifyProduct], title_column: str
) -> list[RowProblem]:
    first_rows = {product.first_row for product in products.values()}
    explained: list[RowProblem] = []
    for problem in problems:
        if problem.field == title_column and problem.message == "missing" and problem.row not in first_rows:
            explained.append(replace(problem, message="missing: its product's first row has no Title"))
        else:
            explained.append(problem)
    return explained


def _finish(
    catalog: Catalog, products: Mapping[str, _ShopifyProduct], columns: _Columns
) -> tuple[Catalog, list[int], list[RowProblem]]:
    loaded = {product.id: product for product in catalog.products}
    finished: list[Product] = []
    merged: list[int] = []
    problems: list[RowProblem] = []
    for handle, source in products.items():
        product = loaded.get(handle)
        if product is None:
            for row in source.merged_rows:
                problems.append(RowProblem(row, None, f"product {handle!r} has no importable variant (see its rows)"))
            continue
        merged.extend(source.merged_rows)
        finished.append(_with_product_fields(product, source, columns))
    return Catalog(tuple(finished)), merged, problems


def _with_product_fields(product: Product, source: _ShopifyProduct, columns: _Columns) -> Product:
    record = source.record
    extra = dict(source.extra)
    category = record.get(columns["category"]) or None
    product_type = record.get(columns["type"])
    if product_type:
        extra[_CANONICAL["type"]] = product_type
        if category is None:
            category = product_type
            extra[EXTRA_CATEGORY_FROM_TYPE] = "true"
    if source.images:
        extra[EXTRA_IMAGES] = dumps_compact(source.images)
    skus = {variant.sku for variant in product.variants}
    variant_extra = {sku: raw for sku, raw in source.variant_extra.items() if sku in skus}
    if variant_extra:
        extra[EXTRA_VARIANTS] = dumps_compact(variant_extra)
    if source.option_names and any(variant.options for variant in product.variants):
        extra[EXTRA_OPTION_NAMES] = dumps_compact(source.option_names)
    tags = tuple(tag.strip() for tag in record.get(columns["tags"]).split(",") if tag.strip())
    first_image = source.images[0].get(_CANONICAL["image_src"], "") if source.images else ""
    return replace(
        product,
        description=record.get(columns["body"]) or None,
        category=category,
        brand=record.get(columns["vendor"]) or None,
        tags=tags,
        status=record.get(columns["status"]) or None,
        image_url=first_image or None,
        extra=MappingProxyType(extra),
    )


# --- export -------------------------------------------------------------------------------------------

_HANDLE_RE: Final = re.compile(r"^[\w-]+$")
_SHOPIFY_DEFAULTS: Final = MappingProxyType(
    {
        "Variant Inventory Policy": "deny",
        "Variant Fulfillment Service": "manual",
        "Variant Requires Shipping": "TRUE",
        "Variant Taxable": "TRUE",
    }
)


def catalog_to_shopify_rows(catalog: Catalog) -> tuple[list[str], list[dict[str, str]], str | None]:
    """Flatten a catalog into Shopify CSV rows: ``(header, rows, currency)``. Products that came from a
    Shopify import get back every column they had; others get Shopify's defaults (manual fulfilment,
    inventory policy deny, taxable, requires shipping). Raises :class:`DataError` when the prices are in
    more than one currency (a Shopify CSV holds amounts in the store currency only)."""
    currencies = sorted({item.variant.price.currency for item in catalog.items()})
    if len(currencies) > 1:
        raise DataError(
            f"prices are in {', '.join(currencies)}; a Shopify CSV holds one currency: export one at a time"
        )
    header: dict[str, None] = dict.fromkeys(SHOPIFY_HEADER)
    rows: list[dict[str, str]] = []
    handles: set[str] = set()
    for product in catalog.products:
        handle = _export_handle(product.id, handles)
        product_rows = _product_rows(product, handle)
        for row in product_rows:
            header.update(dict.fromkeys(row))
        rows.extend(product_rows)
    return list(header), rows, currencies[0] if currencies else None


def _export_handle(product_id: str, used: set[str]) -> str:
    handle = product_id if _HANDLE_RE.match(product_id) and product_id == product_id.lower() else slugify(product_id)
    base, number = handle, 2
    while handle in used:
        handle, number = f"{base}-{number}", number + 1
    used.add(handle)
    return handle


def _json_extra(product: Product, key: str) -> object:
    text = product.extra.get(key)
    if not text:
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise DataError(f"product {product.id!r}: extra {key!r} is not valid JSON") from None


def _product_rows(product: Product, handle: str) -> list[dict[str, str]]:
    images_value = _json_extra(product, EXTRA_IMAGES)
    images = [image for image in images_value if isinstance(image, dict)] if isinstance(images_value, list) else []
    variants_value = _json_extra(product, EXTRA_VARIANTS)
    variant_raw = variants_value if isinstance(variants_value, dict) else {}
    names_value = _json_extra(product, EXTRA_OPTION_NAMES)
    option_names = [str(name) for name in names_value] if isinstance(names_value, list) else []
    for variant in product.variants:
        for name in variant.options:
            if name not in option_names:
                option_names.append(name)
    if len(option_names) > 3:
        raise DataError(
            f"product {product.id!r} has {len(option_names)} options ({', '.join(option_names)}); "
            "Shopify allows at most 3"
        )
    from_shopify = any(key.startswith("shopify:") for key in product.extra)
    if not option_names and len(product.variants) > 1:
        option_names = ["Variant"]  # Shopify needs distinct option values: use the SKU

    first: dict[str, str] = {
        "Title": product.title,
        "Body (HTML)": product.description or "",
        "Vendor": product.brand or "",
        "Product Category": "" if EXTRA_CATEGORY_FROM_TYPE in product.extra else (product.category or ""),
        "Tags": ", ".join(product.tags),
        "Status": product.status or "",
    }
    if EXTRA_CATEGORY_FROM_TYPE in product.extra and "Type" not in product.extra:
        first["Type"] = product.category or ""
    first.update({key: value for key, value in product.extra.items() if not key.startswith("shopify:")})
    if option_names:
        for index, name in enumerate(option_names[:3], start=1):
            first[f"Option{index} Name"] = name
    elif product.variants:
        first["Option1 Name"] = _DEFAULT_OPTION[0]

    count = max(len(product.variants), len(images), 1)
    rows: list[dict[str, str]] = []
    for index in range(count):
        row: dict[str, str] = {"Handle": handle}
        if index == 0:
            row.update(first)
        if index < len(product.variants):
            variant = product.variants[index]
            raw = variant_raw.get(variant.sku)
            row.update(_variant_cells(variant, option_names, raw if isinstance(raw, dict) else None, from_shopify))
        if index < len(images):
            row.update({str(key): str(value) for key, value in images[index].items()})
        rows.append(row)
    return rows


def _variant_cells(
    variant: Variant, option_names: Sequence[str], raw: Mapping[str, object] | None, from_shopify: bool
) -> dict[str, str]:
    cells: dict[str, str] = {}
    if option_names == ["Variant"] and not variant.options:
        cells["Option1 Value"] = variant.sku
    elif option_names:
        for index, name in enumerate(option_names[:3], start=1):
            cells[f"Option{index} Value"] = variant.options.get(name, "")
    else:
        cells["Option1 Value"] = _DEFAULT_OPTION[1]
    derived = bool(raw and raw.get(DERIVED_SKU))
    cells["Variant SKU"] = "" if derived else variant.sku
    cells["Variant Price"] = str(variant.price.amount)
    if variant.cost is not None:
        cells["Cost per item"] = str(variant.cost.amount)
    if variant.weight_kg is not None:
        cells["Variant Grams"] = _grams(variant.weight_kg)
    if variant.gtin:
        cells["Variant Barcode"] = variant.gtin
    if variant.image_url:
        cells["Variant Image"] = variant.image_url
    if variant.hs_code:
        cells["Variant HS Code"] = variant.hs_code
    if variant.country_of_origin:
        cells["Variant Country of Origin"] = variant.country_of_origin
    if raw:
        for key, value in raw.items():
            if key != DERIVED_SKU and not cells.get(key):
                cells[key] = str(value)
    elif not from_shopify:
        cells.update(_SHOPIFY_DEFAULTS)
        if variant.weight_kg is not None:
            cells["Variant Weight Unit"] = "kg"
    return cells


def _grams(weight_kg: Decimal) -> str:
    grams = weight_kg.scaleb(3)
    if grams == grams.to_integral_value():
        return str(grams.quantize(Decimal(1)))
    return format(grams.normalize(), "f")


def shopify_csv_text(catalog: Catalog) -> str:
    header, rows, _currency = catalog_to_shopify_rows(catalog)
    stream = io.StringIO(newline="")
    writer = csv.DictWriter(stream, fieldnames=header, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return stream.getvalue()


def write_shopify_csv(catalog: Catalog, path: Path) -> str | None:
    """Write a Shopify product CSV (UTF-8, no BOM); returns the prices' currency."""
    header, rows, currency = catalog_to_shopify_rows(catalog)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=header, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return currency
