"""The batch: one bad article becomes a problem record and the others go on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import workbench
from tests.conftest import make_article
from workbench import extract, pipeline
from workbench.model import Article, ArticleFacts, Problem, Quantity


def test_failing_extractor_becomes_a_problem(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = make_article("Officials said on Friday that 12 drones were shot down.", title="Good")
    bad = make_article("This article breaks the quantity rules.", title="Bad")
    original = extract.quantities

    def fragile(doc: Doc, article: Article) -> Iterator[Quantity]:
        if article.title == "Bad":
            raise ValueError("unexpected token")
        return original(doc, article)

    monkeypatch.setattr(extract, "quantities", fragile)
    records = list(
        pipeline.extract_articles([good, Problem("x.txt", "read", "empty file"), bad], nlp=nlp)
    )
    facts = [r for r in records if isinstance(r, ArticleFacts)]
    problems = [r for r in records if isinstance(r, Problem)]
    assert [f.article.title for f in facts] == ["Good"]
    assert [(p.stage, p.article) for p in problems] == [("read", None), ("extract", bad.id)]
    assert "ValueError: unexpected token" in problems[1].message


def test_summarize_counts_problems_by_kind() -> None:
    problems = [
        Problem("a.jsonl", "read", "not JSON: Expecting value at column 1", line=2),
        Problem("a.jsonl", "read", "not JSON: Expecting value at column 3", line=5),
        Problem("b.txt", "read", "empty file"),
        Problem("c.txt", "extract", "ValueError: boom", article="art-1"),
    ]
    assert (
        pipeline.summarize(problems)
        == "3 read (not JSON: 2, empty file: 1); 1 extract (ValueError: 1)"
    )


def test_load_extracts_unchanged_files_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Port Reopens\n\nThe port reopened on Tuesday, its operator said.")
    first = workbench.load(path)
    assert workbench.load(str(path)) is first
    path.write_text("Port Closes\n\nThe port closed on Tuesday, its operator said.")
    again = workbench.load(path)
    assert again is not first
    assert [f.article.title for f in again.facts] == ["Port Closes"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One thing happened. Two more followed.", ["One thing happened.", "Two more followed."]),
        ("Dr. Smith met U.S. envoys. They talked.", ["Dr. Smith met U.S. envoys.", "They talked."]),
        ("The mayor left.\nTwelve people stayed.", ["The mayor left.", "Twelve people stayed."]),
    ],
)
def test_sentences_come_from_the_parse_and_stay_in_their_section(
    nlp: Language, text: str, expected: list[str]
) -> None:
    article = make_article(text, title="Town Hall Meeting")
    facts = pipeline.facts_of(nlp(article.text), article)
    found = [article.text[s:e] for s, e in facts.sentences]
    assert found == ["Town Hall Meeting", *expected]
    for sentence in expected:
        start = article.text.index(sentence)
        assert article.text[slice(*facts.sentence_of(start))] == sentence


def test_a_span_across_sentences_gets_them_all(nlp: Language) -> None:
    article = make_article("The first sentence ends here. A second one follows. A third.")
    facts = pipeline.facts_of(nlp(article.text), article)
    start = article.text.index("here")
    end = article.text.index("second") + len("second")
    assert article.text[slice(*facts.sentence_of(start, end))] == (
        "The first sentence ends here. A second one follows."
    )


def test_without_parsed_sentences_the_section_stands_for_one() -> None:
    article = make_article("First. Second.")
    facts = ArticleFacts(article)
    start = article.text.index("Second")
    assert article.text[slice(*facts.sentence_of(start))] == "First. Second."


def test_a_problem_met_while_the_parser_reads_ahead_keeps_its_place(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parser takes texts in batches, so a too-long article after a good one is met before
    the good one's facts come out; it must still come after them."""
    monkeypatch.setattr(nlp, "max_length", 200)
    first = make_article("The council approved 3 new parks on Monday.", title="First")
    long = make_article("The board met again. " * 20, title="Long")
    last = make_article("Shares rose 4% on Tuesday, traders said.", title="Last")
    records = list(pipeline.extract_articles([first, long, last], nlp=nlp))
    kinds = [(type(r).__name__, r.article.title if isinstance(r, ArticleFacts) else r.article)
             for r in records]
    assert kinds == [("ArticleFacts", "First"), ("Problem", long.id), ("ArticleFacts", "Last")]


def test_problems_at_both_ends_keep_their_places(nlp: Language,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "max_length", 200)
    good = make_article("Rain fell on 2 towns on Sunday.", title="Good")
    long = make_article("The match went on. " * 20, title="Long")
    unreadable = Problem("a.jsonl", "read", "not JSON", line=1)
    records = list(pipeline.extract_articles([unreadable, good, long], nlp=nlp))
    assert [type(r).__name__ for r in records] == ["Problem", "ArticleFacts", "Problem"]
    assert records[0] == unreadable and records[2].article == long.id  # type: ignore[union-attr]
