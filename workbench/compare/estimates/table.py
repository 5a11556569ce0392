"""Estimates of a measurable across articles as one table, and that table written out."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import polars as pl

from workbench.compare.estimates import agreement, matching
from workbench.compare.estimates.measurables import Estimate, Key, all_estimates
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


def _facts(source: ArticleFacts | Iterable[ArticleFacts]) -> list[ArticleFacts]:
    return [source] if isinstance(source, ArticleFacts) else list(source)


def estimates(source: ArticleFacts | Iterable[ArticleFacts],
              topic: str | None = None) -> pl.DataFrame:
    """Every estimate of the measurables ``topic`` names (all measurables when None), one row
    each, judged against the other estimates of its measurable.

    ``source`` is one article's facts or many (a :class:`~workbench.corpus.Corpus` iterates
    over its articles' facts).

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
