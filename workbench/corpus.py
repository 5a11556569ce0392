"""A corpus read and extracted once: the records and their tables, for notebooks and commands."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import polars as pl

from workbench import pipeline, tables
from workbench.model import ArticleFacts, Problem


@dataclass
class Corpus:
    """Articles with their facts, and the problems met reading them."""

    facts: list[ArticleFacts]
    problems: list[Problem] = field(default_factory=list)

    @cached_property
    def frames(self) -> dict[str, pl.DataFrame]:
        return tables.to_frames(self.facts, self.problems)

    def table(self, kind: str) -> pl.DataFrame:
        """One table: articles, entities, quantities, times, quotes, claims, checks, problems."""
        if kind not in tables.SCHEMAS:
            raise ValueError(f"unknown table {kind!r}; choose from {', '.join(tables.SCHEMAS)}")
        return self.frames[kind]

    def article(self, article_id: str) -> ArticleFacts:
        for item in self.facts:
            if item.article.id == article_id:
                return item
        raise KeyError(f"no article with id {article_id!r}")


def load(paths: str | Path | Iterable[str | Path], *, limit: int | None = None) -> Corpus:
    """Read and extract every article below ``paths`` (a path or several)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    facts, problems = pipeline.run(paths, limit=limit)
    return Corpus(facts, problems)
