"""Long texts parsed in pieces: the same text and tokens, the memory of a piece."""

from __future__ import annotations

import pytest
from spacy.language import Language

from workbench.nlp import chunks

PARAGRAPHS = [
    "The city council voted 7 to 2 on Tuesday to close the old bridge for repairs.",
    "Mayor Ana Lopez said the work would take eight months and cost $4.5 million.",
    "Shares of Acme Corp rose 3% in early trading after the company raised its forecast.",
    "The striker scored twice in the second half as United beat City 3-1 at home.",
    "Health officials in Ohio reported 120 new cases of measles, most of them children.",
    "Troops pulled back from the town overnight, the regional governor said on Monday.",
]


def long_text(repeats: int = 12) -> str:
    return "\n\n".join(PARAGRAPHS * repeats) + "\n"


def test_a_short_text_is_one_piece() -> None:
    text = "The vote was close. The count took two days.\n"
    assert chunks.pieces(text, limit=1000) == [text]


@pytest.mark.parametrize("limit", [100, 250, 1000])
def test_pieces_join_to_the_text_and_end_at_paragraph_breaks(limit: int) -> None:
    text = long_text()
    parts = chunks.pieces(text, limit=limit)
    assert "".join(parts) == text
    assert len(parts) > 1
    assert all(len(p) <= limit for p in parts)
    for part in parts[:-1]:
        assert part.endswith("\n\n")  # a cut follows the whole blank run, never inside it


def test_a_long_paragraph_is_cut_after_a_sentence_then_a_space() -> None:
    paragraph = " ".join(["Prices rose again in March, the agency said."] * 20)
    parts = chunks.pieces(paragraph, limit=200)
    assert "".join(parts) == paragraph
    assert all(p.endswith("said. ") for p in parts[:-1])
    no_stops = " ".join(["word"] * 200)
    parts = chunks.pieces(no_stops, limit=100)
    assert "".join(parts) == no_stops and all(p.endswith(" ") for p in parts[:-1])


def test_a_word_longer_than_the_limit_is_cut_inside_it() -> None:
    text = "x" * 250
    assert chunks.pieces(text, limit=100) == ["x" * 100, "x" * 100, "x" * 50]


def test_a_text_in_pieces_parses_to_the_same_tokens_and_paragraph_facts(nlp: Language) -> None:
    text = long_text()
    whole = nlp(text)
    (cut,) = chunks.pipe(nlp, [text], batch_size=4, limit=600)
    assert cut.text == text
    assert [(t.text, t.whitespace_) for t in cut] == [(t.text, t.whitespace_) for t in whole]
    assert [(e.start_char, e.end_char, e.label_) for e in cut.ents] == \
        [(e.start_char, e.end_char, e.label_) for e in whole.ents]
    assert [(s.start_char, s.end_char) for s in cut.sents] == \
        [(s.start_char, s.end_char) for s in whole.sents]
    assert [t.head.i for t in cut] == [t.head.i for t in whole]


def test_short_and_long_texts_keep_their_order(nlp: Language) -> None:
    texts = ["A short note on rates.", long_text(3), "Another short one.", long_text(2)]
    docs = list(chunks.pipe(nlp, texts, batch_size=2, limit=300))
    assert [d.text for d in docs] == texts
