"""Inline SVG charts for the report: no scripts, no external requests, readable without colour."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any, Final

__all__ = ["ranking_chart"]

PALETTE: Final = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22")


def ranking_chart(rows: Sequence[Mapping[str, Any]], *, top: int = 15, width: int = 760) -> str:
    """A stacked horizontal bar per market: each component's weighted contribution to the score.
    A component with missing data contributes nothing and is listed as missing in the tooltip."""
    rows = list(rows)[:top]
    if not rows:
        return '<p class="muted">No ranking available.</p>'
    names: list[str] = []
    for row in rows:
        for name in row.get("components", {}):
            if name not in names:
                names.append(name)
    label_width, bar_height, gap = 150, 18, 6
    legend_height = 24 * ((len(names) + 3) // 4)
    chart_width = width - label_width - 60
    height = legend_height + len(rows) * (bar_height + gap) + 20
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" viewBox="0 0 {width} {height}" '
        f'width="100%" aria-label="Market ranking: score and its components">'
    ]
    for index, name in enumerate(names):  # legend
        left, top_ = 10 + (index % 4) * 185, 6 + (index // 4) * 24
        parts.append(f'<rect x="{left}" y="{top_}" width="12" height="12" fill="{PALETTE[index % len(PALETTE)]}"/>')
        parts.append(f'<text x="{left + 18}" y="{top_ + 11}" font-size="12">{escape(name)}</text>')
    for position, row in enumerate(rows):
        y = legend_height + position * (bar_height + gap)
        label = f"{row.get('rank', '')}. {row.get('country', '')}"
        parts.append(
            f'<text x="{label_width - 8}" y="{y + 13}" font-size="12" text-anchor="end">{escape(label)}</text>'
        )
        x = float(label_width)
        for index, name in enumerate(names):
            component = row.get("components", {}).get(name) or {}
            normalised, weight = component.get("normalised"), component.get("weight")
            if normalised is None or weight is None:
                continue
            part = float(normalised) * float(weight)
            bar = max(part * chart_width, 0.0)
            title = f"{name}: normalised {normalised} x weight {weight}"
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{bar:.1f}" height="{bar_height}" '
                f'fill="{PALETTE[index % len(PALETTE)]}"><title>{escape(title)}</title></rect>'
            )
            x += bar
        score = row.get("score")
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 13}" font-size="12">{escape(str(score))}</text>')
    parts.append("</svg>")
    return "".join(parts)
