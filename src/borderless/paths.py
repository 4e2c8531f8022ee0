"""Where Borderless keeps a user's own data (saved rates, translation memory, learned HS codes):
``$BORDERLESS_HOME`` when set, else ``~/.local/share/borderless``."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["user_data_dir"]


def user_data_dir() -> Path:
    home = os.environ.get("BORDERLESS_HOME")
    return Path(home).expanduser() if home else Path.home() / ".local" / "share" / "borderless"
