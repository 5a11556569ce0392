"""Read articles from files, JSON Lines corpora and directories; never stop on a bad one.

``read(paths)`` yields :class:`Article` and :class:`Problem` records in a stable order. A file
that cannot be read (missing, empty, binary, an unreadable directory) or a record that is broken
(not JSON, no body) becomes a problem naming the file and line; everything else goes on. What is
read despite a flaw (a byte that is not UTF-8, bad metadata, an id already taken) is kept and
the flaw reported as a problem on its line. Every string read is valid UTF-8 and free of control
and bidi characters. Inputs are only ever opened for reading.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, cast

from workbench.ingest.build import build_article, clean_line, has_visible_text, hidden_characters
from workbench.ingest.scrape import parse_article, split_articles
from workbench.model import Article, Problem

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
SUPPORTED = TEXT_SUFFIXES + JSONL_SUFFIXES
BINARY_SHARE = 0.1  # above this share of NULs, control bytes and bad UTF-8, a file is binary
BINARY_SAMPLE = 65536  # bytes read to tell a binary file from text
BOM = b"\xef\xbb\xbf"
MAX_LINE_NOTES = 10  # lines with replaced bytes reported one by one, per file
METADATA = ("id", "source", "url")


class InputError(ValueError):
    """A file or record that cannot be read as articles."""

    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(slots=True)
class Decoded:
    """A file's text, and the lines where bytes had to be replaced."""

    text: str
    notes: list[tuple[int, str]] = field(default_factory=list)


def display_name(path: str | os.PathLike[str]) -> str:
    """A path as UTF-8 text for records and messages: undecodable bytes and controls as U+FFFD."""
    try:
        raw = os.fsencode(path)
    except UnicodeEncodeError:  # a lone surrogate not from an undecodable byte
        raw = str(path).encode("utf-8", errors="surrogatepass")
    name = raw.decode("utf-8", errors="replace")
    return "".join("\ufffd" if unicodedata.category(ch)[0] == "C" else ch for ch in name)


def is_supported(path: Path) -> bool:
    return path.name.lower().endswith(SUPPORTED)


def _walk(top: Path) -> Iterator[Path | Problem]:
    """Supported files below ``top`` (sorted), and each directory that cannot be listed."""
    problems: list[Problem] = []

    def refused(err: OSError) -> None:
        where = display_name(err.filename or top)
        problems.append(Problem(where, "read", f"cannot read directory: {err.strerror or err}"))

    found = [Path(root) / name for root, _, files in os.walk(top, onerror=refused)
             for name in files]
    yield from problems
    picked = sorted(p for p in found if is_supported(p))
    if not picked and not problems:
        yield Problem(display_name(top), "read", f"no supported files ({', '.join(SUPPORTED)})")
    yield from picked


def expand(paths: Iterable[str | Path]) -> Iterator[Path | Problem]:
    """Files named or found below named directories (sorted); missing paths as problems."""
    for raw in paths:
        path = Path(raw)
        try:
            is_dir = path.is_dir()
            is_file = not is_dir and path.is_file()
        except OSError as err:  # e.g. a name too long for the file system
            yield Problem(display_name(raw), "read", f"cannot read: {err.strerror or err}")
            continue
        if is_dir:
            yield from _walk(path)
        elif is_file:
            yield path
        else:
            yield Problem(display_name(raw), "read", "no such file or directory")


def _is_binary(text: str) -> bool:
    sample = text[:BINARY_SAMPLE]
    odd = sum(1 for ch in sample if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r\f\v\x1b"))
    return odd > BINARY_SHARE * len(sample)


def _decode_line(raw: bytes, number: int, notes: list[tuple[int, str]]) -> str:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        notes.append((number, f"invalid UTF-8 at column {err.start + 1} replaced with U+FFFD"))
        line = raw.decode("utf-8", errors="replace")
    if "\x00" in line:
        notes.append((number, "NUL byte replaced with U+FFFD"))
        line = line.replace("\x00", "\ufffd")
    return line


def decode(data: bytes) -> Decoded:
    """UTF-8 text without BOM, ``\\n`` line ends; bad bytes (and NULs) replaced by U+FFFD.

    Raises :class:`InputError` for a file without visible text or one that is binary.
    """
    if data.startswith(BOM):
        data = data[len(BOM):]
    if _is_binary(data[:BINARY_SAMPLE].decode("utf-8", errors="replace")):
        raise InputError("binary file (NUL bytes or control characters), not text")
    notes: list[tuple[int, str]] = []
    lines = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
    text = "\n".join(_decode_line(raw, n, notes) for n, raw in enumerate(lines, start=1))
    if not has_visible_text(text):
        raise InputError("empty file: no visible text")
    return Decoded(text, notes)


def _line_problems(source: str, notes: list[tuple[int, str]]) -> Iterator[Problem]:
    for number, message in notes[:MAX_LINE_NOTES]:
        yield Problem(source, "read", message, line=number)
    if len(notes) > MAX_LINE_NOTES:
        more = len(notes) - MAX_LINE_NOTES
        yield Problem(source, "read", f"bytes replaced on {more} more lines",
                      line=notes[MAX_LINE_NOTES][0])


class _Ids:
    """Article ids of one read: a different article with an id already taken is renamed."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}

    def settle(self, article: Article) -> tuple[Article, str | None]:
        digest = hashlib.sha1(article.text.encode("utf-8")).hexdigest()
        taken = self.texts.setdefault(article.id, digest)
        if taken == digest:
            return article, None
        number = 2
        while self.texts.get(f"{article.id}~{number}", digest) != digest:
            number += 1
        new = f"{article.id}~{number}"
        self.texts[new] = digest
        note = f"id {article.id!r} is taken by a different article; this one is kept as {new!r}"
        return replace(article, id=new), note


def read(paths: Iterable[str | Path], *, limit: int | None = None) -> Iterator[Article | Problem]:
    """Every article below ``paths``, then problems in place; at most ``limit`` articles."""
    count = 0
    ids = _Ids()
    for item in expand(paths):
        if isinstance(item, Problem):
            yield item
            continue
        for line, record in _records(item):
            if isinstance(record, Article):
                if limit is not None and count >= limit:
                    return
                count += 1
                record, note = ids.settle(record)
                yield record
                if note:
                    yield Problem(display_name(item), "read", note, line=line, article=record.id)
            else:
                yield record


def read_file(path: Path) -> Iterator[Article | Problem]:
    """Articles of one file, by its suffix."""
    for _, record in _records(path):
        yield record


def _records(path: Path) -> Iterator[tuple[int | None, Article | Problem]]:
    source = display_name(path)
    if not is_supported(path):
        yield None, Problem(source, "read",
                            f"unsupported file type; expected one of {SUPPORTED}")
        return
    if path.name.lower().endswith(JSONL_SUFFIXES):
        yield from _read_jsonl(source, path)
        return
    try:
        data = path.read_bytes()
        if path.name.lower().endswith(".gz"):
            data = gzip.decompress(data)
    except (OSError, EOFError) as err:
        yield None, Problem(source, "read", f"cannot read: {err}")
        return
    try:
        decoded = decode(data)
    except InputError as err:
        yield None, Problem(source, "read", str(err), line=err.line)
        return
    yield from ((p.line, p) for p in _line_problems(source, decoded.notes))
    yield from _read_scrape(source, decoded.text)


def _read_scrape(source: str, text: str) -> Iterator[tuple[int, Article | Problem]]:
    for line, chunk in split_articles(text):
        parts = parse_article(chunk, line=line)
        if not parts.title:
            yield line, Problem(source, "read", "no visible text (only invisible characters)",
                                line=line)
            continue
        if not parts.paragraphs:
            yield line, Problem(source, "read", "article has a title but no body", line=line,
                                article=parts.title[:80])
            continue
        yield line, build_article(
            source=source,
            title=parts.title,
            captions=parts.captions,
            credits=parts.credits,
            caption_lines=parts.caption_lines,
            paragraphs=parts.paragraphs,
        )


def _open(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def _read_jsonl(source: str, path: Path) -> Iterator[tuple[int | None, Article | Problem]]:
    """A JSON Lines file, streamed a line at a time: memory holds one record, never the file
    (a corpus of millions of articles is read in the memory of one)."""
    try:
        with _open(path) as handle:
            head = handle.read(BINARY_SAMPLE)
    except (OSError, EOFError) as err:
        yield None, Problem(source, "read", f"cannot read: {err}")
        return
    if head.startswith(BOM):
        head = head[len(BOM):]
    if _is_binary(head.decode("utf-8", errors="replace")):
        yield None, Problem(source, "read", "binary file (NUL bytes or control characters), "
                                            "not text")
        return
    held: list[tuple[int, Article | Problem]] = []  # records before the first visible text
    visible = False
    number = 0
    try:
        with _open(path) as handle:
            for number, raw in enumerate(handle, start=1):
                if number == 1 and raw.startswith(BOM):
                    raw = raw[len(BOM):]
                raw = raw.rstrip(b"\n")
                if not raw.strip():
                    continue
                records = list(_jsonl_records(source, number, raw))
                if not visible:
                    if not has_visible_text(raw.decode("utf-8", errors="replace")):
                        held.extend(records)
                        continue
                    visible = True
                    yield from held
                    held.clear()
                yield from records
    except (OSError, EOFError) as err:
        yield number or None, Problem(source, "read", f"cannot read after line {number}: {err}",
                                      line=number or None)
        return
    if not visible:
        yield None, Problem(source, "read", "empty file: no visible text")


def _jsonl_records(source: str, number: int,
                   raw: bytes) -> Iterator[tuple[int, Article | Problem]]:
    notes: list[tuple[int, str]] = []
    try:
        article, messages = _jsonl_article(source, number, raw, notes)
    except InputError as err:
        yield from ((number, p) for p in _line_problems(source, notes))
        yield number, Problem(source, "read", str(err), line=number)
        return
    yield number, article
    for message in [m for _, m in notes] + messages:
        yield number, Problem(source, "read", message, line=number, article=article.id)


def _parse_json(line: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(f"not JSON: {err.msg} at column {err.colno}") from None
    except RecursionError:
        raise InputError("not JSON that can be read: nested too deeply") from None
    except ValueError:  # a number of more digits than Python converts (over 4,300)
        raise InputError("not JSON that can be read: a number too long") from None


def _kind(value: object) -> str:
    return {dict: "a mapping", list: "a list", bool: "true/false", int: "a number",
            float: "a number"}.get(type(value), type(value).__name__)


def _text_field(record: dict[str, Any], name: str, messages: list[str]) -> str | None:
    """A metadata field as clean text; a wrong type or hidden characters are reported."""
    value = record.get(name)
    if name == "id" and isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        messages.append(f"field {name!r} is {_kind(value)}, not text; ignored")
        return None
    hidden = hidden_characters(value)
    if hidden and name in METADATA:
        messages.append(f"field {name!r}: {hidden} control, format (bidi) or unpaired "
                        "surrogate characters removed")
    return clean_line(value) or None


def published_day(value: str) -> str | None:
    """An ISO day (``2024-02-29``) from an ISO date or date-time; None when it is no real day."""
    value = value.strip()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        return None


def _published(record: dict[str, Any], messages: list[str]) -> str | None:
    value = record.get("published")
    if value is None or value == "":
        return None
    day = published_day(value) if isinstance(value, str) else None
    if day is None:
        shown = repr(value)[:60] if isinstance(value, str) else _kind(value)
        messages.append(f"field 'published' is {shown}, not an ISO date; ignored, the date is "
                        "inferred from the text")
    return day


def _jsonl_article(
    source: str, number: int, raw: bytes, notes: list[tuple[int, str]]
) -> tuple[Article, list[str]]:
    record: Any = _parse_json(_decode_line(raw, number, notes))
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}")
    body = record.get("body")
    if not isinstance(body, str):
        shown = "missing" if body is None else _kind(body)
        raise InputError(f"record has no 'body' text (it is {shown})")
    paragraphs = [p for p in (clean_line(ln) for ln in body.replace("\r", "\n").split("\n")) if p]
    if not paragraphs:
        raise InputError("record has no 'body' text (nothing visible)")
    messages: list[str] = []
    title = _text_field(record, "title", messages) or paragraphs[0][:120]
    article = build_article(
        source=f"{source}:{number}",
        title=title,
        captions=[],
        credits=[],
        paragraphs=paragraphs,
        article_id_=_text_field(record, "id", messages),
        published=_published(record, messages),
        outlet=_text_field(record, "source", messages),
        url=_text_field(record, "url", messages),
    )
    return article, messages
