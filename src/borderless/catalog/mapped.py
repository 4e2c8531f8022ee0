"""Any product CSV, one row per variant, read through a mapping file that names which column holds which
canonical field.

A mapping is JSON or TOML::

    # catalog-mapping.toml
    delimiter = ";"             # optional, default ","
    decimal_comma = true        # optional: numbers are written 12,50
    weight_unit = "g"           # optional: the weight column's unit (kg, g, lb, oz); default kg
    keep_unmapped = true        # optional: other columns go to Product.extra (default true)

    [columns]                   # canonical field = the file's column name
    sku = "Artikelnummer"
    title = "Bezeichnung"
    price = "VK brutto"
    weight_kg = "Gewicht"
    hs_code = "Zolltarifnummer"
    product_id = "Stammartikel"

    [constants]                 # a value for every row (used when the column is absent or empty)
    currency = "EUR"
    country_of_origin = "DE"

    [options]                   # option name = column (variants of one product_id differ by these)
    Size = "Größe"

The canonical fields are those of the native format (``sku``, ``title``, ``price``, ``currency``, ``cost``,
``hs_code``, ``weight_kg``, ``country_of_origin``, ``product_id``, ``description``, ``category``, ``brand``,
``gtin``, ``mpn``, ``image_url``, ``url``, ``tags``, ``status``, ``hs_confirmed``). ``sku``, ``title`` and
``price`` must be mapped; the currency comes from a column, a constant or the importer's default (with a
warning). An unknown field, key or column is a :class:`~borderless.errors.DataError` naming it before any
row is read.
"""

from __future__ import annotations

import difflib
import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

from borderless.catalog.importing import (
    WEIGHT_UNITS_KG,
    CatalogImport,
    Progress,
    by_row,
    check_currency,
    normalise_amount,
    parse_country,
    parse_hs,
    parse_number,
    read_records,
    to_kg,
    validate_rows,
)
from borderless.catalog.model import CatalogLoad, RowProblem
from borderless.catalog.native import MINIMAL_COLUMNS, OPTIONAL_COLUMNS
from borderless.errors import DataError, InputError

__all__ = ["CANONICAL_FIELDS", "ColumnMapping", "load_mapping_text", "parse_mapped_csv", "parse_mapping"]

CANONICAL_FIELDS: Final = MINIMAL_COLUMNS + OPTIONAL_COLUMNS
_REQUIRED: Final = ("sku", "title", "price")
_TOP_LEVEL: Final = frozenset(
    {"columns", "constants", "options", "delimiter", "decimal_comma", "weight_unit", "keep_unmapped"}
)
_AMOUNTS: Final = frozenset({"price", "cost"})


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """A validated mapping: canonical field -> the file's column, constants, options and number format."""

    columns: Mapping[str, str]
    constants: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    options: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    delimiter: str = ","
    decimal_comma: bool = False
    weight_unit: str = "kg"
    keep_unmapped: bool = True
    default_currency: str = "USD"


def load_mapping_text(text: str, *, suffix: str, source: str = "mapping") -> dict[str, object]:
    """Decode a mapping file: TOML when ``suffix`` is ``.toml``, JSON otherwise."""
    try:
        data: object = tomllib.loads(text) if suffix.lower() == ".toml" else json.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DataError(f"not valid TOML: {error}", path=source) from None
    except json.JSONDecodeError as error:
        raise DataError(f"not valid JSON: {error.msg}", path=source, line=error.lineno) from None
    if not isinstance(data, dict):
        raise DataError("a mapping is an object with a 'columns' table", path=source)
    return data


def _suggest(name: str, choices: tuple[str, ...] | frozenset[str]) -> str:
    close = difflib.get_close_matches(name, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _string_table(data: Mapping[str, object], key: str) -> dict[str, str]:
    value = data.get(key, {})
    if not isinstance(value, Mapping):
        raise DataError(f"mapping: {key!r} must be a table of names to text")
    table: dict[str, str] = {}
    for name, item in value.items():
        if isinstance(item, bool) or not isinstance(item, str | int):
            raise DataError(f"mapping: {key}.{name} must be text, not {type(item).__name__}")
        table[str(name)] = str(item)
    return table


def parse_mapping(data: Mapping[str, object], *, default_currency: str = "USD") -> ColumnMapping:
    """Validate a decoded mapping file; every mistake is a :class:`DataError` naming the key or field."""
    unknown = sorted(set(data) - _TOP_LEVEL)
    if unknown:
        raise DataError(
            f"mapping: unknown key {unknown[0]!r}{_suggest(unknown[0], _TOP_LEVEL)}; "
            f"known keys: {', '.join(sorted(_TOP_LEVEL))}"
        )
    columns = _string_table(data, "columns")
    constants = _string_table(data, "constants")
    for table_name, table in (("columns", columns), ("constants", constants)):
        for name in table:
            if name not in CANONICAL_FIELDS:
                raise DataError(
                    f"mapping: unknown field {name!r} in {table_name}{_suggest(name, CANONICAL_FIELDS)}; "
                    f"fields are {', '.join(CANONICAL_FIELDS)}"
                )
    missing = [name for name in _REQUIRED if name not in columns and name not in constants]
    if missing:
        raise DataError(f"mapping: {', '.join(missing)} must be mapped to a column in 'columns'")
    if "currency" in constants:
        constants["currency"] = check_currency(constants["currency"])
    delimiter = data.get("delimiter", ",")
    if not isinstance(delimiter, str) or len(delimiter) != 1:
        raise DataError('mapping: \'delimiter\' must be one character, such as "," or ";"')
    decimal_comma = data.get("decimal_comma", False)
    keep_unmapped = data.get("keep_unmapped", True)
    if not isinstance(decimal_comma, bool) or not isinstance(keep_unmapped, bool):
        raise DataError("mapping: 'decimal_comma' and 'keep_unmapped' are true or false")
    unit = data.get("weight_unit", "kg")
    if not isinstance(unit, str) or unit.lower() not in WEIGHT_UNITS_KG:
        raise DataError(f"mapping: weight_unit {unit!r} is not one of {', '.join(WEIGHT_UNITS_KG)}")
    return ColumnMapping(
        columns=MappingProxyType(columns),
        constants=MappingProxyType(constants),
        options=MappingProxyType(_string_table(data, "options")),
        delimiter=delimiter,
        decimal_comma=decimal_comma,
        weight_unit="lb" if unit.lower() == "lbs" else unit.lower(),
        keep_unmapped=keep_unmapped,
        default_currency=check_currency(default_currency),
    )


def parse_mapped_csv(text: str, mapping: ColumnMapping, *, progress: Progress | None = None) -> CatalogImport:
    """Import a CSV through ``mapping``. Every row is one variant; rows sharing ``product_id`` (when
    mapped) are variants of one product."""
    table = read_records(text, delimiter=mapping.delimiter, source="CSV", progress=progress)
    header = set(table.header)
    absent = [
        f"{column!r} (for {name})"
        for name, column in (*mapping.columns.items(), *mapping.options.items())
        if column not in header
    ]
    if absent:
        raise DataError(
            f"mapped column(s) not in the file: {', '.join(absent)}; the file's columns are: {', '.join(table.header)}",
            line=1,
        )
    problems: list[RowProblem] = list(table.problems)
    if "currency" not in mapping.columns and "currency" not in mapping.constants:
        problems.insert(
            0,
            RowProblem(
                None,
                "currency",
                f"prices read as {mapping.default_currency}: no currency column or constant",
                "warning",
            ),
        )
    used = set(mapping.columns.values()) | set(mapping.options.values())
    unmapped = (
        tuple(name for name in table.header if name and name not in used and name not in CANONICAL_FIELDS)
        if mapping.keep_unmapped
        else ()
    )
    field_names = {name: column for name, column in mapping.columns.items()}
    native_rows: list[tuple[int, dict[str, object]]] = []
    error_rows = 0
    for record in table.records:
        try:
            native = _native_row(record.values, record.row, mapping, problems)
        except InputError as error:
            problems.append(RowProblem(record.row, error.field, error.message))
            error_rows += 1
            continue
        for name in unmapped:
            value = record.values.get(name)
            if value:
                native[name] = value
        native_rows.append((record.row, native))
    load = validate_rows(native_rows, field_names, progress)
    problems.extend(load.problems)
    rows_read = len(table.records) + table.error_rows
    return CatalogImport(CatalogLoad(load.catalog, rows_read, by_row(problems)), (), "csv")


def _native_row(
    values: Mapping[str, str], row: int, mapping: ColumnMapping, problems: list[RowProblem]
) -> dict[str, object]:
    native: dict[str, object] = {"currency": mapping.default_currency}
    native.update(mapping.constants)
    for name, column in mapping.columns.items():
        value = values.get(column, "")
        if not value:
            continue
        if name in _AMOUNTS:
            value = normalise_amount(value, decimal_comma=mapping.decimal_comma)
        elif name == "weight_kg":
            amount = parse_number(normalise_amount(value, decimal_comma=mapping.decimal_comma), column)
            value = str(to_kg(amount, mapping.weight_unit))
        elif name == "hs_code":
            value = parse_hs(value, column, row, problems) or ""
        elif name == "country_of_origin":
            value = parse_country(value, column, row, problems) or ""
        elif name == "currency":
            value = value.upper()
        native[name] = value or native.get(name)
    for option, column in mapping.options.items():
        value = values.get(column, "")
        if value:
            native[f"option:{option}"] = value
    return native
