"""Word lists and tables, kept as data files in ``workbench/data/`` and loaded once.

Every general list the extractors use lives there (reporting verbs, number words, units,
demonyms, country aliases, photo agencies, ...). Code never repeats a list inline.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

# endings of singular nouns that end in s: glass, virus, crisis, axis, arthritis
SINGULAR_S = ("ss", "us", "sis", "xis", "itis")


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


def singular(word: str) -> str:
    """A noun's singular: ``"troops"`` -> ``"troop"``, ``"people"`` -> ``"person"``,
    ``"churches"`` -> ``"church"``; the last word of a phrase (``"residential buildings"``);
    words that only look plural stay (``"glass"``, ``"bonus"``, ``"crisis"``, ``"gas"``), while
    ``"emojis"`` and ``"Israelis"`` lose their s."""
    word = word.lower().strip()
    irregular: dict[str, str] = load("grammar")["irregular_plurals"]
    head, _, last = word.rpartition(" ")
    prefix = head + " " if head else ""
    if last in irregular:
        return prefix + irregular[last]
    if last in irregular.values():
        return word
    if last.endswith("ies") and len(last) > 4:
        return prefix + last[:-3] + "y"
    if last.endswith(("sses", "xes", "ches", "shes")):
        return prefix + last[:-2]
    if last.endswith("s") and not last.endswith(SINGULAR_S) and len(last) > 3:
        return prefix + last[:-1]
    return word


def reporting_verbs() -> frozenset[str]:
    """Lemmas of the verbs that report speech or belief (``data/reporting.json``)."""
    return words("reporting", "verbs", lower=False)
