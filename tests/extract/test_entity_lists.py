"""Entities in the shapes of sports, election, business and courts copy: result lines, lists of
surnames, nicknames in quotes, a company before its officer's title, a state abbreviated after a
town (sentences written for the tests, each rule with a negative case)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_entities import check, extract, names_of


@pytest.mark.parametrize(
    ("text", "want", "absent"),
    [
        # football: both sides of each result line, and the short names the report uses
        ("Leeds Rhinos 3 vs. 1 Wigan Warriors\nThe Rhinos scored twice late on.\n"
         "Hull City 0-2 Bristol Rovers\nRovers sit third.",
         {"Leeds Rhinos": "ORG", "Wigan Warriors": "ORG", "Hull City": "ORG",
          "Bristol Rovers": "ORG"}, ("Rovers",)),
        # a shoot-out's scores in brackets
        ("Carlisle United 1 (5) v (4) 1 Exeter City\nThe tie went to penalties.",
         {"Carlisle United": "ORG", "Exeter City": "ORG"}, ()),
        # "in Munich" is the city, not the club of the result line
        ("Bayern Munich 4 vs. 0 Celtic\nBayern won easily in Munich.",
         {"Bayern Munich": "ORG", "Munich": "GPE"}, ()),
    ],
)
def test_the_sides_of_a_result_line_are_teams(nlp: Language, text: str, want: dict[str, str],
                                             absent: tuple[str, ...]) -> None:
    check(nlp, text, "Results", want, absent)


def test_a_score_inside_a_sentence_is_no_result_line(nlp: Language) -> None:
    got = names_of(extract(nlp, "Voters in Ohio backed the measure 57-43 on Tuesday."))
    assert got.get("Ohio") == "GPE"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Yildirim, McAllister, and Gonzalez scored for the visitors.",
         ("Yildirim", "McAllister", "Gonzalez")),
        ("Okafor, Brennan and Whitcombe voted against the budget, the clerk said.",
         ("Okafor", "Brennan", "Whitcombe")),
    ],
)
def test_a_list_of_surnames_with_one_person_in_it_is_people(nlp: Language, text: str,
                                                           people: tuple[str, ...]) -> None:
    got = names_of(extract(nlp, text))
    for name in people:
        assert got.get(name) == "PERSON", (name, got)


def test_a_list_with_a_known_place_stays_places(nlp: Language) -> None:
    got = names_of(extract(nlp, "Exports to France, Germany and Italy rose."))
    assert {got.get("France"), got.get("Germany"), got.get("Italy")} == {"GPE"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Mayoral candidate Jesus "Chuy" Garcia spoke first. Garcia later left.',
         'Jesus "Chuy" Garcia'),
        ('Union leader Michael "Mick" Lynford addressed the rally.',
         'Michael "Mick" Lynford'),
    ],
)
def test_a_nickname_in_quotes_is_part_of_the_name(nlp: Language, text: str, name: str) -> None:
    got = names_of(extract(nlp, text))
    assert got.get(name) == "PERSON", got
    assert "Chuy" not in got and "Mick" not in got and "Jesus" not in got


def test_quoted_words_between_two_people_do_not_join_them(nlp: Language) -> None:
    got = names_of(extract(nlp, 'Anna Berg called the plan "reckless" and Tom Reid agreed.'))
    assert got.get("Anna Berg") == "PERSON" and got.get("Tom Reid") == "PERSON"


@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        ("Profits rose, says Microsoft CFO Maria Lindqvist.", "Microsoft", "Maria Lindqvist"),
        ("Revenue rose, says Siemens CFO Maria Lindqvist.", "Siemens", "Maria Lindqvist"),
        ("Waiting lists fell, says NHS England CEO Joanna Pratt.", "NHS England",
         "Joanna Pratt"),
    ],
)
def test_an_officer_title_after_a_company_is_not_part_of_it(nlp: Language, text: str, org: str,
                                                           person: str) -> None:
    got = names_of(extract(nlp, text))
    assert got.get(person) == "PERSON" and got.get(org) == "ORG", got
    assert not any(name.endswith(("CFO", "CEO")) for name in got), got


def test_defendant_before_a_surname_is_a_title(nlp: Language) -> None:
    got = names_of(extract(nlp, "Maria Ortega denies the charges. Defendant Ortega will "
                                "appeal, her lawyer said."))
    assert got.get("Maria Ortega") == "PERSON" and "Defendant Ortega" not in got, got


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The mayor of Little Rock, Ark. Jason Beck won in Peoria.", "Arkansas"),
        ("Flooding closed roads in Tulsa, Okla. on Monday.", "Oklahoma"),
    ],
)
def test_a_state_abbreviated_after_a_town_is_the_state(nlp: Language, text: str,
                                                      state: str) -> None:
    assert names_of(extract(nlp, text)).get(state) == "GPE"


def test_an_abbreviation_without_a_town_before_it_is_no_state(nlp: Language) -> None:
    got = names_of(extract(nlp, "Approx. 40 boats were in the harbour."))
    assert "Arkansas" not in got and "Approx" not in got and "Approx." not in got


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The figures were first reported by The Ledger.", "The Ledger"),
        ("Turnout fell sharply, writing for Politicsweek, analyst Dana Roe noted.", "Politicsweek"),
    ],
)
def test_the_outlet_a_story_is_credited_to(nlp: Language, text: str, outlet: str) -> None:
    got = names_of(extract(nlp, text))
    assert got.get(outlet) == "ORG" or got.get(outlet.removeprefix("The ")) == "ORG", got


def test_a_person_after_the_same_cue_stays_a_person(nlp: Language) -> None:
    got = names_of(extract(nlp, "The story was reported by Maria Lindqvist in March."))
    assert got.get("Maria Lindqvist") == "PERSON", got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vladimir Zelensky met aides. Volodymyr Zelenskyy later spoke, and Zelenskiy thanked "
         "them.", "Vladimir Zelensky"),
        ("Mohammed Saleh scored twice. Muhammad Saleh was named man of the match.",
         "Mohammed Saleh"),
    ],
)
def test_transliterations_of_one_full_name_are_one_person(nlp: Language, text: str,
                                                         name: str) -> None:
    people = {e.canonical for e in extract(nlp, text) if e.label == "PERSON"}
    assert people == {name}, people


@pytest.mark.parametrize(
    "text",
    ["Joe Biden and Hunter Biden arrived together.", "Maria Kowalska met Mario Kowalski."],
)
def test_two_first_names_that_disagree_stay_two_people(nlp: Language, text: str) -> None:
    people = {e.canonical for e in extract(nlp, text) if e.label == "PERSON"}
    assert len(people) == 2, people


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Labour took the seat from the Conservatives on a low turnout.", "Conservatives"),
        ("The Liberals lost ground in Quebec, the count showed.", "Liberals"),
    ],
)
def test_a_party_named_in_the_plural_is_an_organisation(nlp: Language, text: str,
                                                       party: str) -> None:
    assert names_of(extract(nlp, text)).get(party) == "ORG"


def test_a_group_of_believers_stays_a_group(nlp: Language) -> None:
    found = extract(nlp, "Christians and Muslims marched together through the city.")
    assert not [e for e in found if e.label == "ORG"]
