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


OTHER_SHAPES = [
    # transport: a name written with a lower-case first letter and a capital inside
    ("Budget rival flyZone has grounded dozens of flights to Spain.", ("flyZone",), ()),
    # technology: the same shape as an organisation after a preposition
    ("Shares of eStore rose 4% on Monday after the results.", ("eStore",), ()),
    # negative: such a word that only qualifies another noun names no organisation
    ("Analysts said iGadget sales fell in the third quarter.", (), ("iGadget",)),
    # local news: the people of a city are no person
    ("Thousands of New Yorkers marched along Broadway on Sunday.", (), ("New Yorkers",)),
    # negative: a surname ending in "ers" stays a person
    ("Ann Villers said the plan would help renters.", ("Ann Villers",), ()),
    # health: a disease that opens a quoted sentence, written in lower case twice elsewhere
    ('Two measles cases were confirmed. The doctor said, "Measles spreads fast." A measles '
     "clinic opens today.", (), ("Measles",)),
    # elections: an office before a name is no part of it
    ("Electoral Commission Chairperson Ama Owusu declared the results on Monday.",
     ("Ama Owusu",), ("Chairperson Ama Owusu",)),
    # sports: a position before a player's name, and a headline's first word
    ("QB Miller Reed threw three touchdowns in the win.", ("Miller Reed",), ("QB Miller Reed",)),
]


@pytest.mark.parametrize(("text", "want", "absent"), OTHER_SHAPES)
def test_other_name_shapes(nlp: Language, text: str, want: tuple[str, ...],
                           absent: tuple[str, ...]) -> None:
    got = names_of(extract(nlp, text))
    for name in want:
        assert name in got, (name, got)
    for name in absent:
        assert name not in got, (name, got)


def test_pronoun_before_a_headline_name(nlp: Language) -> None:
    got = names_of(extract(nlp, "Coach Dana Kirk said the team was ready.",
                           title="Everything Dana Kirk said after the win"))
    assert "Everything Dana Kirk" not in got, got


@pytest.mark.parametrize(("text", "want", "absent"), [
    # business: a short acronym keeps its capitals however else the article spells it
    ("KPG shares fell 6% on Tuesday. Kpg said revenue would rise. KPG expects growth.",
     ("KPG",), ("Kpg",)),
    # negative: a city's name in capitals in a dateline is the city
    ("ROME - Prices in Rome rose in May, officials said.", ("Rome",), ("ROME",)),
])
def test_acronym_case(nlp: Language, text: str, want: tuple[str, ...],
                      absent: tuple[str, ...]) -> None:
    got = names_of(extract(nlp, text))
    for name in want:
        assert name in got, (name, got)
    for name in absent:
        assert name not in got, (name, got)
