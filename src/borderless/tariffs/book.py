"""Which import duty applies: the item's own rate, the merchant's table, or bundled data.

:meth:`TariffBook.lookup` answers in a fixed order:

1. ``item_rate`` given on the request item (basis ``"item"``);
2. the merchant's tariff table: the longest matching ``hs_prefix`` for the destination or its
   customs territory (``"EU"``); at equal length an exact origin beats ``"*"``, then the
   destination country beats the customs territory;
3. bundled data, only for the EU customs territory: the row for the origin when the table covers
   that origin, else the ``ALL`` (MFN) row. A range across CN codes is returned as ``rate`` (the
   lowest) and ``rate_high`` (the highest) with a warning; anti-dumping and additional duties and
   preferential rates needing proof of origin become warnings;
4. otherwise the rate is unknown (``None``), with a warning: never a silent zero.

The bundled table (``data/tariffs/eu_duty_by_origin.csv``, built by ``scripts/import_eu_tariff.py``)
is read on the first lookup that needs it and cached for the process.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Final, Literal

from borderless.errors import DataError, InvalidHSCodeError
from borderless.rules import Confidence, Source
from borderless.tariffs.duty import DutyRate, parse_duty_rate
from borderless.tariffs.hs import HSCode, describe, format_hs6

__all__ = [
    "Basis",
    "MerchantTariffRow",
    "TariffAnswer",
    "TariffBook",
]

Basis = Literal["item", "merchant", "mfn", "pref", "union", "unknown"]

_EU: Final = "EU"
_ALL: Final = "ALL"
_ANY: Final = "*"
_DATA: Final = Path(__file__).resolve().parent.parent / "data"
_TARIFF_CSV: Final = "tariffs/eu_duty_by_origin.csv"
_TARIFF_META: Final = "tariffs/eu_duty_by_origin.meta.json"
_COLUMNS: Final = ("destination", "hs_prefix", "origin", "rate")
_COUNTRY_RE: Final = re.compile(r"[A-Z]{2}")
_PREFIX_RE: Final = re.compile(r"[0-9]{2,10}")
_FRACTION_RE: Final = re.compile(r"[0-9]*\.?[0-9]+")
_BASES: Final[dict[str, Basis]] = {"mfn": "mfn", "pref": "pref", "union": "union"}


@dataclass(frozen=True, slots=True)
class TariffAnswer:
    """The duty rate that applies, where it comes from and what to watch out for.

    ``rate`` is ``None`` when unknown. When the published subheading rate is a range across CN
    codes, ``rate`` is the lowest and ``rate_high`` the highest (else ``rate_high`` is ``None``).
    ``origin_used`` is the origin row used (``"ALL"`` for the MFN row; the requested origin for
    item, merchant and unknown answers, the merchant row's ``"*"`` when that matched)."""

    rate: DutyRate | None
    rate_high: DutyRate | None
    origin_used: str
    basis: Basis
    source: Source
    confidence: Confidence
    effective_from: date | None
    effective_to: date | None
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MerchantTariffRow:
    """One row of a merchant's tariff table. ``destination`` is an ISO 3166-1 code or a customs
    territory (``"EU"``); ``hs_prefix`` digits ("" for any goods); ``origin`` a code or ``"*"``."""

    destination: str
    hs_prefix: str
    origin: str
    rate: DutyRate
    source_title: str = "merchant tariff table"
    source_url: str = ""


# --- bundled EU data ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _EuRow:
    cn_codes: str
    duty_min: str
    duty_max: str
    basis: Basis
    anti_dumping: bool
    additional: bool


@dataclass(frozen=True, slots=True)
class _EuTable:
    source: Source
    origins: frozenset[str]
    lines: dict[str, list[tuple[int, str]]]  # hs6 -> its raw CSV lines, with line numbers


@lru_cache(maxsize=1)
def _eu_table() -> _EuTable:
    """Read the bundled table: only split into lines grouped by subheading (a few ms); each
    subheading's rows are parsed when first looked up."""
    meta = json.loads((_DATA / _TARIFF_META).read_text(encoding="utf-8"))
    source = Source(
        title=meta["source"]["title"],
        url=meta["source"]["url"],
        retrieved=date.fromisoformat(meta["checked"]),
    )
    lines: dict[str, list[tuple[int, str]]] = {}
    text = (_DATA / _TARIFF_CSV).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if line and line[0].isdigit():
            lines.setdefault(line[:6], []).append((number, line))
    return _EuTable(source, frozenset(meta["origins"]), lines)


@lru_cache(maxsize=8192)
def _eu_rows(hs6: str) -> dict[str, _EuRow] | None:
    """The rows of one subheading: "ALL" and the origins whose values differ from it."""
    raw = _eu_table().lines.get(hs6)
    if raw is None:
        return None
    rows: dict[str, _EuRow] = {}
    for (number, _line), fields in zip(raw, csv.reader(line for _, line in raw), strict=True):
        if len(fields) != 8:
            raise DataError(f"expected 8 fields, got {len(fields)}", path=_TARIFF_CSV, line=number)
        _hs6, cn_codes, origins, duty_min, duty_max, basis, anti_dumping, additional = fields
        if basis not in _BASES:
            raise DataError(f"unknown basis {basis!r}", path=_TARIFF_CSV, line=number)
        row = _EuRow(cn_codes, duty_min, duty_max, _BASES[basis], anti_dumping == "yes", additional == "yes")
        for origin in origins.split(" "):
            rows[origin] = row
    if _ALL not in rows:
        raise DataError(f"no ALL (MFN) row for {hs6}", path=_TARIFF_CSV, line=raw[0][0])
    return rows


def _range_text(row: _EuRow) -> str:
    return row.duty_min if row.duty_min == row.duty_max else f"{row.duty_min} to {row.duty_max}"


@lru_cache(maxsize=16384)
def _eu_answer(hs6: str, origin: str) -> TariffAnswer | None:
    table = _eu_table()
    by_origin = _eu_rows(hs6)
    if by_origin is None:
        return None
    mfn = by_origin[_ALL]
    if origin in table.origins:
        origin_used = origin
        row = by_origin.get(origin, mfn)
    else:
        origin_used = _ALL
        row = mfn
    dotted = format_hs6(hs6)
    warnings: list[str] = []
    rate = parse_duty_rate(row.duty_min)
    rate_high = None
    if row.duty_min != row.duty_max:
        rate_high = parse_duty_rate(row.duty_max)
        warnings.append(
            f"the EU duty under HS {dotted} depends on the 8-digit CN code ({row.cn_codes} CN codes): "
            f"{row.duty_min} to {row.duty_max}; give duty_rate on the item for the exact code"
        )
    if row.basis in ("pref", "union") and (row.duty_min, row.duty_max) != (mfn.duty_min, mfn.duty_max):
        if row.basis == "pref":
            proof = "proof of origin under the trade agreement or preference scheme (e.g. a statement on origin)"
        else:
            proof = "proof of free circulation in the EU-Turkey customs union (A.TR movement certificate)"
        warnings.append(
            f"the {row.basis} rate for origin {origin} needs {proof}; "
            f"without it the MFN rate {_range_text(mfn)} applies"
        )
    if row.anti_dumping:
        warnings.append(
            f"an anti-dumping or countervailing duty may apply to goods from {origin} under HS {dotted} "
            "(producer-specific; not included)"
        )
    if row.additional:
        warnings.append(f"an additional duty applies to goods from {origin} under HS {dotted} (not included)")
    return TariffAnswer(
        rate=rate,
        rate_high=rate_high,
        origin_used=origin_used,
        basis=row.basis,
        source=table.source,
        confidence="secondary",
        effective_from=None,
        effective_to=None,
        warnings=tuple(warnings),
    )


# --- merchant tables ---------------------------------------------------------------------------


def _check_row(row: MerchantTariffRow) -> str | None:
    """The name and problem of the first invalid field of ``row``, or ``None``."""
    if not (_COUNTRY_RE.fullmatch(row.destination)):
        return f"destination: {row.destination!r} is not an ISO 3166-1 alpha-2 code or 'EU'"
    if row.hs_prefix and not _PREFIX_RE.fullmatch(row.hs_prefix):
        return f"hs_prefix: {row.hs_prefix!r} must be 2 to 10 digits or '*'"
    if row.origin != _ANY and not _COUNTRY_RE.fullmatch(row.origin):
        return f"origin: {row.origin!r} is not an ISO 3166-1 alpha-2 code or '*'"
    return None


def _read_country(value: str, column: str, *, also: str) -> str:
    code = value.strip().upper()
    if code == also:
        return code
    import pycountry  # only when a merchant table is read: keeps CLI start-up fast

    if not _COUNTRY_RE.fullmatch(code) or pycountry.countries.get(alpha_2=code) is None:
        hint = " (use GB for the United Kingdom)" if code == "UK" else ""
        raise ValueError(f"{column}: {value!r} is not an ISO 3166-1 alpha-2 code or {also!r}{hint}")
    return code


def _read_prefix(value: str) -> str:
    digits = re.sub(r"[.\s]", "", value)
    if digits in ("", _ANY):
        return ""
    if not _PREFIX_RE.fullmatch(digits):
        raise ValueError(f"hs_prefix: {value!r} must be 2 to 10 digits (dots and spaces allowed) or '*'")
    for length in (2, 4, 6):
        if len(digits) >= length:
            try:
                describe(digits[:length])
            except InvalidHSCodeError:
                kind = {2: "chapter", 4: "heading", 6: "subheading"}[length]
                raise ValueError(
                    f"hs_prefix: {value!r}: {format_hs6(digits[:length])} is not an HS 2022 {kind}"
                ) from None
    return digits


def _read_rate(value: str) -> DutyRate:
    text = value.strip()
    if _FRACTION_RE.fullmatch(text):
        try:
            fraction = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
            raise ValueError(f"rate: {value!r} is not a number") from None
        if fraction > 1:
            raise ValueError(
                f'rate: {value!r} is above 1; give a fraction such as 0.12 or a published text such as "12 %"'
            )
        return DutyRate.ad_valorem_only(fraction)
    try:
        return parse_duty_rate(text)
    except DataError as error:
        raise ValueError(f"rate: {error}") from None


_ANSWERS_LIMIT = 100_000


class TariffBook:
    """Answers which duty rate applies; see the module docstring for the order."""

    def __init__(self, merchant_rows: Sequence[MerchantTariffRow] = ()) -> None:
        index: dict[tuple[str, str, str], MerchantTariffRow] = {}
        for row in merchant_rows:
            problem = _check_row(row)
            if problem is not None:
                raise DataError(f"merchant tariff row {row.source_title}: {problem}")
            key = (row.destination, row.hs_prefix, row.origin)
            if key in index:
                raise DataError(
                    f"merchant tariff rows {index[key].source_title} and {row.source_title} both give "
                    f"{row.destination} HS {row.hs_prefix or '*'} origin {row.origin}"
                )
            index[key] = row
        self._merchant = index
        self.merchant_rows: tuple[MerchantTariffRow, ...] = tuple(merchant_rows)
        self._answers: dict[tuple[object, ...], TariffAnswer] = {}  # answers are pure: memoised

    @classmethod
    def from_merchant_csv(cls, path: Path) -> TariffBook:
        """Read a merchant table: CSV with columns ``destination,hs_prefix,origin,rate``
        (``origin`` ``*`` for any; ``rate`` a fraction ``0.12`` or a published text ``12 %``;
        ``destination`` a country code or ``EU``). Blank lines and lines starting with ``#`` are
        skipped. Bad rows raise :class:`DataError` naming the path, line and field."""
        name = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except OSError as error:
            raise DataError(f"cannot read merchant tariff table: {error.strerror}", path=name) from None
        except UnicodeDecodeError:
            raise DataError("merchant tariff table is not UTF-8 text", path=name) from None
        reader = csv.reader(io.StringIO(text))
        header: list[str] | None = None
        rows: list[MerchantTariffRow] = []
        seen: dict[tuple[str, str, str], int] = {}
        uri = Path(path).resolve().as_uri()
        for fields in reader:
            line = reader.line_num
            if not fields or not "".join(fields).strip() or fields[0].lstrip().startswith("#"):
                continue
            if header is None:
                header = [field.strip().lower() for field in fields]
                missing = [column for column in _COLUMNS if column not in header]
                if missing:
                    raise DataError(
                        f"missing column(s) {', '.join(missing)}; expected a header {','.join(_COLUMNS)}",
                        path=name,
                        line=line,
                    )
                continue
            if len(fields) != len(header):
                raise DataError(f"expected {len(header)} fields, got {len(fields)}", path=name, line=line)
            values = dict(zip(header, fields, strict=True))
            try:
                destination = _read_country(values["destination"], "destination", also=_EU)
                hs_prefix = _read_prefix(values["hs_prefix"])
                origin = _read_country(values["origin"], "origin", also=_ANY)
                rate = _read_rate(values["rate"])
            except ValueError as error:
                raise DataError(str(error), path=name, line=line) from None
            key = (destination, hs_prefix, origin)
            if key in seen:
                raise DataError(
                    f"duplicates line {seen[key]} ({destination}, hs_prefix {hs_prefix or '*'}, origin {origin})",
                    path=name,
                    line=line,
                )
            seen[key] = line
            rows.append(
                MerchantTariffRow(
                    destination=destination,
                    hs_prefix=hs_prefix,
                    origin=origin,
                    rate=rate,
                    source_title=f"merchant tariff table {Path(path).name} line {line}",
                    source_url=uri,
                )
            )
        if header is None:
            raise DataError(f"empty; expected a header {','.join(_COLUMNS)}", path=name)
        return cls(rows)

    def _merchant_row(
        self, customs_territory: str, destination: str, code: str, origin: str
    ) -> MerchantTariffRow | None:
        if not self._merchant:
            return None
        destinations = (destination,) if destination == customs_territory else (destination, customs_territory)
        for length in range(len(code), -1, -1):
            prefix = code[:length]
            for origin_key in (origin, _ANY):
                for place in destinations:
                    row = self._merchant.get((place, prefix, origin_key))
                    if row is not None:
                        return row
        return None

    def lookup(
        self,
        *,
        customs_territory: str,
        destination: str,
        hs_code: HSCode,
        origin: str,
        on: date,
        item_rate: Decimal | None = None,
    ) -> TariffAnswer:
        """The duty rate for goods ``hs_code`` from ``origin`` into ``destination`` (whose customs
        territory is ``customs_territory``, e.g. "EU" for the 27 member states) on ``on``."""
        key = (customs_territory, destination, hs_code.code, origin, on, item_rate)
        known = self._answers.get(key)
        if known is None:
            if len(self._answers) >= _ANSWERS_LIMIT:
                self._answers.clear()
            known = self._answers[key] = self._lookup(customs_territory, destination, hs_code, origin, on, item_rate)
        return known

    def _lookup(
        self,
        customs_territory: str,
        destination: str,
        hs_code: HSCode,
        origin: str,
        on: date,
        item_rate: Decimal | None,
    ) -> TariffAnswer:
        if item_rate is not None:
            return TariffAnswer(
                rate=DutyRate.ad_valorem_only(item_rate),
                rate_high=None,
                origin_used=origin,
                basis="item",
                source=Source("rate given on the request item", "", on),
                confidence="verified",
                effective_from=None,
                effective_to=None,
                warnings=(),
            )
        row = self._merchant_row(customs_territory, destination, hs_code.code, origin)
        if row is not None:
            where = f"{row.destination}, HS {row.hs_prefix or '*'}, origin {row.origin}"
            return TariffAnswer(
                rate=row.rate,
                rate_high=None,
                origin_used=row.origin,
                basis="merchant",
                source=Source(f"{row.source_title} ({where})", row.source_url, on),
                confidence="verified",
                effective_from=None,
                effective_to=None,
                warnings=(),
            )
        note = ""
        if customs_territory == _EU:
            answer = _eu_answer(hs_code.hs6, origin)
            if answer is not None:
                return answer
            note = f" (the bundled EU table has no rows for HS {format_hs6(hs_code.hs6)})"
        return TariffAnswer(
            rate=None,
            rate_high=None,
            origin_used=origin,
            basis="unknown",
            source=Source("no tariff data", "", on),
            confidence="uncertain",
            effective_from=None,
            effective_to=None,
            warnings=(
                f"no tariff data for {destination} HS {hs_code.code}: duty unknown; "
                f"give duty_rate on the item or a merchant tariff table{note}",
            ),
        )
