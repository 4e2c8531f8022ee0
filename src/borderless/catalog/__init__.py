"""The canonical catalog (products with variants) and Borderless's own CSV/JSON format."""

from borderless.catalog.model import Catalog, CatalogItem, CatalogLoad, Product, RowProblem, Variant
from borderless.catalog.native import (
    MINIMAL_COLUMNS,
    catalog_to_json,
    catalog_to_rows,
    parse_catalog_csv,
    parse_catalog_json,
    parse_catalog_rows,
    read_catalog,
    read_text,
    valid_gtin,
    write_catalog,
)

__all__ = [
    "MINIMAL_COLUMNS",
    "Catalog",
    "CatalogItem",
    "CatalogLoad",
    "Product",
    "RowProblem",
    "Variant",
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
