"""Altair charts of a corpus: each titled, its axes named, a tooltip holding the source sentence.

Charts are shown through the ``workbench`` renderer (:func:`enable`): a notebook stores only the
Vega-Lite spec (plus an SVG drawing for JupyterLab), and the report export draws it with one
inlined copy of vega, so reports work offline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import altair as alt
import polars as pl

from workbench.display import facts as context

if TYPE_CHECKING:
    from workbench.corpus import Corpus

SPEC_MIMETYPE = f"application/vnd.vegalite.{alt.SCHEMA_VERSION.split('.')[0]}+json"
WIDTH = 560
SENTENCE_CHARS = 240
_COUNT_AXIS = alt.Axis(tickMinStep=1, format="d")
# A bound points the way it limits: "up to" down, "at least" up.
QUALIFIER_SHAPES = {"exact": "circle", "approx": "diamond", "upper_bound": "triangle-down",
                    "lower_bound": "triangle-up", "range": "square"}


def _bundle(spec: dict[str, Any], *, svg: bool) -> dict[str, Any]:
    title = spec.get("title")
    if isinstance(title, dict):
        title = title.get("text")
    bundle: dict[str, Any] = {SPEC_MIMETYPE: spec, "text/plain": f"<Chart: {title or 'untitled'}>"}
    if svg:
        import vl_convert  # its engine starts only when a drawing is needed

        bundle["image/svg+xml"] = vl_convert.vegalite_to_svg(spec)
    return bundle


def enable(*, svg: bool = True) -> None:
    """Show charts as their spec (and an SVG drawing when ``svg``), never as CDN scripts."""
    alt.renderers.register("workbench", lambda spec, **_: _bundle(spec, svg=False))
    alt.renderers.register("workbench-svg", lambda spec, **_: _bundle(spec, svg=True))
    alt.renderers.enable("workbench-svg" if svg else "workbench")


def _clip(column: str) -> pl.Expr:
    text = pl.col(column)
    return (pl.when(text.str.len_chars() > SENTENCE_CHARS)
            .then(text.str.slice(0, SENTENCE_CHARS - 1) + "…")
            .otherwise(text))


def _message(title: str, text: str) -> alt.Chart:
    """A chart that says why it has nothing to draw."""
    data = pl.DataFrame({"message": [text]})
    return (alt.Chart(data, title=title).mark_text(size=14, color="#555")
            .encode(text="message:N").properties(width=WIDTH, height=40))


def _first(table: pl.DataFrame, keys: list[str]) -> pl.DataFrame:
    """The earliest row of each group of ``keys``: its sentence and article stand for it."""
    return (table.sort(["published", "article_id", "start"], nulls_last=True)
            .unique(keys, keep="first", maintain_order=True)
            .select(*keys, _clip("sentence").alias("example"), pl.col("title").alias("article")))


def _dates(table: pl.DataFrame) -> pl.DataFrame:
    return table.filter(pl.col("published").is_not_null()).with_columns(
        pl.col("published").dt.strftime("%Y-%m-%d").alias("date"))


def _date_axis() -> alt.X:
    """Publication dates as calendar days, the same in every time zone."""
    return alt.X("date:T", timeUnit="utcyearmonthdate", title="Published",
                 axis=alt.Axis(format="%Y-%m-%d", labelAngle=-30))


def top_entities(corpus: Corpus, *, n: int = 10) -> alt.Chart:
    """A bar per name: the ``n`` most mentioned entities (canonical names)."""
    title = f"The {n} most mentioned names"
    counts = context.entity_counts(corpus).head(n)
    if counts.is_empty():
        return _message(title, "No names were found.")
    mentions = context.facts(corpus, ["entities"]).rename({"detail": "canonical"})
    data = counts.join(_first(mentions, ["canonical"]), on="canonical", how="left").sort(
        ["mentions", "canonical"], descending=[True, False])
    order = data["canonical"].to_list()
    return alt.Chart(data, title=title).mark_bar().encode(
        x=alt.X("mentions:Q", title="Mentions", axis=_COUNT_AXIS),
        y=alt.Y("canonical:N", title="Name", sort=order),
        color=alt.Color("label:N", title="Kind of name"),
        tooltip=[alt.Tooltip("canonical:N", title="name"), "label:N", "mentions:Q",
                 "articles:Q", alt.Tooltip("example:N", title="first sentence"),
                 alt.Tooltip("article:N", title="article")],
    ).properties(width=WIDTH)


def mentions_over_time(corpus: Corpus, *, n: int = 10) -> alt.Chart:
    """Mentions of the ``n`` most mentioned names per publication date."""
    title = f"Mentions of the {n} most mentioned names over time"
    top = context.top_entities(corpus, n)
    mentions = _dates(context.facts(corpus, ["entities"]).rename({"detail": "canonical"})
                      .filter(pl.col("canonical").is_in(top)))
    if mentions.is_empty():
        return _message(title, "No dated mentions of names were found.")
    counts = mentions.group_by("canonical", "date").agg(
        pl.len().alias("mentions"), pl.col("article_id").n_unique().alias("articles"))
    data = counts.join(_first(mentions, ["canonical", "date"]), on=["canonical", "date"]).sort(
        ["date", "canonical"])
    return alt.Chart(data, title=title).mark_circle(opacity=0.8).encode(
        x=_date_axis(),
        y=alt.Y("canonical:N", title="Name", sort=top),
        size=alt.Size("mentions:Q", title="Mentions"),
        color=alt.Color("canonical:N", legend=None),
        tooltip=[alt.Tooltip("canonical:N", title="name"), alt.Tooltip("date:N", title="date"),
                 "mentions:Q", "articles:Q", alt.Tooltip("example:N", title="first sentence"),
                 alt.Tooltip("article:N", title="article")],
    ).properties(width=WIDTH)


def quantities_over_time(corpus: Corpus, *, unit: str = "drone") -> alt.TopLevelMixin:
    """Each quantity of ``unit`` at its article's date, with the bounds it states."""
    title = f"Quantities of unit “{unit}” over time"
    table = corpus.table("quantities").filter(pl.col("unit") == unit)
    facts = _dates(context.facts(corpus, ["quantities"]))
    data = facts.join(table.select("article_id", "index", "value", "low", "high", "qualifier",
                                   "object"), on=["article_id", "index"])
    if data.is_empty():
        return _message(title, f"No dated quantities with unit “{unit}” were found.")
    data = data.sort(["date", "article_id", "start"]).select(
        "date", "value", "qualifier", "object", pl.col("text").alias("quantity"),
        # "up to 30" spans 0 to 30; "at least 8" and "about 12" are drawn at their number.
        pl.when(pl.col("low").is_null() & (pl.col("qualifier") == "upper_bound")).then(0.0)
        .otherwise(pl.coalesce("low", "value")).alias("from"),
        pl.coalesce("high", "value").alias("to"),
        pl.col("low"), pl.col("high"), _clip("sentence").alias("sentence"),
        pl.col("title").alias("article"))
    x = _date_axis()
    tooltip = ["quantity:N", "value:Q", "low:Q", "high:Q", "qualifier:N", "object:N",
               alt.Tooltip("date:N", title="date"), "sentence:N", "article:N"]
    base = alt.Chart(data)
    bounds = base.mark_rule(strokeWidth=2, opacity=0.6).encode(
        x=x, y=alt.Y("from:Q", title=f"Number ({unit})"), y2="to:Q", tooltip=tooltip)
    points = base.mark_point(filled=True, size=70).encode(
        x=x, y=alt.Y("value:Q", title=f"Number ({unit})"),
        color=alt.Color("qualifier:N", title="Qualifier",
                        scale=alt.Scale(domain=list(QUALIFIER_SHAPES))),
        shape=alt.Shape("qualifier:N", title="Qualifier", scale=alt.Scale(
            domain=list(QUALIFIER_SHAPES), range=list(QUALIFIER_SHAPES.values()))),
        tooltip=tooltip)
    return alt.layer(bounds, points, title=title).properties(width=WIDTH)


def quotes_per_speaker(corpus: Corpus, *, n: int = 15) -> alt.Chart:
    """A bar per speaker: how many quotes the corpus gives them."""
    title = "Quotes per speaker"
    quotes = context.facts(corpus, ["quotes"]).with_columns(
        pl.col("detail").fill_null("(unknown)").alias("speaker"))
    if quotes.is_empty():
        return _message(title, "No quotes were found.")
    counts = quotes.group_by("speaker").agg(pl.len().alias("quotes"))
    data = counts.join(
        quotes.sort(["published", "article_id", "start"], nulls_last=True)
        .unique("speaker", keep="first", maintain_order=True)
        .select("speaker", _clip("text").alias("example"), pl.col("title").alias("article")),
        on="speaker").sort(["quotes", "speaker"], descending=[True, False]).head(n)
    return alt.Chart(data, title=title).mark_bar().encode(
        x=alt.X("quotes:Q", title="Quotes", axis=_COUNT_AXIS),
        y=alt.Y("speaker:N", title="Speaker", sort=data["speaker"].to_list()),
        tooltip=["speaker:N", "quotes:Q", alt.Tooltip("example:N", title="first quote"),
                 "article:N"],
    ).properties(width=WIDTH)


def cooccurrence(corpus: Corpus, *, n: int = 10) -> alt.Chart:
    """A heatmap: how many sentences name both of two of the ``n`` most mentioned names."""
    title = f"The {n} most mentioned names, named in the same sentence"
    top = context.top_entities(corpus, n)
    mentions = (context.facts(corpus, ["entities"]).filter(pl.col("detail").is_in(top))
                .select("article_id", "sentence_start", pl.col("detail").alias("name"),
                        "sentence", "title", "published", "start")
                .unique(["article_id", "sentence_start", "name"], keep="first",
                        maintain_order=True))
    pairs = mentions.join(mentions.select("article_id", "sentence_start",
                                          pl.col("name").alias("other")),
                          on=["article_id", "sentence_start"]).filter(
        pl.col("name") != pl.col("other"))
    if pairs.is_empty():
        return _message(title, "No sentence names two of these names.")
    counts = pairs.group_by("name", "other").agg(pl.len().alias("sentences"))
    data = counts.join(_first(pairs, ["name", "other"]), on=["name", "other"]).sort(
        ["name", "other"])
    return alt.Chart(data, title=title).mark_rect().encode(
        x=alt.X("name:N", title="Name", sort=top),
        y=alt.Y("other:N", title="Named with", sort=top),
        color=alt.Color("sentences:Q", title="Sentences", scale=alt.Scale(scheme="blues")),
        tooltip=["name:N", alt.Tooltip("other:N", title="named with"), "sentences:Q",
                 alt.Tooltip("example:N", title="first sentence"), "article:N"],
    ).properties(width=min(WIDTH, 40 * len(top)), height=min(WIDTH, 40 * len(top)))
