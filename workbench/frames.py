"""Facts as polars DataFrames: one declared schema per kind, linked by ``article_id``."""

from __future__ import annotations

import calendar
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import polars as pl

from workbench.model import FACT_KINDS, ArticleFacts, Problem

_SPAN = {
    "article_id": pl.String,
    "index": pl.Int32,
    "start": pl.Int64,
    "end": pl.Int64,
    "text": pl.String,
    "section": pl.String,
}

SCHEMAS: dict[str, dict[str, Any]] = {
    "articles": {
        "article_id": pl.String,
        "source": pl.String,
        "outlet": pl.String,
        "url": pl.String,
        "title": pl.String,
        "published": pl.Date,
        "published_basis": pl.String,
        "captions": pl.List(pl.String),
        "credits": pl.List(pl.String),
        "text": pl.String,
        "n_entities": pl.Int32,
        "n_quantities": pl.Int32,
        "n_times": pl.Int32,
        "n_quotes": pl.Int32,
        "n_claims": pl.Int32,
        "n_checks": pl.Int32,
    },
    "entities": {**_SPAN, "label": pl.String, "canonical": pl.String, "country": pl.String},
    "quantities": {
        **_SPAN,
        "value": pl.Float64,
        "low": pl.Float64,
        "high": pl.Float64,
        "qualifier": pl.String,
        "unit": pl.String,
        "object": pl.String,
        "object_start": pl.Int64,
        "object_end": pl.Int64,
        "sentence_start": pl.Int64,
        "sentence_end": pl.Int64,
        "change": pl.String,
        "change_kind": pl.String,
        "per": pl.String,
    },
    # ``resolved`` is ISO text (a day, month, year, week, range, instant or duration);
    # ``resolved_start``/``resolved_end`` are the first and last calendar day it covers and
    # ``resolved_kind`` says which of those it is, so a notebook can filter and sort by date.
    "times": {**_SPAN, "kind": pl.String, "resolved": pl.String, "basis": pl.String,
              "resolved_start": pl.Date, "resolved_end": pl.Date, "resolved_kind": pl.String},
    "quotes": {
        **_SPAN,
        "speaker": pl.String,
        "cue": pl.String,
        "speaker_text": pl.String,
        "speaker_start": pl.Int64,
        "speaker_end": pl.Int64,
    },
    "claims": {
        **_SPAN,
        "source": pl.String,
        "cue": pl.String,
        "hedged": pl.Boolean,
        "quantities": pl.List(pl.Int32),
        "source_text": pl.String,
        "source_start": pl.Int64,
        "source_end": pl.Int64,
    },
    "checks": {
        "article_id": pl.String,
        "index": pl.Int32,
        "kind": pl.String,
        "total": pl.Float64,
        "parts": pl.List(pl.Float64),
        "expected": pl.Float64,
        "actual": pl.Float64,
        "consistent": pl.Boolean,
        "start": pl.Int64,
        "end": pl.Int64,
        "text": pl.String,
        "note": pl.String,
    },
    "problems": {
        "source": pl.String,
        "line": pl.Int64,
        "article": pl.String,
        "stage": pl.String,
        "message": pl.String,
    },
}
KINDS = tuple(SCHEMAS)
FACT_TABLES = (*FACT_KINDS, "checks")


def _frame(rows: list[dict[str, Any]], kind: str) -> pl.DataFrame:
    schema = SCHEMAS[kind]
    rows = [{name: row.get(name) for name in schema} for row in rows]
    return pl.DataFrame(rows, schema=schema, orient="row") if rows else pl.DataFrame(schema=schema)


def to_frames(
    facts: Sequence[ArticleFacts], problems: Sequence[Problem] = ()
) -> dict[str, pl.DataFrame]:
    """``{kind: DataFrame}`` for articles, each fact kind, checks and problems."""
    rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    for item in facts:
        a = item.article
        counts = {f"n_{kind}": len(getattr(item, kind)) for kind in FACT_TABLES}
        fields = a.fields()
        rows["articles"].append({"article_id": fields.pop("id"), **fields, **counts})
        for kind in FACT_TABLES:
            for index, fact in enumerate(getattr(item, kind)):
                row = asdict(fact)
                row.update(article_id=a.id, index=index)
                if kind == "times":
                    row.update(zip(("resolved_start", "resolved_end", "resolved_kind"),
                                   period(row["resolved"]), strict=True))
                rows[kind].append(
                    {k: list(v) if isinstance(v, tuple) else v for k, v in row.items()}
                )
    rows["problems"] = [asdict(p) for p in problems]
    frames = {kind: _frame(rows[kind], kind) for kind in KINDS if kind != "articles"}
    articles = rows["articles"]
    for row in articles:
        row["published"] = _date(row["published"])
    frames["articles"] = _frame(articles, "articles")
    return {kind: frames[kind] for kind in KINDS}


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"(\d{4})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")


def _bounds(text: str) -> tuple[date, date, str] | None:
    """First and last day of one ISO day, instant, week, month or year; else None."""
    try:
        if found := _DAY.fullmatch(text):
            day = date(*map(int, found.groups()))
            return day, day, "instant" if "T" in text else "day"
        if found := _WEEK.fullmatch(text):
            monday = date.fromisocalendar(int(found[1]), int(found[2]), 1)
            return monday, monday + timedelta(days=6), "week"
        if found := _QUARTER.fullmatch(text):
            year, first = int(found[1]), 3 * int(found[2]) - 2
            last = calendar.monthrange(year, first + 2)[1]
            return date(year, first, 1), date(year, first + 2, last), "quarter"
        if found := _MONTH.fullmatch(text):
            year, month = int(found[1]), int(found[2])
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last), "month"
        if _YEAR.fullmatch(text):
            return date(int(text), 1, 1), date(int(text), 12, 31), "year"
    except ValueError:  # a month 13 or a day 31 of a short month: not a calendar date
        return None
    return None


def period(resolved: str | None) -> tuple[date | None, date | None, str | None]:
    """The calendar days an ISO ``resolved`` value covers: ``(first, last, kind)``.

    ``kind`` is day, instant, week, month, quarter, year, range or duration; a duration
    (``PT4H30M``) covers no days, and a value that is none of these gives ``(None, None, None)``.
    """
    if not resolved:
        return None, None, None
    if resolved.startswith("P"):
        return None, None, "duration"
    if "/" in resolved:
        first_text, _, last_text = resolved.partition("/")
        first, last = _bounds(first_text), _bounds(last_text)
        if first and last:
            return first[0], last[1], "range"
        return None, None, None
    found = _bounds(resolved)
    return found if found else (None, None, None)


def write_parquet(frames: dict[str, pl.DataFrame], out: str | Path) -> list[Path]:
    """One ``<kind>.parquet`` per table in ``out``; each file appears whole or not at all.

    Files are readable as any file written here would be (0666 less the umask): the temporary
    file they start as is private to the writer until it is complete.
    """
    directory = Path(out)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    staged: list[tuple[str, Path]] = []
    try:
        for kind, frame in frames.items():
            handle, tmp = tempfile.mkstemp(prefix=f".{kind}.", suffix=".parquet.tmp", dir=directory)
            os.close(handle)
            staged.append((tmp, directory / f"{kind}.parquet"))  # removed if anything fails
            frame.write_parquet(tmp)
            os.chmod(tmp, 0o666 & ~_umask())
        for tmp, final in staged:
            os.replace(tmp, final)
            written.append(final)
    finally:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return written


def _umask() -> int:
    """The process's umask (reading it means setting it; it is put back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
