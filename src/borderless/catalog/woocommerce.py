"""WooCommerce's product CSV (Products > Export) into the canonical catalog.

Column names follow WooCommerce's built-in exporter (``WC_Product_CSV_Exporter``, woocommerce/woocommerce
``plugins/woocommerce/includes/export/class-wc-product-csv-exporter.php``, read 2026-11-21):
``ID, Type, SKU, Name, Published, Short description, Description, Regular price, Sale price, Weight (kg),
Categories, Tags, Images, Parent, Attribute 1 name, Attribute 1 value(s), Attribute 1 visible, Attribute 1
global, ...`` plus ``Meta: *`` columns.

- ``simple`` (and ``external``) rows are a product with one variant.
- A ``variable`` row carries the product's shared fields; each ``variation`` row is a variant pointing to its
  parent through ``Parent`` (``id:123`` or the parent's SKU). Rows may come in any order. A variation
  inherits an empty weight, HS code, country of origin or description from its parent, as WooCommerce does.
  The variable row is *merged* (it is not a variant itself); a variable product whose variations all
  failed is reported.
- ``grouped`` rows have no price of their own and are reported as not imported (their member products are
  rows of their own).
- The price is ``Regular price``; ``Sale price`` is kept in ``extra``. A decimal comma (``12,50``, as
  stores set to German or French formats export) is read as a decimal point.
- The weight column's unit comes from its header (``Weight (kg)``, ``Weight (g)``, ``Weight (lbs)``,
  ``Weight (oz)``) and is converted to kilograms exactly.
- The file has no currency: prices are read in the currency you name (default USD).
- HS code and origin: ``HS code``/``Commodity code``/``Meta: _hs_code`` and ``Country of origin``/
  ``Meta: _country_of_origin`` style columns where present.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Final

from borderless.catalog.importing import (
    WEIGHT_UNITS_KG,
    CatalogImport,
    Progress,
    SourceRecord,
    SourceTable,
    by_row,
    check_currency,
    dumps_compact,
    normalise_amount,
    parse_country,
    parse_hs,
    parse_number,
    read_records,
    slugify,
    split_gtin,
    to_kg,
    validate_rows,
)
from borderless.catalog.model import Catalog, CatalogLoad, Product, RowProblem
from borderless.errors import DataError, InputError

__all__ = ["EXTRA_VARIATIONS", "parse_woocommerce_csv"]

EXTRA_VARIATIONS: Final = "woocommerce:variations"
_KNOWN_TYPES: Final = frozenset({"simple", "variable", "variation", "grouped", "external"})
_FLAGS: Final = frozenset({"virtual", "downloadable"})
_STATUS: Final = MappingProxyType({"1": "active", "0": "private", "-1": "draft"})
_ALIASES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "id": ("ID",),
        "type": ("Type",),
        "sku": ("SKU",),
        "gtin": ("GTIN, UPC, EAN, or ISBN", "GTIN", "EAN", "UPC", "Meta: _global_unique_id"),
        "name": ("Name",),
        "published": ("Published",),
        "short_description": ("Short description",),
        "description": ("Description",),
        "regular_price": ("Regular price",),
        "categories": ("Categories",),
        "tags": ("Tags",),
        "images": ("Images",),
        "parent": ("Parent",),
        "brand": ("Brands", "Brand", "Meta: _brand"),
        "url": ("External URL",),
        "hs_code": ("HS code", "Commodity code", "HS tariff code", "Meta: _hs_code", "Meta: hs_code"),
        "origin": (
            "Country of origin",
            "Country of manufacture",
            "Meta: _country_of_origin",
            "Meta: country_of_origin",
            "Meta: _origin_country",
        ),
        "mpn": ("MPN", "Meta: _mpn"),
    }
)
_WEIGHT_RE: Final = re.compile(r"^weight\s*\((\w+)\)$", re.IGNORECASE)
_ATTRIBUTE_RE: Final = re.compile(r"^attribute (\d+) (name|value\(s\))$", re.IGNORECASE)
_LIST_SPLIT: Final = re.compile(r"(?<!\\),")


@dataclass(frozen=True, slots=True)
class _Columns:
    names: Mapping[str, str | None]
    weight: str | None
    weight_unit: str
    attributes: tuple[tuple[str, str], ...]  # (name column, value column) per attribute number
    raw: tuple[str, ...]

    def __getitem__(self, key: str) -> str | None:
        return self.names[key]


def _resolve_columns(table: SourceTable) -> _Columns:
    names = {key: table.column(*aliases) for key, aliases in _ALIASES.items()}
    if names["type"] is None or names["name"] is None:
        raise DataError(
            "this does not look like a WooCommerce product export: it needs 'Type' and 'Name' columns", line=1
        )
    if names["regular_price"] is None:
        raise DataError("this WooCommerce export has no 'Regular price' column", line=1)
    weight, unit = None, "kg"
    for name in table.header:
        match = _WEIGHT_RE.match(name)
        if match:
            weight, unit = name, match.group(1).lower()
    if weight is not None and unit not in WEIGHT_UNITS_KG:
        raise DataError(f"unknown weight unit in column {weight!r} (kg, g, lbs or oz expected)", line=1)
    numbered: dict[int, dict[str, str]] = {}
    for name in table.header:
        match = _ATTRIBUTE_RE.match(name)
        if match:
            numbered.setdefault(int(match.group(1)), {})[match.group(2).lower()] = name
    attributes = tuple(
        (parts["name"], parts["value(s)"])
        for _number, parts in sorted(numbered.items())
        if "name" in parts and "value(s)" in parts
    )
    modelled = {name for name in names.values() if name} | {weight}
    raw = tuple(name for name in table.header if name and name not in modelled)
    return _Columns(MappingProxyType(names), weight, "lb" if unit == "lbs" else unit, attributes, raw)


@dataclass(slots=True)
class _Parent:
    record: SourceRecord
    product_id: str
    variation_rows: list[int] = field(default_factory=list)
    variation_extra: dict[str, dict[str, str]] = field(default_factory=dict)


def parse_woocommerce_csv(text: str, *, currency: str = "USD", progress: Progress | None = None) -> CatalogImport:
    """Import a WooCommerce product CSV export; prices are read in ``currency``."""
    code = check_currency(currency)
    table = read_records(text, source="WooCommerce CSV", progress=progress)
    columns = _resolve_columns(table)
    problems: list[RowProblem] = [
        RowProblem(None, "currency", f"prices read as {code}: a WooCommerce CSV does not name its currency", "warning")
    ]
    problems.extend(table.problems)
    typed: list[tuple[SourceRecord, str]] = []
    parents: dict[str, _Parent] = {}
    error_rows: set[int] = set()
    products: dict[str, SourceRecord] = {}  # product id -> the row with its shared fields
    variation_extra: dict[str, dict[str, dict[str, str]]] = {}
    for record in table.records:
        kind = _kind(record, columns)
        if kind not in _KNOWN_TYPES:
            problems.append(
                RowProblem(
                    record.row, columns["type"], f"unknown product type {kind!r} ({', '.join(sorted(_KNOWN_TYPES))})"
                )
            )
            error_rows.add(record.row)
            continue
        typed.append((record, kind))
        if kind == "variable":
            product_id = _product_id(record, columns)
            found = _Parent(record, product_id)
            parents[product_id] = found
            if record.get(columns["id"]):
                parents[f"id:{record.get(columns['id'])}"] = found
            if record.get(columns["sku"]):
                parents[record.get(columns["sku"])] = found

    native_rows: list[tuple[int, dict[str, object]]] = []
    used_skus: set[str] = set()
    for record, kind in typed:
        row = record.row
        if kind == "grouped":
            problems.append(
                RowProblem(row, columns["type"], "grouped product not imported: it has no price of its own")
            )
            error_rows.add(row)
            continue
        if kind == "variable":
            continue
        parent: _Parent | None = None
        if kind == "variation":
            reference = record.get(columns["parent"])
            parent = parents.get(reference) if reference else None
            if parent is None:
                message = f"parent {reference!r} is not a variable product in this file" if reference else "missing"
                problems.append(RowProblem(row, columns["parent"] or "Parent", message))
                error_rows.add(row)
                continue
        native = _variant_row(record, columns, parent, code, used_skus, problems)
        if native is None:
            error_rows.add(row)
            continue
        if parent is None:
            products[str(native["product_id"])] = record
        else:
            parent.variation_rows.append(row)
            raw = {name: record.values[name] for name in columns.raw if record.values.get(name)}
            if raw:
                variation_extra.setdefault(parent.product_id, {})[str(native["sku"])] = raw
        native_rows.append((row, native))

    field_names = {
        "sku": columns["sku"] or "SKU",
        "price": columns["regular_price"] or "Regular price",
        "title": columns["name"] or "Name",
        "currency": "currency",
        "weight_kg": columns.weight or "Weight (kg)",
        "gtin": columns["gtin"] or "GTIN, UPC, EAN, or ISBN",
        "mpn": columns["mpn"] or "MPN",
    }
    load = validate_rows(native_rows, field_names, progress)
    problems.extend(load.problems)
    for parent in {id(parent): parent for parent in parents.values()}.values():
        products[parent.product_id] = parent.record
    finished: list[Product] = []
    loaded = {product.id: product for product in load.catalog.products}
    merged: list[int] = []
    for parent in {id(parent): parent for parent in parents.values()}.values():
        if parent.product_id in loaded:
            merged.append(parent.record.row)
        else:
            problems.append(RowProblem(parent.record.row, None, "variable product has no importable variation"))
    for product in load.catalog.products:
        finished.append(_with_product_fields(product, products[product.id], columns, variation_extra.get(product.id)))
    rows_read = len(table.records) + table.error_rows
    catalog = Catalog(tuple(finished))
    return CatalogImport(CatalogLoad(catalog, rows_read, by_row(problems)), tuple(sorted(merged)), "woocommerce")


def _kind(record: SourceRecord, columns: _Columns) -> str:
    tokens = {token.strip().lower() for token in record.get(columns["type"]).split(",") if token.strip()}
    kinds = tokens - _FLAGS
    if not kinds:
        return "simple"  # WooCommerce's importer treats an empty type (or "virtual" alone) as simple
    if len(kinds) > 1:
        return ", ".join(sorted(kinds))
    return kinds.pop()


def _product_id(record: SourceRecord, columns: _Columns) -> str:
    sku = record.get(columns["sku"])
    if sku:
        return sku
    wc_id = record.get(columns["id"])
    return f"id:{wc_id}" if wc_id else f"row:{record.row}"


def _split_list(text: str) -> list[str]:
    return [part.strip().replace("\\,", ",") for part in _LIST_SPLIT.split(text) if part.strip()]


def _variant_row(
    record: SourceRecord,
    columns: _Columns,
    parent: _Parent | None,
    currency: str,
    used_skus: set[str],
    problems: list[RowProblem],
) -> dict[str, object] | None:
    row = record.row
    parent_record = parent.record if parent else None

    def inherited(key: str) -> str:
        value = record.get(columns[key])
        if not value and parent_record is not None:
            return parent_record.get(columns[key])
        return value

    options: dict[str, str] = {}
    if parent is not None:
        for name_column, value_column in columns.attributes:
            name, value = record.get(name_column), record.get(value_column)
            if name and value:
                options[name] = value

    sku = record.get(columns["sku"])
    if not sku:
        if parent is not None:
            suffix = "-".join(slugify(value) for value in options.values()) or record.get(columns["id"]) or str(row)
            sku = f"{parent.product_id}-{suffix}"
        else:
            sku = (
                f"id:{record.get(columns['id'])}" if record.get(columns["id"]) else slugify(record.get(columns["name"]))
            )
        base, number = sku, 2
        while sku in used_skus:
            sku, number = f"{base}-{number}", number + 1
        problems.append(RowProblem(row, columns["sku"] or "SKU", f"missing: using {sku!r}", "warning"))
    used_skus.add(sku)

    weight: str | None = None
    weight_text = inherited_weight = record.get(columns.weight)
    if not weight_text and parent_record is not None:
        inherited_weight = parent_record.get(columns.weight)
    if inherited_weight and columns.weight:
        try:
            amount = parse_number(normalise_amount(inherited_weight), columns.weight)
        except InputError as error:
            where = "" if weight_text else " (inherited from the parent row)"
            problems.append(RowProblem(row, columns.weight, error.message + where))
            return None
        weight = str(to_kg(amount, columns.weight_unit))

    price = record.get(columns["regular_price"])
    gtin_text = record.get(columns["gtin"])
    gtin = split_gtin(gtin_text)
    if gtin_text and gtin is None:
        problems.append(
            RowProblem(row, columns["gtin"], f"{gtin_text!r} is not a valid GTIN; kept in extra", "warning")
        )
    if parent is not None:
        title = parent.record.get(columns["name"])
        product_id = parent.product_id
    else:
        title = record.get(columns["name"])
        product_id = _product_id(record, columns) if record.get(columns["sku"]) else sku
    images = _split_list(record.get(columns["images"]))
    return {
        "product_id": product_id,
        "title": title or None,
        "sku": sku,
        "price": normalise_amount(price) if price else None,
        "currency": currency,
        "hs_code": parse_hs(inherited("hs_code"), columns["hs_code"] or "HS code", row, problems),
        "weight_kg": weight,
        "country_of_origin": parse_country(
            inherited("origin"), columns["origin"] or "Country of origin", row, problems
        ),
        "gtin": gtin,
        "mpn": record.get(columns["mpn"]) or None,
        "image_url": images[0] if images else None,
        "url": record.get(columns["url"]) or None,
        **{f"option:{name}": value for name, value in options.items()},
    }


def _with_product_fields(
    product: Product, record: SourceRecord, columns: _Columns, variation_extra: Mapping[str, object] | None
) -> Product:
    extra = {name: record.values[name] for name in columns.raw if record.values.get(name)}
    gtin_text = record.get(columns["gtin"])
    if gtin_text and split_gtin(gtin_text) is None:
        extra[columns["gtin"] or "GTIN"] = gtin_text
    if variation_extra:
        extra[EXTRA_VARIATIONS] = dumps_compact(variation_extra)
    categories = _split_list(record.get(columns["categories"]))
    if len(categories) > 1 and columns["categories"]:
        extra[columns["categories"]] = record.get(columns["categories"])
    images = _split_list(record.get(columns["images"]))
    if len(images) > 1 and columns["images"]:
        extra[columns["images"]] = record.get(columns["images"])
    description = record.get(columns["description"]) or record.get(columns["short_description"]) or None
    if record.get(columns["short_description"]):
        extra[columns["short_description"] or "Short description"] = record.get(columns["short_description"])
    published = record.get(columns["published"])
    return replace(
        product,
        description=description,
        category=categories[0] if categories else None,
        brand=record.get(columns["brand"]) or None,
        tags=tuple(_split_list(record.get(columns["tags"]))),
        status=_STATUS.get(published, published or None),
        image_url=images[0] if images else None,
        url=record.get(columns["url"]) or None,
        extra=MappingProxyType(extra),
    )
