"""Import a merchant's product export (Shopify, WooCommerce or any CSV with a mapping) into the canonical
catalog, accounting for every row.

Each importer turns the file's records into rows of Borderless's native format and lets
:func:`~borderless.catalog.native.parse_catalog_rows` validate them, so prices, HS codes, countries,
GTINs and duplicate SKUs follow one set of rules whatever the source. Problems name the *source* column
(``Variant Price``, not ``price``) and the record's row in spreadsheet terms: the header is row 1 and a
quoted value spanning several lines (multi-line HTML) is still one row.

Every data row ends up in exactly one of three places, which :class:`CatalogImport` makes checkable:

- **imported**: it became a variant (``variant.row``);
- **merged**: it added to a product without being a variant itself (a Shopify image-only row, a
  WooCommerce ``variable`` parent row): :attr:`CatalogImport.merged_rows`;
- **error**: it is reported in :attr:`CatalogImport.errors` with its row, field and reason.

Blank lines (every cell empty) are not data rows: they are not counted in ``rows_read`` and come back
as a warning. Parsing is pure (text in, result out); only the CLI reads and writes files.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from types import MappingProxyType
from typing import Final

import pycountry

from borderless.catalog.model import Catalog, CatalogLoad, RowProblem
from borderless.catalog.native import parse_catalog_rows, valid_gtin
from borderless.errors import DataError, InputError
from borderless.money import is_known_currency
from borderless.tariffs import validate_hs_code

__all__ = [
    "FORMATS",
    "CatalogImport",
    "Progress",
    "SourceRecord",
    "SourceTable",
    "import_catalog",
    "read_records",
]

FORMATS: Final = ("shopify", "woocommerce", "csv")
Progress = Callable[[float], None]
"""Called now and then with the fraction of the work done (0.0 to 1.0): reading the file is the first
``READ_SHARE`` of it, validating the rows the rest."""
READ_SHARE: Final = 0.3

PROGRESS_EVERY: Final = 2000
_NATIVE_FIELDS: Final = (
    "sku",
    "title",
    "price",
    "currency",
    "cost",
    "hs_code",
    "weight_kg",
    "country_of_origin",
    "gtin",
    "mpn",
    "image_url",
    "url",
    "hs_confirmed",
)


@dataclass(frozen=True, slots=True)
class CatalogImport:
    """What an import produced: the catalog with its problems (:attr:`load`) and the rows that were merged
    into a product without becoming a variant. ``rows_read == imported + merged + error rows``."""

    load: CatalogLoad
    merged_rows: tuple[int, ...] = ()
    source_format: str = "native"

    @property
    def catalog(self) -> Catalog:
        return self.load.catalog

    @property
    def rows_read(self) -> int:
        return self.load.rows_read

    @property
    def problems(self) -> tuple[RowProblem, ...]:
        return self.load.problems

    @property
    def errors(self) -> tuple[RowProblem, ...]:
        return self.load.errors

    @property
    def warnings(self) -> tuple[RowProblem, ...]:
        return self.load.warnings

    @property
    def imported_rows(self) -> tuple[int, ...]:
        return tuple(variant.row for product in self.catalog.products for variant in product.variants if variant.row)

    @property
    def error_rows(self) -> tuple[int, ...]:
        return tuple(sorted({problem.row for problem in self.errors if problem.row is not None}))

    def summary(self) -> dict[str, object]:
        """The CLI's ``--json`` summary: products, variants, rows read, errors (and warnings)."""
        return {
            "products": len(self.catalog.products),
            "variants": len(self.catalog),
            "rows_read": self.rows_read,
            "errors": [{"row": p.row, "field": p.field, "message": p.message} for p in self.errors],
            "warnings": [{"row": p.row, "field": p.field, "message": p.message} for p in self.warnings],
        }


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One data record of a CSV file: ``row`` in spreadsheet terms (header = 1), ``line`` the physical
    line it starts on, ``values`` its cells by header name (stripped; missing cells are empty)."""

    row: int
    line: int
    values: Mapping[str, str]

    def get(self, column: str | None) -> str:
        return self.values.get(column, "") if column else ""


@dataclass(frozen=True, slots=True)
class SourceTable:
    header: tuple[str, ...]
    records: tuple[SourceRecord, ...]
    problems: tuple[RowProblem, ...] = field(default=())

    @property
    def error_rows(self) -> int:
        """Records that could not be split into cells: read, reported, not loaded."""
        return sum(1 for problem in self.problems if problem.severity == "error")

    def column(self, *aliases: str) -> str | None:
        """The header's name for the first alias present (case and spacing ignored)."""
        return find_column(self.header, aliases)


def read_records(
    text: str, *, delimiter: str = ",", source: str = "file", progress: Progress | None = None
) -> SourceTable:
    """Split CSV text into records. A record with more cells than the header, or a record that swallowed
    several lines and still does not fit the header (an unclosed quote), is an error row; the rest load."""
    if not text.strip():
        raise DataError("the file is empty", path=source)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        raw_header = next(reader)
    except csv.Error as error:
        raise DataError(f"cannot read the header: {error}", path=source, line=1) from None
    header = tuple(name.strip().lstrip("\ufeff") for name in raw_header)
    if not any(header):
        raise DataError("the first line (the header) is empty", path=source, line=1)
    width = len(header)
    total_lines = text.count("\n") + 1
    records: list[SourceRecord] = []
    problems: list[RowProblem] = []
    row = 1
    start_line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:  # only raised for NUL bytes and the like in non-strict mode
            row += 1
            problems.append(RowProblem(row, None, f"unreadable CSV: {error}"))
            start_line = reader.line_num + 1
            continue
        row += 1
        line = start_line
        end_line = reader.line_num
        start_line = end_line + 1
        if progress is not None and row % PROGRESS_EVERY == 0:
            progress(READ_SHARE * min(end_line / total_lines, 1.0))
        if not any(cell.strip() for cell in cells):
            problems.append(RowProblem(row, None, "empty row ignored", "warning"))
            continue
        if len(cells) != width and (len(cells) > width or end_line > line):
            problems.append(RowProblem(row, None, _width_message(len(cells), width, line, end_line)))
            continue
        values = {name: cell.strip() for name, cell in zip(header, cells, strict=False) if cell and name}
        records.append(SourceRecord(row, line, values))
    if progress is not None:
        progress(READ_SHARE)
    return SourceTable(header, tuple(records), tuple(problems))


def _width_message(cells: int, width: int, line: int, end_line: int) -> str:
    spread = f" (file lines {line}-{end_line} were read as one record)" if end_line > line else ""
    if cells > width:
        return f"{cells} values but the header has {width}{spread}; check for an unquoted comma or a stray quote"
    return f"{cells} values but the header has {width}{spread}; probably an unclosed quote"


def find_column(header: Sequence[str], aliases: Iterable[str]) -> str | None:
    index = _header_index(tuple(header))
    for alias in aliases:
        found = index.get(_fold(alias))
        if found is not None:
            return found
    return None


@lru_cache(maxsize=64)
def _header_index(header: tuple[str, ...]) -> dict[str, str]:
    index: dict[str, str] = {}
    for name in header:
        index.setdefault(_fold(name), name)
    return index


def _fold(name: str) -> str:
    return " ".join(name.replace("_", " ").split()).casefold()


def check_currency(currency: str) -> str:
    code = currency.strip().upper()
    if not is_known_currency(code):
        raise InputError(f"unknown currency {currency!r} (ISO 4217 code expected, e.g. EUR)", field="currency")
    return code


_SLUG_DROP: Final = re.compile(r"[^\w]+")


def slugify(text: str) -> str:
    """A Shopify-style handle: lower case, ASCII where possible, words joined by dashes."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    base = ascii_text if ascii_text.strip() else text
    return _SLUG_DROP.sub("-", base.casefold()).strip("-_") or "item"


def parse_hs(text: str, column: str, row: int, problems: list[RowProblem]) -> str | None:
    """A valid HS code's digits, or None with a warning (the classifier can fill it later)."""
    if not text:
        return None
    try:
        return validate_hs_code(text, field=column).code
    except InputError as error:
        problems.append(RowProblem(row, column, f"{error.message}; left empty", "warning"))
        return None


def parse_country(text: str, column: str, row: int, problems: list[RowProblem]) -> str | None:
    if not text:
        return None
    code = country_code(text)
    if code is None:
        problems.append(
            RowProblem(row, column, f"unknown country {text!r} (ISO 3166 code or English name); left empty", "warning")
        )
    return code


@lru_cache(maxsize=1024)
def country_code(text: str) -> str | None:
    """ISO 3166-1 alpha-2 for an alpha-2, alpha-3 code or English name, else None."""
    value = text.strip()
    found = None
    if len(value) == 2:
        found = pycountry.countries.get(alpha_2=value.upper())
    elif len(value) == 3:
        found = pycountry.countries.get(alpha_3=value.upper())
    if found is None:
        try:
            found = pycountry.countries.lookup(value)
        except LookupError:
            return None
    return str(found.alpha_2)


def split_gtin(text: str) -> str | None:
    """The barcode when it is a valid GTIN (8/12/13/14 digits, check digit), else None."""
    return text if text and valid_gtin(text) else None


_DECIMAL_COMMA: Final = re.compile(r"^-?\d+,\d{1,2}$")


def normalise_amount(text: str, *, decimal_comma: bool = False) -> str:
    """``"12,50"`` (a decimal comma, as German or French stores export) becomes ``"12.50"``; ``"1,234.50"``
    loses its thousands separator. With ``decimal_comma`` the file's numbers use ``,`` for decimals."""
    value = text.strip().replace("\u00a0", "").replace(" ", "")
    if decimal_comma:
        return value.replace(".", "").replace(",", ".")
    if _DECIMAL_COMMA.match(value):
        return value.replace(",", ".")
    if "," in value and "." in value:
        return value.replace(",", "")
    return value


def parse_number(text: str, column: str) -> Decimal:
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise InputError(f"not a number: {text!r}", field=column) from None
    if not number.is_finite():
        raise InputError(f"not a finite number: {text!r}", field=column)
    if number < 0:
        raise InputError(f"must not be negative, got {text}", field=column)
    return number


WEIGHT_UNITS_KG: Final = MappingProxyType(
    {
        "kg": Decimal(1),
        "g": Decimal("0.001"),
        "lb": Decimal("0.45359237"),
        "lbs": Decimal("0.45359237"),
        "oz": Decimal("0.028349523125"),
    }
)
"""Exact kilograms per unit (the pound is defined as 0.45359237 kg; the ounce is 1/16 lb)."""


def to_kg(amount: Decimal, unit: str) -> Decimal:
    if unit == "kg":
        return amount
    if unit == "g":
        return amount.scaleb(-3)
    return (amount * WEIGHT_UNITS_KG[unit]).normalize()


def validate_rows(
    rows: Sequence[tuple[int, Mapping[str, object]]],
    field_names: Mapping[str, str],
    progress: Progress | None = None,
) -> CatalogLoad:
    """Run native validation and rename the native fields in problems to the source's column names."""
    load = parse_catalog_rows(rows if progress is None else _reporting(rows, progress))
    renamed = tuple(
        replace(problem, field=field_names.get(problem.field, problem.field)) if problem.field else problem
        for problem in load.problems
    )
    return CatalogLoad(load.catalog, load.rows_read, renamed)


def _reporting(
    rows: Sequence[tuple[int, Mapping[str, object]]], progress: Progress
) -> Iterator[tuple[int, Mapping[str, object]]]:
    total = max(len(rows), 1)
    for index, row in enumerate(rows, start=1):
        if index % PROGRESS_EVERY == 0:
            progress(READ_SHARE + (1 - READ_SHARE) * index / total)
        yield row
    progress(1.0)


def by_row(problems: Iterable[RowProblem]) -> tuple[RowProblem, ...]:
    """Problems in file order (those about the whole file first); stable within a row."""
    return tuple(sorted(problems, key=lambda problem: problem.row or 0))


def dumps_compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)


def import_catalog(
    text: str,
    format: str,
    *,
    mapping: Mapping[str, object] | None = None,
    currency: str = "USD",
    progress: Progress | None = None,
) -> CatalogImport:
    """Import ``text`` (an export file's decoded content) from ``format`` (``shopify``, ``woocommerce`` or
    ``csv`` with a ``mapping``). Prices are read in ``currency`` when the file does not say."""
    if format == "shopify":
        from borderless.catalog.shopify import parse_shopify_csv

        return parse_shopify_csv(text, currency=currency, progress=progress)
    if format == "woocommerce":
        from borderless.catalog.woocommerce import parse_woocommerce_csv

        return parse_woocommerce_csv(text, currency=currency, progress=progress)
    if format == "csv":
        from borderless.catalog.mapped import parse_mapped_csv, parse_mapping

        if mapping is None:
            raise InputError("the csv format needs a mapping file (--mapping FILE)", field="--mapping")
        return parse_mapped_csv(text, parse_mapping(mapping, default_currency=currency), progress=progress)
    raise InputError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}", field="--format")


def known_native_field(name: str) -> bool:
    return name in _NATIVE_FIELDS
