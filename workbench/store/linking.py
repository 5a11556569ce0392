"""Cross-article name linking over the stored entities table.

The rule is :func:`workbench.extract.entities.linking.corpus_names` itself, fed the stored
PERSON rows (canonical name and words as written) instead of objects in memory; its answer
depends on the mentions, not their order. The store keeps each article's own canonical names;
this runs when a corpus is read, and its answer is kept in ``STORE/derived/linking/`` for the next
reading of the same corpus (the same stored partitions of the same articles).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

import polars as pl

KEEP = 16  # corpora whose linking is kept; the least recently written go first
# the rule's own file: a kept linking is read back without importing the extractors
RULE = Path(__file__).resolve().parents[1] / "extract" / "entities" / "linking.py"


def relink(people: pl.LazyFrame) -> dict[str, str]:
    """``{canonical name: corpus-wide name}`` for the corpus whose PERSON mentions are
    ``people`` (columns ``canonical`` and ``text``)."""
    from workbench.extract.entities.linking import corpus_names  # the extractors, and spaCy

    rows = people.select("canonical", "text").collect()
    mapping = corpus_names(zip(rows["canonical"].to_list(), rows["text"].to_list(), strict=True))
    return {old: new for old, new in mapping.items() if old != new}


def apply(entities: pl.DataFrame, mapping: dict[str, str]) -> pl.DataFrame:
    """``entities`` with each PERSON's canonical name relinked by ``mapping``."""
    if not mapping:
        return entities
    person = pl.col("label") == "PERSON"
    return entities.with_columns(
        pl.when(person).then(pl.col("canonical").replace(mapping))
        .otherwise(pl.col("canonical")).alias("canonical")
    )


def kept(root: Path, rows: pl.DataFrame, compute: Callable[[], dict[str, str]]) -> dict[str, str]:
    """The linking of the corpus whose stored articles are ``rows`` (``content_hash``,
    ``part``): read from the store when it was computed before, else ``compute()`` kept."""
    digest = hashlib.sha256(Path(__file__).read_bytes() + RULE.read_bytes())
    for key, part in sorted(zip(rows["content_hash"], rows["part"], strict=True)):
        digest.update(f"{key}:{part}\n".encode())
    folder = root / "derived" / "linking"
    file = folder / f"{digest.hexdigest()[:24]}.json"
    if file.exists():
        try:
            found = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            found = None  # half written or damaged: computed again
        if isinstance(found, dict) and all(isinstance(v, str) for v in found.values()):
            return found
    mapping = compute()
    folder.mkdir(parents=True, exist_ok=True)
    temporary = file.with_name(file.name + ".tmp")
    temporary.write_text(json.dumps(mapping, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, file)
    older = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for path in older[KEEP:]:
        path.unlink(missing_ok=True)
    return mapping
