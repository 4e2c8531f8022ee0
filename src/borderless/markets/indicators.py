"""Bundled country indicators: demand, logistics, culture, languages and currency per country.

The data file ``data/indicators/indicators.json`` is built by ``scripts/import_indicators.py`` from
pinned World Bank, Hofstede, CLDR (Babel), GeoNames and Google address-metadata files; see the
folder's PROVENANCE.md. Every figure is an :class:`Observation` carrying its year and its
:class:`~borderless.rules.Source`; a figure the sources do not have is ``None`` (or absent from
``hofstede``), never zero.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Final

from borderless.errors import DataError, UnknownCountryError
from borderless.rules import Source

__all__ = [
    "HOFSTEDE_DIMENSIONS",
    "AddressFormat",
    "CountryIndicators",
    "DataSource",
    "LanguageShare",
    "Observation",
    "country_indicators",
    "indicator_sources",
    "load_indicators",
]

DATA_FILE: Final = "indicators/indicators.json"
HOFSTEDE_DIMENSIONS: Final = ("pdi", "idv", "mas", "uai", "lto", "ivr")


@dataclass(frozen=True, slots=True)
class Observation:
    """One sourced figure and the year it describes."""

    value: Decimal
    year: int
    source: Source

    def to_json(self) -> dict[str, Any]:
        return {"value": format(self.value, "f"), "year": self.year, "source": self.source.to_json()}


@dataclass(frozen=True, slots=True)
class LanguageShare:
    """A language spoken in a country: ISO 639 code as in CLDR (``de``, ``zh_Hant``), the share of the
    population that speaks it (0..1, CLDR; shares overlap and may sum above 1) and whether it is official."""

    language: str
    share: Decimal
    official: bool

    def to_json(self) -> dict[str, Any]:
        return {"language": self.language, "share": format(self.share, "f"), "official": self.official}


@dataclass(frozen=True, slots=True)
class AddressFormat:
    """A postal address layout from Google's i18n address metadata. ``layout`` uses the metadata's
    placeholders (%N name, %O organisation, %A street, %C city, %S region, %Z postcode, %n new line);
    ``default_layout`` is True when the country has no layout of its own and the generic one applies."""

    layout: str
    required: str
    postcode_example: str
    default_layout: bool
    source: Source


@dataclass(frozen=True, slots=True)
class DataSource:
    """One bundled dataset: citation, licence and the pinned copy it was built from."""

    key: str
    source: Source
    licence: str
    via: str

    def to_json(self) -> dict[str, str]:
        return {**self.source.to_json(), "licence": self.licence, "via": self.via}


@dataclass(frozen=True, slots=True)
class CountryIndicators:
    country: str
    name: str
    population: Observation | None
    gdp_per_capita_ppp: Observation | None
    internet_users_pct: Observation | None
    lpi: Observation | None
    languages: tuple[LanguageShare, ...]
    currency: str | None
    hofstede: Mapping[str, Observation]
    capital_latitude: Observation | None = None
    address: AddressFormat | None = None

    def to_json(self) -> dict[str, Any]:
        def obs(value: Observation | None) -> dict[str, Any] | None:
            return None if value is None else value.to_json()

        return {
            "country": self.country,
            "name": self.name,
            "population": obs(self.population),
            "gdp_per_capita_ppp": obs(self.gdp_per_capita_ppp),
            "internet_users_pct": obs(self.internet_users_pct),
            "lpi": obs(self.lpi),
            "languages": [language.to_json() for language in self.languages],
            "currency": self.currency,
            "hofstede": {dim: self.hofstede[dim].to_json() for dim in HOFSTEDE_DIMENSIONS if dim in self.hofstede},
            "capital_latitude": obs(self.capital_latitude),
        }


def _source(raw: Mapping[str, str]) -> Source:
    return Source(raw["title"], raw["url"], date.fromisoformat(raw["retrieved"]))


def _observation(raw: Any, source: Source, *, field: str, country: str) -> Observation | None:
    if raw is None:
        return None
    try:
        value, year = raw
        return Observation(Decimal(value), int(year), source)
    except (TypeError, ValueError, ArithmeticError) as error:
        raise DataError(f"{country}.{field}: bad observation {raw!r} ({error})", path=DATA_FILE) from None


def _read() -> dict[str, Any]:
    text = resources.files("borderless.data").joinpath(DATA_FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@lru_cache(maxsize=1)
def indicator_sources() -> Mapping[str, DataSource]:
    """Every dataset the indicators come from, by key (population, lpi, hofstede, cldr, ...)."""
    raw = _read()["sources"]
    return MappingProxyType(
        {key: DataSource(key, _source(value), value["licence"], value.get("via", "")) for key, value in raw.items()}
    )


@lru_cache(maxsize=1)
def load_indicators() -> Mapping[str, CountryIndicators]:
    """Indicators of every bundled country (216), by ISO 3166-1 alpha-2 code. Cached."""
    data = _read()
    sources = {key: value.source for key, value in indicator_sources().items()}
    hofstede_year = int(data["hofstede_year"])
    result: dict[str, CountryIndicators] = {}
    for code, raw in data["countries"].items():
        hofstede = {
            dim: Observation(Decimal(raw["hofstede"][dim]), hofstede_year, sources["hofstede"])
            for dim in HOFSTEDE_DIMENSIONS
            if dim in raw["hofstede"]
        }
        latitude = raw.get("capital_latitude")
        address = raw.get("address")
        result[code] = CountryIndicators(
            country=code,
            name=raw["name"],
            population=_observation(raw["population"], sources["population"], field="population", country=code),
            gdp_per_capita_ppp=_observation(
                raw["gdp_per_capita_ppp"], sources["gdp_per_capita_ppp"], field="gdp_per_capita_ppp", country=code
            ),
            internet_users_pct=_observation(
                raw["internet_users_pct"], sources["internet_users_pct"], field="internet_users_pct", country=code
            ),
            lpi=_observation(raw["lpi"], sources["lpi"], field="lpi", country=code),
            languages=tuple(
                LanguageShare(language, Decimal(share), bool(official))
                for language, share, official in raw["languages"]
            ),
            currency=raw["currency"],
            hofstede=MappingProxyType(hofstede),
            capital_latitude=(
                None
                if latitude is None
                else Observation(
                    Decimal(latitude), sources["capital_latitude"].retrieved.year, sources["capital_latitude"]
                )
            ),
            address=(
                None
                if address is None
                else AddressFormat(
                    address["format"],
                    address["required"],
                    address["postcode_example"],
                    bool(address["default_layout"]),
                    sources["address_format"],
                )
            ),
        )
    return MappingProxyType(result)


def country_indicators(code: str) -> CountryIndicators:
    """The indicators of one country. Raises :class:`UnknownCountryError` for a code not bundled."""
    key = code.upper() if isinstance(code, str) else code
    found = load_indicators().get(key)
    if found is None:
        raise UnknownCountryError(code, field="country")
    return found
