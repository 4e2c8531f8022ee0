from __future__ import annotations

import os
import tempfile

# Tests never read or write the user's saved data (updated rates, translation memory, learned codes).
os.environ["BORDERLESS_HOME"] = tempfile.mkdtemp(prefix="borderless-tests-")

from datetime import date
from typing import Any

import pytest

from borderless.landed_cost import Quote, default_context, parse_request, quote


def run_quote(data: dict[str, Any]) -> Quote:
    return quote(parse_request(data, today=date(2026, 11, 21)), default_context())


@pytest.fixture
def quote_of() -> Any:
    return run_quote
