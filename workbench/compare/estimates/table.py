"""Estimates of a measurable across articles as one table, and that table written out."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import polars as pl

from workbench.compare.estimates import agreement, matching, reports
from workbench.compare.estimates.measurables import Estimate, Key, all_estimates
from workbench.model import ArticleFacts

SCHEMA: dict[str, Any] = {
    "measurable": pl.String, "unit": pl.String, "owners": pl.List(pl.String),
    "places": pl.List(pl.String),
    "event": pl.String, "time": pl.String, "scope": pl.String,
    "value": pl.Float64, "low": pl.Float64, "high": pl.Float64, "qualifier": pl.String,
    "hedged": pl.Boolean, "source": pl.String, "source_body": pl.String,
    "source_kind": pl.String, "source_country": pl.String, "source_family": pl.String,
    "stated": pl.Date, "first_stated": pl.Date, "repeats": pl.Int32,
    "repeated_by": pl.List(pl.String), "occurrences": pl.List(pl.String),
    "match": pl.String,
    "agreement": pl.String, "spread": pl.Float64, "disagrees": pl.Int32,
    "superseded": pl.Boolean, "superseded_by": pl.String,
    "article_id": pl.String, "title": pl.String, "outlet": pl.String,
    "quantity": pl.String, "start": pl.Int64, "end": pl.Int64,
    "sentence": pl.String, "sentence_start": pl.Int64, "sentence_end": pl.Int64,
    "url": pl.String,
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
    return answer(list(all_estimates(_facts(source))), topic)


def answer(found: list[Estimate], topic: str | None = None, *,
           ranked: list[str] | None = None,
           countries: dict[int, list[str]] | None = None) -> pl.DataFrame:
    """The table of :func:`estimates` from the corpus's estimates ``found`` (in corpus order).

    ``found`` may hold only the estimates that can answer ``topic`` (what a stored corpus
    rebuilds) when ``ranked`` gives the countries most named across all of them
    (:func:`~workbench.compare.estimates.matching.ranked_countries`), and ``countries`` may
    give each one's :func:`~workbench.compare.estimates.matching.countries_of` (by ``id``)."""
    reasons: dict[int, str | None] = {}
    if topic is not None:
        query = matching.parse(topic)
        kept = []
        for e in found:
            reason = query.reason(e)
            if reason is not None:
                kept.append(e)
                reasons[id(e)] = reason
        if not (query.names or query.places or query.owners):
            away = matching.elsewhere(kept, among=found, ranked=ranked, countries=countries)
            kept = [e for e in kept if id(e) not in away]
        found = kept
    grouped = reports.group(found)
    groups: dict[Key, list[reports.Report]] = {}
    for report in grouped:
        groups.setdefault(report.first.key, []).append(report)
    rows = []
    for members in groups.values():
        by_first = {id(r.first): r for r in members}
        for judged in agreement.judge([r.first for r in members]):
            report = by_first[id(judged.estimate)]
            rows.append(_row(judged, report, reasons.get(id(judged.estimate))))
    if not rows:
        return pl.DataFrame(schema=SCHEMA)
    frame = pl.DataFrame(rows, schema=SCHEMA, orient="row")
    return frame.sort(["measurable", "stated", "source", "start"], nulls_last=True)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _row(judged: agreement.Judged, report: reports.Report, reason: str | None) -> dict[str, Any]:
    e = judged.estimate
    q = e.quantity
    return {
        "measurable": e.key.label, "unit": e.key.unit, "owners": list(e.key.owners),
        "places": list(e.key.places),
        "event": e.key.event, "time": e.key.time, "scope": e.key.scope,
        "value": q.value, "low": q.low, "high": q.high, "qualifier": q.qualifier,
        "hedged": e.hedged, "source": e.source, "source_body": e.body.name,
        "source_kind": e.body.kind, "source_country": e.body.country,
        "source_family": e.body.family,
        "stated": _day(e.stated), "first_stated": _day(report.first.stated),
        "repeats": len(report.repeats), "repeated_by": report.outlets,
        "occurrences": [f"{r.article_id}:{r.quantity.start}-{r.quantity.end}"
                        for r in report.repeats],
        "match": reason,
        "agreement": judged.agreement, "spread": judged.spread, "disagrees": judged.disagrees,
        "superseded": judged.superseded_by is not None, "superseded_by": judged.superseded_by,
        "article_id": e.article_id, "title": e.title, "outlet": e.outlet,
        "quantity": q.text, "start": q.start, "end": q.end,
        "sentence": e.sentence, "sentence_start": e.sentence_start,
        "sentence_end": e.sentence_end, "url": e.url,
    }


def verdicts(table: pl.DataFrame) -> pl.DataFrame:
    """One row per measurable: estimates, sources, current range, verdict and spread."""
    current = table.filter(~pl.col("superseded"))
    return (current.group_by("measurable")
            .agg(pl.len().alias("estimates"), pl.col("source").n_unique().alias("sources"),
                 pl.col("value").min().alias("min"), pl.col("value").max().alias("max"),
                 pl.col("agreement").first(), pl.col("spread").first())
            .sort(["estimates", "measurable"], descending=[True, False]))
