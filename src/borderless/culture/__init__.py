"""Cultural checks per market: colours, numbers, symbols, gestures and wording that can offend or
mislead, each with its meaning, source and confidence. Warnings explain; nothing is rewritten.

>>> from borderless.culture import check_listing
>>> [w.key for w in check_listing({"title": "Green bucket hat"}, None, "CN")]
['green-hat']
"""

from borderless.culture.check import associations_for, check_catalog, check_listing, covered_countries
from borderless.culture.data import ASSOCIATIONS
from borderless.culture.model import CulturalAssociation, CulturalAssociations, CulturalWarning

__all__ = [
    "ASSOCIATIONS",
    "CulturalAssociation",
    "CulturalAssociations",
    "CulturalWarning",
    "associations_for",
    "check_catalog",
    "check_listing",
    "covered_countries",
]
