"""Shared by the store tests: corpus samples, the command, a store's contents."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from tests.conftest import ROOT, SHARED

CORPUS = SHARED / "corpora" / "ukraine-media-2022" / "articles.jsonl"
WORKBENCH = [sys.executable, "-m", "workbench.cli"]


def sample(out: Path, size: int, *, offset: int = 0) -> Path:
    """``size`` articles of the shared corpus, every k-th line (they span outlets and months)."""
    if not CORPUS.exists():
        pytest.skip(f"needs {CORPUS}")
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    step = max(len(lines) // size, 1)
    out.write_text("\n".join(lines[offset::step][:size]) + "\n", encoding="utf-8")
    return out


def run(*args: str, store: Path | None = None) -> subprocess.CompletedProcess[str]:
    where = ["--store", str(store)] if store is not None else []
    return subprocess.run([*WORKBENCH, *args, *where], capture_output=True, text=True,
                          check=False, cwd=ROOT)


def entries(store: Path) -> list[tuple[str, str]]:
    """(content hash, partition) of every manifest entry."""
    with sqlite3.connect(store / "manifest.sqlite") as db:
        return [(h, p) for h, p in db.execute("SELECT hash, part FROM entries")]


def stored_rows(store: Path, kind: str) -> pl.DataFrame:
    """Every row of ``kind`` in the partitions the manifest names, without partition names,
    sorted: two stores holding the same facts give equal frames."""
    parts = {p for _, p in entries(store)}
    files = [store / "tables" / kind / f"{p}.parquet" for p in sorted(parts)]
    frame = pl.concat([pl.read_parquet(f) for f in files]) if files else pl.DataFrame()
    order = ["content_hash", "index"] if "index" in frame.columns else ["content_hash"]
    return frame.sort(order) if frame.height else frame
