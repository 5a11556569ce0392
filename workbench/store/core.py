"""The fact store: open it, bring a corpus up to date in it, read the corpus back.

    store = Store.open()                       # --store DIR, $WORKBENCH_STORE or the cache
    view = store.update(["corpus.jsonl"], jobs=2)
    view.table("quantities"); view.facts()

``update`` reads the inputs (a cheap pass: no parse), keys each article by its content hash,
looks the hashes up in the manifest under the current extractor version, and extracts only the
missing articles, in batches that each become one partition. Opening a store takes a shared lock
on ``STORE/lock`` for as long as it is open; the one that can take it exclusively (no other run on
this store) first deletes partition files no manifest entry names and stale temporary files.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import polars as pl
from tqdm import tqdm

from workbench import ingest
from workbench.model import Article, Problem
from workbench.store import derived, engine, inputs, location
from workbench.store.keys import content_hash
from workbench.store.layout import KEY, LOCK, MANIFEST, TABLES, TMP_SUFFIX, table_dir
from workbench.store.manifest import Entry, Keyed, Manifest, Stored
from workbench.store.readback import ROWS_SCHEMA, View
from workbench.store.version import extractor_version

PARTITION_SIZE = 32  # articles per partition (one batch of work)
TAIL = 4  # the smallest batch the last ones are cut to when workers share the work
HELD = 5000  # missing articles kept from the first reading pass; beyond, inputs are read again
DUPLICATE = "duplicate of an earlier article with the same id; kept once"


def usable_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@dataclass
class _Item:
    key: str
    source: str


class Store:
    """One store directory, open (shared lock held) until :meth:`close`."""

    def __init__(self, root: Path, *, version: str | None = None) -> None:
        self.root = root
        self.version = version or extractor_version()
        root.mkdir(parents=True, exist_ok=True)
        self._lock: IO[bytes] = (root / LOCK).open("ab")
        self.manifest = Manifest(root / MANIFEST)
        self._readings = self.manifest.readings()
        self.added = 0  # articles this process stored
        self.peak_mb = 0.0  # the largest peak memory of a process that wrote a partition
        self._clean()
        fcntl.flock(self._lock, fcntl.LOCK_SH)

    @classmethod
    def open(cls, location_: str | Path | None = None) -> Store:
        return cls(location.resolve(location_))

    def close(self) -> None:
        self.manifest.close()
        self._lock.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def count(self) -> int:
        """Articles stored under the current extractor version."""
        return self.manifest.count(self.version)

    def _clean(self) -> None:
        """Delete leftovers of interrupted runs, unless another run has the store open."""
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return
        named = self.manifest.parts()
        for kind in TABLES:
            directory = table_dir(self.root, kind)
            if not directory.is_dir():
                continue
            for path in directory.iterdir():
                stale = path.name.endswith(TMP_SUFFIX) or (
                    path.suffix == ".parquet" and path.stem not in named)
                if stale:
                    path.unlink(missing_ok=True)
        for path in derived.stale(self.root, named):
            path.unlink(missing_ok=True)

    def update(
        self,
        paths: Iterable[str | Path],
        *,
        limit: int | None = None,
        jobs: int | None = None,
        engine_: str = "local",
        scheduler: str | None = None,
        partition_size: int = PARTITION_SIZE,
        progress: bool | None = False,
        progress_from: int = 0,
    ) -> View:
        """Extract what the store lacks of the articles below ``paths``; the corpus as stored.

        ``progress``: a bar on stderr (None: only when ``progress_from`` or more are missing).
        """
        paths = list(paths)
        items, held = self._plan(paths, limit=limit)
        known = self.manifest.lookup((i.key for i in items if isinstance(i, _Item)), self.version)
        missing = list(dict.fromkeys(
            i.key for i in items if isinstance(i, _Item) and i.key not in known))
        if missing:
            wanted = set(missing)
            source = held if held is not None else self._reread(paths, limit=limit)
            articles = _unique(((k, a) for k, a in source if k in wanted))
            self._extract(articles, total=len(missing), jobs=jobs or usable_cores(),
                          engine_=engine_, scheduler=scheduler, size=partition_size,
                          progress=len(missing) >= progress_from if progress is None
                          else progress)
        return self.view(items)

    def _plan(
        self, paths: list[str | Path], *, limit: int | None
    ) -> tuple[list[_Item | Problem], list[Keyed] | None]:
        """Each input article's content hash and source, problems in place; the articles
        themselves too while they are few. Unchanged inputs are not read again."""
        signature = inputs.signature(paths, limit=limit)
        if signature is not None:
            remembered = self._readings.get(signature)
            if remembered is not None:
                return [p if isinstance(p, Problem) else _Item(*p) for p in remembered], None
        items, held = self._read_plan(paths, limit=limit)
        if signature is not None:
            self._readings.put(signature, [
                p if isinstance(p, Problem) else (p.key, p.source) for p in items])
        return items, held

    def _read_plan(
        self, paths: list[str | Path], *, limit: int | None
    ) -> tuple[list[_Item | Problem], list[Keyed] | None]:
        items: list[_Item | Problem] = []
        held: list[Keyed] | None = []
        for record in ingest.read(paths, limit=limit):
            if isinstance(record, Problem):
                items.append(record)
                continue
            key = content_hash(record)
            items.append(_Item(key, record.source))
            if held is not None:
                held.append((key, record))
                if len(held) > HELD:
                    held = None
        return items, held

    @staticmethod
    def _reread(paths: list[str | Path], *, limit: int | None) -> Iterator[Keyed]:
        for record in ingest.read(paths, limit=limit):
            if isinstance(record, Article):
                yield content_hash(record), record

    def _extract(self, articles: Iterator[Keyed], *, total: int, jobs: int, engine_: str,
                 scheduler: str | None, size: int, progress: bool) -> None:
        if engine_ not in engine.ENGINES:
            raise ValueError(f"unknown engine {engine_!r}; choose from {', '.join(engine.ENGINES)}")
        parallel = jobs if engine_ == "dask" or jobs > 1 else 1
        batches = _batches(articles, size, total=total, jobs=parallel)
        root = str(self.root)
        with tqdm(total=total, desc="extracting", unit="article", disable=not progress or None,
                  dynamic_ncols=True) as bar:

            def on_stored(stored: Stored) -> None:
                self.manifest.commit(stored)
                self.added += len(stored.rows)
                self.peak_mb = max(self.peak_mb, stored.peak_mb)
                bar.update(len(stored.rows))

            n_batches = -(-total // size)
            if engine_ == "dask":
                engine.run_dask(batches, scheduler=scheduler, jobs=jobs, root=root,
                                version=self.version, on_stored=on_stored)
            elif jobs <= 1 or n_batches <= 1:
                engine.run_inline(batches, root=root, version=self.version, on_stored=on_stored)
            else:
                engine.run_processes(batches, jobs=min(jobs, n_batches), root=root,
                                     version=self.version, on_stored=on_stored)

    def view(self, items: list[_Item | Problem]) -> View:
        """The stored corpus for ``items`` (input order): duplicates and failures as problems."""
        known = self.manifest.lookup((i.key for i in items if isinstance(i, _Item)), self.version)
        failed = self._failures([k for k, e in known.items() if e.status != "ok"], known)
        rows: list[tuple[int, str, str, str]] = []
        problems: list[Problem] = []
        seen: set[str] = set()
        for position, item in enumerate(items):
            if isinstance(item, Problem):
                problems.append(item)
                continue
            entry = known.get(item.key)
            if entry is None:
                continue  # not stored: the run was interrupted before it
            if entry.status != "ok":
                problems.extend(_with_source(p, item.source) for p in failed.get(item.key, []))
                continue
            if entry.article_id in seen:
                problems.append(Problem(item.source, "read", DUPLICATE, article=entry.article_id))
                continue
            seen.add(entry.article_id)
            rows.append((position, item.key, item.source, entry.part))
        frame = pl.DataFrame(rows, schema=ROWS_SCHEMA, orient="row")
        return View(self.root, frame, problems)

    def _failures(self, keys: list[str], known: dict[str, Entry]) -> dict[str, list[Problem]]:
        if not keys:
            return {}
        rows = pl.DataFrame([(i, k, "", known[k].part) for i, k in enumerate(keys)],
                            schema=ROWS_SCHEMA, orient="row")
        found: dict[str, list[Problem]] = {}
        frame = View(self.root, rows).scan("problems").collect()
        for row in frame.to_dicts():
            found.setdefault(row[KEY], []).append(Problem(
                row["source"], row["stage"], row["message"], row["line"], row["article"]))
        return found


def _with_source(problem: Problem, source: str) -> Problem:
    return Problem(source, problem.stage, problem.message, problem.line, problem.article)


def _unique(pairs: Iterable[Keyed]) -> Iterator[Keyed]:
    seen: set[str] = set()
    for key, article in pairs:
        if key not in seen:
            seen.add(key)
            yield key, article


def _batches(pairs: Iterator[Keyed], size: int, *, total: int = 0,
             jobs: int = 1) -> Iterator[list[Keyed]]:
    """Batches of ``size`` articles; with several ``jobs`` and the ``total`` known, the last
    ones smaller (guided scheduling: a batch takes at most a ``2 * jobs``-th of what is left,
    never under ``TAIL``), so no worker is left alone with a whole batch at the end."""
    batch: list[Keyed] = []
    left = total

    def wanted() -> int:
        if jobs <= 1 or total <= 0:
            return size
        return max(min(size, TAIL), min(size, left // (2 * jobs)))

    for pair in pairs:
        batch.append(pair)
        if len(batch) >= wanted():
            left -= len(batch)
            yield batch
            batch = []
    if batch:
        yield batch
