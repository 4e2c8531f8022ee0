"""The canonical catalog every part of Borderless reads: products with variants.

A :class:`Product` holds what its variants share (title, description, brand, category, tags);
a :class:`Variant` is one sellable SKU with its own price, cost, weight, HS code, origin and
options (size, colour). Importers (native, Shopify, WooCommerce, generic CSV) all produce a
:class:`Catalog`; engines (pricing, screening, localization) only ever read one.

Problems found while reading a file are :class:`RowProblem` values, collected in a
:class:`CatalogLoad` next to the good rows: nothing is dropped silently.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType

from borderless.money import Money

__all__ = ["Catalog", "CatalogItem", "CatalogLoad", "Product", "RowProblem", "Variant"]


def _no_options() -> Mapping[str, str]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Variant:
    """One SKU. ``hs_code`` is digits only (6 to 10); ``hs_confirmed`` is False when a code was
    suggested by the classifier and no person has confirmed it. ``row`` is the source row number
    (1-based, header = row 1) when the variant came from a file."""

    sku: str
    price: Money
    cost: Money | None = None
    hs_code: str | None = None
    hs_confirmed: bool = True
    weight_kg: Decimal | None = None
    country_of_origin: str | None = None
    gtin: str | None = None
    mpn: str | None = None
    options: Mapping[str, str] = field(default_factory=_no_options)
    image_url: str | None = None
    url: str | None = None
    row: int | None = None


@dataclass(frozen=True, slots=True)
class Product:
    """A product and its variants. ``id`` groups variants (Shopify's Handle, WooCommerce's parent);
    for a product with one variant it defaults to the SKU."""

    id: str
    title: str
    variants: tuple[Variant, ...]
    description: str | None = None
    category: str | None = None
    brand: str | None = None
    tags: tuple[str, ...] = ()
    image_url: str | None = None
    url: str | None = None
    status: str | None = None
    extra: Mapping[str, str] = field(default_factory=_no_options)


@dataclass(frozen=True, slots=True)
class CatalogItem:
    """A variant seen together with its product: what pricing and screening iterate over."""

    product: Product
    variant: Variant

    @property
    def sku(self) -> str:
        return self.variant.sku

    @property
    def title(self) -> str:
        return self.product.title

    @property
    def tags(self) -> tuple[str, ...]:
        return self.product.tags


@dataclass(frozen=True, slots=True)
class Catalog:
    products: tuple[Product, ...]

    def items(self) -> Iterator[CatalogItem]:
        for product in self.products:
            for variant in product.variants:
                yield CatalogItem(product, variant)

    def __len__(self) -> int:
        return sum(len(product.variants) for product in self.products)

    def find(self, sku: str) -> CatalogItem | None:
        for item in self.items():
            if item.sku == sku:
                return item
        return None


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A row that could not be loaded (``severity="error"``) or loaded with a caveat
    (``severity="warning"``). ``row`` is the 1-based line of the record in its file (the header is
    row 1) or the 1-based index in a JSON list."""

    row: int | None
    field: str | None
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row is not None else "catalog"
        what = f", {self.field}" if self.field else ""
        return f"{where}{what}: {self.message}"

    def to_json(self) -> dict[str, object]:
        return {"row": self.row, "field": self.field, "message": self.message, "severity": self.severity}


@dataclass(frozen=True, slots=True)
class CatalogLoad:
    """The result of reading a catalog file: the good part, every problem, and how many data rows
    were read, so that ``rows_read == loaded rows + error rows`` can be checked."""

    catalog: Catalog
    rows_read: int
    problems: tuple[RowProblem, ...] = field(default=())

    @property
    def errors(self) -> tuple[RowProblem, ...]:
        return tuple(problem for problem in self.problems if problem.severity == "error")

    @property
    def warnings(self) -> tuple[RowProblem, ...]:
        return tuple(problem for problem in self.problems if problem.severity == "warning")
