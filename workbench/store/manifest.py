"""The manifest: which partition holds each article, per extractor version (SQLite).

Why SQLite (standard library) rather than a JSONL journal: a partition's entries must appear
together or not at all, and SQLite gives that as one transaction (``BEGIN IMMEDIATE`` ...
``COMMIT``, in WAL mode with ``synchronous=FULL``, so a commit is on disk when it returns); it also
answers "which of these 1,000 hashes are stored?" from an index instead of replaying a journal, and
lets two runs on one store wait for each other's commits instead of interleaving lines.

Tables:

- ``parts(part, version, articles, created)``: one row per partition directory name;
- ``entries(hash, version, part, article_id, status)``: one row per article and extractor version,
  ``status`` ``"ok"`` (facts stored) or ``"problem"`` (extraction failed; the problem is stored).

Partition files are written (and renamed into place) before their transaction commits, so a
partition the manifest names is always whole; files no entry names are leftovers of an
interrupted run and are deleted when the store is next opened.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.model import Article
from workbench.store.inputs import Readings

SCHEMA = """
CREATE TABLE IF NOT EXISTS parts (
    part TEXT PRIMARY KEY, version TEXT NOT NULL, articles INTEGER NOT NULL,
    created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    hash TEXT NOT NULL, version TEXT NOT NULL, part TEXT NOT NULL REFERENCES parts(part),
    article_id TEXT NOT NULL, status TEXT NOT NULL, PRIMARY KEY (hash, version));
CREATE INDEX IF NOT EXISTS entries_part ON entries(part);
"""
LOOKUP_CHUNK = 500  # SQLite host parameters per query

Keyed = tuple[str, Article]  # an article and the hash of its content


@dataclass(frozen=True, slots=True)
class Stored:
    """One written partition: its name and, per article, (content hash, article id, status)."""

    part: str
    version: str
    rows: tuple[tuple[str, str, str], ...]
    peak_mb: float = 0.0  # the writing process's peak resident memory so far


@dataclass(frozen=True, slots=True)
class Entry:
    part: str
    status: str
    article_id: str


class Manifest:
    """The store's ``manifest.sqlite``; one connection per process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, timeout=120, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()

    def readings(self) -> Readings:
        """The remembered readings of inputs (:mod:`workbench.store.inputs`), in this database."""
        return Readings(self._db)

    def commit(self, stored: Stored) -> None:
        """The partition and its entries, in one transaction. An article another run stored
        first keeps its entry (its rows in this partition are never read)."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("INSERT INTO parts VALUES (?, ?, ?, ?)",
                       (stored.part, stored.version, len(stored.rows), time.time()))
            db.executemany(
                "INSERT OR IGNORE INTO entries VALUES (?, ?, ?, ?, ?)",
                [(h, stored.version, stored.part, a, s) for h, a, s in stored.rows],
            )
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def lookup(self, hashes: Iterable[str], version: str) -> dict[str, Entry]:
        """``{hash: Entry}`` for those of ``hashes`` stored under ``version``."""
        found: dict[str, Entry] = {}
        for chunk in _chunks(list(dict.fromkeys(hashes)), LOOKUP_CHUNK):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                "SELECT hash, part, status, article_id FROM entries"
                f" WHERE version = ? AND hash IN ({marks})",
                (version, *chunk),
            )
            found.update((h, Entry(p, s, a)) for h, p, s, a in rows)
        return found

    def parts(self) -> set[str]:
        return {p for (p,) in self._db.execute("SELECT part FROM parts")}

    def count(self, version: str) -> int:
        """Articles stored under ``version``."""
        query = "SELECT COUNT(*) FROM entries WHERE version = ?"
        (n,) = self._db.execute(query, (version,)).fetchone()
        return int(n)


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
