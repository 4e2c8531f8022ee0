"""Connector for the ECB euro foreign exchange reference rates.

The European Central Bank publishes reference rates (``1 EUR = x CUR``) on TARGET business days at
about 16:00 CET, as XML:

- ``eurofxref-daily.xml``: the latest table (one ``<Cube time="...">``);
- ``eurofxref-hist-90d.xml`` and ``eurofxref-hist.xml``: the last 90 days, or every day since 1999.

:func:`parse_ecb_xml` reads any of the three (with defusedxml), :func:`fetch_ecb` downloads one,
and :func:`save_rates` stores the raw XML in a directory, named by its latest date.
:func:`load_default_rates` merges the snapshot bundled in ``borderless/data/fx`` with the files
saved by ``borderless rates update`` in the user's data directory.

The ECB's terms: the rates may be reused free of charge with the source acknowledged; the ECB
publishes them for information purposes only.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Final

from borderless.errors import DataError, FetchError, InputError
from borderless.fx.rates import ECB_SOURCE, RateTable
from borderless.paths import user_data_dir

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

__all__ = [
    "ECB_90D_URL",
    "ECB_DAILY_URL",
    "ECB_HIST_URL",
    "ECB_TERMS",
    "EcbFetchError",
    "fetch_ecb",
    "load_default_rates",
    "parse_ecb_xml",
    "rates_filename",
    "save_rates",
    "user_rates_dir",
]

ECB_DAILY_URL: Final = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"
ECB_90D_URL: Final = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml"
ECB_HIST_URL: Final = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.xml"
ECB_TERMS: Final = (
    "Source: European Central Bank, euro foreign exchange reference rates "
    "(free reuse with the source acknowledged; published for information purposes only)."
)

#: The full history (every business day since 1999) is a few MB; anything far larger is not ECB data.
MAX_RESPONSE_BYTES: Final = 32 * 1024 * 1024

_FILE_PREFIX: Final = "ecb-eurofxref-"
_ISO_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CODE: Final = re.compile(r"[A-Z]{3}")
_RATE: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?")


EcbFetchError = FetchError
"""The ECB (or the given URL) could not be reached or did not answer with a document: ``.url``."""


# -- parsing -----------------------------------------------------------------------------------


def parse_ecb_xml(data: bytes, *, origin: str | None = None) -> dict[date, dict[str, Decimal]]:
    """Read an ECB eurofxref document (daily, 90-day or full history) into
    ``{date: {"USD": Decimal("1.0497"), ...}}`` (``1 EUR = x CUR``), rates exactly as published.

    Raises :class:`DataError` (naming ``origin``, a path or URL, when given) for malformed XML,
    a malformed date, currency or rate, a date or currency given twice, or a document without
    any rate."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root: Element = fromstring(data)
    except ParseError as error:
        raise DataError(f"not well-formed XML ({error})", path=origin) from None
    except DefusedXmlException as error:
        raise DataError(f"refused XML: {error}", path=origin) from None

    tables: dict[date, dict[str, Decimal]] = {}
    for cube in root.iter():
        if _local_name(cube.tag) != "Cube" or "time" not in cube.attrib:
            continue
        day = _parse_date(cube.attrib["time"], origin)
        if day in tables:
            raise DataError(f"the table of {day.isoformat()} appears twice", path=origin)
        tables[day] = _parse_table(cube, day, origin)
    if not tables:
        raise DataError("no exchange rates found: not an ECB eurofxref document", path=origin)
    return tables


def _local_name(tag: object) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _parse_date(text: str, origin: str | None) -> date:
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise DataError(f"malformed table date {text!r} (expected YYYY-MM-DD)", path=origin) from None


def _parse_table(cube: Element, day: date, origin: str | None) -> dict[str, Decimal]:
    rates: dict[str, Decimal] = {}
    for child in cube:
        if _local_name(child.tag) != "Cube":
            continue
        currency = child.get("currency", "")
        text = child.get("rate", "")
        where = f"table of {day.isoformat()}"
        if not _CODE.fullmatch(currency):
            raise DataError(f"{where}: malformed currency code {currency!r}", path=origin)
        if currency in rates:
            raise DataError(f"{where}: {currency} appears twice", path=origin)
        try:
            if not _RATE.fullmatch(text):
                raise InvalidOperation(text)
            rate = Decimal(text)
        except InvalidOperation:
            raise DataError(f"{where}: malformed rate {text!r} for {currency}", path=origin) from None
        if rate <= 0:
            raise DataError(f"{where}: rate for {currency} must be positive, got {text}", path=origin)
        rates[currency] = rate
    if not rates:
        raise DataError(f"the table of {day.isoformat()} has no rates", path=origin)
    return rates


# -- fetching and saving -----------------------------------------------------------------------


def fetch_ecb(url: str = ECB_DAILY_URL, *, timeout: float = 20.0) -> bytes:
    """Download an ECB eurofxref document and return its raw bytes (not yet validated: pass them
    to :func:`parse_ecb_xml` or :func:`save_rates`).

    Raises :class:`EcbFetchError` when the server cannot be reached, times out, answers with an
    HTTP error or sends more than :data:`MAX_RESPONSE_BYTES`; :class:`InputError` for a URL that
    is not http(s)."""
    import http.client
    import urllib.error
    import urllib.parse
    import urllib.request

    from borderless import __version__

    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise InputError(f"expected an http:// or https:// URL, got {url!r}", field="url", value=url)
    request = urllib.request.Request(
        url, headers={"User-Agent": f"borderless/{__version__}", "Accept": "application/xml, text/xml"}
    )
    # A fresh opener reads the proxy settings of the environment at each call.
    opener = urllib.request.build_opener()
    try:
        with opener.open(request, timeout=timeout) as response:
            body: bytes = response.read(MAX_RESPONSE_BYTES + 1)
    except urllib.error.HTTPError as error:
        error.close()
        raise EcbFetchError(f"{url} answered HTTP {error.code} {error.reason}", url=url) from None
    except urllib.error.URLError as error:
        raise EcbFetchError(f"could not reach {url}: {error.reason}", url=url) from None
    except TimeoutError:
        raise EcbFetchError(f"{url} did not answer within {timeout:g} s", url=url) from None
    except (OSError, http.client.HTTPException) as error:
        raise EcbFetchError(f"could not read {url}: {error or type(error).__name__}", url=url) from None
    if len(body) > MAX_RESPONSE_BYTES:
        raise EcbFetchError(f"{url} sent more than {MAX_RESPONSE_BYTES} bytes", url=url)
    return body


def rates_filename(day: date) -> str:
    """File name for a saved document whose latest table is dated ``day``."""
    return f"{_FILE_PREFIX}{day.isoformat()}.xml"


def save_rates(data: bytes, directory: Path) -> Path:
    """Validate an ECB document and store it unchanged in ``directory`` (created if needed), named
    by its latest table date (``ecb-eurofxref-2025-02-25.xml``); return the path written.

    Raises :class:`DataError` when ``data`` is not a valid eurofxref document (nothing is written)."""
    tables = parse_ecb_xml(data)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / rates_filename(max(tables))
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


# -- default rates -----------------------------------------------------------------------------


def user_rates_dir() -> Path:
    """Where ``borderless rates update`` saves rates: ``$BORDERLESS_HOME/fx`` when the variable is
    set, else ``~/.local/share/borderless/fx``."""
    return user_data_dir() / "fx"


def _bundled_files() -> list[tuple[str, bytes]]:
    from importlib.resources import files

    folder = files("borderless").joinpath("data", "fx")
    found = [entry for entry in folder.iterdir() if entry.name.endswith(".xml")]
    return [(f"borderless/data/fx/{entry.name}", entry.read_bytes()) for entry in sorted(found, key=lambda e: e.name)]


def _user_files(directory: Path) -> list[tuple[str, bytes]]:
    if not directory.is_dir():
        return []
    paths = sorted(p for p in directory.glob(f"{_FILE_PREFIX}*.xml") if p.is_file())
    return [(str(path), path.read_bytes()) for path in paths]


def _merge(documents: Iterable[tuple[str, bytes]]) -> dict[date, dict[str, Decimal]]:
    """Later documents win for a date they share with earlier ones."""
    merged: dict[date, dict[str, Decimal]] = {}
    for origin, data in documents:
        merged.update(parse_ecb_xml(data, origin=origin))
    return merged


@lru_cache(maxsize=1)
def load_default_rates() -> RateTable:
    """The bundled ECB snapshot merged with the rates saved by ``borderless rates update``
    (:func:`user_rates_dir`); saved files win for dates both have. Cached: call
    ``load_default_rates.cache_clear()`` after saving new rates in the same process.

    Raises :class:`DataError` naming the file when a saved or bundled file is malformed."""
    documents = _bundled_files() + _user_files(user_rates_dir())
    return RateTable.from_tables(_merge(documents), source=ECB_SOURCE)
