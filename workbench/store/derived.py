"""A stored corpus's estimates, kept per partition so a question is answered in seconds.

Every counted number of a stored article, read as an estimate of its measurable
(:func:`workbench.compare.estimates.measurables.estimates_of`), does not depend on the question
asked: it is computed once per partition, the first time a question needs it, and kept in
``STORE/derived/estimates/<part>.<key>.parquet``. ``key`` hashes what the estimates depend on:
the estimates' code and the extractor's version (:func:`~workbench.store.version.
estimates_version`), the corpus's articles in the partition and the corpus-wide name linking of
the people they name. Each row keeps, besides the estimate itself (JSON, see
:mod:`~workbench.store.codec`), the columns a question is first tested on (unit, event, counted
family), so only the estimates that may answer it are rebuilt, and the countries its sentence
names (for :func:`~workbench.compare.estimates.matching.elsewhere`). A partition keeps one such
file: the newest replaces the others.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import polars as pl
from tqdm import tqdm

from workbench.compare.estimates import matching
from workbench.compare.estimates.measurables import Estimate, estimates_of
from workbench.compare.estimates.table import answer
from workbench.store import codec, engine, memory
from workbench.store.layout import KEY
from workbench.store.readback import View
from workbench.store.version import estimates_version

DIRECTORY = ("derived", "estimates")
TMP_SUFFIX = ".tmp"
SCHEMA: dict[str, Any] = {
    KEY: pl.String, "index": pl.Int64,
    # what Query.may_match reads (matching.sketch)
    "unit": pl.String, "event": pl.String, "read": pl.Boolean, "family": pl.String,
    "read_event": pl.String, "aside": pl.Boolean,
    "countries": pl.List(pl.String), "estimate": pl.String,
}
SKETCH = ["unit", "event", "read", "family", "read_event", "aside"]
PROGRESS_FROM = 8  # partitions to compute before a progress bar is worth showing
PARALLEL_FROM = 400  # articles to compute before starting worker processes is worth it


def directory(root: Path) -> Path:
    return root.joinpath(*DIRECTORY)


def estimates(view: View, topic: str | None = None, *, jobs: int = 1,
              progress: bool | None = None) -> pl.DataFrame:
    """:func:`workbench.compare.estimates` of the stored corpus ``view``: the same table,
    from the estimates kept per partition (computed first where missing, with ``jobs``
    processes)."""
    stored = rows(view, jobs=jobs, progress=progress)
    ranked = matching.ranked_countries(stored["countries"].to_list())
    if topic is not None:
        query = matching.parse(topic)
        kinds = stored.select(SKETCH).unique()
        wanted = kinds.filter(pl.Series([query.may_match(**k) for k in kinds.iter_rows(named=True)],
                                        dtype=pl.Boolean))
        stored = stored.join(wanted, on=SKETCH, how="semi", nulls_equal=True,
                             maintain_order="left")
    found = [codec.loads(Estimate, text) for text in stored["estimate"]]
    countries = {id(e): named for e, named in zip(found, stored["countries"].to_list(),
                                                  strict=True)}
    return answer(found, topic, ranked=ranked, countries=countries)


def complete(view: View, *, jobs: int = 1, progress: bool | None = None) -> list[_Plan]:
    """Compute the estimates of every partition of ``view`` that lacks them (a corpus-wide
    pass: they depend on the corpus's name linking); the partitions' plans."""
    plans = _plans(view)
    missing = [p for p in plans if not p.file.exists()]
    if missing:
        _compute(view.root, missing, jobs=jobs if _articles(missing) >= PARALLEL_FROM else 1,
                 progress=len(missing) >= PROGRESS_FROM if progress is None else progress)
    return plans


def _articles(plans: list[_Plan]) -> int:
    return sum(len(p.hashes) for p in plans)


def rows(view: View, *, jobs: int = 1, progress: bool | None = None) -> pl.DataFrame:
    """Every estimate of ``view`` (columns of :data:`SCHEMA`), in corpus order."""
    plans = complete(view, jobs=jobs, progress=progress)
    if not plans:
        return pl.DataFrame(schema=SCHEMA)
    found = pl.scan_parquet([str(p.file) for p in plans]).join(
        view.rows.lazy().select(KEY, "position"), on=KEY, how="inner")
    return found.sort(["position", "index"]).drop("position").collect()


class _Plan:
    """One partition's estimates: its file, the corpus's articles in it and their linking."""

    def __init__(self, root: Path, part: str, hashes: list[str],
                 relinked: dict[str, str]) -> None:
        self.part, self.hashes, self.relinked = part, hashes, relinked
        digest = hashlib.sha256(json.dumps(
            [estimates_version(), sorted(hashes), sorted(relinked.items())]).encode())
        self.file = directory(root) / f"{part}.{digest.hexdigest()[:16]}.parquet"


_LAST: list[tuple[View, list[_Plan]]] = []  # the last view's plans: storing, then a question


def _plans(view: View) -> list[_Plan]:
    """Each partition's plan; the same view (its articles and linking fixed) is planned once."""
    if _LAST and _LAST[0][0] is view:
        return _LAST[0][1]
    plans = _planned(view)
    _LAST[:] = [(view, plans)]
    return plans


def _planned(view: View) -> list[_Plan]:
    mapping = view.relinked
    people: dict[str, set[str]] = {}
    if mapping:
        named = (view.scan("entities").filter(pl.col("label") == "PERSON")
                 .select("part", "canonical").unique().collect())
        for part, name in named.iter_rows():
            if name in mapping:
                people.setdefault(part, set()).add(name)
    plans = []
    for (part,), group in view.rows.group_by("part", maintain_order=True):
        linked = {name: mapping[name] for name in people.get(str(part), ())}
        plans.append(_Plan(view.root, str(part), group[KEY].to_list(), linked))
    return plans


def _compute(root: Path, plans: list[_Plan], *, jobs: int, progress: bool) -> None:
    work = [(str(root), p.part, p.hashes, p.relinked, str(p.file)) for p in plans]
    with tqdm(total=len(work), desc="reading estimates", unit="partition",
              disable=not progress or None) as bar:
        if jobs <= 1 or len(work) == 1:
            for item in work:
                _write(*item)
                bar.update()
            return
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=engine.spawning(),
                                   initializer=engine.ignore_interrupts)
        try:
            for _ in pool.map(_write_packed, work, chunksize=4):
                bar.update()
        except BaseException:  # Ctrl-C or a failure: what is written stays, nothing hangs
            engine.terminate(pool)
            raise
        pool.shutdown(wait=True)


def _write_packed(item: tuple[str, str, list[str], dict[str, str], str]) -> None:
    _write(*item)


def _write(root: str, part: str, hashes: list[str], relinked: dict[str, str],
           file: str) -> None:
    """Compute one partition's estimates and write them whole (a temporary file renamed)."""
    rows = pl.DataFrame({"position": range(len(hashes)), KEY: hashes, "source": [""] * len(hashes),
                         "part": [part] * len(hashes)})
    view = View(Path(root), rows)
    view.__dict__["relinked"] = relinked  # the corpus's linking, not this partition's own
    records = list(_records(view))
    frame = pl.DataFrame(records, schema=SCHEMA, orient="row")
    target = Path(file)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + TMP_SUFFIX)
    frame.write_parquet(temporary)
    os.replace(temporary, target)
    for older in target.parent.glob(f"{part}.*.parquet"):
        if older != target:  # the partition's estimates under an earlier code or linking
            older.unlink(missing_ok=True)
    memory.release()


def _records(view: View) -> Iterator[tuple[Any, ...]]:
    for facts, key in zip(view.facts(), view.rows[KEY], strict=True):
        for index, e in enumerate(estimates_of(facts)):
            sketch = matching.sketch(e)
            yield (key, index, *(sketch[name] for name in SKETCH), matching.countries_of(e),
                   codec.dumps(e))


def stale(root: Path, parts: Iterable[str]) -> list[Path]:
    """Files of the estimates directory that no partition in ``parts`` names, and leftovers
    of interrupted writes."""
    folder = directory(root)
    if not folder.is_dir():
        return []
    named = set(parts)
    return [path for path in folder.iterdir()
            if path.name.endswith(TMP_SUFFIX) or path.name.split(".", 1)[0] not in named]
