"""Write a built kit to a folder: index.html, kit.json (listing every artifact and what produced it),
playbook.json, and the artifacts the engines made (price lists, localized catalogs, feeds, calendar)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from borderless.jsontext import json_bytes
from borderless.launch.kit import Kit
from borderless.launch.report import render_report

__all__ = ["write_kit"]


def _bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def write_kit(kit: Kit, folder: Path) -> list[dict[str, Any]]:
    folder.mkdir(parents=True, exist_ok=True)
    kit.add("playbook.json", json_bytes(kit.data["playbook"], indent=True), "launch playbook")
    kit.add("index.html", render_report(kit.data), "launch/report.py from kit.json")
    listing = []
    for relative, content in sorted(kit.files.items()):
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        raw = _bytes(content)
        path.write_bytes(raw)
        listing.append(
            {
                "path": relative,
                "produced_by": kit.produced_by.get(relative, ""),
                "bytes": len(raw),
                "sha256": hashlib.sha256(raw).hexdigest(),
            }
        )
    data = {**kit.data, "artifacts": listing}
    (folder / "kit.json").write_bytes(json_bytes(data))
    return listing
