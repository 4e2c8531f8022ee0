"""Borderless's own catalog format, as CSV (one row per variant) or JSON.

CSV columns: the minimal set is exactly ``sku,title,price,currency,hs_code,weight_kg,country_of_origin``;
optional columns are ``product_id`` (groups variants; defaults to the SKU), ``description``, ``cost``
(in the price's currency), ``category``, ``brand``, ``gtin``, ``mpn``, ``image_url``, ``url``,
``tags`` (comma-separated), ``status``, ``hs_confirmed`` (true/false) and one ``option:<name>``
column per option (``option:size``, ``option:colour``). Any other column is kept in the product's
``extra`` so nothing is lost on a round trip.

JSON is either ``{"products": [{..., "variants": [{...}]}]}`` (what :func:`catalog_to_json` writes)
or a list of flat row objects with the CSV's column names.

Parsing is pure: it takes text or decoded JSON and returns a :class:`CatalogLoad`; only
:func:`read_catalog` and :func:`write_catalog` touch files.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Final

import pycountry

from borderless.catalog.model import Catalog, CatalogLoad, Product, RowProblem, Variant
from borderless.errors import DataError, InputError
from borderless.money import Money, is_known_currency, parse_decimal
from borderless.tariffs import validate_hs_code

__all__ = [
    "MINIMAL_COLUMNS",
    "OPTIONAL_COLUMNS",
    "catalog_to_json",
    "catalog_to_rows",
    "parse_catalog_csv",
    "parse_catalog_json",
    "parse_catalog_rows",
    "read_catalog",
    "read_text",
    "valid_gtin",
    "write_catalog",
]

MINIMAL_COLUMNS: Final = ("sku", "title", "price", "currency", "hs_code", "weight_kg", "country_of_origin")
OPTIONAL_COLUMNS: Final = (
    "product_id",
    "description",
    "cost",
    "category",
    "brand",
    "gtin",
    "mpn",
    "image_url",
    "url",
    "tags",
    "status",
    "hs_confirmed",
)
OPTION_PREFIX: Final = "option:"
_KNOWN: Final = frozenset(MINIMAL_COLUMNS + OPTIONAL_COLUMNS)
_TRUE: Final = frozenset({"true", "yes", "1", "y"})
_FALSE: Final = frozenset({"false", "no", "0", "n"})


def read_text(path: Path) -> str:
    """Read a text file as UTF-8 (with or without BOM), falling back to Windows-1252, the encoding
    spreadsheet software on Windows still writes."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def read_catalog(path: Path) -> CatalogLoad:
    """Load a native catalog file (``.json`` or CSV). Raises :class:`DataError` only when the file as
    a whole cannot be read; row problems come back in the result."""
    try:
        text = read_text(path)
    except OSError as error:
        raise DataError(f"cannot read catalog: {error.strerror or error}", path=str(path)) from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text, parse_float=Decimal)
        except json.JSONDecodeError as error:
            raise DataError(f"not valid JSON: {error.msg}", path=str(path), line=error.lineno) from None
        return parse_catalog_json(data)
    return parse_catalog_csv(text, source=str(path))


def parse_catalog_csv(text: str, *, source: str = "catalog") -> CatalogLoad:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip() for name in (reader.fieldnames or [])]
    missing = [name for name in MINIMAL_COLUMNS if name not in header]
    if missing:
        raise DataError(
            f"missing column(s) {', '.join(missing)}; a catalog needs at least {','.join(MINIMAL_COLUMNS)}",
            path=source,
            line=1,
        )
    reader.fieldnames = header
    rows: list[tuple[int, Mapping[str, object]]] = []
    problems: list[RowProblem] = []
    for row, record in enumerate(reader, start=2):  # spreadsheet numbering: the header is row 1
        if None in record:
            problems.append(RowProblem(row, None, f"{len(record[None])} value(s) more than the header has"))
            continue
        rows.append((row, record))
    load = parse_catalog_rows(rows)
    return CatalogLoad(load.catalog, load.rows_read + len(problems), tuple(problems) + load.problems)


def parse_catalog_json(data: object) -> CatalogLoad:
    if isinstance(data, Mapping) and "products" in data:
        products = data["products"]
        if not isinstance(products, list):
            raise DataError('"products" must be a list')
        rows: list[tuple[int, Mapping[str, object]]] = []
        problems: list[RowProblem] = []
        number = 0
        for product in products:
            if not isinstance(product, Mapping):
                number += 1
                problems.append(RowProblem(number, None, "a product must be an object"))
                continue
            shared = {key: value for key, value in product.items() if key not in ("variants", "id", "extra")}
            extra = product.get("extra")
            if isinstance(extra, Mapping):
                shared.update({str(key): value for key, value in extra.items() if key not in _KNOWN})
            shared["product_id"] = product.get("id")
            variants = product.get("variants")
            if not isinstance(variants, list) or not variants:
                number += 1
                problems.append(RowProblem(number, "variants", "a product needs a non-empty list of variants"))
                continue
            for variant in variants:
                number += 1
                if not isinstance(variant, Mapping):
                    problems.append(RowProblem(number, None, "a variant must be an object"))
                    continue
                rows.append((number, {**shared, **_flatten_options(variant)}))
        load = parse_catalog_rows(rows)
        return CatalogLoad(load.catalog, load.rows_read + len(problems), tuple(problems) + load.problems)
    if isinstance(data, list):
        return parse_catalog_rows(
            (index, row if isinstance(row, Mapping) else {"__not_an_object__": row})
            for index, row in enumerate(data, start=1)
        )
    raise DataError('a JSON catalog is {"products": [...]} or a list of rows')


def _flatten_options(variant: Mapping[str, object]) -> dict[str, object]:
    flat = {key: value for key, value in variant.items() if key != "options"}
    options = variant.get("options")
    if isinstance(options, Mapping):
        for name, value in options.items():
            flat[f"{OPTION_PREFIX}{name}"] = value
    return flat


def parse_catalog_rows(rows: Iterable[tuple[int, Mapping[str, object]]]) -> CatalogLoad:
    """Validate rows (``(row_number, {column: value})``) into a catalog. Rows sharing a
    ``product_id`` become variants of one product; the first row gives the shared fields."""
    problems: list[RowProblem] = []
    builders: dict[str, _ProductBuilder] = {}
    seen_skus: dict[str, int] = {}
    rows_read = 0
    for number, record in rows:
        rows_read += 1
        if "__not_an_object__" in record:
            problems.append(RowProblem(number, None, "a row must be an object"))
            continue
        try:
            variant, shared = _parse_row(number, record, problems)
        except InputError as error:
            problems.append(RowProblem(number, error.field, error.message))
            continue
        if variant.sku in seen_skus:
            problems.append(
                RowProblem(number, "sku", f"duplicate SKU {variant.sku!r}, first seen in row {seen_skus[variant.sku]}")
            )
            continue
        seen_skus[variant.sku] = number
        product_id = str(shared.pop("product_id", None) or variant.sku)
        builder = builders.get(product_id)
        if builder is None and not shared.get("title"):
            problems.append(RowProblem(number, "title", "missing"))
            del seen_skus[variant.sku]
            continue
        if builder is None:
            builders[product_id] = _ProductBuilder(product_id, shared, [variant])
        else:
            builder.add(variant, shared, number, problems)
    catalog = Catalog(tuple(builder.build() for builder in builders.values()))
    return CatalogLoad(catalog, rows_read, tuple(problems))


class _ProductBuilder:
    def __init__(self, product_id: str, shared: dict[str, object], variants: list[Variant]) -> None:
        self.id = product_id
        self.shared = shared
        self.variants = variants

    def add(self, variant: Variant, shared: dict[str, object], row: int, problems: list[RowProblem]) -> None:
        currency = self.variants[0].price.currency
        if variant.price.currency != currency:
            problems.append(
                RowProblem(
                    row,
                    "currency",
                    f"variant in {variant.price.currency}, product {self.id!r} in {currency}",
                    "warning",
                )
            )
        for key, value in shared.items():
            if value in (None, "", ()):
                continue
            if self.shared.get(key) in (None, "", ()):
                self.shared[key] = value
            elif key == "title" and value != self.shared[key]:
                problems.append(
                    RowProblem(
                        row,
                        "title",
                        f"product {self.id!r} is titled {self.shared[key]!r}; this row's title is ignored",
                        "warning",
                    )
                )
        self.variants.append(variant)

    def build(self) -> Product:
        shared = self.shared
        extra = shared.get("extra")
        return Product(
            id=self.id,
            title=str(shared["title"]),
            variants=tuple(self.variants),
            description=_str_or_none(shared.get("description")),
            category=_str_or_none(shared.get("category")),
            brand=_str_or_none(shared.get("brand")),
            tags=shared.get("tags") or (),  # type: ignore[arg-type]
            status=_str_or_none(shared.get("status")),
            extra=MappingProxyType(dict(extra)) if isinstance(extra, Mapping) else MappingProxyType({}),
        )


def _str_or_none(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _text(record: Mapping[str, object], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise InputError(f"expected text, got {type(value).__name__}", field=key)
    return str(value).strip() or None


def _required(record: Mapping[str, object], key: str) -> str:
    value = _text(record, key)
    if value is None:
        raise InputError("missing", field=key)
    return value


def _parse_row(
    number: int, record: Mapping[str, object], problems: list[RowProblem]
) -> tuple[Variant, dict[str, object]]:
    sku = _required(record, "sku")
    title = _text(record, "title")
    currency = _required(record, "currency").upper()
    if not is_known_currency(currency):
        raise InputError(f"unknown currency {currency!r} (ISO 4217 code expected)", field="currency")
    price = _money(record, "price", currency, required=True)
    assert price is not None
    if price.amount == 0:
        raise InputError("must be more than zero", field="price")
    cost = _money(record, "cost", currency, required=False)
    hs_text = _text(record, "hs_code")
    hs_code = validate_hs_code(hs_text, field="hs_code").code if hs_text else None
    weight_text = _text(record, "weight_kg")
    weight = parse_decimal(weight_text, field="weight_kg") if weight_text else None
    origin_text = _text(record, "country_of_origin")
    origin = _country(origin_text) if origin_text else None
    confirmed_raw = record.get("hs_confirmed")
    confirmed_text = (
        str(confirmed_raw).lower()
        if isinstance(confirmed_raw, bool)
        else (_text(record, "hs_confirmed") or "true").lower()
    )
    if confirmed_text not in _TRUE | _FALSE:
        raise InputError(f"expected true or false, got {confirmed_text!r}", field="hs_confirmed")
    gtin = _text(record, "gtin")
    if gtin is not None and not valid_gtin(gtin):
        problems.append(
            RowProblem(number, "gtin", f"{gtin!r} is not a valid GTIN (check digit or length); left empty", "warning")
        )
        gtin = None
    options = {
        key[len(OPTION_PREFIX) :]: str(value).strip()
        for key, value in record.items()
        if key.startswith(OPTION_PREFIX) and value not in (None, "")
    }
    variant = Variant(
        sku=sku,
        price=price,
        cost=cost,
        hs_code=hs_code,
        hs_confirmed=confirmed_text in _TRUE,
        weight_kg=weight,
        country_of_origin=origin,
        gtin=gtin,
        mpn=_text(record, "mpn"),
        options=MappingProxyType(options),
        image_url=_text(record, "image_url"),
        url=_text(record, "url"),
        row=number,
    )
    tags = _tags(record.get("tags"))
    extra = {
        key: str(value)
        for key, value in record.items()
        if key not in _KNOWN
        and not key.startswith(OPTION_PREFIX)
        and value not in (None, "")
        and isinstance(value, str | int | Decimal)
    }
    shared: dict[str, object] = {
        "product_id": _text(record, "product_id"),
        "title": title,
        "description": _text(record, "description"),
        "category": _text(record, "category"),
        "brand": _text(record, "brand"),
        "status": _text(record, "status"),
        "tags": tags,
        "extra": extra,
    }
    return variant, shared


def _money(record: Mapping[str, object], key: str, currency: str, *, required: bool) -> Money | None:
    value = record.get(key)
    if value in (None, ""):
        if required:
            raise InputError("missing", field=key)
        return None
    if isinstance(value, str):
        value = value.strip().replace(",", "") if value.count(",") and "." in value else value.strip()
    return Money(parse_decimal(value, field=key), currency)


def _tags(value: object) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    if isinstance(value, list):
        return tuple(str(tag).strip() for tag in value if str(tag).strip())
    return tuple(tag.strip() for tag in str(value).split(",") if tag.strip())


@lru_cache(maxsize=1024)
def _country(text: str) -> str:
    code = text.strip().upper()
    found = None
    if len(code) == 2:
        found = pycountry.countries.get(alpha_2=code)
    elif len(code) == 3:
        found = pycountry.countries.get(alpha_3=code)
    if found is None:
        raise InputError(
            f"unknown country {text!r} (ISO 3166 alpha-2 code expected, e.g. CN)", field="country_of_origin"
        )
    return str(found.alpha_2)


def valid_gtin(text: str) -> bool:
    """GTIN-8/12/13/14 with a correct GS1 check digit."""
    if not text.isdigit() or len(text) not in (8, 12, 13, 14):
        return False
    digits = [int(char) for char in text]
    body, check = digits[:-1], digits[-1]
    total = sum(digit * (3 if index % 2 == 0 else 1) for index, digit in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def catalog_to_json(catalog: Catalog) -> dict[str, object]:
    return {
        "format": "borderless-catalog",
        "version": 1,
        "products": [
            {
                "id": product.id,
                "title": product.title,
                "description": product.description,
                "category": product.category,
                "brand": product.brand,
                "tags": list(product.tags),
                "status": product.status,
                **({"extra": dict(product.extra)} if product.extra else {}),
                "variants": [_variant_json(variant) for variant in product.variants],
            }
            for product in catalog.products
        ],
    }


def _variant_json(variant: Variant) -> dict[str, object]:
    return {
        "sku": variant.sku,
        "price": str(variant.price.amount),
        "currency": variant.price.currency,
        "cost": str(variant.cost.amount) if variant.cost else None,
        "hs_code": variant.hs_code,
        "hs_confirmed": variant.hs_confirmed,
        "weight_kg": str(variant.weight_kg) if variant.weight_kg is not None else None,
        "country_of_origin": variant.country_of_origin,
        "gtin": variant.gtin,
        "mpn": variant.mpn,
        "options": dict(variant.options),
        "image_url": variant.image_url,
        "url": variant.url,
    }


def catalog_to_rows(catalog: Catalog) -> tuple[list[str], list[dict[str, str]]]:
    """Flatten to CSV rows (header, rows); option and extra columns are added as they occur."""
    option_names: dict[str, None] = {}
    extra_names: dict[str, None] = {}
    for product in catalog.products:
        extra_names.update(dict.fromkeys(product.extra))
        for variant in product.variants:
            option_names.update(dict.fromkeys(variant.options))
    header = [*MINIMAL_COLUMNS, *OPTIONAL_COLUMNS, *(OPTION_PREFIX + name for name in option_names), *extra_names]
    rows: list[dict[str, str]] = []
    for product in catalog.products:
        for variant in product.variants:
            flat = {
                key: "" if value is None else str(value)
                for key, value in _variant_json(variant).items()
                if key != "options"
            }
            flat["hs_confirmed"] = "true" if variant.hs_confirmed else "false"
            flat.update(
                product_id=product.id,
                title=product.title,
                description=product.description or "",
                category=product.category or "",
                brand=product.brand or "",
                tags=", ".join(product.tags),
                status=product.status or "",
            )
            flat.update({OPTION_PREFIX + name: value for name, value in variant.options.items()})
            flat.update(product.extra)
            rows.append(flat)
    return header, rows


def write_catalog(catalog: Catalog, path: Path) -> None:
    """Write as JSON when ``path`` ends in ``.json``, as CSV otherwise."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".json":
        path.write_text(json.dumps(catalog_to_json(catalog), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return
    header, rows = catalog_to_rows(catalog)
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=header, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
