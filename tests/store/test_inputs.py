"""An unchanged input is not read again: the plan of its reading is remembered in the store."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from workbench import ingest
from workbench.model import Article, Problem
from workbench.store import Store, inputs


def _corpus(path: Path, *bodies: str, bad_line: bool = False) -> Path:
    lines = [json.dumps({"id": f"a{i}", "title": f"T{i}", "body": body})
             for i, body in enumerate(bodies)]
    if bad_line:
        lines.insert(1, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the inputs were read."""
    calls: list[int] = []
    original = ingest.read

    def counting(*args: Any, **kwargs: Any) -> Iterator[Article | Problem]:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(ingest, "read", counting)
    return calls


def test_an_unchanged_file_is_read_once(tmp_path: Path, reads: list[int]) -> None:
    corpus = _corpus(tmp_path / "a.jsonl", "Rain fell on 2 towns.", "Shares rose 4%.",
                     bad_line=True)
    with Store(tmp_path / "store") as store:
        first = store.update([corpus], jobs=1)
        assert len(reads) == 1
        again = store.update([corpus], jobs=1)
    assert len(reads) == 1, "the second run looked the articles up without reading them"
    assert again.rows.equals(first.rows)
    assert again.problems == first.problems and len(first.problems) == 1
    assert [f.article.id for f in again.facts()] == ["a0", "a1"]


def test_a_changed_file_is_read_again(tmp_path: Path, reads: list[int]) -> None:
    corpus = _corpus(tmp_path / "a.jsonl", "Rain fell on 2 towns.")
    with Store(tmp_path / "store") as store:
        store.update([corpus], jobs=1)
        _corpus(corpus, "Rain fell on 2 towns.", "Snow fell on 3 villages.")
        view = store.update([corpus], jobs=1)
        assert store.added == 2
    assert [f.article.id for f in view.facts()] == ["a0", "a1"]
    assert len(reads) >= 2


def test_the_same_size_written_again_is_read_again(tmp_path: Path, reads: list[int]) -> None:
    corpus = _corpus(tmp_path / "a.jsonl", "Rain fell on 2 towns.")
    with Store(tmp_path / "store") as store:
        store.update([corpus], jobs=1)
        _corpus(corpus, "Rain fell on 3 towns.")  # one digit: the same size
        stat = corpus.stat()
        os.utime(corpus, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
        view = store.update([corpus], jobs=1)
    assert "3 towns" in next(iter(view.facts())).article.text


def test_directories_and_limits_are_not_confused(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    corpus = _corpus(folder / "a.jsonl", "Rain fell on 2 towns.", "Shares rose 4%.")
    assert inputs.signature([folder], limit=None) is None
    assert inputs.signature([tmp_path / "missing.jsonl"], limit=None) is None
    assert inputs.signature([corpus], limit=None) != inputs.signature([corpus], limit=1)
    with Store(tmp_path / "store") as store:
        assert len(store.update([corpus], jobs=1, limit=1)) == 1
        assert len(store.update([corpus], jobs=1)) == 2
        assert len(store.update([folder], jobs=1)) == 2
