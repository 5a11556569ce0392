"""What people see: names grouped for display, top-N with others, colours never repeated,
tables formatted for people with links and marks, one row per sentence, the corpus summary."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from tests.report.test_report import sample_corpus
from workbench.corpus import Corpus
from workbench.display import charts, views
from workbench.display import facts as fact_table
from workbench.frames import period


def test_ranked_keeps_n_then_others_then_unknown() -> None:
    counts = pl.DataFrame({"speaker": ["a", "b", "c", "(unknown)", "d"],
                           "quotes": [5, 9, 1, 50, 2]})
    shown = charts.ranked(counts, "speaker", "quotes", n=2)
    assert shown["speaker"].to_list() == ["b", "a", "others (2)", "(unknown)"]
    assert shown["quotes"].to_list() == [9, 5, 3, 50]
    assert shown["group"].to_list() == ["named", "named", "others", "unknown"]


def test_unknown_speaker_is_drawn_apart_in_grey() -> None:
    spec = charts.quotes_per_speaker(sample_corpus(), n=1).to_dict()
    scale = spec["encoding"]["color"]["scale"]
    assert scale["domain"] == ["named", "others", "unknown"]
    assert scale["range"][1] == scale["range"][2] == charts.APART


def test_a_demonym_counts_for_its_country() -> None:
    assert fact_table.name_of("Ukrainians", "NORP", "Ukraine") == "Ukraine"
    assert fact_table.name_of("Kyiv", "GPE", "Ukraine") == "Kyiv"
    assert fact_table.name_of("Democrats", "NORP", None) == "Democrats"


def test_series_colours_never_repeat() -> None:
    names = [f"name {i}" for i in range(charts.MAX_SERIES)] + ["others (3)", "(unknown)"]
    colour = charts._series_colour("x", names, "X").to_dict()
    named = colour["scale"]["range"][:charts.MAX_SERIES]
    assert len(set(named)) == len(named) and charts.APART not in named
    assert colour["scale"]["range"][-2:] == [charts.APART, charts.APART]


def test_charts_are_stored_as_vega_lite_5_for_jupyterlab() -> None:
    bundle = charts._bundle(charts.top_entities(sample_corpus()).to_dict(), svg=False)
    assert set(bundle) == {charts.SPEC_MIMETYPE, "text/plain"}
    assert charts.SPEC_MIMETYPE == "application/vnd.vegalite.v5+json"
    assert bundle[charts.SPEC_MIMETYPE]["$schema"].endswith("/v5.json")


def test_top_names_chart_selects_and_sums_the_others() -> None:
    spec = charts.top_entities(sample_corpus(), n=1).to_dict()
    assert spec["params"][0]["select"]["type"] == "point"
    data = next(iter(spec["datasets"].values()))
    assert [row["group"] for row in data] == ["named", "others"]


def test_table_formats_numbers_dates_and_links() -> None:
    frame = pl.DataFrame({"title": ["<b>A</b>", "B"], "url": ["https://x.org/a", "javascript:1"],
                          "count": [10000.0, 2.5], "day": [date(2024, 11, 4), None]})
    page = views.table(frame, links={"title": "url"}).data
    assert '<a href="https://x.org/a"' in page and "&lt;b&gt;A&lt;/b&gt;</a>" in page
    assert "javascript:" not in page, "only web addresses become links"
    assert ">10,000<" in page and ">2.50<" in page and "10000.0<" not in page
    assert 'data-order="2024-11-04"' in page and ">4 Nov 2024<" in page
    assert "<th>url</th>" not in page and 'class="wb-table wb-datatable"' in page


def test_table_marks_a_span() -> None:
    frame = pl.DataFrame({"sentence": ["Up to 30 drones flew."], "a": [0], "b": [8]})
    page = views.table(frame, marks={"sentence": ("a", "b")}).data
    assert "<mark>Up to 30</mark> drones flew." in page and "<th>a</th>" not in page


def test_a_long_table_shows_its_first_rows_and_says_how_to_get_all() -> None:
    frame = pl.DataFrame({"n": list(range(views.MAX_ROWS + 5))})
    page = views.table(frame).data
    assert page.count("<tr>") == views.MAX_ROWS + 1  # the header and the rows kept
    assert f"the first {views.MAX_ROWS:,} of {views.MAX_ROWS + 5:,} rows" in page
    assert "--format parquet" in page
    short = views.table(frame.head(3)).data
    assert short.count("<tr>") == 4 and "the first" not in short


def test_facts_are_shown_once_per_sentence() -> None:
    found = fact_table.facts(sample_corpus())
    page = views.facts_html(found, limit=1000)
    sentences = found.select("article_id", "sentence_start").unique()
    assert page.count("<tr>") == 1 + len(sentences) < 1 + len(found)


def test_the_facts_frame_has_sentence_article_and_url() -> None:
    found = fact_table.facts(sample_corpus())
    assert {"sentence", "title", "url", "published", "origin", "detail"} <= set(found.columns)


def test_corpus_repr_is_short_and_html_summarises() -> None:
    corpus = sample_corpus()
    assert len(corpus) == 2
    assert repr(corpus).startswith("<Corpus: 2 articles") and len(repr(corpus)) < 200
    assert "<table" in corpus._repr_html_() and "quantities" in corpus._repr_html_()


def test_articles_per_day_drops_date_labels_that_would_overlap() -> None:
    """A corpus of hundreds of days would otherwise write every date over the next."""
    axis = charts.articles_per_day(sample_corpus()).to_dict()["encoding"]["x"]["axis"]
    assert axis["labelOverlap"] is True and axis["labelAngle"] == -45


def test_overview_writes_counts_for_people() -> None:
    corpus = sample_corpus()
    large = Corpus(corpus.facts * 500, [])
    shown = views.overview(large).data
    assert "1,000 articles from 1 source, published 2024-11-04 to 2024-11-06" in shown
    assert "facts: 6,000 entities, 1,000 quantities, 0 times, 1,000 quotes, 1,000 claims" in shown


@pytest.mark.parametrize(("resolved", "expected"), [
    ("2024-11-04", (date(2024, 11, 4), date(2024, 11, 4), "day")),
    ("2024-11", (date(2024, 11, 1), date(2024, 11, 30), "month")),
    ("2024", (date(2024, 1, 1), date(2024, 12, 31), "year")),
    ("1987-Q1", (date(1987, 1, 1), date(1987, 3, 31), "quarter")),
    ("2024-11-01/2024-11-05", (date(2024, 11, 1), date(2024, 11, 5), "range")),
    ("2024-11-04T14:00", (date(2024, 11, 4), date(2024, 11, 4), "instant")),
    ("PT4H30M", (None, None, "duration")),
    ("2024-13", (None, None, None)),
    (None, (None, None, None)),
])
def test_time_values_become_typed_days(resolved: str | None, expected: tuple) -> None:
    assert period(resolved) == expected


def test_facts_of_the_articles_naming_a_name_are_those_the_full_table_matches() -> None:
    corpus = sample_corpus()
    every = fact_table.facts(corpus)
    for name in fact_table.top_entities(corpus, 5):
        named = fact_table.facts(corpus, naming=name)
        naming = every.filter((every["kind"] == "entities") & (every["detail"] == name))
        assert set(named["article_id"]) == set(naming["article_id"])
        assert fact_table.matching(named, entity=name).equals(
            fact_table.matching(every, entity=name))
    assert fact_table.facts(corpus, naming="No Such Name").is_empty()
