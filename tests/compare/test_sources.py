"""Who stated a number, as one body: bodies of several countries, institutions named by their
seat, town authorities, words that name no body, titles, and sources the sentence names that
the claims left out. Sentences are invented; each rule has a case it must leave alone."""

from __future__ import annotations

import pytest

from tests.compare.builders import C, E, Q, build
from workbench import compare
from workbench.compare.estimates import sources
from workbench.model import Quote


@pytest.mark.parametrize(("source", "written", "before", "family"), [
    ("NATO", "NATO", "", "other government"),
    ("European Union", "the European Union", "", "other government"),
    ("Kremlin", "the Kremlin", "", "Russia government"),
    ("Pentagon", "the Pentagon", "", "US government"),
    ("Lviv authorities", "Lviv authorities", "", "local officials"),
    ("Kharkiv officials", "Kharkiv officials", "", "local officials"),
    ("Ukraine", "Ukraine", "among the 12,000 troops ", "Ukraine government"),
    ("Lucian Bode", "Lucian Bode", "Romanian Interior Minister ", "other government"),
    ("Figures", "Figures", "", "unattributed"),
    ("reports", "reports", "", "unattributed"),
    ("British intelligence", "British intelligence", "", "UK government"),
    ("French intelligence services", "French intelligence services", "", "other government"),
    ("Russian military intelligence", "Russian military intelligence", "", "Russia military"),
])
def test_bodies(source: str, written: str, before: str, family: str) -> None:
    assert sources.body_of(source, written, before, home="Ukraine").family == family


def test_a_government_named_with_its_country_stays_national() -> None:
    body = sources.body_of("Ukrainian authorities", "Ukrainian authorities", home="Ukraine")
    assert body.family == "Ukraine government"


def family_of(text: str, quantity: Q, *, entities: tuple[E, ...] = (),
              claims: tuple[C, ...] = (), topic: str = "people killed") -> str:
    facts = build(text, quantities=(quantity,), entities=entities, claims=claims)
    table = compare.estimates([facts], topic)
    assert table.height == 1
    return str(table["source_family"][0])


@pytest.mark.parametrize(("text", "quantity", "entities", "family"), [
    ("Associated Press journalists saw the bodies of at least 21 people in the town.",
     Q("at least 21", 21, "person", "lower_bound", low=21, object="people"),
     (E("Associated Press", "ORG"),), "media"),
    ("The war has killed at least 516 people, according to figures posted by the United "
     "Nations on Wednesday.", Q("at least 516", 516, "person", "lower_bound", low=516,
                                object="people"), (E("United Nations", "ORG"),), "UN agency"),
    ("Over 11,000 troops have been killed since the invasion, the Ukrainian armed forces' "
     "general staff announced Sunday.", Q("Over 11,000", 11000, "troop", "lower_bound",
                                          low=11000, object="troops"),
     (E("Ukrainian", "NORP"),), "Ukraine military"),
    ("Floods have killed 30 people in the valley, the regional governor said on Monday.",
     Q("30", 30, "person", object="people"), (), "local officials"),
])
def test_a_source_the_claims_left_out(text: str, quantity: Q, entities: tuple[E, ...],
                                      family: str) -> None:
    assert family_of(text, quantity, entities=entities, topic=f"{quantity.object} killed"
                     if quantity.object == "troops" else "people killed") == family


def test_a_pronoun_source_is_not_replaced_by_a_country_in_the_sentence() -> None:
    text = ("Mayor Oleh Ivanenko spoke on Sunday. More than 200 have been killed and 400 have "
            "been deported to Russia, he added.")
    facts = build(text, quantities=(Q("More than 200", 200, qualifier="lower_bound", low=200),),
                  entities=(E("Oleh Ivanenko", "PERSON"), E("Russia")),
                  claims=(C("More than 200 have been killed and 400 have been deported to "
                            "Russia, he added.", "Oleh Ivanenko", "Mayor Oleh Ivanenko"),),
                  split=True)
    row = compare.estimates([facts], "people killed").row(0, named=True)
    assert row["source_family"] == "local officials"


def test_a_speaker_named_in_the_sentence_wins_over_the_press_relaying_it() -> None:
    text = ("Romanian Interior Minister Lucian Bode said more than 10,000 Ukrainians have "
            "sought refuge in Romania, according to Reuters.")
    assert family_of(text, Q("more than 10,000", 10000, "ukrainian", "lower_bound", low=10000,
                             object="Ukrainians"),
                     entities=(E("Romanian", "NORP"), E("Lucian Bode", "PERSON"),
                               E("Ukrainians", "NORP"), E("Romania"), E("Reuters", "ORG")),
                     claims=(C(text, "Reuters", "Reuters"),), topic="refugees") == \
        "other government"
    press = "More than 10,000 people have fled the country, according to Reuters."
    assert family_of(press, Q("More than 10,000", 10000, "person", "lower_bound", low=10000,
                              object="people"), entities=(E("Reuters", "ORG"),),
                     claims=(C(press, "Reuters", "Reuters"),), topic="refugees") == "media"


def test_the_body_behind_a_report() -> None:
    text = "A report in a Russian tabloid said nearly 10,000 soldiers had been killed."
    assert family_of(text, Q("nearly 10,000", 10000, "soldier", "approx", object="soldiers"),
                     entities=(E("Russian", "NORP"),),
                     claims=(C(text, "report", "report"),), topic="soldiers killed") == "media"
    figures = "Figures show at least 2,500 civilians have been killed."
    assert family_of(figures, Q("at least 2,500", 2500, "civilian", "lower_bound", low=2500,
                                object="civilians"),
                     claims=(C(figures, "Figures", "Figures"),),
                     topic="civilians killed") == "unattributed"


def test_titles_elsewhere_in_any_spelling_of_the_surname() -> None:
    text = ("President Volodymyr Zelenskyy spoke in Kyiv on Monday. \"Hundreds of people were "
            "killed,\" Zelensky said.")
    facts = build(text, quantities=(Q("Hundreds", 100, "person", "approx", object="people"),),
                  entities=(E("Volodymyr Zelenskyy", "PERSON"), E("Kyiv", canonical="Kyiv")),
                  split=True)
    body = facts.article.text
    start = body.index("\"Hundreds")
    end = body.index("said.") + len("said.")
    facts.quotes.append(Quote(start, end, body[start:end], "paragraph", "Volodymyr Zelensky"))
    row = compare.estimates([facts], "people killed").row(0, named=True)
    assert row["source_family"] == "Ukraine government"


def test_it_said_keeps_the_body_the_sentence_before_named() -> None:
    text = ("The General Staff of the Armed Forces of Ukraine put the toll at 561 on Friday. It "
            "also said 115 warplanes have been destroyed.")
    facts = build(text, quantities=(Q("561", 561), Q("115", 115, "warplane", object="warplanes")),
                  entities=(E("Armed Forces of Ukraine", "ORG"),), split=True)
    row = compare.estimates([facts], "aircraft destroyed").row(0, named=True)
    assert row["source_family"] == "Ukraine military"


def test_an_article_is_set_where_its_towns_are() -> None:
    text = ("Russia and Russia again: officials in Russia said on Sunday that 300 residents were "
            "evacuated from Kharkiv and Sumy by the city council.")
    facts = build(text, quantities=(Q("300", 300, "resident", object="residents"),),
                  entities=(E("Russia"), E("Russia", nth=1), E("Russia", nth=2),
                            E("Kharkiv", canonical="Kharkiv"), E("Sumy", canonical="Sumy")),
                  claims=(C(text, "city council", "the city council"),))
    row = compare.estimates([facts], "civilians evacuated").row(0, named=True)
    assert row["source_country"] == "Ukraine"


def test_words_before_a_comma_are_no_title() -> None:
    text = "Some 300 soldiers have been killed, Okafor told reporters."
    facts = build(text, quantities=(Q("Some 300", 300, "soldier", "approx", object="soldiers"),),
                  entities=(E("Okafor", "PERSON"),),
                  claims=(C(text, "Okafor", "Okafor"),))
    row = compare.estimates([facts], "soldiers killed").row(0, named=True)
    # not the military for "soldiers ... killed,": a person of no known body, unattributed
    assert (row["source_kind"], row["source_family"]) == ("other", "unattributed")
    titled = "Nigerian army spokesman Okafor said 300 soldiers had been killed."
    facts = build(titled, quantities=(Q("300", 300, "soldier", object="soldiers"),),
                  entities=(E("Okafor", "PERSON"), E("Nigerian", "NORP")),
                  claims=(C(titled, "Okafor", "Okafor"),))
    row = compare.estimates([facts], "soldiers killed").row(0, named=True)
    assert row["source_kind"] == "military"


def test_an_article_naming_only_a_people_is_set_in_their_country() -> None:
    text = "President Tomas Berg said 40 Brazilian soldiers had been killed."
    facts = build(text, quantities=(Q("40", 40, "soldier", object="Brazilian soldiers"),),
                  entities=(E("Tomas Berg", "PERSON"), E("Brazilian", "NORP")),
                  claims=(C(text, "Tomas Berg", "President Tomas Berg"),))
    row = compare.estimates([facts], "soldiers killed").row(0, named=True)
    assert row["source_family"] == "other government"  # Brazil's, not unnamed officials
