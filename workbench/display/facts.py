"""Facts in their sentences: one long table of every fact, for views, charts and explorers.

Sentences are those of the parse, kept with each article's facts; a fact that spans
sentences (a long quote) gets them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import polars as pl

from workbench.model import FACT_KINDS

if TYPE_CHECKING:
    from workbench.corpus import Corpus

KINDS = FACT_KINDS

# What each kind says about its fact, shown beside it: a name, a unit, a date, a speaker.
DETAIL = {"entities": "canonical", "quantities": "unit", "times": "resolved",
          "quotes": "speaker", "claims": "source"}

CONTEXT_SCHEMA: dict[str, Any] = {
    "article_id": pl.String, "kind": pl.String, "index": pl.Int32, "start": pl.Int64,
    "end": pl.Int64, "text": pl.String, "detail": pl.String, "section": pl.String,
    "sentence_start": pl.Int64, "sentence_end": pl.Int64, "sentence": pl.String,
    "title": pl.String, "published": pl.Date, "origin": pl.String,
}


def origin(source: str, outlet: str | None) -> str:
    """Where an article comes from, for people: its outlet, else its file's name."""
    if outlet:
        return outlet
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def facts(corpus: Corpus, kinds: Sequence[str] = KINDS) -> pl.DataFrame:
    """Every fact of ``kinds`` with its sentence, article title, date and origin."""
    unknown = [k for k in kinds if k not in DETAIL]
    if unknown:
        raise ValueError(f"unknown fact kind {unknown[0]!r}; choose from {', '.join(KINDS)}")
    rows: list[dict[str, Any]] = []
    for item in corpus.facts:
        article = item.article
        published = date.fromisoformat(article.published) if article.published else None
        where = origin(article.source, article.outlet)
        for kind in kinds:
            for index, fact in enumerate(getattr(item, kind)):
                s_start, s_end = item.sentence_of(fact.start, fact.end)
                rows.append({
                    "article_id": article.id, "kind": kind, "index": index,
                    "start": fact.start, "end": fact.end, "text": fact.text,
                    "detail": getattr(fact, DETAIL[kind]), "section": fact.section,
                    "sentence_start": s_start, "sentence_end": s_end,
                    "sentence": article.text[s_start:s_end], "title": article.title,
                    "published": published, "origin": where,
                })
    if not rows:
        return pl.DataFrame(schema=CONTEXT_SCHEMA)
    return pl.DataFrame(rows, schema=CONTEXT_SCHEMA, orient="row")


def entity_counts(corpus: Corpus) -> pl.DataFrame:
    """Mentions per canonical entity, most mentioned first (ties by name)."""
    entities = corpus.table("entities")
    return (
        entities.group_by("canonical", "label")
        .agg(pl.len().alias("mentions"), pl.col("article_id").n_unique().alias("articles"))
        .sort(["mentions", "canonical"], descending=[True, False])
        .unique("canonical", keep="first", maintain_order=True)
    )


def top_entities(corpus: Corpus, n: int) -> list[str]:
    """The ``n`` most mentioned canonical names."""
    return entity_counts(corpus).head(n)["canonical"].to_list()


def matching(
    table: pl.DataFrame,
    *,
    entity: str | None = None,
    origin: str | None = None,
    unit: str | None = None,
    kind: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> pl.DataFrame:
    """Facts of ``table`` (from :func:`facts`) that pass every filter given.

    ``entity`` keeps facts whose sentence names it; ``unit`` keeps quantities of that unit;
    ``since``/``until`` bound the article's publication date (both ends included).
    """
    out = table
    if kind:
        out = out.filter(pl.col("kind") == kind)
    if unit:
        out = out.filter((pl.col("kind") == "quantities") & (pl.col("detail") == unit))
    if origin:
        out = out.filter(pl.col("origin") == origin)
    if since:
        out = out.filter(pl.col("published") >= since)
    if until:
        out = out.filter(pl.col("published") <= until)
    if entity:
        mentions = table.filter((pl.col("kind") == "entities") & (pl.col("detail") == entity))
        where = mentions.select("article_id", pl.col("start").alias("mention"))
        out = (
            out.join(where, on="article_id")
            .filter(pl.col("mention").is_between(pl.col("sentence_start"),
                                                 pl.col("sentence_end"), closed="left"))
            .drop("mention")
            .unique(["article_id", "kind", "index"], keep="first", maintain_order=True)
        )
    return out.sort(["published", "article_id", "start", "kind", "index"], nulls_last=True)
