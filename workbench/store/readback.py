"""Reading a corpus back from the store: its tables (polars) and its ArticleFacts records.

A corpus read back is a :class:`View`: the stored articles it keeps, in input order, each with
the partition holding it and the path it was read from this time (one stored article serves every
corpus that holds it, so the path is the reader's). Its tables are lazy scans of exactly those
partitions, filtered to those articles, with the corpus-wide name linking applied.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, fields
from functools import cached_property
from pathlib import Path
from typing import Any

import polars as pl

from workbench import frames
from workbench.model import (
    Article,
    ArticleFacts,
    Check,
    Claim,
    Entity,
    Problem,
    Quantity,
    Quote,
    Section,
    TimeExpr,
)
from workbench.store import linking
from workbench.store.layout import KEY, part_file, schema

ROWS_SCHEMA = {"position": pl.Int64, KEY: pl.String, "source": pl.String, "part": pl.String}
RECORDS: dict[str, type] = {
    "entities": Entity, "quantities": Quantity, "times": TimeExpr, "quotes": Quote,
    "claims": Claim, "checks": Check,
}
CHUNK = 500  # articles rebuilt at a time when streaming


@dataclass
class View:
    """The stored articles of one corpus (``rows``: position, content_hash, source, part, in
    input order) and the problems met reading and extracting it."""

    root: Path
    rows: pl.DataFrame
    problems: list[Problem] = field(default_factory=list)

    def __len__(self) -> int:
        return self.rows.height

    def scan(self, kind: str, rows: pl.DataFrame | None = None) -> pl.LazyFrame:
        """The stored rows of ``kind`` for ``rows`` (default: all), in corpus order, with the
        reader's ``source`` and the article's ``position``."""
        rows = self.rows if rows is None else rows
        parts = rows["part"].unique().sort().to_list()
        if not parts:
            empty = pl.DataFrame(schema={**schema(kind), "position": pl.Int64})
            return empty.lazy()
        files = [str(part_file(self.root, kind, p)) for p in parts]
        found = pl.scan_parquet(files, include_file_paths="_file").with_columns(
            pl.col("_file").str.extract(r"([0-9a-f]+)\.parquet$").alias("part")
        )
        wanted = rows.lazy().select(KEY, "part", "position", pl.col("source").alias("_source"))
        joined = found.join(wanted, on=[KEY, "part"], how="inner")
        order = ["position", "index"] if "index" in schema(kind) else ["position"]
        if kind == "articles":
            joined = joined.with_columns(pl.col("_source").alias("source"))
        return joined.drop("_file", "_source").sort(order)

    @cached_property
    def relinked(self) -> dict[str, str]:
        """The corpus-wide name linking: ``{one-word person name: full name}``, kept in the
        store for this corpus once computed."""
        return linking.kept(self.root, self.rows, lambda: linking.relink(
            self.scan("entities").filter(pl.col("label") == "PERSON")))

    def table(self, kind: str) -> pl.DataFrame:
        """One table as ``workbench.frames`` declares it (what ``to_frames`` gives)."""
        if kind == "problems":
            return frames.to_frames([], self.problems)["problems"]
        frame = self.scan(kind).collect()
        if kind == "entities":
            frame = linking.apply(frame, self.relinked)
        return frame.select(list(frames.SCHEMAS[kind]))

    def tables(self) -> dict[str, pl.DataFrame]:
        return {kind: self.table(kind) for kind in frames.KINDS}

    def facts(self, *, chunk: int = CHUNK) -> Iterator[ArticleFacts]:
        """Every article's facts in input order, rebuilt ``chunk`` articles at a time."""
        for start in range(0, self.rows.height, chunk):
            yield from self._rebuild(self.rows.slice(start, chunk))

    def _rebuild(self, rows: pl.DataFrame) -> list[ArticleFacts]:
        by_kind: dict[str, dict[int, list[dict[str, Any]]]] = {}
        for kind in RECORDS:
            frame = self.scan(kind, rows).collect()
            if kind == "entities":
                frame = linking.apply(frame, self.relinked)
            grouped: dict[int, list[dict[str, Any]]] = {}
            for row in frame.to_dicts():
                grouped.setdefault(row["position"], []).append(row)
            by_kind[kind] = grouped
        built = []
        for row in self.scan("articles", rows).collect().to_dicts():
            at = row["position"]
            built.append(ArticleFacts(
                _article(row),
                sentences=[(s["start"], s["end"]) for s in row["sentences"]],
                **{kind: _records(RECORDS[kind], by_kind[kind].get(at, [])) for kind in RECORDS},
            ))
        return built


def _article(row: dict[str, Any]) -> Article:
    return Article(
        id=row["article_id"], source=row["source"], title=row["title"], text=row["text"],
        sections=tuple(Section(s["kind"], s["start"], s["end"]) for s in row["sections"]),
        captions=tuple(row["captions"]), credits=tuple(row["credits"]),
        published=row["published_text"], published_basis=row["published_basis"],
        outlet=row["outlet"], url=row["url"],
    )


def _records(cls: type, rows: Sequence[dict[str, Any]]) -> list[Any]:
    names = [f.name for f in fields(cls)]
    return [cls(**{n: tuple(row[n]) if isinstance(row[n], list) else row[n] for n in names})
            for row in rows]
