"""Facts in their sentences: the one long table every question about a corpus starts from.

    from workbench.display.facts import facts
    found = facts(corpus)                      # every fact of every kind
    found.filter(pl.col("detail") == "Ukraine")  # Ukraine, Ukrainian and Ukrainians

One row per fact: its kind, its words (``text``, ``start``/``end`` in the article text), what it
says (``detail``: a name, a unit, a date, a speaker, a source), its whole sentence
(``sentence``, ``sentence_start``/``sentence_end``) and its article (``title``, ``url``,
``published``, ``origin``). Names are given as they are displayed: a demonym under its country.
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

__all__ = ["CONTEXT_SCHEMA", "KINDS", "entity_counts", "facts", "matching", "name_of",
           "origin", "top_entities"]

KINDS = FACT_KINDS

# What each kind says about its fact, shown beside it: a name, a unit, a date, a speaker.
DETAIL = {"entities": "canonical", "quantities": "unit", "times": "resolved",
          "quotes": "speaker", "claims": "source"}

CONTEXT_SCHEMA: dict[str, Any] = {
    "article_id": pl.String, "kind": pl.String, "index": pl.Int32, "start": pl.Int64,
    "end": pl.Int64, "text": pl.String, "detail": pl.String, "section": pl.String,
    "sentence_start": pl.Int64, "sentence_end": pl.Int64, "sentence": pl.String,
    "title": pl.String, "url": pl.String, "published": pl.Date, "origin": pl.String,
}


def name_of(canonical: str | None, label: str | None, country: str | None) -> str | None:
    """The name an entity is displayed under: a demonym ("Ukrainians") under its country."""
    if label == "NORP" and country:
        return country
    return canonical


def _names() -> pl.Expr:
    return (pl.when((pl.col("label") == "NORP") & pl.col("country").is_not_null())
            .then(pl.col("country")).otherwise(pl.col("canonical")))


def origin(source: str, outlet: str | None) -> str:
    """Where an article comes from, for people: its outlet, else its file's name."""
    if outlet:
        return outlet
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def facts(corpus: Corpus, kinds: Sequence[str] = KINDS, *,
          naming: str | None = None) -> pl.DataFrame:
    """Every fact of ``kinds`` with its sentence, article title, date and origin; with
    ``naming``, only those of the articles that name it (as displayed)."""
    unknown = [k for k in kinds if k not in DETAIL]
    if unknown:
        raise ValueError(f"unknown fact kind {unknown[0]!r}; choose from {', '.join(KINDS)}")
    wanted: set[str] | None = None
    if naming is not None:
        entities = corpus.table("entities")
        wanted = set(entities.filter(_names() == naming)["article_id"].to_list())
    # built by columns, each sentence cut once per article: a corpus has a million facts
    columns: dict[str, list[Any]] = {name: [] for name in CONTEXT_SCHEMA}
    for item in corpus.facts:
        article = item.article
        if wanted is not None and article.id not in wanted:
            continue
        published = date.fromisoformat(article.published) if article.published else None
        where = origin(article.source, article.outlet)
        sentences: dict[tuple[int, int], str] = {}
        for kind in kinds:
            for index, fact in enumerate(getattr(item, kind)):
                span = item.sentence_of(fact.start, fact.end)
                if span not in sentences:
                    sentences[span] = article.text[span[0]:span[1]]
                for name, value in (
                    ("article_id", article.id), ("kind", kind), ("index", index),
                    ("start", fact.start), ("end", fact.end), ("text", fact.text),
                    ("detail", _detail(kind, fact)), ("section", fact.section),
                    ("sentence_start", span[0]), ("sentence_end", span[1]),
                    ("sentence", sentences[span]), ("title", article.title),
                    ("url", article.url), ("published", published), ("origin", where),
                ):
                    columns[name].append(value)
    if not columns["article_id"]:
        return pl.DataFrame(schema=CONTEXT_SCHEMA)
    return pl.DataFrame(columns, schema=CONTEXT_SCHEMA)


def _detail(kind: str, fact: Any) -> Any:
    if kind == "entities":
        return name_of(fact.canonical, fact.label, fact.country)
    return getattr(fact, DETAIL[kind])


def entity_counts(corpus: Corpus) -> pl.DataFrame:
    """Mentions per displayed name (a demonym counts for its country), most mentioned first
    (ties by name); ``canonical`` holds the name, ``label`` its most frequent kind."""
    demonym = (pl.col("label") == "NORP") & pl.col("country").is_not_null()
    entities = corpus.table("entities").with_columns(
        _names().alias("canonical"),
        pl.when(demonym).then(pl.lit("GPE")).otherwise(pl.col("label")).alias("label"))
    labels = (entities.group_by("canonical", "label").len()
              .sort(["len", "label"], descending=[True, False])
              .unique("canonical", keep="first", maintain_order=True).drop("len"))
    return (
        entities.group_by("canonical")
        .agg(pl.len().alias("mentions"), pl.col("article_id").n_unique().alias("articles"))
        .join(labels, on="canonical")
        .select("canonical", "label", "mentions", "articles")
        .sort(["mentions", "canonical"], descending=[True, False])
    )


def top_entities(corpus: Corpus, n: int) -> list[str]:
    """The ``n`` most mentioned names (as displayed)."""
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
