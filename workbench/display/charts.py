"""Altair charts of a corpus: each titled, its axes named, a tooltip holding the source sentence.

Charts are shown through the ``workbench`` renderer (:func:`enable`): a notebook stores only the
Vega-Lite spec, under the Vega-Lite 5 mimetype. JupyterLab 4 draws that mimetype itself, offline,
with tooltips and selections (it draws Vega-Lite up to v5; altair 6 writes v6 specs, which
Lab would leave undrawn). The report export draws the same spec with one inlined copy of vega,
so reports work offline too.

Names are grouped for display: a country with its demonyms ("Ukraine", "Ukrainian",
"Ukrainians" are one bar, Ukraine); the ``n`` largest are shown, the rest summed as "others",
and "(unknown)" is drawn apart in grey, never ranked among the names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import altair as alt
import polars as pl

from workbench.display import facts as fact_table

if TYPE_CHECKING:
    from workbench.corpus import Corpus

# The mimetype and schema JupyterLab 4's built-in renderer draws (altair 6 writes v6 specs; the
# charts here use nothing v5 lacks).
SPEC_MIMETYPE = "application/vnd.vegalite.v5+json"
SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
WIDTH = 560
SENTENCE_CHARS = 240
MAX_SERIES = 18  # one distinct colour each (tableau20 without its greys); never repeated
APART = "#9e9e9e"  # "others" and "(unknown)"
UNKNOWN = "(unknown)"
_COUNT_AXIS = alt.Axis(tickMinStep=1, format="d")
# A bound points the way it limits: "up to" down, "at least" up.
QUALIFIER_SHAPES = {"exact": "circle", "approx": "diamond", "upper_bound": "triangle-down",
                    "lower_bound": "triangle-up", "range": "square"}


def _bundle(spec: dict[str, Any], *, svg: bool) -> dict[str, Any]:
    spec = {**spec, "$schema": SCHEMA}
    title = spec.get("title")
    if isinstance(title, dict):
        title = title.get("text")
    bundle: dict[str, Any] = {SPEC_MIMETYPE: spec, "text/plain": f"<Chart: {title or 'untitled'}>"}
    if svg:
        import vl_convert  # its engine starts only when a drawing is needed

        bundle["image/svg+xml"] = vl_convert.vegalite_to_svg(spec)
    return bundle


def enable(*, svg: bool = False) -> None:
    """Show charts as their Vega-Lite 5 spec, never as CDN scripts.

    ``svg`` also stores a static drawing, for viewers that draw no Vega-Lite (GitHub).
    """
    alt.renderers.register("workbench", lambda spec, **_: _bundle(spec, svg=False))
    alt.renderers.register("workbench-svg", lambda spec, **_: _bundle(spec, svg=True))
    alt.renderers.enable("workbench-svg" if svg else "workbench")


def ranked(counts: pl.DataFrame, key: str, value: str, *, n: int) -> pl.DataFrame:
    """The ``n`` largest rows of ``counts`` by ``value``, then one "others (k)" row summing the
    rest, then the "(unknown)" row if any. A ``group`` column says which is which (named,
    others, unknown) and ``rank`` orders them."""
    unknown = counts.filter(pl.col(key).is_null() | (pl.col(key) == UNKNOWN))
    known = counts.filter(pl.col(key).is_not_null() & (pl.col(key) != UNKNOWN)).sort(
        [value, key], descending=[True, False])
    top = known.head(n).with_columns(pl.lit("named").alias("group"))
    rest = known.slice(n)
    parts = [top]
    if not rest.is_empty():
        parts.append(pl.DataFrame({key: [f"others ({len(rest)})"],
                                   value: [rest[value].sum()], "group": ["others"]}))
    if not unknown.is_empty():
        parts.append(pl.DataFrame({key: [UNKNOWN], value: [unknown[value].sum()],
                                   "group": ["unknown"]}))
    shape = pl.Schema({key: pl.String, value: pl.Int64, "group": pl.String})
    frame = pl.concat([part.select(key, pl.col(value).cast(pl.Int64), "group").cast(shape)
                       for part in parts])
    return frame.with_row_index("rank")


def _series_colour(field: str, names: list[str], title: str) -> alt.Color:
    """One distinct colour per name (at most :data:`MAX_SERIES`), grey for others/unknown."""
    named = [x for x in names if x != UNKNOWN and not x.startswith("others (")]
    apart = [x for x in names if x not in named]
    palette = _tableau20()[:len(named)] + [APART] * len(apart)
    return alt.Color(f"{field}:N", title=title,
                     scale=alt.Scale(domain=named + apart, range=palette))


def _tableau20() -> list[str]:
    """tableau20 without its two greys, which mean "others" and "(unknown)" here."""
    return ["#4c78a8", "#9ecae9", "#f58518", "#ffbf79", "#54a24b", "#88d27a", "#b79a20",
            "#f2cf5b", "#439894", "#83bcb6", "#e45756", "#ff9d98", "#d67195", "#fcbfd2",
            "#b279a2", "#d6a5c9", "#9e765f", "#d8b5a5"]


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


def _highlight(fields: list[str]) -> Any:
    """A click (shift-click for more) or a legend click selects; the rest fades."""
    return alt.selection_point(fields=fields, bind="legend", on="click")


def top_entities(corpus: Corpus, *, n: int = 10) -> alt.Chart:
    """A bar per name: the ``n`` most mentioned names, then the others summed in grey.

    A demonym counts for its country. Click a bar or a legend entry to pick out a kind.
    """
    n = max(1, n)
    title = f"The {n} most mentioned names"
    counts = fact_table.entity_counts(corpus)
    if counts.is_empty():
        return _message(title, "No names were found.")
    shown = ranked(counts.select("canonical", "mentions"), "canonical", "mentions", n=n)
    mentions = fact_table.facts(corpus, ["entities"]).rename({"detail": "canonical"})
    data = (shown.join(counts.select("canonical", "label", "articles"), on="canonical",
                       how="left")
            .join(_first(mentions, ["canonical"]), on="canonical", how="left")
            .with_columns(pl.col("label").fill_null("others"))
            .sort("rank"))
    pick = _highlight(["label"])
    return alt.Chart(data, title=title).mark_bar().encode(
        x=alt.X("mentions:Q", title="Mentions", axis=_COUNT_AXIS),
        y=alt.Y("canonical:N", title="Name", sort=data["canonical"].to_list()),
        color=alt.Color("label:N", title="Kind of name",
                        scale=alt.Scale(domain=_labels(data), range=_colours(_labels(data)))),
        opacity=alt.condition(pick, alt.value(1.0), alt.value(0.25)),
        tooltip=_mention_tooltip(alt.Tooltip("label:N", title="kind")),
    ).add_params(pick).properties(width=WIDTH)


def _mention_tooltip(detail: alt.Tooltip) -> list[alt.Tooltip]:
    """A name's tooltip: the name, one detail, its counts and where it first stands."""
    return [alt.Tooltip("canonical:N", title="name"), detail,
            alt.Tooltip("mentions:Q", format=","), alt.Tooltip("articles:Q", format=","),
            alt.Tooltip("example:N", title="first sentence"),
            alt.Tooltip("article:N", title="article")]


def _labels(data: pl.DataFrame) -> list[str]:
    found = sorted({str(x) for x in data["label"].to_list() if x != "others"})
    return [*found, "others"] if "others" in data["label"].to_list() else found


def _colours(names: list[str]) -> list[str]:
    named = [x for x in names if x not in ("others", UNKNOWN)]
    return _tableau20()[:len(named)] + [APART] * (len(names) - len(named))


def countries(corpus: Corpus, *, n: int = 10) -> alt.Chart:
    """A bar per country: its mentions, by name, demonym or a place inside it."""
    n = max(1, n)
    title = f"The {n} most mentioned countries"
    entities = corpus.table("entities").filter(pl.col("country").is_not_null())
    if entities.is_empty():
        return _message(title, "No countries were found.")
    counts = entities.group_by("country").agg(
        pl.len().alias("mentions"), pl.col("article_id").n_unique().alias("articles"),
        pl.col("text").unique().sort().head(6).str.join(", ").alias("as"))
    shown = ranked(counts.select("country", "mentions"), "country", "mentions", n=n)
    data = shown.join(counts.select("country", "articles", "as"), on="country", how="left")
    pick = _highlight(["country"])
    return alt.Chart(data, title=title).mark_bar().encode(
        x=alt.X("mentions:Q", title="Mentions", axis=_COUNT_AXIS),
        y=alt.Y("country:N", title="Country", sort=data["country"].to_list()),
        color=_series_colour("country", data["country"].to_list(), "Country"),
        opacity=alt.condition(pick, alt.value(1.0), alt.value(0.25)),
        tooltip=[alt.Tooltip("country:N"), alt.Tooltip("mentions:Q", format=","),
                 alt.Tooltip("articles:Q", format=","),
                 alt.Tooltip("as:N", title="named as")],
    ).add_params(pick).properties(width=WIDTH)


def mentions_over_time(corpus: Corpus, *, n: int = 10) -> alt.Chart:
    """Mentions of the ``n`` most mentioned names per publication date (at most
    :data:`MAX_SERIES`, so no two share a colour). Click a name in the legend to pick it out."""
    n = max(1, min(n, MAX_SERIES))
    title = f"Mentions of the {n} most mentioned names over time"
    top = fact_table.top_entities(corpus, n)
    mentions = _dates(fact_table.facts(corpus, ["entities"]).rename({"detail": "canonical"})
                      .filter(pl.col("canonical").is_in(top)))
    if mentions.is_empty():
        return _message(title, "No dated mentions of names were found.")
    counts = mentions.group_by("canonical", "date").agg(
        pl.len().alias("mentions"), pl.col("article_id").n_unique().alias("articles"))
    data = counts.join(_first(mentions, ["canonical", "date"]), on=["canonical", "date"]).sort(
        ["date", "canonical"])
    pick = _highlight(["canonical"])
    return alt.Chart(data, title=title).mark_circle().encode(
        x=_date_axis(),
        y=alt.Y("canonical:N", title="Name", sort=top),
        size=alt.Size("mentions:Q", title="Mentions"),
        color=_series_colour("canonical", top, "Name"),
        opacity=alt.condition(pick, alt.value(0.85), alt.value(0.15)),
        tooltip=_mention_tooltip(alt.Tooltip("date:N", title="date")),
    ).add_params(pick).properties(width=WIDTH)


def quantities_over_time(corpus: Corpus, *, unit: str = "drone") -> alt.TopLevelMixin:
    """Each quantity of ``unit`` at its article's date, with the bounds it states."""
    title = f"Quantities of unit “{unit}” over time"
    table = corpus.table("quantities").filter(pl.col("unit") == unit)
    facts = _dates(fact_table.facts(corpus, ["quantities"]))
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
    tooltip = ["quantity:N", alt.Tooltip("value:Q", format=","),
               alt.Tooltip("low:Q", format=","), alt.Tooltip("high:Q", format=","),
               "qualifier:N", "object:N",
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
    """A bar per speaker: the ``n`` most quoted, then the others summed and the quotes whose
    speaker is unknown, both in grey below them."""
    n = max(1, n)
    title = "Quotes per speaker"
    quotes = fact_table.facts(corpus, ["quotes"]).with_columns(
        pl.col("detail").fill_null(UNKNOWN).alias("speaker"))
    if quotes.is_empty():
        return _message(title, "No quotes were found.")
    counts = quotes.group_by("speaker").agg(pl.len().alias("quotes"))
    shown = ranked(counts, "speaker", "quotes", n=n)
    examples = (quotes.sort(["published", "article_id", "start"], nulls_last=True)
                .unique("speaker", keep="first", maintain_order=True)
                .select("speaker", _clip("text").alias("example"),
                        pl.col("title").alias("article")))
    data = shown.join(examples, on="speaker", how="left").sort("rank")
    return alt.Chart(data, title=title).mark_bar().encode(
        x=alt.X("quotes:Q", title="Quotes", axis=_COUNT_AXIS),
        y=alt.Y("speaker:N", title="Speaker", sort=data["speaker"].to_list()),
        color=alt.Color("group:N", legend=None, scale=alt.Scale(
            domain=["named", "others", "unknown"], range=["#4c78a8", APART, APART])),
        tooltip=["speaker:N", alt.Tooltip("quotes:Q", format=","),
                 alt.Tooltip("example:N", title="first quote"), "article:N"],
    ).properties(width=WIDTH)


def cooccurrence(corpus: Corpus, *, n: int = 10) -> alt.Chart:
    """A heatmap: how many sentences name both of two of the ``n`` most mentioned names."""
    title = f"The {n} most mentioned names, named in the same sentence"
    top = fact_table.top_entities(corpus, n)
    mentions = (fact_table.facts(corpus, ["entities"]).filter(pl.col("detail").is_in(top))
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


def articles_per_day(corpus: Corpus, *, n: int = 15) -> alt.Chart:
    """A cell per outlet and publication day, shaded by the number of articles; the ``n``
    outlets with most articles, the rest as "others" and undated articles left out (counted in
    the title)."""
    n = max(1, n)
    articles = corpus.table("articles")
    origins = [fact_table.origin(s, o) for s, o in
               zip(articles["source"], articles["outlet"], strict=True)]
    frame = articles.with_columns(pl.Series("outlet", origins, dtype=pl.String))
    undated = frame["published"].null_count()
    title = "Articles per outlet per day" + (f" ({undated:,} without a date not shown)"
                                             if undated else "")
    dated = _dates(frame)
    if dated.is_empty():
        return _message(title, "No dated articles.")
    top = ranked(dated.group_by("outlet").agg(pl.len().alias("articles")), "outlet",
                 "articles", n=n)
    kept = set(top.filter(pl.col("group") == "named")["outlet"].to_list())
    others = top.filter(pl.col("group") == "others")["outlet"].to_list()
    data = (dated.with_columns(
        pl.when(pl.col("outlet").is_in(list(kept))).then(pl.col("outlet"))
        .otherwise(pl.lit(others[0] if others else "others")).alias("outlet"))
        .group_by("outlet", "date").agg(pl.len().alias("articles"),
                                        pl.col("title").sort().first().alias("example"))
        .sort(["date", "outlet"]))
    return alt.Chart(data, title=title).mark_rect().encode(
        # a corpus of many days would write every date over the next: drop overlapping labels
        x=alt.X("date:O", title="Published", axis=alt.Axis(labelAngle=-45, labelOverlap=True)),
        y=alt.Y("outlet:N", title="Outlet", sort=top["outlet"].to_list()),
        color=alt.Color("articles:Q", title="Articles", scale=alt.Scale(scheme="blues")),
        tooltip=["outlet:N", alt.Tooltip("date:N", title="date"),
                 alt.Tooltip("articles:Q", format=","),
                 alt.Tooltip("example:N", title="one title")],
    ).properties(width=min(WIDTH, 18 * max(1, data["date"].n_unique())) or WIDTH)
