"""Killing a run (SIGINT, SIGKILL) mid-way leaves a store that a re-run completes, with every
article stored exactly once; Ctrl-C ends with 130 and one line; a closed pipe ends quietly."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.store.helpers import WORKBENCH, entries, run, sample, stored_rows

pytestmark = pytest.mark.corpus
SIZE = 16


def _start(corpus: Path, store: Path, jobs: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*WORKBENCH, "facts", str(corpus), "-q", "--store", str(store), "--jobs", str(jobs),
         "--batch-size", "2", "--format", "parquet", "--out", str(store.parent / "out")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )


def _wait_for_partitions(store: Path, process: subprocess.Popen[str], n: int) -> None:
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if (store / "manifest.sqlite").exists() and len(entries(store)) >= n:
                return
        except sqlite3.OperationalError:
            pass  # the manifest is being created
        time.sleep(0.2)
    raise AssertionError(f"no partition stored in time; exit {process.poll()}")


def _complete_once(corpus: Path, store: Path) -> None:
    again = run("facts", str(corpus), "-q", "--jobs", "1", store=store)
    assert again.returncode == 0, again.stderr
    assert f"{SIZE} articles, 0 problems" in again.stderr
    stored = entries(store)
    assert len(stored) == SIZE == len({h for h, _ in stored})
    articles = stored_rows(store, "articles")
    assert articles.height == SIZE and articles["content_hash"].n_unique() == SIZE
    ids = [line.split('"id": ')[1].split(",")[0] for line in again.stdout.splitlines()]
    assert len(ids) == len(set(ids)) == SIZE


@pytest.mark.parametrize("jobs", [1, 2])
def test_ctrl_c_stops_at_once_and_a_rerun_resumes(tmp_path: Path, jobs: int) -> None:
    corpus = sample(tmp_path / "corpus.jsonl", SIZE)
    store = tmp_path / "store"
    process = _start(corpus, store, jobs)
    _wait_for_partitions(store, process, 2)
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the command and its workers
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert "a re-run resumes" in stderr and "articles are stored" in stderr
    assert not (tmp_path / "out").exists()  # the export is written whole or not at all
    _complete_once(corpus, store)


def test_sigkill_loses_no_article_and_duplicates_none(tmp_path: Path) -> None:
    corpus = sample(tmp_path / "corpus.jsonl", SIZE)
    store = tmp_path / "store"
    process = _start(corpus, store, 2)
    _wait_for_partitions(store, process, 2)
    process.kill()
    process.communicate(timeout=60)
    _complete_once(corpus, store)


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    corpus = sample(tmp_path / "corpus.jsonl", 8)  # more output than a pipe holds
    store = tmp_path / "store"
    assert run("facts", str(corpus), "-q", "--jobs", "1", store=store).returncode == 0
    result = subprocess.run(
        f"set -o pipefail; {' '.join(WORKBENCH)} facts {corpus} -q --store {store} | head -c 100",
        shell=True, executable="/bin/bash", capture_output=True, text=True, cwd=ROOT,
    )
    assert result.returncode == 128 + signal.SIGPIPE, result.stderr  # as a shell reports it
    assert result.stderr == "" and len(result.stdout) == 100
