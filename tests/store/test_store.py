"""The fact store: incremental, keyed by content and extractor version, cleaned when opened."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.store.helpers import entries, run
from workbench import frames, pipeline
from workbench.store import Store
from workbench.store.layout import part_file, table_dir


def test_unchanged_articles_are_extracted_once(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    with Store(tmp_path / "store") as store:
        first = store.update([seeds], jobs=1)
        assert store.added == len(first) == 2
        again = store.update([seeds], jobs=1)
        assert store.added == 2  # nothing extracted the second time
        assert again.rows[["content_hash", "source"]].equals(first.rows[["content_hash", "source"]])
    path = next(seeds.glob("*.txt"))
    path.write_text(path.read_text().replace("Ukraine", "Ukrainian", 1))
    with Store(tmp_path / "store") as store:
        store.update([seeds], jobs=1)
        assert 1 <= store.added <= 2  # only the changed article(s)
    with Store(tmp_path / "store", version="another-extractor") as store:
        store.update([seeds], jobs=1)
        assert store.added == 2  # a new extractor version extracts again


def test_one_store_serves_a_corpus_on_another_path(tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere"
    shutil.copytree(ROOT / "seeds", copy)
    with Store(tmp_path / "store") as store:
        store.update([ROOT / "seeds"], jobs=1)
        view = store.update([copy], jobs=1)
        assert store.added == 2
        assert {f.article.source for f in view.facts()} == {str(next(copy.glob("*.txt")))}


def test_tables_and_records_equal_the_in_memory_run(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "body": "Kyiv was quiet on Monday."}\nnot json\n'
                   '{"id": "a", "body": "Kyiv was quiet on Monday."}\n')
    paths = [ROOT / "seeds", bad]
    facts, problems = pipeline.run(paths)
    with Store(tmp_path / "store") as store:
        view = store.update(paths, jobs=1)
    assert [f.to_dict() for f in view.facts()] == [f.to_dict() for f in facts]
    assert view.problems == problems
    expected = frames.to_frames(facts, problems)
    for kind, table in view.tables().items():
        assert table.equals(expected[kind]), kind


def test_opening_deletes_what_no_manifest_entry_names(tmp_path: Path) -> None:
    root = tmp_path / "store"
    with Store(root) as store:
        store.update([ROOT / "seeds"], jobs=1)
    named = {p for _, p in entries(root)}
    orphan = part_file(root, "entities", "0" * 32)
    stale = table_dir(root, "quotes") / ".abc.parquet.tmp"
    orphan.write_bytes(b"half a partition")
    stale.write_bytes(b"")
    with Store(root):
        assert not orphan.exists() and not stale.exists()
        assert all(part_file(root, "entities", p).exists() for p in named)


def test_facts_jsonl_same_with_and_without_store(tmp_path: Path) -> None:
    with_store = run("facts", "seeds/", "-q", store=tmp_path / "store")
    without = run("facts", "seeds/", "-q", "--no-store")
    assert with_store.returncode == without.returncode == 0, with_store.stderr
    assert with_store.stdout == without.stdout
    assert [json.loads(line)["id"] for line in with_store.stdout.splitlines()]


def test_each_article_keeps_its_own_facts_when_one_is_too_long(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A too-long article read after a good one in the same partition is that article's
    problem, named with its own line; the good one keeps its facts."""
    from workbench import nlp

    monkeypatch.setattr(nlp.load(), "max_length", 300)
    corpus = tmp_path / "a.jsonl"
    corpus.write_text(
        json.dumps({"id": "good", "title": "Parks", "body": "The council approved 3 parks."})
        + "\n" + json.dumps({"id": "long", "body": "The board met again. " * 20}) + "\n")
    with Store(tmp_path / "store") as store:
        view = store.update([corpus], jobs=1)
    assert [f.article.id for f in view.facts()] == ["good"]
    assert [(p.source, p.article) for p in view.problems] == [(f"{corpus}:2", "long")]


def test_batches_shrink_at_the_end_only_when_workers_share_the_work() -> None:
    from itertools import pairwise

    from workbench.store.core import TAIL, _batches

    pairs = [(str(i), None) for i in range(200)]
    shared = [len(b) for b in _batches(iter(pairs), 32, total=200, jobs=2)]  # type: ignore[arg-type]
    assert sum(shared) == 200 and shared[0] == 32
    assert shared[-3:] == sorted(shared[-3:], reverse=True) and max(shared[-3:]) <= TAIL + 4
    assert all(a >= b for a, b in pairwise(shared))  # never grows again
    alone = [len(b) for b in _batches(iter(pairs), 32, total=200, jobs=1)]  # type: ignore[arg-type]
    assert alone == [32] * 6 + [8]
