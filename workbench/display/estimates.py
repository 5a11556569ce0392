"""Estimates drawn as intervals by source over time, and the tables a notebook shows with them.

Each estimate is a point at the date it was stated, coloured by source, with a solid rule over
the counts it allows. An open bound ("up to 12,000" has no lower bound, "at least 8" no upper
one) is drawn as a dashed rule running to the edge of the chart, ending in an arrowhead.
"""

from __future__ import annotations

from typing import Any

import altair as alt
import polars as pl

from workbench.compare import phrases
from workbench.compare.estimates import agreement
from workbench.compare.units import format_count

WIDTH = 560
HEIGHT = 220
SENTENCE_CHARS = 180
MAX_MEASURABLES = 6
POINTS_PER_PANEL = 100  # estimates drawn in one panel; more are thinned evenly over the dates
# the columns the panels draw or show in tooltips: nothing else goes into the page
DRAWN = ["measurable", "agreement", "spread", "superseded", "source", "date", "value", "from",
         "to", "top", "bottom", "low_text", "high_text", "open_low", "open_high", "qualifier",
         "hedged", "standing", "sentence", "title"]
SHAPES = {"exact": "circle", "approx": "diamond", "range": "square",
          "lower_bound": "triangle-up", "upper_bound": "triangle-down"}
HEADROOM = 1.15  # an open upper bound runs this far above the largest finite count

BRIEF = ("measurable", "source", "stated", "value", "low", "high", "qualifier", "hedged",
         "agreement", "superseded", "sentence")


def _plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def summary(table: pl.DataFrame, *, topic: str, articles: int) -> str:
    """One line saying what was asked of how many articles and what was found: "Question:
    “refugees”, asked of 1,000 articles: 12 estimates in 3 measurables."."""
    measurables = table["measurable"].n_unique() if table.height else 0
    return (f"Question: “{topic}”, asked of {_plural(articles, 'article')}: "
            f"{_plural(table.height, 'estimate')} in {_plural(measurables, 'measurable')}.")


def brief(table: pl.DataFrame) -> pl.DataFrame:
    """The estimates table with the columns a reader needs; bounds the text leaves open read
    "open", a superseded estimate's agreement "superseded"."""
    bounds = {name: [_bound(v, q) for v, q in zip(table[name], table["qualifier"], strict=True)]
              for name in ("low", "high")}
    return table.select(*BRIEF).with_columns(
        pl.Series("low", bounds["low"], dtype=pl.String),
        pl.Series("high", bounds["high"], dtype=pl.String),
        pl.when(pl.col("superseded")).then(pl.lit("superseded"))
        .otherwise(pl.col("agreement")).alias("agreement")).drop("superseded")


def _bound(value: float | None, qualifier: str) -> str:
    if value is None:
        return "~" if qualifier == "approx" else "open"
    return format_count(value)


# columns of the claims table the chart does not draw (they stay out of its embedded data)
NOT_DRAWN = ("scope", "source_body", "source_kind", "source_country", "source_family",
             "first_stated", "repeats", "repeated_by", "occurrences", "match", "url")


def _bands(table: pl.DataFrame) -> pl.DataFrame:
    """One row per estimate with the ends of its solid and dashed rules."""
    rows: list[dict[str, Any]] = []
    for row in table.drop(NOT_DRAWN, strict=False).iter_rows(named=True):
        low, high = _ends(row)
        rows.append({**row, "from": low, "to": high})
    frame = pl.DataFrame(rows)
    top = max(max(frame["to"]), max(frame["value"])) * HEADROOM
    sentence = pl.col("sentence")
    return frame.with_columns(
        pl.col("stated").cast(pl.String).alias("date"),
        pl.col("source").fill_null("(unattributed)"),
        (pl.col("qualifier") == "upper_bound").alias("open_low"),
        (pl.col("qualifier") == "lower_bound").alias("open_high"),
        pl.when(sentence.str.len_chars() > SENTENCE_CHARS)
        .then(sentence.str.slice(0, SENTENCE_CHARS - 1) + "…").otherwise(sentence)
        .alias("sentence"),
        pl.col("low").cast(pl.String).fill_null("open").alias("low_text"),
        pl.col("high").cast(pl.String).fill_null("open").alias("high_text"),
        pl.when(pl.col("superseded")).then(pl.lit("superseded"))
        .otherwise(pl.col("agreement")).alias("standing"),
    ).with_columns(pl.lit(top).alias("top"), pl.lit(0.0).alias("bottom")).select(DRAWN)


def _thinned(table: pl.DataFrame, limit: int) -> pl.DataFrame:
    """At most ``limit`` estimates, spread evenly over the dates stated (every k-th by date):
    a panel's shape stays, its page stays small."""
    if len(table) <= limit:
        return table
    ordered = table.sort(["stated", "value"], nulls_last=True)
    step = len(ordered) / limit
    return ordered[[int(i * step) for i in range(limit)]]


def _ends(row: dict[str, Any]) -> tuple[float, float]:
    """The stated ends of an estimate: its bounds, a band for an approximate count, and the
    value itself at an open end (drawn dashed beyond it)."""
    value = row["value"]
    if row["qualifier"] == "approx" and row["low"] is None and row["high"] is None:
        tolerance = float(phrases.data()["approx_tolerance"])
        return value * (1 - tolerance), value * (1 + tolerance)
    low = row["low"] if row["low"] is not None else value
    high = row["high"] if row["high"] is not None else value
    return low, high


def chart(table: pl.DataFrame, *, topic: str | None = None,
          limit: int = MAX_MEASURABLES) -> alt.TopLevelMixin:
    """Intervals of the estimates, one panel per measurable (the ``limit`` largest)."""
    title = f"Estimates of “{topic}”" if topic else "Estimates"
    if table.is_empty():
        message = pl.DataFrame({"message": ["No estimates were found."]})
        return (alt.Chart(message, title=title).mark_text(size=14, color="#555")
                .encode(text="message:N").properties(width=WIDTH, height=40))
    order = (table.group_by("measurable").len().sort(["len", "measurable"],
                                                     descending=[True, False]))
    panels = [_panel(table.filter(pl.col("measurable") == name))
              for name in order["measurable"].head(limit)]
    return alt.vconcat(*panels, title=title).resolve_scale(color="shared")


def _panel(table: pl.DataFrame) -> Any:
    data = _bands(_thinned(table, POINTS_PER_PANEL))
    verdict = str(data["agreement"][0])
    spread = data["spread"][0]
    if verdict == agreement.CONFLICT and spread is not None:
        verdict += f", spread {spread:.2f}×"
    x = alt.X("date:T", timeUnit="utcyearmonthdate", title="Stated",
              axis=alt.Axis(format="%Y-%m-%d", labelAngle=-30))
    y = alt.Y("value:Q", title="Count", scale=alt.Scale(zero=True))
    color = alt.Color("source:N", title="Source")
    tooltip = [alt.Tooltip("source:N"), alt.Tooltip("date:N", title="stated"),
               alt.Tooltip("value:Q", format=","), alt.Tooltip("low_text:N", title="low"),
               alt.Tooltip("high_text:N", title="high"), "qualifier:N", "hedged:N",
               alt.Tooltip("standing:N", title="agreement"), "sentence:N",
               alt.Tooltip("title:N", title="article")]
    base = alt.Chart(data)
    solid = base.mark_rule(strokeWidth=3, opacity=0.7).encode(
        x=x, y=alt.Y("from:Q", title="Count"), y2="to:Q", color=color, tooltip=tooltip)

    def open_bound(flag: str, end: str, shape: str) -> tuple[alt.Chart, alt.Chart]:
        """A dashed rule from the value to the chart's edge, and an arrowhead there."""
        side = base.transform_filter(f"datum.{flag}")
        rule = side.mark_rule(strokeDash=[4, 3], strokeWidth=2).encode(
            x=x, y="value:Q", y2=f"{end}:Q", color=color, tooltip=tooltip)
        head = side.mark_point(shape=shape, filled=True, size=60).encode(
            x=x, y=f"{end}:Q", color=color, tooltip=tooltip)
        return rule, head

    up, up_head = open_bound("open_high", "top", "triangle-up")
    down, down_head = open_bound("open_low", "bottom", "triangle-down")
    points = base.mark_point(size=90, filled=True).encode(
        x=x, y=y, color=color, tooltip=tooltip,
        shape=alt.Shape("qualifier:N", title="Qualifier",
                        scale=alt.Scale(domain=list(SHAPES), range=list(SHAPES.values()))),
        opacity=alt.condition("datum.superseded", alt.value(0.35), alt.value(1.0)))
    name = str(data["measurable"][0])
    if len(table) > len(data):
        name += f" ({len(data):,} of {len(table):,} estimates, spread over their dates)"
    return alt.layer(solid, down, down_head, up, up_head, points,
                     title=f"{name} — {verdict}").properties(width=WIDTH, height=HEIGHT)


def article_checks(corpus: Any, *, only_failed: bool = False) -> pl.DataFrame:
    """The consistency checks of every article, with its title and URL; failed checks first."""
    checks = corpus.table("checks")
    titles = corpus.table("articles").select("article_id", "title", "url", "published")
    frame = checks.join(titles, on="article_id", how="left")
    if only_failed:
        frame = frame.filter(~pl.col("consistent"))
    return frame.sort(["consistent", "published", "article_id", "start"],
                      nulls_last=True).select(
        "title", "url", "published", "kind", "consistent", "total", "parts", "actual", "note",
        pl.col("text").alias("sentences"))


def readable(table: pl.DataFrame, corpus: Any) -> pl.DataFrame:
    """The estimates for a reader's table: :func:`brief`'s columns, the number marked in its
    sentence (``mark_start``/``mark_end``), the article's title and URL; no ids."""
    if table.is_empty():
        return brief(table)
    shown = brief(table).drop("sentence")
    return shown.with_columns(
        table["sentence"],
        (table["start"] - table["sentence_start"]).alias("mark_start"),
        (table["end"] - table["sentence_start"]).alias("mark_end"),
        table["title"].alias("article"),
        table.select("article_id").join(corpus.table("articles").select("article_id", "url"),
                                        on="article_id", how="left")["url"])
