"""The same partitions from every engine: worker processes and a Dask cluster store what one
process stores; `workbench facts` with the store prints what it prints without."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.store.helpers import entries, run, sample, stored_rows
from workbench.store import Store
from workbench.store.layout import TABLES

pytestmark = pytest.mark.corpus


def _same_stores(one: Path, other: Path) -> None:
    assert sorted(h for h, _ in entries(one)) == sorted(h for h, _ in entries(other))
    for kind in TABLES:
        assert stored_rows(one, kind).equals(stored_rows(other, kind)), kind


def test_dask_cluster_stores_what_the_local_engine_stores(tmp_path: Path) -> None:
    corpus = sample(tmp_path / "corpus.jsonl", 20, offset=7)
    paths = [ROOT / "seeds", corpus]
    with Store(tmp_path / "local") as store:
        store.update(paths, jobs=1, partition_size=8)
    with Store(tmp_path / "dask") as store:  # a LocalCluster of 2 worker processes
        view = store.update(paths, jobs=2, engine_="dask", partition_size=8)
        assert store.added == len(view) == 22
    _same_stores(tmp_path / "local", tmp_path / "dask")


def test_facts_jsonl_of_200_articles_same_with_and_without_store(tmp_path: Path) -> None:
    corpus = sample(tmp_path / "corpus.jsonl", 200)
    with_store = run("facts", str(corpus), "-q", "--jobs", "2", store=tmp_path / "store")
    without = run("facts", str(corpus), "-q", "--no-store")
    assert with_store.returncode == without.returncode == 0, with_store.stderr
    assert len(with_store.stdout.splitlines()) == 200
    assert with_store.stdout == without.stdout
