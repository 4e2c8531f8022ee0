"""The kit's ``index.html``: one self-contained page drawn from the kit data (never recomputed)."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from borderless import __version__
from borderless.launch.charts import ranking_chart

__all__ = ["render_report"]

_TOP = 15


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
        version=__version__,
    )
