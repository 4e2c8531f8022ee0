"""The kit's ``index.html``: one self-contained page drawn from the kit data (never recomputed)."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from borderless import __version__
from borderless.launch.charts import ranking_chart

__all__ = ["render_report"]

_TOP = 15
ROWS_SHOWN = 200  # per table: a page of 17,000 SKU rows helps nobody; the full lists are in the artifacts

_SEVERITY_ORDER = {"prohibited": 0, "needs-permit": 1, "carrier-restricted": 2, "observation": 3}


def _attention_first(rows: list[dict[str, Any]], needs_attention: Any) -> list[dict[str, Any]]:
    """Rows needing attention first (stable otherwise), cut to :data:`ROWS_SHOWN`."""
    return sorted(rows, key=lambda row: 0 if needs_attention(row) else 1)[:ROWS_SHOWN]


def _price_attention(row: dict[str, Any]) -> bool:
    return bool(row.get("error") or row.get("raised_to_floor") or row.get("landed_complete") is False)


def _tables(data: dict[str, Any]) -> dict[str, Any]:
    """What each long table shows: problems first, at most ROWS_SHOWN rows, with the total."""
    markets: dict[str, Any] = {}
    for code, section in (data.get("markets") or {}).items():
        prices = section.get("prices") or []
        screening = section.get("screening")
        verdicts = screening if isinstance(screening, list) else []
        markets[code] = {
            "prices": _attention_first(prices, _price_attention),
            "prices_total": len(prices),
            "screening": sorted(verdicts, key=lambda v: _SEVERITY_ORDER.get(v.get("severity"), 9))[:ROWS_SHOWN],
            "screening_total": len(verdicts),
        }
    hs_rows = data.get("hs_codes") or []
    return {
        "markets": markets,
        "hs_codes": _attention_first(hs_rows, lambda row: not row.get("confirmed")),
        "hs_codes_total": len(hs_rows),
    }


def render_report(data: dict[str, Any]) -> str:
    environment = Environment(
        loader=PackageLoader("borderless.launch", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    ranked = [row for row in data.get("ranking", []) if row.get("rank") is not None]
    chosen = set(data.get("markets_chosen", []))
    top = ranked[:_TOP] + [row for row in ranked[_TOP:] if row.get("country") in chosen]
    names: list[str] = []
    for row in top:
        names.extend(name for name in row.get("components", {}) if name not in names)
    return environment.get_template("report.html.j2").render(
        kit=data,
        merchant=data.get("merchant", {}),
        ranking_svg=ranking_chart(top, top=len(top)),
        ranking_top=top,
        component_names=names,
        tables=_tables(data),
        rows_shown=ROWS_SHOWN,
        version=__version__,
    )
