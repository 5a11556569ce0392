"""Corpus records by id: the benchmarks read their labelled articles from the shared JSONL."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def by_id(path: Path, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The records of the JSON Lines file ``path`` whose ``id`` is in ``ids``, by id."""
    wanted = set(ids)
    found: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in wanted:
                found[record["id"]] = record
    return found
