"""Facts as polars DataFrames: one declared schema per kind, linked by ``article_id``."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl

from workbench.model import FACT_KINDS, ArticleFacts, Problem

_SPAN = {
    "article_id": pl.String,
    "index": pl.Int32,
    "start": pl.Int64,
    "end": pl.Int64,
    "text": pl.String,
    "section": pl.String,
}

SCHEMAS: dict[str, dict[str, Any]] = {
    "articles": {
        "article_id": pl.String,
        "source": pl.String,
        "outlet": pl.String,
        "url": pl.String,
        "title": pl.String,
        "published": pl.Date,
        "published_basis": pl.String,
        "captions": pl.List(pl.String),
        "credits": pl.List(pl.String),
        "text": pl.String,
        "n_entities": pl.Int32,
        "n_quantities": pl.Int32,
        "n_times": pl.Int32,
        "n_quotes": pl.Int32,
        "n_claims": pl.Int32,
        "n_checks": pl.Int32,
    },
    "entities": {**_SPAN, "label": pl.String, "canonical": pl.String, "country": pl.String},
    "quantities": {
        **_SPAN,
        "value": pl.Float64,
        "low": pl.Float64,
        "high": pl.Float64,
        "qualifier": pl.String,
        "unit": pl.String,
        "object": pl.String,
        "object_start": pl.Int64,
        "object_end": pl.Int64,
        "sentence_start": pl.Int64,
        "sentence_end": pl.Int64,
        "change": pl.String,
        "change_kind": pl.String,
        "per": pl.String,
    },
    "times": {**_SPAN, "kind": pl.String, "resolved": pl.String, "basis": pl.String},
    "quotes": {
        **_SPAN,
        "speaker": pl.String,
        "cue": pl.String,
        "speaker_text": pl.String,
        "speaker_start": pl.Int64,
        "speaker_end": pl.Int64,
    },
    "claims": {
        **_SPAN,
        "source": pl.String,
        "cue": pl.String,
        "hedged": pl.Boolean,
        "quantities": pl.List(pl.Int32),
        "source_text": pl.String,
        "source_start": pl.Int64,
        "source_end": pl.Int64,
    },
    "checks": {
        "article_id": pl.String,
        "index": pl.Int32,
        "kind": pl.String,
        "total": pl.Float64,
        "parts": pl.List(pl.Float64),
        "expected": pl.Float64,
        "actual": pl.Float64,
        "consistent": pl.Boolean,
        "start": pl.Int64,
        "end": pl.Int64,
        "text": pl.String,
        "note": pl.String,
    },
    "problems": {
        "source": pl.String,
        "line": pl.Int64,
        "article": pl.String,
        "stage": pl.String,
        "message": pl.String,
    },
}
KINDS = tuple(SCHEMAS)
FACT_TABLES = (*FACT_KINDS, "checks")


def _frame(rows: list[dict[str, Any]], kind: str) -> pl.DataFrame:
    schema = SCHEMAS[kind]
    rows = [{name: row.get(name) for name in schema} for row in rows]
    return pl.DataFrame(rows, schema=schema, orient="row") if rows else pl.DataFrame(schema=schema)


def to_frames(
    facts: Sequence[ArticleFacts], problems: Sequence[Problem] = ()
) -> dict[str, pl.DataFrame]:
    """``{kind: DataFrame}`` for articles, each fact kind, checks and problems."""
    rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    for item in facts:
        a = item.article
        counts = {f"n_{kind}": len(getattr(item, kind)) for kind in FACT_TABLES}
        fields = a.fields()
        rows["articles"].append({"article_id": fields.pop("id"), **fields, **counts})
        for kind in FACT_TABLES:
            for index, fact in enumerate(getattr(item, kind)):
                row = asdict(fact)
                row.update(article_id=a.id, index=index)
                rows[kind].append(
                    {k: list(v) if isinstance(v, tuple) else v for k, v in row.items()}
                )
    rows["problems"] = [asdict(p) for p in problems]
    frames = {kind: _frame(rows[kind], kind) for kind in KINDS if kind != "articles"}
    articles = rows["articles"]
    for row in articles:
        row["published"] = _date(row["published"])
    frames["articles"] = _frame(articles, "articles")
    return {kind: frames[kind] for kind in KINDS}


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def write_parquet(frames: dict[str, pl.DataFrame], out: str | Path) -> list[Path]:
    """One ``<kind>.parquet`` per table in ``out``; each file appears whole or not at all."""
    directory = Path(out)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    staged: list[tuple[str, Path]] = []
    try:
        for kind, frame in frames.items():
            handle, tmp = tempfile.mkstemp(prefix=f".{kind}.", suffix=".parquet.tmp", dir=directory)
            os.close(handle)
            frame.write_parquet(tmp)
            staged.append((tmp, directory / f"{kind}.parquet"))
        for tmp, final in staged:
            os.replace(tmp, final)
            written.append(final)
    finally:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return written
