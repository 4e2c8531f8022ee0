"""Fill missing HS codes of a catalog with the classifier's best suggestion.

Only variants without a code are touched; they get the top candidate's 6-digit subheading and
``hs_confirmed=False`` (a person still has to confirm it). Existing codes are never changed. Products
are classified by their title, with the category appended when there is one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from borderless.catalog.model import Catalog, Product
from borderless.classify.engine import Candidate, Classifier

__all__ = ["FillResult", "FilledCode", "fill_catalog", "product_query"]


@dataclass(frozen=True, slots=True)
class FilledCode:
    sku: str
    title: str
    candidate: Candidate

    def to_json(self) -> dict[str, object]:
        return {
            "sku": self.sku,
            "title": self.title,
            "hs_code": self.candidate.hs_code,
            "description": self.candidate.description,
            "score": self.candidate.score,
            "explanation": self.candidate.explanation,
        }


@dataclass(frozen=True, slots=True)
class FillResult:
    catalog: Catalog
    filled: tuple[FilledCode, ...]
    kept: int

    def to_json(self) -> dict[str, object]:
        return {"filled": [item.to_json() for item in self.filled], "kept": self.kept}


def product_query(product: Product) -> str:
    """What is classified for a product: its title, plus its category when it has one."""
    category = (product.category or "").strip()
    return (
        f"{product.title} ({category})"
        if category and category.casefold() not in product.title.casefold()
        else product.title
    )


def fill_catalog(
    catalog: Catalog, classifier: Classifier, *, progress: Callable[[int, int], None] | None = None
) -> FillResult:
    """A copy of ``catalog`` with every missing ``hs_code`` suggested and marked unconfirmed."""
    todo = [product for product in catalog.products if any(v.hs_code is None for v in product.variants)]
    queries = [product_query(product) for product in todo]
    suggestions: dict[str, Candidate] = {}
    chunk = 256
    for start in range(0, len(queries), chunk):
        batch = queries[start : start + chunk]
        for product, result in zip(todo[start : start + chunk], classifier.classify_many(batch, top=1), strict=True):
            if result.best is not None:
                suggestions[product.id] = result.best
        if progress is not None:
            progress(min(start + chunk, len(queries)), len(queries))
    filled: list[FilledCode] = []
    kept = 0
    products = []
    for product in catalog.products:
        best = suggestions.get(product.id)
        variants = []
        for variant in product.variants:
            if variant.hs_code is not None:
                kept += 1
                variants.append(variant)
            elif best is not None:
                variants.append(replace(variant, hs_code=best.hs_code, hs_confirmed=False))
                filled.append(FilledCode(variant.sku, product.title, best))
            else:
                variants.append(variant)
        products.append(replace(product, variants=tuple(variants)))
    return FillResult(Catalog(tuple(products)), tuple(filled), kept)
