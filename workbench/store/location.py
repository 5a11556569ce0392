"""Where the fact store lives: ``--store DIR``, else ``$WORKBENCH_STORE``, else the user's cache.

The default is ``$XDG_CACHE_HOME/workbench/store`` (``~/.cache/workbench/store`` when
``XDG_CACHE_HOME`` is unset): a writable place of its own, so a corpus on a read-only path can be
extracted, and one store serves every corpus (articles are keyed by their content, not their path).
"""

from __future__ import annotations

import os
from pathlib import Path

SETTING = "WORKBENCH_STORE"


def default_location() -> Path:
    """``$XDG_CACHE_HOME/workbench/store``, else ``~/.cache/workbench/store``."""
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "workbench" / "store"


def resolve(location: str | Path | None = None) -> Path:
    """The store directory: ``location``, else ``$WORKBENCH_STORE``, else the default."""
    chosen = location or os.environ.get(SETTING)
    return Path(chosen).expanduser() if chosen else default_location()
