"""Estimates of a measurable across articles as one table, and that table written out."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import IO, Any, Literal

import polars as pl

from workbench.compare import agreement, matching
from workbench.compare.measurables import Estimate, Key, all_estimates
from workbench.model import ArticleFacts

SCHEMA: dict[str, Any] = {
    "measurable": pl.String, "unit": pl.String, "owners": pl.List(pl.String),
    "places": pl.List(pl.String),
    "event": pl.String, "time": pl.String,
    "value": pl.Float64, "low": pl.Float64, "high": pl.Float64, "qualifier": pl.String,
    "hedged": pl.Boolean, "source": pl.String, "stated": pl.Date,
    "agreement": pl.String, "spread": pl.Float64, "disagrees": pl.Int32,
    "superseded": pl.Boolean, "superseded_by": pl.String,
    "article_id": pl.String, "title": pl.String, "outlet": pl.String,
    "quantity": pl.String, "start": pl.Int64, "end": pl.Int64,
    "sentence": pl.String, "sentence_start": pl.Int64, "sentence_end": pl.Int64,
}
Format = Literal["table", "jsonl", "csv"]
Source = Any  # a Corpus, ArticleFacts records, or paths to read


def _facts(source: Source) -> list[ArticleFacts]:
    if isinstance(source, ArticleFacts):
        return [source]
    if isinstance(source, (str, Path)):
        source = [source]
    held: Iterable[Any] = source.facts if hasattr(source, "facts") else source
    records = list(held)
    if records and isinstance(records[0], (str, Path)):
        from workbench import corpus

        return corpus.load(records).facts
    return records


def estimates(source: Source, topic: str | None = None) -> pl.DataFrame:
    """Every estimate of the measurables ``topic`` names (all measurables when None), one row
    each, judged against the other estimates of its measurable.

    ``source`` is a :class:`~workbench.corpus.Corpus`, a list of ArticleFacts, or paths.

        >>> compare.estimates(corpus, "Belarusian troops")  # doctest: +SKIP
    """
    found = list(all_estimates(_facts(source)))
    if topic is not None:
        query = matching.parse(topic)
        found = [e for e in found if query.matches(e)]
    groups: dict[Key, list[Estimate]] = {}
    for e in found:
        groups.setdefault(e.key, []).append(e)
    rows = [_row(j) for group in groups.values() for j in agreement.judge(group)]
    if not rows:
        return pl.DataFrame(schema=SCHEMA)
    frame = pl.DataFrame(rows, schema=SCHEMA, orient="row")
    return frame.sort(["measurable", "stated", "source", "start"], nulls_last=True)


def _row(judged: agreement.Judged) -> dict[str, Any]:
    e = judged.estimate
    q = e.quantity
    return {
        "measurable": e.key.label, "unit": e.key.unit, "owners": list(e.key.owners),
        "places": list(e.key.places),
        "event": e.key.event, "time": e.key.time,
        "value": q.value, "low": q.low, "high": q.high, "qualifier": q.qualifier,
        "hedged": e.hedged, "source": e.source,
        "stated": date.fromisoformat(e.stated) if e.stated else None,
        "agreement": judged.agreement, "spread": judged.spread, "disagrees": judged.disagrees,
        "superseded": judged.superseded_by is not None, "superseded_by": judged.superseded_by,
        "article_id": e.article_id, "title": e.title, "outlet": e.outlet,
        "quantity": q.text, "start": q.start, "end": q.end,
        "sentence": e.sentence, "sentence_start": e.sentence_start,
        "sentence_end": e.sentence_end,
    }


def verdicts(table: pl.DataFrame) -> pl.DataFrame:
    """One row per measurable: estimates, sources, current range, verdict and spread."""
    current = table.filter(~pl.col("superseded"))
    return (current.group_by("measurable")
            .agg(pl.len().alias("estimates"), pl.col("source").n_unique().alias("sources"),
                 pl.col("value").min().alias("min"), pl.col("value").max().alias("max"),
                 pl.col("agreement").first(), pl.col("spread").first())
            .sort(["estimates", "measurable"], descending=[True, False]))


def write_estimates(table: pl.DataFrame, out: IO[str], *, fmt: Format = "table") -> None:
    """Write an estimates table as aligned text, JSON lines or CSV."""
    if fmt == "jsonl":
        for row in table.iter_rows(named=True):
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        out.write(table.with_columns(pl.col("owners").list.join("; "),
                                     pl.col("places").list.join("; ")).write_csv())
    elif fmt == "table":
        out.write(as_text(table))
    else:
        raise ValueError(f"unknown format {fmt!r}; choose table, jsonl or csv")


COLUMNS = ("source", "stated", "value", "low", "high", "qualifier", "hedged", "agreement")


def as_text(table: pl.DataFrame) -> str:
    """Estimates grouped by measurable; each row's sentence on the line below it."""
    if table.is_empty():
        return "no estimates found\n"
    lines: list[str] = []
    for (measurable,), group in table.group_by("measurable", maintain_order=True):
        first = group.row(0, named=True)
        verdict = first["agreement"]
        if first["spread"] is not None:
            verdict += f", spread {first['spread']:.2f}x"
        lines.append(f"== {measurable}: {group.height} estimate(s), {verdict}")
        cells = [[_cell(name, row) for name in COLUMNS] for row in group.iter_rows(named=True)]
        widths = [max(len(name), *(len(c[i]) for c in cells)) for i, name in enumerate(COLUMNS)]
        lines.append("  ".join(n.ljust(w) for n, w in zip(COLUMNS, widths, strict=True)))
        for row, cell in zip(group.iter_rows(named=True), cells, strict=True):
            lines.append("  ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True)).rstrip())
            lines.append(f"    {' '.join(str(row['sentence']).split())}")
        lines.append("")
    return "\n".join(lines)


def _cell(name: str, row: dict[str, Any]) -> str:
    value = row[name]
    if name == "agreement" and row["superseded"]:
        return "superseded"
    if name in ("low", "high") and value is None:
        return "~" if row["qualifier"] == "approx" else "open"
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "-" if value is None else str(value)


def _number(value: float) -> str:
    if math.isinf(value):
        return "open"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
