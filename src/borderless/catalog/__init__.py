"""The canonical catalog (products with variants), Borderless's own CSV/JSON format, and importers for
Shopify, WooCommerce and mapped CSV exports (with a Shopify exporter)."""

from borderless.catalog.importing import FORMATS, CatalogImport, import_catalog
from borderless.catalog.mapped import ColumnMapping, load_mapping_text, parse_mapped_csv, parse_mapping
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
from borderless.catalog.shopify import (
    catalog_to_shopify_rows,
    parse_shopify_csv,
    shopify_csv_text,
    write_shopify_csv,
)
from borderless.catalog.woocommerce import parse_woocommerce_csv

__all__ = [
    "FORMATS",
    "MINIMAL_COLUMNS",
    "Catalog",
    "CatalogImport",
    "CatalogItem",
    "CatalogLoad",
    "ColumnMapping",
    "Product",
    "RowProblem",
    "Variant",
    "catalog_to_json",
    "catalog_to_rows",
    "catalog_to_shopify_rows",
    "import_catalog",
    "load_mapping_text",
    "parse_catalog_csv",
    "parse_catalog_json",
    "parse_catalog_rows",
    "parse_mapped_csv",
    "parse_mapping",
    "parse_shopify_csv",
    "parse_woocommerce_csv",
    "read_catalog",
    "read_text",
    "shopify_csv_text",
    "valid_gtin",
    "write_catalog",
    "write_shopify_csv",
]
