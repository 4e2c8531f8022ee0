"""Borderless: an open-source engine for selling across borders."""

from borderless.money import Money
from borderless.rules import Period, Source, Timeline

__all__ = ["Money", "Period", "Source", "Timeline"]
__version__ = "0.5.0"
