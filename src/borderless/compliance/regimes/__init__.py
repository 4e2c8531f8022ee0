"""Privacy and consumer-law facts: one module per non-EU market exporting ``OBLIGATIONS``, and
:mod:`european_union` for what every member state shares plus national specifics."""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from typing import Final

from borderless.compliance.model import Obligation

__all__ = ["MARKET_MODULES", "obligations_for"]

MARKET_MODULES: Final = {
    "US": "united_states",
    "CA": "canada",
    "MX": "mexico",
    "BR": "brazil",
    "GB": "united_kingdom",
    "CH": "switzerland",
    "NO": "norway",
    "AU": "australia",
    "NZ": "new_zealand",
    "JP": "japan",
    "KR": "south_korea",
    "CN": "china",
    "SG": "singapore",
    "TH": "thailand",
    "IN": "india",
    "AE": "united_arab_emirates",
    "SA": "saudi_arabia",
    "ZA": "south_africa",
    "TR": "turkey",
}


@lru_cache(maxsize=64)
def obligations_for(country: str) -> tuple[Obligation, ...]:
    """Every obligation of one market: its own module's, or for an EU member the shared EU ones
    followed by its national ones. Unknown markets give an empty tuple."""
    from borderless.compliance.regimes import european_union

    if country in european_union.AUTHORITIES:
        return european_union.SHARED + european_union.member_obligations(country)
    module = MARKET_MODULES.get(country)
    if module is None:
        return ()
    found: tuple[Obligation, ...] = import_module(f"borderless.compliance.regimes.{module}").OBLIGATIONS
    return found
