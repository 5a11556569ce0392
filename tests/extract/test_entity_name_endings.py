"""Names whose own last word is "'s" ("Macy's", "McDonald's"): kept where the article writes
the "'s" with nothing owned after it (a verb, a preposition, a bracket or a stop follows), and
then in every mention of the name; a possessive before what is owned is still cut off. Each
row: text, names that must come out (as a person, an organisation or a place; the label is
the tagger's), names that must not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_entities import extract, names_of

ROWS = [
    # business: a department store whose name ends in "'s", before a ticker and a verb
    ("Harlow\u2019s (NYSE:HL) stock rose 5% on Thursday. Strong sales at Harlow\u2019s helped "
     "offset weaker demand.", {"Harlow's": "ORG"}, ("Harlow",)),
    # crime: a restaurant named with an article before it and a preposition after it
    ("Police said the suspect was seen in a McCall's at Fifth Street on Monday.",
     ("McCall's",), ("McCall",)),
    # negative: a country's possessive before what it owns is cut off
    ("Canada's prime minister met Mexico's president in Ottawa on Friday.",
     ("Canada", "Mexico"), ("Canada's", "Mexico's")),
    # negative: a company's possessive before its shares, in a story that never writes the
    # name on its own
    ("Acme Corp's shares fell 3% after Acme Corp's chief executive resigned.",
     ("Acme Corp",), ("Acme Corp's",)),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS)
def test_name_endings(nlp: Language, text: str, want: tuple[str, ...],
                      absent: tuple[str, ...]) -> None:
    got = names_of(extract(nlp, text))
    for name in want:
        assert name in got, (name, got)
    for name in absent:
        assert name not in got, (name, got)
