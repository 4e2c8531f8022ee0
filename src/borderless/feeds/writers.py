"""Feed writers: Google TSV, Google RSS 2.0 XML with the ``g:`` namespace, Shopify's translations CSV,
and a JSON export of the localized catalog. Renderers only: they never recompute a price or a text.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from borderless.catalog.model import Catalog
from borderless.feeds.google import FeedItem, FeedProblem, format_price
from borderless.feeds.localized import LocalizedText

__all__ = [
    "GOOGLE_NAMESPACE",
    "SHOPIFY_TRANSLATION_COLUMNS",
    "feed_to_tsv",
    "feed_to_xml",
    "localized_catalog_json",
    "shopify_translations_csv",
]

GOOGLE_NAMESPACE: Final = "http://base.google.com/ns/1.0"
TSV_COLUMNS: Final = (
    "id",
    "title",
    "description",
    "link",
    "image_link",
    "availability",
    "price",
    "condition",
    "brand",
    "gtin",
    "mpn",
    "identifier_exists",
    "google_product_category",
    "product_type",
    "item_group_id",
    "color",
    "size",
    "size_system",
    "gender",
    "age_group",
    "shipping",
)
#: Shopify's translation export/import columns (Settings > Languages > Export/Import; Translate & Adapt).
SHOPIFY_TRANSLATION_COLUMNS: Final = (
    "Type",
    "Identification",
    "Field",
    "Locale",
    "Market",
    "Status",
    "Default content",
    "Translated content",
)


def _flat(value: str) -> str:
    """Google's text feeds allow no tabs or line breaks inside a value."""
    return " ".join(value.replace("\t", " ").split()) if any(c in value for c in "\t\r\n") else value


def feed_to_tsv(items: Iterable[FeedItem]) -> str:
    """A tab-separated Google feed: a header row of attribute names, one row per item. Columns that
    no item uses are left out; shipping is written ``country:region:service:price``."""
    rows: list[dict[str, str]] = []
    for item in items:
        row = dict(item.attributes())
        if item.shipping:
            row["shipping"] = ",".join(rate.text() for rate in item.shipping)
        rows.append(row)
    used = [column for column in TSV_COLUMNS if any(column in row for row in rows)] or list(TSV_COLUMNS[:8])
    buffer = io.StringIO()
    buffer.write("\t".join(used) + "\n")
    for row in rows:
        buffer.write("\t".join(_flat(row.get(column, "")) for column in used) + "\n")
    return buffer.getvalue()


def feed_to_xml(items: Iterable[FeedItem], *, title: str, link: str, description: str = "") -> bytes:
    """An RSS 2.0 document with one ``<item>`` per feed item and every attribute in the
    ``g:`` namespace (``http://base.google.com/ns/1.0``), UTF-8 with an XML declaration."""
    ET.register_namespace("g", GOOGLE_NAMESPACE)
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = title
    ET.SubElement(channel, "link").text = link
    ET.SubElement(channel, "description").text = description or title
    for item in items:
        element = ET.SubElement(channel, "item")
        for name, value in item.attributes().items():
            ET.SubElement(element, f"{{{GOOGLE_NAMESPACE}}}{name}").text = value
        for rate in item.shipping:
            shipping = ET.SubElement(element, f"{{{GOOGLE_NAMESPACE}}}shipping")
            ET.SubElement(shipping, f"{{{GOOGLE_NAMESPACE}}}country").text = rate.country
            ET.SubElement(shipping, f"{{{GOOGLE_NAMESPACE}}}service").text = rate.service
            ET.SubElement(shipping, f"{{{GOOGLE_NAMESPACE}}}price").text = format_price(rate.price)
    ET.indent(rss)
    body: bytes = ET.tostring(rss, encoding="utf-8", xml_declaration=True)
    return body + b"\n"


def shopify_translations_csv(
    catalog: Catalog,
    localized: Mapping[str, LocalizedText],
    locale: str,
    *,
    market: str = "",
    resource_ids: Mapping[str, str] | None = None,
) -> tuple[str, list[str]]:
    """Shopify's translations CSV (columns :data:`SHOPIFY_TRANSLATION_COLUMNS`) for product titles and
    descriptions (``body_html``), and warnings.

    Shopify matches rows on ``Identification``, the product's numeric resource ID; give
    ``resource_ids`` (product id -> Shopify ID) from a Shopify export, else the catalog's product id is
    written and a warning says the import needs the numeric IDs. Untranslated fields are written with
    an empty ``Translated content`` (Shopify leaves those unchanged) and a warning. ``locale`` is
    written as Shopify writes it (``de``, ``pt-BR``)."""
    shop_locale = locale.replace("_", "-")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(SHOPIFY_TRANSLATION_COLUMNS)
    warnings: list[str] = []
    missing_ids = 0
    for product in catalog.products:
        identification = (resource_ids or {}).get(product.id)
        if identification is None:
            identification = product.id
            if not product.id.isdigit():
                missing_ids += 1
        text = localized.get(product.id)
        for field, source, translated in (
            ("title", product.title, text.title if text else None),
            ("body_html", product.description, text.description if text else None),
        ):
            if not source:
                continue
            done = translated is not None and translated.translated
            if not done:
                warnings.append(f"{product.id}, {field}: no translation into {shop_locale}; left empty")
            status = ("reviewed" if translated and translated.reviewed else "translated") if done else ""
            writer.writerow(
                [
                    "PRODUCT",
                    identification,
                    field,
                    shop_locale,
                    market,
                    status,
                    source,
                    translated.text if done and translated else "",
                ]
            )
    if missing_ids:
        warnings.append(
            f"{missing_ids} product(s) have no numeric Shopify ID: Shopify's import matches on the "
            "resource ID, so export translations from Shopify first or pass the IDs"
        )
    return buffer.getvalue(), warnings


def localized_catalog_json(
    items: Sequence[FeedItem],
    market: str,
    *,
    locale: str,
    currency: str,
    formatted_prices: Mapping[str, str] | None = None,
    problems: Sequence[FeedProblem] = (),
    cultural_warnings: Sequence[Mapping[str, object]] = (),
) -> dict[str, object]:
    """The localized catalog of one market as JSON: every item's localized text, price (money as
    strings), formatted local price, identifiers, options, with the problems and warnings found."""
    return {
        "format": "borderless-localized-catalog",
        "version": 1,
        "market": market,
        "locale": locale,
        "currency": currency,
        "items": [
            {
                "id": item.id,
                "product_id": item.product_id,
                "title": item.title,
                "description": item.description,
                "translated": item.translated,
                "price": item.price.to_json() if item.price else None,
                "price_text": (formatted_prices or {}).get(item.id),
                "tax_included": item.tax_included,
                "link": item.link,
                "image_link": item.image_link,
                "attributes": item.attributes(),
            }
            for item in items
        ],
        "problems": [problem.to_json() for problem in problems],
        "cultural_warnings": list(cultural_warnings),
    }
