"""Feeds and exports per market: Google Merchant Center (TSV and RSS 2.0 XML with the ``g:`` namespace),
validated by our own checker before writing; Shopify's translations CSV; a JSON export of the localized
catalog.

>>> from borderless.feeds import price_includes_tax
>>> price_includes_tax("DE"), price_includes_tax("US")
(True, False)
"""

from borderless.feeds.google import (
    APPAREL_COUNTRIES,
    AVAILABILITY,
    CONDITIONS,
    RULE_SOURCES,
    SHIPPING_REQUIRED_COUNTRIES,
    SIZE_SYSTEMS,
    TAX_EXCLUDED_COUNTRIES,
    FeedBuild,
    FeedItem,
    FeedPrice,
    FeedProblem,
    FeedValidation,
    Shipping,
    build_feed,
    format_price,
    price_includes_tax,
    validate_feed,
    validate_item,
    with_price,
)
from borderless.feeds.localized import LocalizedField, LocalizedText, read_localized
from borderless.feeds.writers import (
    GOOGLE_NAMESPACE,
    SHOPIFY_TRANSLATION_COLUMNS,
    feed_to_tsv,
    feed_to_xml,
    localized_catalog_json,
    shopify_translations_csv,
)

__all__ = [
    "APPAREL_COUNTRIES",
    "AVAILABILITY",
    "CONDITIONS",
    "GOOGLE_NAMESPACE",
    "RULE_SOURCES",
    "SHIPPING_REQUIRED_COUNTRIES",
    "SHOPIFY_TRANSLATION_COLUMNS",
    "SIZE_SYSTEMS",
    "TAX_EXCLUDED_COUNTRIES",
    "FeedBuild",
    "FeedItem",
    "FeedPrice",
    "FeedProblem",
    "FeedValidation",
    "LocalizedField",
    "LocalizedText",
    "Shipping",
    "build_feed",
    "feed_to_tsv",
    "feed_to_xml",
    "format_price",
    "localized_catalog_json",
    "price_includes_tax",
    "read_localized",
    "shopify_translations_csv",
    "validate_feed",
    "validate_item",
    "with_price",
]
