"""JSON text for files and output lines, written with orjson (several times faster than the standard
library's encoder on the large kit files). UTF-8, keys in insertion order, no NaN."""

from __future__ import annotations

from typing import Any

import orjson

__all__ = ["json_bytes", "json_line"]


def json_bytes(data: Any) -> bytes:
    """Indented JSON (2 spaces) ending with a newline, for files people may also read."""
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS | orjson.OPT_APPEND_NEWLINE)


def json_line(data: Any) -> str:
    """Compact JSON on one line (without the newline), for JSONL output."""
    return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS).decode()
