"""Read articles from files, JSON Lines corpora and directories; never stop on a bad one.

``read(paths)`` yields :class:`Article` and :class:`Problem` records in a stable order. A file
that cannot be read (missing, empty, binary, not UTF-8) or a record that is broken (not JSON,
no body) becomes a problem naming the file and line; everything else goes on.
Inputs are only ever opened for reading.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from workbench.ingest.build import build_article, clean_line
from workbench.ingest.scrape import parse_article, split_articles
from workbench.model import Article, Problem

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
SUPPORTED = TEXT_SUFFIXES + JSONL_SUFFIXES


class InputError(ValueError):
    """A file or record that cannot be read as articles."""

    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def is_supported(path: Path) -> bool:
    return path.name.lower().endswith(SUPPORTED)


def expand(paths: Iterable[str | Path]) -> Iterator[Path | Problem]:
    """Files named or found below named directories (sorted); missing paths as problems."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and is_supported(p))
            if not found:
                yield Problem(str(raw), "read", f"no supported files ({', '.join(SUPPORTED)})")
            yield from found
        elif path.is_file():
            yield path
        else:
            yield Problem(str(raw), "read", "no such file or directory")


def decode(data: bytes) -> str:
    """UTF-8 text without BOM and with ``\\n`` line ends; raises :class:`InputError`."""
    if not data.strip():
        raise InputError("empty file")
    if b"\x00" in data[:8192]:
        raise InputError("binary file (NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise InputError(f"invalid UTF-8 at byte {err.start}", line=line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read(paths: Iterable[str | Path], *, limit: int | None = None) -> Iterator[Article | Problem]:
    """Every article below ``paths``, then problems in place; at most ``limit`` articles."""
    count = 0
    for item in expand(paths):
        if isinstance(item, Problem):
            yield item
            continue
        for record in read_file(item):
            if isinstance(record, Article):
                if limit is not None and count >= limit:
                    return
                count += 1
            yield record


def read_file(path: Path) -> Iterator[Article | Problem]:
    """Articles of one file, by its suffix."""
    source = str(path)
    if not is_supported(path):
        yield Problem(source, "read", f"unsupported file type; expected one of {SUPPORTED}")
        return
    try:
        data = path.read_bytes()
        if path.name.lower().endswith(".gz"):
            data = gzip.decompress(data)
    except (OSError, EOFError) as err:
        yield Problem(source, "read", f"cannot read: {err}")
        return
    if path.name.lower().endswith(JSONL_SUFFIXES):
        yield from _read_jsonl(source, data)
        return
    try:
        text = decode(data)
    except InputError as err:
        yield Problem(source, "read", str(err), line=err.line)
        return
    yield from _read_scrape(source, text)


def _read_scrape(source: str, text: str) -> Iterator[Article | Problem]:
    for line, chunk in split_articles(text):
        parts = parse_article(chunk, line=line)
        if not parts.paragraphs:
            yield Problem(
                source,
                "read",
                "article has a title but no body",
                line=line,
                article=parts.title[:80],
            )
            continue
        yield build_article(
            source=source,
            title=parts.title,
            captions=parts.captions,
            credits=parts.credits,
            caption_lines=parts.caption_lines,
            paragraphs=parts.paragraphs,
        )


def _read_jsonl(source: str, data: bytes) -> Iterator[Article | Problem]:
    if not data.strip():
        yield Problem(source, "read", "empty file")
        return
    if b"\x00" in data[:8192]:
        yield Problem(source, "read", "binary file (NUL bytes), not JSON Lines")
        return
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        try:
            yield _jsonl_article(source, number, raw)
        except InputError as err:
            yield Problem(source, "read", str(err), line=number)


def _jsonl_article(source: str, number: int, raw: bytes) -> Article:
    try:
        record: Any = json.loads(decode(raw))
    except json.JSONDecodeError as err:
        raise InputError(f"not JSON: {err.msg} at column {err.colno}") from None
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}")
    body = record.get("body")
    if not isinstance(body, str) or not body.strip():
        raise InputError("record has no 'body' text")
    title = clean_line(str(record.get("title") or ""))
    paragraphs = [p for p in (clean_line(ln) for ln in body.replace("\r", "\n").split("\n")) if p]
    if not title:
        title = paragraphs[0][:120]
    published = record.get("published")
    return build_article(
        source=f"{source}:{number}",
        title=title,
        captions=[],
        credits=[],
        paragraphs=paragraphs,
        article_id_=str(record["id"]) if record.get("id") else None,
        published=published if isinstance(published, str) and published else None,
        outlet=str(record["source"]) if record.get("source") else None,
        url=str(record["url"]) if record.get("url") else None,
    )
