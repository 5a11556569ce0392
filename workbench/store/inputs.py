"""What a reading of the inputs found, remembered: an unchanged corpus is not read again.

Re-running a question on a stored corpus spends most of its time reading and hashing the inputs
to learn which stored articles they hold. The plan of a reading (each article's content hash and
source, and the problems met, in order) is kept in the manifest's database under a signature of
the inputs: every file's resolved path, size, modification time (ns) and inode, the limit, and
the reader's own code. A file that changes in any of these is read again. Directories are not
remembered (files may come and go below them without changing the directory's own times).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
import zlib
from dataclasses import asdict
from pathlib import Path

from workbench.model import Problem

SCHEMA = """
CREATE TABLE IF NOT EXISTS readings (
    signature TEXT PRIMARY KEY, plan BLOB NOT NULL, created REAL NOT NULL);
"""
KEEP = 50  # readings remembered; the oldest go first
READER = Path(__file__).resolve().parents[1] / "ingest"

Planned = tuple[str, str] | Problem  # (content hash, source) of an article, or a problem


def signature(paths: list[str | Path], *, limit: int | None) -> str | None:
    """The inputs' signature, or None when they cannot be remembered (a directory, a file that
    cannot be read)."""
    parts: list[object] = [limit, _reader()]
    for path in paths:
        resolved = Path(path).resolve()
        try:
            stat = resolved.stat()
        except OSError:
            return None
        if not resolved.is_file():
            return None
        parts.append([str(resolved), stat.st_size, stat.st_mtime_ns, stat.st_ino])
    return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()


def _reader() -> str:
    """The reading code: a change in how articles are read changes their hashes."""
    digest = hashlib.sha256()
    for path in sorted(READER.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


class Readings:
    """Plans of readings, in the manifest's database (its own table)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._db.executescript(SCHEMA)

    def get(self, key: str) -> list[Planned] | None:
        row = self._db.execute("SELECT plan FROM readings WHERE signature = ?", (key,)).fetchone()
        if row is None:
            return None
        return [(str(item[0]), str(item[1])) if isinstance(item, list) else Problem(**item)
                for item in json.loads(zlib.decompress(row[0]))]

    def put(self, key: str, plan: list[Planned]) -> None:
        items = [asdict(item) if isinstance(item, Problem) else list(item) for item in plan]
        blob = zlib.compress(json.dumps(items, ensure_ascii=False).encode("utf-8"))
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("INSERT OR REPLACE INTO readings VALUES (?, ?, ?)", (key, blob, time.time()))
            db.execute("DELETE FROM readings WHERE signature NOT IN (SELECT signature FROM "
                       "readings ORDER BY created DESC LIMIT ?)", (KEEP,))
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
