"""A corpus read and extracted once: the records and their tables, for notebooks and commands.

Facts come from the fact store (:mod:`workbench.store`): only articles it lacks are extracted,
and the corpus is built from its stored tables (the cross-article name linking applied when read).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import polars as pl

from workbench import compare
from workbench import frames as tables
from workbench.model import ArticleFacts, Problem
from workbench.store import PARTITION_SIZE, Store, View, derived, usable_cores

PROGRESS_FROM = 200  # load() shows a progress bar when at least this many articles are missing


@dataclass
class Corpus:
    """Articles with their facts, and the problems met reading them."""

    facts: list[ArticleFacts]
    problems: list[Problem] = field(default_factory=list)
    stored: View | None = field(default=None, repr=False, compare=False)

    @cached_property
    def frames(self) -> dict[str, pl.DataFrame]:
        if self.stored is not None:
            return self.stored.tables()
        return tables.to_frames(self.facts, self.problems)

    def table(self, kind: str) -> pl.DataFrame:
        """One table: articles, entities, quantities, times, quotes, claims, checks, problems."""
        if kind not in tables.SCHEMAS:
            raise ValueError(f"unknown table {kind!r}; choose from {', '.join(tables.SCHEMAS)}")
        return self.frames[kind]

    def __iter__(self) -> Iterator[ArticleFacts]:
        return iter(self.facts)

    def __len__(self) -> int:
        return len(self.facts)

    def estimates(self, topic: str | None = None, *, jobs: int | None = None) -> pl.DataFrame:
        """:func:`workbench.compare.estimates` of this corpus for ``topic``. A stored corpus
        answers from the estimates its store keeps per partition (read when it was stored, or
        with ``jobs`` processes the first time a question needs them), so a question over a
        large corpus takes seconds."""
        if self.stored is not None:
            return estimates(self.stored, topic, jobs=jobs)
        return compare.estimates(self.facts, topic)

    @classmethod
    def of(cls, view: View) -> Corpus:
        """The stored corpus ``view`` with every article's facts rebuilt."""
        return cls(list(view.facts()), view.problems, view)

    def _summary(self) -> dict[str, str]:
        """What the corpus holds, in a few words per line: for ``repr`` and notebooks."""
        days = sorted(item.article.published for item in self.facts if item.article.published)
        outlets = {item.article.outlet for item in self.facts if item.article.outlet}
        counts = ", ".join(f"{sum(len(getattr(item, kind)) for item in self.facts):,} {kind}"
                           for kind in tables.FACT_TABLES)
        return {
            "articles": f"{len(self.facts):,}",
            "published": f"{days[0]} to {days[-1]}" if days else "no dates",
            "outlets": f"{len(outlets):,}",
            "facts": counts,
            "problems": f"{len(self.problems):,}",
        }

    def __repr__(self) -> str:
        summary = self._summary()
        return (f"<Corpus: {summary['articles']} articles, {summary['published']}, "
                f"{summary['outlets']} outlets, {summary['problems']} problems>")

    def _repr_html_(self) -> str:
        rows = "".join(f"<tr><th style=\"text-align:left\">{html.escape(name)}</th>"
                       f"<td style=\"text-align:left\">{html.escape(value)}</td></tr>"
                       for name, value in self._summary().items())
        return f"<table class=\"wb-corpus\"><caption>Corpus</caption>{rows}</table>"

    def article(self, article_id: str) -> ArticleFacts:
        for item in self.facts:
            if item.article.id == article_id:
                return item
        raise KeyError(f"no article with id {article_id!r}")


def stored(
    store: Store,
    paths: Iterable[str | Path],
    *,
    limit: int | None = None,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    progress: bool | None = None,
    partition_size: int = PARTITION_SIZE,
) -> View:
    """The corpus below ``paths`` as ``store`` holds it (its tables, read lazily), extracting
    first what it lacks, then reading the estimates of what it extracted (a corpus-wide pass,
    so that every question is answered from the store): what a question needs without
    rebuilding every article's records."""
    view = store.update(paths, limit=limit, jobs=jobs, engine_=engine, scheduler=scheduler,
                        partition_size=partition_size, progress=progress,
                        progress_from=PROGRESS_FROM)
    derived.complete(view, jobs=jobs or usable_cores(), progress=progress)
    return view


def estimates(view: View, topic: str | None = None, *, jobs: int | None = None,
              progress: bool | None = None) -> pl.DataFrame:
    """:func:`workbench.compare.estimates` of the stored corpus ``view`` (see
    :meth:`Corpus.estimates`)."""
    return derived.estimates(view, topic, jobs=jobs or usable_cores(), progress=progress)


def load(
    paths: str | Path | Iterable[str | Path],
    *,
    limit: int | None = None,
    store: str | Path | None = None,
    jobs: int | None = None,
    memory: bool = False,
) -> Corpus:
    """Read every article below ``paths`` (a path or several) with its facts.

    Facts come from the fact store at ``store`` (default: ``$WORKBENCH_STORE``, else
    ``~/.cache/workbench/store``), which extracts, with ``jobs`` worker processes (default: the
    usable cores), only the articles it lacks; ``memory=True`` extracts everything in this
    process instead and stores nothing. Within one process the same unchanged files are read
    once: the reports' notebooks share a kernel, and each asks for the corpus it shows.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    key = (_fingerprint(paths), limit, str(store), memory)
    if key not in _LOADED:
        _LOADED.clear()  # keep one corpus: they can be large
        if memory:
            from workbench import pipeline  # the parser loads only when something is parsed

            facts, problems = pipeline.run(paths, limit=limit)
            _LOADED[key] = Corpus(facts, problems)
        else:
            with Store.open(store) as opened:
                _LOADED[key] = Corpus.of(stored(opened, paths, limit=limit, jobs=jobs))
    return _LOADED[key]


_LOADED: dict[tuple[tuple[tuple[str, int, int], ...], int | None, str, bool], Corpus] = {}


def _fingerprint(paths: Iterable[str | Path]) -> tuple[tuple[str, int, int], ...]:
    """Each input file with its size and modification time (a changed file is read again)."""
    found: list[tuple[str, int, int]] = []
    for raw in paths:
        path = Path(raw).resolve()
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            stat = file.stat() if file.exists() else None
            found.append(
                (str(file), stat.st_size if stat else -1, stat.st_mtime_ns if stat else -1)
            )
    return tuple(found)
