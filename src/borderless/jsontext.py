"""JSON text for files and output lines, written with orjson (several times faster than the standard
library's encoder on the large kit files). UTF-8, keys in insertion order, no NaN."""

from __future__ import annotations

from typing import Any

import orjson

__all__ = ["json_bytes", "json_line"]


def json_bytes(data: Any, *, indent: bool = False) -> bytes:
    """JSON ending with a newline: compact for large machine-read files (a kit's price explanations are
    half whitespace when indented), indented by 2 spaces for files people edit (a playbook)."""
    option = orjson.OPT_NON_STR_KEYS | orjson.OPT_APPEND_NEWLINE
    return orjson.dumps(data, option=option | orjson.OPT_INDENT_2 if indent else option)


def json_line(data: Any) -> str:
    """Compact JSON on one line (without the newline), for JSONL output."""
    return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS).decode()
