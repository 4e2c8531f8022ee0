"""Market intelligence: bundled country indicators, market ranking and market profiles."""

from __future__ import annotations

from borderless.markets.indicators import (
    HOFSTEDE_DIMENSIONS,
    CountryIndicators,
    LanguageShare,
    Observation,
    country_indicators,
    load_indicators,
)

__all__ = [
    "HOFSTEDE_DIMENSIONS",
    "CountryIndicators",
    "LanguageShare",
    "Observation",
    "country_indicators",
    "load_indicators",
]
