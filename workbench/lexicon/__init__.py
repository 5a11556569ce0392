"""Word lists and tables, kept as data files in ``workbench/data/`` and loaded once.

Every general list the extractors use lives there (reporting verbs, number words, units,
demonyms, country aliases, photo agencies, ...). Code never repeats a list inline.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """The parsed contents of ``workbench/data/<name>.json``."""
    path = resources.files("workbench") / "data" / f"{name}.json"
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    if isinstance(data, dict):
        data.pop("_about", None)
    return data


@cache
def words(name: str, key: str | None = None, *, lower: bool = True) -> frozenset[str]:
    """A list file, or the list ``key`` of a file of lists, as a set of its entries
    (lower-cased unless ``lower`` is False)."""
    entries = load(name) if key is None else load(name)[key]
    return frozenset(str(w).lower() if lower else str(w) for w in entries)


def reporting_verbs() -> frozenset[str]:
    """Lemmas of the verbs that report speech or belief (``data/reporting.json``)."""
    return words("reporting", "verbs", lower=False)
