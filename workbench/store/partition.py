"""One partition: a batch of articles parsed, extracted and written as one file per table.

:func:`extract_partition` is the unit of work of every engine (inline, worker processes, Dask
workers): it loads the spaCy pipeline once per process, turns the batch into facts (parse, every
extractor, the arithmetic checks) and writes the partition; only its name and one small row per
article come back. Each file is written under a temporary name, flushed to disk and renamed, so a
partition file is whole or absent; the manifest commit that makes it visible happens after.
"""

from __future__ import annotations

import os
import resource
import uuid
from collections.abc import Sequence
from pathlib import Path

import polars as pl

from workbench import frames, nlp, pipeline
from workbench.model import ArticleFacts, Problem
from workbench.store import memory
from workbench.store.layout import KEY, TABLES, TMP_SUFFIX, part_file, schema, table_dir
from workbench.store.manifest import Keyed, Stored


def extract_partition(root: str, version: str, batch: Sequence[Keyed]) -> Stored:
    """Extract ``batch`` (content hash, article) and store it as a new partition under ``root``."""
    articles = [a for _, a in batch]
    facts: list[tuple[str, ArticleFacts]] = []
    problems: list[tuple[str, Problem]] = []
    rows: list[tuple[str, str, str]] = []
    records = pipeline.extract_articles(articles, nlp=nlp.load())
    for (key, article), record in zip(batch, records, strict=True):
        if isinstance(record, Problem):
            problems.append((key, record))
            rows.append((key, article.id, "problem"))
        else:
            facts.append((key, record))
            rows.append((key, article.id, "ok"))
    part = uuid.uuid4().hex
    write_partition(Path(root), part, stored_frames(facts, problems))
    del facts, problems, records
    memory.release()  # what this batch freed goes back to the system before the next
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    return Stored(part, version, tuple(rows), peak)


def stored_frames(
    facts: Sequence[tuple[str, ArticleFacts]], problems: Sequence[tuple[str, Problem]]
) -> dict[str, pl.DataFrame]:
    """The batch's tables as stored: ``frames.to_frames`` keyed by content hash."""
    built = frames.to_frames([f for _, f in facts], [p for _, p in problems])
    keys = [k for k, _ in facts]
    out: dict[str, pl.DataFrame] = {}
    for kind, frame in built.items():
        if kind == "articles":
            column = keys
            frame = frame.with_columns(_article_extras([f for _, f in facts]))
        elif kind == "problems":
            column = [k for k, _ in problems]
        else:
            column = [k for k, f in facts for _ in range(len(getattr(f, kind)))]
        frame = frame.with_columns(pl.Series(KEY, column, dtype=pl.String))
        out[kind] = frame.select(list(schema(kind))).cast(pl.Schema(schema(kind)))
    return out


def _article_extras(facts: Sequence[ArticleFacts]) -> list[pl.Series]:
    extras = schema("articles")
    return [
        pl.Series("sections", [[{"kind": s.kind, "start": s.start, "end": s.end}
                                for s in f.article.sections] for f in facts],
                  dtype=extras["sections"]),
        pl.Series("sentences", [[{"start": a, "end": b} for a, b in f.sentences] for f in facts],
                  dtype=extras["sentences"]),
        pl.Series("published_text", [f.article.published for f in facts], dtype=pl.String),
    ]


def write_partition(root: Path, part: str, tables: dict[str, pl.DataFrame]) -> list[Path]:
    """One file per table, each written to a temporary name, synced and renamed into place."""
    written: list[Path] = []
    try:
        for kind in TABLES:
            directory = table_dir(root, kind)
            directory.mkdir(parents=True, exist_ok=True)
            tmp = directory / f".{part}{TMP_SUFFIX}"
            tables[kind].write_parquet(tmp)
            _fsync(tmp)
            final = part_file(root, kind, part)
            os.replace(tmp, final)
            written.append(final)
        for kind in TABLES:
            _fsync(table_dir(root, kind))
    except BaseException:
        for path in [*written, *(table_dir(root, k) / f".{part}{TMP_SUFFIX}" for k in TABLES)]:
            path.unlink(missing_ok=True)
        raise
    return written


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
