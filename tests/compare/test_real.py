"""Comparison and consistency on real extractor output: the seed articles, and a sample of the
shared Ukraine media corpus where outlets report competing counts of the same things."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from spacy.language import Language

from tests.conftest import ROOT, SHARED
from workbench import compare, pipeline
from workbench.model import ArticleFacts

UKRAINE = SHARED / "corpora" / "ukraine-media-2022" / "articles.jsonl"
SAMPLE = 60
# articles giving counts of soldiers killed, drones or missiles shot down, or refugees
TOPICAL = re.compile(r"\b(?:soldiers|troops|servicemen)\b[^.]{0,80}\b(?:killed|died|lost)\b|"
                     r"\b(?:shot down|downed|intercepted)\b|\brefugees\b[^.]{0,60}\bfled\b")


@pytest.fixture(scope="module")
def seed(nlp: Language) -> list[ArticleFacts]:
    facts, problems = pipeline.run([ROOT / "seeds"], nlp=nlp)
    assert not problems
    return facts


def drones_article(seed: list[ArticleFacts]) -> ArticleFacts:
    return next(f for f in seed if "Drone" in f.article.title)


def test_seed_drones_do_not_add_up(seed: list[ArticleFacts]) -> None:
    facts = drones_article(seed)
    parts = [c for c in facts.checks if c.kind == "parts"]
    assert len(parts) == 1
    check = parts[0]
    assert (check.total, check.actual, check.consistent) == (132, 130, False)
    assert check.parts == (88, 41, 1)
    text = facts.article.text
    assert text[check.start:check.end] == check.text
    assert check.text.startswith("Ukraine's air force said") and check.text.endswith("reported.")


def test_seed_injured_count_is_consistent_with_its_bound(seed: list[ArticleFacts]) -> None:
    facts = drones_article(seed)
    places = [c for c in facts.checks if c.kind == "places"]
    assert len(places) == 1
    check = places[0]
    assert check.consistent and check.total == 8 and check.parts == (7, 1)
    assert check.text.startswith("Russian drone attacks on Ukraine injured at least eight")


def test_seed_has_no_false_alarm(seed: list[ArticleFacts]) -> None:
    alarms = [c for f in seed for c in f.checks if not c.consistent]
    assert [c.kind for c in alarms] == ["parts"]


def test_seed_north_korean_troops(seed: list[ArticleFacts]) -> None:
    table = compare.estimates(seed, "North Korean troops")
    assert table.height == 1
    row = table.row(0, named=True)
    assert row["value"] == 10000 and row["high"] == 10000 and row["low"] is None
    assert row["qualifier"] == "upper_bound" and row["hedged"]
    assert row["source"] == "United States"
    assert row["agreement"] == "single"
    assert str(row["stated"]) == "2024-11-05"


def test_claims_command_prints_the_estimate_and_its_sentence() -> None:
    command = [sys.executable, "-m", "workbench.cli", "claims", "North Korean troops", "seeds/"]
    table = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    assert table.returncode == 0, table.stderr
    assert "United States" in table.stdout and "upper_bound" in table.stdout
    assert "open" in table.stdout and "up to 10,000 North Korean troops" in table.stdout
    rows = subprocess.run([*command, "--format", "jsonl"], capture_output=True, text=True,
                          check=False, cwd=ROOT).stdout.splitlines()
    row = json.loads(rows[0])
    assert (row["low"], row["high"], row["hedged"]) == (None, 10000, True)


def test_seed_nights_and_events_stay_apart(seed: list[ArticleFacts]) -> None:
    table = compare.estimates(seed, "drones")
    by_value = {row["value"]: row for row in table.iter_rows(named=True)}
    assert by_value[132]["event"] == "launch" and by_value[188]["event"] == "launch"
    assert by_value[132]["time"] != by_value[188]["time"]
    assert by_value[88]["event"] == "down"
    assert len(set(table["measurable"])) == table.height


def _sample(path: Path, n: int) -> list[dict[str, str]]:
    found = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if TOPICAL.search(record["body"]) and len(record["body"]) < 6000:
                found.append(record)
                if len(found) == n:
                    break
    return found


@pytest.fixture(scope="module")
def ukraine(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> list[ArticleFacts]:
    if not UKRAINE.exists():
        pytest.skip(f"the shared corpus is absent ({UKRAINE})")
    sample = tmp_path_factory.mktemp("corpus") / "sample.jsonl"
    sample.write_text("".join(json.dumps(r) + "\n" for r in _sample(UKRAINE, SAMPLE)))
    facts, _ = pipeline.run([sample], nlp=nlp)
    return facts


@pytest.mark.corpus
def test_corpus_soldiers_killed_group_by_owner_and_event(ukraine: list[ArticleFacts]) -> None:
    table = compare.estimates(ukraine, "Russian soldiers killed")
    assert table.height >= 3
    # soldiers killed or lost; a count of people only when Russia owns it ("Russian deaths")
    assert set(table["unit"]) <= {"troop", "person"}
    assert set(table["event"]) - {None} <= {"kill", "lose"}
    for row in table.iter_rows(named=True):
        qualified = row["owners"] or row["places"]
        assert "Russia" in row["owners"] or not qualified, row["sentence"]
        assert row["unit"] == "troop" or "Russia" in row["owners"], row["sentence"]
    ukrainian = compare.estimates(ukraine, "Ukrainian soldiers killed")
    assert set(ukrainian["sentence"]).isdisjoint(
        set(table.filter(table["owners"].list.len() > 0)["sentence"]))


@pytest.mark.corpus
def test_corpus_measurables_never_mix_times_or_events(ukraine: list[ArticleFacts]) -> None:
    table = compare.estimates(ukraine)
    per = table.group_by("measurable").agg(
        pl.col("event").n_unique().alias("events"), pl.col("time").n_unique().alias("times"),
        pl.col("unit").n_unique().alias("units"))
    assert per.height >= 20
    assert per["events"].max() == 1 and per["times"].max() == 1 and per["units"].max() == 1


@pytest.mark.corpus
def test_corpus_checks_raise_few_alarms(ukraine: list[ArticleFacts]) -> None:
    checks = [c for f in ukraine for c in f.checks]
    alarms = [c for c in checks if not c.consistent]
    for facts in ukraine:
        for c in facts.checks:
            assert facts.article.text[c.start:c.end] == c.text
    assert len(alarms) <= max(1, len(ukraine) // 20), [c.text for c in alarms]
