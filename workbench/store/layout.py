"""The store's files: ``manifest.sqlite`` and ``tables/<kind>/<part>.parquet``.

Every partition has one file per table (articles, entities, quantities, times, quotes, claims,
checks, problems). The stored tables are the ones ``workbench.frames`` declares plus the
``content_hash`` that keys them, and, for articles, what rebuilding an article needs (its
sections, its parsed sentences, its publication date as written).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl

from workbench import frames

MANIFEST = "manifest.sqlite"
LOCK = "lock"
TABLES = frames.KINDS
KEY = "content_hash"
TMP_SUFFIX = ".parquet.tmp"

ARTICLE_EXTRAS: dict[str, Any] = {
    "sections": pl.List(pl.Struct({"kind": pl.String, "start": pl.Int64, "end": pl.Int64})),
    "sentences": pl.List(pl.Struct({"start": pl.Int64, "end": pl.Int64})),
    "published_text": pl.String,
}


def schema(kind: str) -> dict[str, Any]:
    """The stored schema of one table."""
    extra = ARTICLE_EXTRAS if kind == "articles" else {}
    return {KEY: pl.String, **frames.SCHEMAS[kind], **extra}


def table_dir(root: Path, kind: str) -> Path:
    return root / "tables" / kind


def part_file(root: Path, kind: str, part: str) -> Path:
    return table_dir(root, kind) / f"{part}.parquet"
