"""Estimates shown: the claims chart, the brief table and the command line's writers."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta

import polars as pl
import pytest

from tests.compare.test_estimates import US_UP_TO, sk_estimate, us_estimate
from workbench import compare
from workbench.display import estimates as drawn
from workbench.display import writers


def test_write_table_jsonl_and_csv() -> None:
    table = compare.estimates([us_estimate(), sk_estimate()], "North Korean troops")
    out = io.StringIO()
    writers.write_estimates(table, out, fmt="table")
    text = out.getvalue()
    assert "troops (North Korea) · Russia" in text and "open" in text and "conflict" in text
    assert US_UP_TO in text
    out = io.StringIO()
    writers.write_estimates(table, out, fmt="jsonl")
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    us = next(r for r in rows if r["source"] == "United States")
    assert us["low"] is None and us["high"] == 10000 and us["hedged"] is True
    out = io.StringIO()
    writers.write_estimates(table, out, fmt="csv")
    assert out.getvalue().splitlines()[0].startswith("measurable,")
    with pytest.raises(ValueError, match="unknown format"):
        writers.write_estimates(table, out, fmt="xml")  # type: ignore[arg-type]


def test_brief_shows_open_bounds() -> None:
    brief = drawn.brief(compare.estimates([us_estimate(), sk_estimate()]))
    assert brief.filter(brief["source"] == "United States")[["low", "high"]].row(0) == (
        "open", "10,000")


def test_chart_draws_one_panel_per_measurable() -> None:
    chart = drawn.chart(compare.estimates([us_estimate(), sk_estimate()]), topic="troops")
    spec = chart.to_dict()
    assert len(spec["vconcat"]) == 1
    assert "conflict" in spec["vconcat"][0]["title"]
    empty = drawn.chart(compare.estimates([], None)).to_dict()
    assert empty["mark"]["type"] == "text"


def test_a_crowded_panel_is_thinned_evenly_over_its_dates() -> None:
    one = compare.estimates([us_estimate(), sk_estimate()])
    many = pl.concat([one] * 400).with_columns(
        pl.Series("stated", [date(2024, 1, 1) + timedelta(days=i % 200)
                             for i in range(len(one) * 400)]))
    panel = drawn.chart(many, topic="troops").to_dict()["vconcat"][0]
    data = next(iter(drawn.chart(many).to_dict()["datasets"].values()))
    assert len(data) == drawn.POINTS_PER_PANEL
    assert f"{drawn.POINTS_PER_PANEL:,} of {len(many):,} estimates" in panel["title"]
    dates = sorted(row["date"] for row in data)
    assert dates[0] == "2024-01-01" and dates[-1] >= "2024-07-01"  # the whole span kept
    assert set(data[0]) == set(drawn.DRAWN), "only what is drawn goes into the page"
    few = next(iter(drawn.chart(one).to_dict()["datasets"].values()))
    assert len(few) == len(one)


def test_summary_names_the_question_and_counts_with_plurals() -> None:
    empty = pl.DataFrame(schema={"measurable": pl.String})
    assert drawn.summary(empty, topic="refugees", articles=1) == (
        "Question: “refugees”, asked of 1 article: 0 estimates in 0 measurables.")
    one = pl.DataFrame({"measurable": ["troops", "troops"]})
    assert drawn.summary(one, topic="troops", articles=1200) == (
        "Question: “troops”, asked of 1,200 articles: 2 estimates in 1 measurable.")
