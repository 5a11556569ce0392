"""Entities: words that name no one (a defined term's acronym, an office, a headline's common
word), office words that do name a party or body, sports clubs, datelines, a demonym before a
name, states of the past, and the short names linking joins (one table per rule).

Each row is a sentence written for the test, the canonical names that must come out with their
label, and names that must not; every table holds two domains and a negative case.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_entities import check
from workbench.extract.entities.linking import link_mentions
from workbench.lexicon.names import acronym_key, spelled_initials
from workbench.model import Entity

Row = tuple[str, str, dict[str, str], tuple[str, ...]]

COUNTRY_IN_NAME: list[Row] = [
    # a span holding a country's name is no person, though "West" is a first name
    ("Headline", "In addition, West Germany said it would veto the cereal price cuts.",
     {"West Germany": "GPE"}, ()),
    ("Headline", "West Germany told the central bank it would cut rates.",
     {"West Germany": "GPE"}, ()),
]

PAST_STATES: list[Row] = [
    ("Headline", "Benetton is holding talks with the Soviet Union to open shops.",
     {"Soviet Union": "GPE"}, ("Russia",)),
    ("Headline", "The Soviet Union said it would talk to the Soviets about grain.",
     {"Soviet Union": "GPE"}, ("Russia",)),
    # negative: today's Russia stays Russia
    ("Headline", "Russia said it welcomed the plan.", {"Russia": "GPE"}, ("Soviet Union",)),
]

DEFINED_TERMS: list[Row] = [
    ("Headline", "Officials said the currencies would be pegged to the special drawing right "
     "(SDR), and bankers expect a link to the SDR later.", {}, ("SDR",)),
    ("Headline", "The clinic ran short of personal protective equipment (PPE) and nurses said "
     "PPE deliveries were late.", {}, ("PPE",)),
    # negative: an organisation's acronym after its name is the organisation
    ("Headline", "The World Health Organization (WHO) said the WHO would help.",
     {"World Health Organization": "ORG"}, ("World Health Organization (WHO", "WHO")),
]

OFFICES: list[Row] = [
    ("Headline", "Bahrain's Finance and National Economy Minister, Ibrahim Khalil, chaired "
     "the meeting.", {"Bahrain": "GPE", "Ibrahim Khalil": "PERSON"},
     ("National Economy Minister", "National Economy")),
    ("Headline", "EC Farm Commissioner Frans Kohl said the plan would cost more.",
     {"Frans Kohl": "PERSON"}, ("EC Farm",)),
    # negative: a name that ends in an office word and is no office
    ("Headline", "Sales rose at Burger King, the chain said.", {"Burger King": "ORG"}, ()),
]

OFFICE_NOUNS: list[Row] = [
    ("Headline", "The broadcaster projected Labor will form government for the first time "
     "since 2013.", {"Labor": "ORG"}, ()),
    ("Headline", "The Treasury said the bonds would be sold on Tuesday.", {"Treasury": "ORG"}, ()),
    # negative: an office's first word before a holder's name, or before "of"
    ("Headline", "Labour Secretary Jane Doe resigned on Thursday.", {"Jane Doe": "PERSON"},
     ("Labour",)),
    ("Headline", "In its State of the Climate report the agency said it was hot.", {}, ("State",)),
    ("Headline", "“Justice will be served,” the minister said.", {}, ("Justice",)),
]

HEADLINE_WORDS: list[Row] = [
    ("EU FARM MINISTERS TO MEET TOMORROW AFTER SUMMIT",
     "European Union agriculture ministers will meet tomorrow after the summit of government "
     "leaders, officials said.", {"European Union": "ORG"}, ("SUMMIT", "Summit")),
    ("EU TRADE MINISTERS TO MEET AFTER SUMMIT",
     "European Union trade ministers will meet after the summit in Brussels, officials said.",
     {"Brussels": "GPE"}, ("SUMMIT", "Summit")),
    # negative: a town the body names as a town stays
    ("STORM DAMAGES HOMES IN MOBILE", "The storm damaged homes in Mobile, officials said.",
     {"Mobile": "GPE"}, ()),
]

CLUBS: list[Row] = [
    ("Headline", "Mumbai City FC beat FC Goa 5-3 on Saturday. MCFC now lead the table, and "
     "Mumbai City play again on Friday.", {"Mumbai City FC": "ORG"},
     ("Mumbai City", "MCFC")),
    ("Headline", "Investors agreed to buy Leeds City SC for 40 million pounds. Leeds City said "
     "the deal would close in May.", {"Leeds City SC": "ORG"}, ("Leeds City",)),
    # negative: a town and its council are no club
    ("Headline", "Flights to Mumbai resumed on Monday. Leeds City Council voted to raise fees.",
     {"Mumbai": "GPE", "Leeds City Council": "ORG"}, ()),
]

DATELINES: list[Row] = [
    ("Headline", "(SPRINGFIELD CITY, Illinois) — Maria Lopez, the mayor, said the park would "
     "open.", {"Springfield City": "GPE", "Illinois": "GPE"}, ("SPRINGFIELD CITY",)),
    ("Headline", "MARGAO: Mumbai City FC faced a challenge on Saturday.",
     {"Margao": "GPE", "Mumbai City FC": "ORG"}, ()),
    # negative: a label in capitals opening the body is no place
    ("Headline", "BREAKING: The council voted to close the pool.", {}, ("Breaking", "BREAKING")),
]

DEMONYM_BEFORE_NAME: list[Row] = [
    ("Headline", "The prize went to Hungarian-American Katalin Karpati and American Drew "
     "Wiseman.", {"Katalin Karpati": "PERSON", "Drew Wiseman": "PERSON"},
     ("American Katalin Karpati",)),
    ("Headline", "Cuban-American Marco Ruiz said the bill would pass.", {"Marco Ruiz": "PERSON"},
     ("American Marco Ruiz",)),
]

GENERIC_SHORT_NAMES: list[Row] = [
    ("Headline", "Delegates told the London Metal Exchange a decision was needed. The Exchange "
     "said it would reply.", {"London Metal Exchange": "ORG"}, ("Exchange",)),
    ("Headline", "The Springfield Health Authority confirmed five cases. The Authority said more "
     "tests were planned.", {"Springfield Health Authority": "ORG"}, ("Authority",)),
    # negative: two exchanges, so "the Exchange" is neither
    ("Headline", "Officials at the Acme Metal Exchange and the Brix Stock Exchange met. The "
     "Exchange said it would reply.", {"Exchange": "ORG"}, ()),
    # negative: "the House" names a body of its own, not the article's White House
    ("Headline", "The White House said the House would vote on Friday.",
     {"White House": "ORG", "House": "ORG"}, ()),
    # negative: an acronym is no short name of a phrase it only begins
    ("Headline", "NATO forces moved east. The NATO office said NATO would act.",
     {"NATO": "ORG"}, ()),
]

FIELDS_JOINED: list[Row] = [
    # health: the run of capitalised words crosses "and" between two fields of one body
    ("Headline", "The bacteria harm the elderly.\nHepatitis A\nThe San Diego County Health and "
     "Human Services Agency on Oct. 24 increased the case count.",
     {"San Diego County Health and Human Services Agency": "ORG"}, ("Human Services",)),
    # local government: the tagger's span starts at the second field
    ("Headline", "The Marlow Health and Social Services Department said beds were full.",
     {"Marlow Health and Social Services Department": "ORG"}, ("Social Services Department",)),
    # negative: two companies joined by "and" stay apart
    ("Headline", "Shares of Walmart and Amazon Web Services rose on Monday.",
     {"Amazon Web Services": "ORG"}, ("Walmart and Amazon Web Services",)),
]

COUNTY_FRONTS: list[Row] = [
    ("Headline", "Voters in Contra Costa County backed the measure on Tuesday.",
     {"Contra Costa County": "GPE"}, ("Costa County", "Contra")),
    ("Headline", "Contra Costa County sheriffs closed the road on Monday.",
     {"Contra Costa County": "GPE"}, ("Costa County", "Contra")),
    # negative: a weekday before a county is no part of it
    ("Headline", "Voters in Kent County backed the plan, and Monday Orange County officials "
     "agreed.", {"Kent County": "GPE", "Orange County": "GPE"}, ("Monday Orange County",)),
]

PARTIES: list[Row] = [
    ("Headline", "By the numbers: La Libertad Avanza candidate Milei won about 56% of the vote.",
     {"La Libertad Avanza": "ORG", "Milei": "PERSON"}, ()),
    ("Headline", "The Lega candidate lost, while Brothers of Italy lawmakers cheered.",
     {"Lega": "ORG", "Brothers of Italy": "ORG"}, ()),
    # negative: a person's voters are no party
    ("Headline", "Senator Jane Doyle thanked the Doyle voters on Sunday.",
     {"Jane Doyle": "PERSON"}, ("Doyle",)),
]

TITLES_AND_ROLES: list[Row] = [
    # an office or a role before the name is no part of it
    ("Headline", "“We will vote no,” Councilman Glenn Otto said prior to the vote.",
     {"Glenn Otto": "PERSON"}, ("Councilman Glenn Otto",)),
    ("Headline", "Rapper Timati said the show would go on.", {"Timati": "PERSON"},
     ("Rapper Timati",)),
    ("Headline", "The Iranian leader Ayatollah Ali Khamenei spoke on Friday.",
     {"Ali Khamenei": "PERSON"}, ("Ayatollah Ali Khamenei",)),
    # a surname that is a role word is a name all the same; a body's spokesman is no name
    ("Headline", "Actor Adam Driver said the film would open in May.",
     {"Adam Driver": "PERSON"}, ()),
    ("Headline", "The philosopher Peter Singer said animals suffer.",
     {"Peter Singer": "PERSON"}, ()),
    ("Headline", "Tory MPs voted against the bill.", {}, ("Tory MPs", "Tory")),
]

TABLES = [TITLES_AND_ROLES, FIELDS_JOINED, COUNTY_FRONTS, PARTIES, COUNTRY_IN_NAME, PAST_STATES,
          DEFINED_TERMS, OFFICES, OFFICE_NOUNS, HEADLINE_WORDS, CLUBS, DATELINES,
          DEMONYM_BEFORE_NAME, GENERIC_SHORT_NAMES]


@pytest.mark.parametrize(("title", "text", "want", "absent"),
                         [row for table in TABLES for row in table])
def test_names(nlp: Language, title: str, text: str, want: dict[str, str],
               absent: tuple[str, ...]) -> None:
    check(nlp, text, title, want, absent)


def _entity(text: str, label: str, at: int) -> Entity:
    return Entity(start=at, end=at + len(text), text=text, section="paragraph", label=label,
                  canonical=text, country=None)


@pytest.mark.parametrize(("full", "short", "label"), [
    ("Department for Transport", "DfT", "PERSON"),  # transport; the tagger's label for "DfT"
    ("Ministry of Defence", "MoD", "ORG"),  # defence
])
def test_mixed_case_acronym_takes_full_name(full: str, short: str, label: str) -> None:
    linked = link_mentions([_entity(full, "ORG", 0), _entity(short, label, 100)])
    assert {e.canonical for e in linked} == {full}
    assert {e.label for e in linked} == {"ORG"}


def test_acronym_keys() -> None:
    assert (acronym_key("DfT"), acronym_key("MoD"), acronym_key("U.N.")) == ("DT", "MD", "UN")
    assert acronym_key("Nato") is None and acronym_key("McDonald") is None  # negatives
    assert spelled_initials("Mumbai City FC") == "MCFC"
    assert spelled_initials("International Atomic Energy Agency") == "IAEA"
