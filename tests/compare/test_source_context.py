"""Sources read from the words around a number: a title stops at the reporting words before it,
a name goes on past the entity found in it, an abbreviation's full stops end no apposition, a
pronoun subject stands for the body the sentence before opens with, a verb before "to" that
states nothing names no source, envoys and secretaries are their government's, and "around"
left out of an exact number still makes it approximate. Sentences are invented, in several
domains; each rule has a case it must leave alone."""

from __future__ import annotations

import pytest

from tests.compare.builders import C, E, Q, build
from workbench import compare
from workbench.compare.estimates import qualify, sources, stated


@pytest.mark.parametrize(("before", "title"), [
    ("amid the Russian offensive according to the country's Health Minister ",
     "the country's Health Minister"),                                   # a war
    ("after the Canadian storm said the state's Governor ", "the state's Governor"),  # weather
    ("Flood waters rose as Riverton Mayor ", "Flood waters rose as Riverton Mayor"),  # kept
])
def test_a_title_stops_at_the_reporting_words_before_it(before: str, title: str) -> None:
    assert sources.title_before(before) == title


def test_a_country_in_the_clause_before_according_to_is_not_the_sources() -> None:
    text = ("Shelling went on after the Russian advance, according to the country's Health "
            "Minister Olena Kravets. Kyiv and Kharkiv were quiet. Shelling killed 12 people in "
            "the town, Kravets said.")
    facts = build(text, quantities=(Q("12", 12, "person", object="people"),),
                  entities=(E("Olena Kravets", "PERSON"), E("Russian", "NORP"), E("Kyiv"),
                            E("Kharkiv"),
                            E("Kravets", "PERSON", canonical="Olena Kravets", nth=1)),
                  claims=(C("Shelling killed 12 people in the town, Kravets said.",
                            "Olena Kravets", "Kravets"),), split=True)
    table = compare.estimates([facts], "people killed")
    assert table["source_family"].to_list() == ["Ukraine government"]


def family_of(text: str, quantity: Q, *, entities: tuple[E, ...] = (),
              claims: tuple[C, ...] = (), topic: str = "people killed",
              split: bool = True) -> str:
    facts = build(text, quantities=(quantity,), entities=entities, claims=claims, split=split)
    table = compare.estimates([facts], topic)
    assert table.height == 1
    return str(table["source_family"][0])


@pytest.mark.parametrize(("text", "country", "family"), [
    # a war: the invader goes on invading, it states nothing
    ("At least 10 civilians are believed to have died as Russia continues to invade the "
     "country.", "Russia", "unattributed"),
    # a wildfire: the same shape
    ("At least 10 people are believed to have died as Canada continues to battle the fires.",
     "Canada", "unattributed"),
    # a country that claims to have done it states the number
    ("Ukraine claims to have killed at least 10 soldiers near the river.", "Ukraine",
     "Ukraine government"),
])
def test_a_verb_before_to_that_states_nothing_names_no_source(text: str, country: str,
                                                              family: str) -> None:
    unit, noun = (("soldier", "soldiers") if "soldiers" in text else
                  ("civilian", "civilians") if "civilians" in text else ("person", "people"))
    topic = {"soldier": "soldiers killed", "civilian": "civilians killed"}.get(unit,
                                                                               "people killed")
    quantity = Q("At least 10" if text.startswith("At") else "at least 10", 10, unit,
                 "lower_bound", low=10, object=noun)
    assert family_of(text, quantity, entities=(E(country),), topic=topic) == family


@pytest.mark.parametrize(("source", "written", "family"), [
    ("UK permanent representative", "The UK permanent representative", "UK government"),
    ("Ukraine's ambassador", "Ukraine's ambassador", "Ukraine government"),
    ("UN representative", "the UN representative", "UN agency"),   # the UN's own envoy
    ("Ben Wallace", "Ben Wallace", "UK government"),                 # "British Defence Secretary"
    ("Jane Cole", "Jane Cole", "UK government"),                     # "British Health Secretary"
    ("Tom Reed", "Tom Reed", "unattributed"),                        # "the club's secretary"
])
def test_envoys_and_secretaries_are_their_governments(source: str, written: str,
                                                      family: str) -> None:
    before = {"Ben Wallace": "British Defence Secretary ", "Jane Cole": "British Health Secretary ",
              "Tom Reed": "the club's secretary "}.get(source, "")
    assert sources.body_of(source, written, before, home="Ukraine").family == family


@pytest.mark.parametrize(("written", "family"), [
    ("the United Nation's office of Human Rights", "UN agency"),    # the singular as written
    ("the United Nationalist Party", "unattributed"),                # another word
])
def test_the_united_nations_in_the_singular(written: str, family: str) -> None:
    assert sources.body_of(None, written, home="Kenya").family == family


@pytest.mark.parametrize(("text", "name", "family"), [
    # refugees: the agency's full name past the entity's end
    ("Jan Berg, a spokesman for the U.N.'s International Organization for Migration, said more "
     "people left.", "Jan Berg", "UN agency"),
    # an earthquake: a government survey abbreviated
    ("Jan Berg, a spokesman for the U.S. Geological Survey, said more people left.",
     "Jan Berg", "US government"),
    # a farmer named with his town: no body
    ("Jan Berg, a farmer in St. Louis, said more people left.", "Jan Berg", "unattributed"),
])
def test_an_abbreviation_ends_no_apposition(text: str, name: str, family: str) -> None:
    facts = build(text, entities=(E(name, "PERSON"),))
    titles = stated._titles(facts, name)
    assert sources.body_of(name, name, elsewhere=titles, home="Ukraine").family == family


@pytest.mark.parametrize(("text", "entity", "family"), [
    # refugees: "United Nations High Commissioner for Refugees estimated"
    ("The United Nations High Commissioner for Refugees estimated that 660,000 refugees left "
     "the country.", "United Nations", "UN agency"),
    # a pandemic: "World Health Organization Regional Office for Europe said"
    ("The World Health Organization Regional Office for Europe said that 660,000 refugees "
     "left the country.", "World Health Organization", "UN agency"),
    # a name followed by other words than its own: no stating verb next to it
    ("The United Nations building was quiet as 660,000 refugees left the country.",
     "United Nations", "unattributed"),
])
def test_a_name_goes_on_past_the_entity_found_in_it(text: str, entity: str,
                                                     family: str) -> None:
    quantity = Q("660,000", 660000, "refugee", object="refugees")
    assert family_of(text, quantity, entities=(E(entity, "ORG"),),
                     topic="refugees who fled") == family


@pytest.mark.parametrize(("text", "quantity", "topic", "family"), [
    # a war: an open-source tracker, set off by a comma
    ("Oryx, an open source tracker, counts every loss on video. It estimates that the army "
     "has lost 400 tanks.", Q("400", 400, "tank", object="tanks"), "tanks lost", "media"),
    # an earthquake: a news agency's tally
    ("Reuters, the news agency, kept a tally of the quake. It estimates that 300 people "
     "were killed.", Q("300", 300, "person", object="people"), "people killed", "media"),
    # a company opening the sentence before is no body
    ("Norden Steel, a mining firm, kept a tally of the collapse. It estimates that 300 "
     "people were killed.", Q("300", 300, "person", object="people"), "people killed",
     "unattributed"),
])
def test_it_stands_for_the_body_the_sentence_before_opens_with(text: str, quantity: Q,
                                                                topic: str,
                                                                family: str) -> None:
    assert family_of(text, quantity, topic=topic) == family


@pytest.mark.parametrize(("written", "family"), [
    ("course of the invasion Ukrainians", "Ukraine government"),   # a war
    ("since the floods began Hungarians", "other government"),    # a flood
    ("Olena Kravets and Ukrainians", "unattributed"),             # a name before: not a people
])
def test_a_people_after_lower_case_words(written: str, family: str) -> None:
    assert sources.body_of(written, written, home="Ukraine").family == family


@pytest.mark.parametrize(("text", "words", "qualifier"), [
    ("Officially Moscow has admitted around 500 of its soldiers were killed.", "500", "approx"),
    ("The quake destroyed roughly 300 homes in the valley.", "300", "approx"),
    ("A crowd of 500 people watched the floods.", "500", "exact"),     # nothing before it
])
def test_an_approximation_left_out_of_the_number(text: str, words: str, qualifier: str) -> None:
    value = float(words)
    unit, noun, topic = (("soldier", "soldiers", "soldiers killed") if "soldiers" in text else
                         ("home", "homes", "homes destroyed") if "homes" in text else
                         ("person", "people", "people"))
    facts = build(text, quantities=(Q(words, value, unit, object=noun),), entities=(E("Moscow"),)
                  if "Moscow" in text else ())
    table = compare.estimates([facts], topic)
    assert table["qualifier"].to_list() == [qualifier]


@pytest.mark.parametrize(("title", "body", "body_words", "value", "entities", "family"), [
    # a war: the headline credits the number the body states bare
    ("Ukraine says at least 50 people killed in rocket attack on station",
     "At least 50 people were killed on Friday in a rocket attack on the station.",
     "At least 50", 50, (E("Ukraine"),), "Ukraine government"),
    # a mudslide: an agency in the headline
    ("UN says at least 300 people killed in mudslide",
     "At least 300 people were killed when the hillside gave way.", "At least 300", 300,
     (E("UN", "ORG"),), "UN agency"),
    # another number than the headline's keeps no source
    ("Ukraine says at least 50 people killed in rocket attack on station",
     "At least 20 people were killed on Friday in a rocket attack on the station.",
     "At least 20", 20, (E("Ukraine"),), "unattributed"),
])
def test_the_headline_credits_the_same_number(title: str, body: str, body_words: str,
                                              value: float, entities: tuple[E, ...],
                                              family: str) -> None:
    headline_words = "at least 50" if "50" in title else "at least 300"
    quantities = (Q(headline_words, float(headline_words.split()[-1]), "person", "lower_bound",
                    low=float(headline_words.split()[-1]), object="people"),
                  Q(body_words, value, "person", "lower_bound", low=value, object="people"))
    facts = build(body, title=title, quantities=quantities, entities=entities)
    table = compare.estimates([facts], "people killed")
    row = table.filter(table["quantity"] == body_words)
    assert row["source_family"].to_list() == [family]


@pytest.mark.parametrize(("text", "quantity", "topic", "family"), [
    # a war: a tracker opening the sentence before its stating verb, no entity found
    ("Oryx counted 460 tanks destroyed or captured.", Q("460", 460, "tank", object="tanks"),
     "tanks destroyed", "media"),
    # a flood: an agency the same way
    ("The UN refugee agency counted 300 people evacuated from the valley.",
     Q("300", 300, "person", object="people"), "people evacuated", "UN agency"),
    # a company opening the sentence names no body
    ("Norden Steel counted 300 people evacuated from the site.",
     Q("300", 300, "person", object="people"), "people evacuated", "unattributed"),
])
def test_a_body_opening_the_sentence_before_its_stating_verb(text: str, quantity: Q,
                                                             topic: str, family: str) -> None:
    assert family_of(text, quantity, topic=topic) == family


@pytest.mark.parametrize(("text", "entity", "owner"), [
    # a war: the parser takes a model designation into the demonym
    ("Two Russian Su-34 bombers were shot down over the city.", "Russian Su-34", "Russia"),
    # a navy: the same with a ship class
    ("Two Turkish F-16 jets were shot down over the sea.", "Turkish F-16", "Turkey"),
    # a demonym with words but no designation stays as named
    ("Two Russian Orthodox priests were shot down the road.", "Russian Orthodox",
     "Russian Orthodox"),
])
def test_a_model_designation_taken_into_a_demonym(text: str, entity: str, owner: str) -> None:
    facts = build(text, entities=(E(entity, "NORP"),))
    assert qualify.identity(facts.entities[0]) == owner


@pytest.mark.parametrize(("text", "entity", "family"), [
    # a war: a name, then another phrase holding a stating word
    ("Tanks were destroyed by Ukrainians -- and in reports of deaths, which may be anywhere "
     "from 3,000 upward.", "Ukrainians", "unattributed"),
    # a flood: the same shape
    ("Dams were breached by Hungarians and in reports of deaths, which may be anywhere from "
     "3,000 upward.", "Hungarians", "unattributed"),
    # the name stating it
    ("Ukrainians reported deaths, which may be anywhere from 3,000 upward.", "Ukrainians",
     "Ukraine government"),
])
def test_a_name_then_another_phrase_states_nothing(text: str, entity: str, family: str) -> None:
    quantity = Q("3,000", 3000)
    assert family_of(text, quantity, entities=(E(entity, "NORP"),)) == family


@pytest.mark.parametrize(("cause", "second", "family", "topic"), [
    # a war: "In Bucha alone" goes on from the ministry's toll
    ("were killed in the suburbs", "In Bucha alone, 403 bodies had been found.",
     "Ukraine government", "civilians killed"),
    # floods: the same opening in other words
    ("died in the floods", "In the capital alone, 403 bodies had been found.",
     "Ukraine government", "people killed"),
    # an opening phrase with no "alone" starts afresh
    ("were killed in the suburbs", "In Bucha, 403 bodies had been found.", "unattributed",
     "civilians killed"),
])
def test_a_sentence_opening_with_alone_keeps_the_source_before(cause: str, second: str,
                                                               family: str,
                                                               topic: str) -> None:
    first = f"More than 720 people {cause}, according to the Interior Ministry."
    text = f"Shelling went on near Kharkiv. {first} {second}"
    facts = build(text, quantities=(Q("720", 720, "person", object="people"),
                                    Q("403", 403, "body", object="bodies")),
                  entities=(E("Kharkiv"), E("Interior Ministry", "ORG"))
                  + ((E("Bucha"),) if "Bucha" in second else ()),
                  claims=(C(f"More than 720 people {cause}", "Interior Ministry",
                            "Interior Ministry"),), split=True)
    table = compare.estimates([facts], topic)
    row = table.filter(table["quantity"] == "403")
    assert row["source_family"].to_list() == [family]


@pytest.mark.parametrize(("text", "people", "family"), [
    # a war: the one person named before, titled in an apposition
    ("Ukraine's prosecutor general, Iryna Kovalenko, visited Bucha. She said 410 bodies had "
     "been found.", ("Iryna Kovalenko",), "Ukraine government"),
    # floods: a mayor
    ("The mayor of Riverton, Tom Reed, toured the levee. He said 410 bodies had been found.",
     ("Tom Reed",), "local officials"),
    # two people named before: nobody to choose
    ("The mayor of Riverton, Tom Reed, met Jane Cole. He said 410 bodies had been found.",
     ("Tom Reed", "Jane Cole"), "unattributed"),
])
def test_he_or_she_is_the_one_person_named_before(text: str, people: tuple[str, ...],
                                                  family: str) -> None:
    entities = tuple(E(p, "PERSON") for p in people) + tuple(
        E(place) for place in ("Bucha", "Riverton") if place in text)
    assert family_of(text, Q("410", 410, "body", object="bodies"), entities=entities,
                     topic="people killed") == family


def test_a_title_on_the_body_s_first_line_is_read_past_the_headline() -> None:
    facts = build("Ukraine's prosecutor general, Iryna Kovalenko, visited Bucha.",
                  title="Update on the war", entities=(E("Iryna Kovalenko", "PERSON"),))
    assert stated._titles(facts, "Iryna Kovalenko")[0] == "Ukraine's prosecutor general"


@pytest.mark.parametrize(("text", "quantity", "topic", "entities", "family"), [
    # a war: figures announced before a colon
    ("The General Staff gave new figures on Monday: the enemy has lost 600 tanks.",
     Q("600", 600, "tank", object="tanks"), "tanks destroyed", (), "Ukraine military"),
    # refugees: data published in the sentence before
    ("The UN refugee agency published new data on Tuesday. More than 4 million refugees have "
     "now left.", Q("More than 4 million", 4e6, "refugee", "lower_bound", low=4e6,
                    object="refugees"), "refugees who fled", (), "UN agency"),
    # an earthquake: a ministry's updated toll in the sentence before
    ("The Health Ministry updated its toll. At least 1,500 people have been killed by the "
     "earthquake, in Kharkiv and beyond.",
     Q("At least 1,500", 1500, "person", "lower_bound", low=1500, object="people"),
     "people killed", (E("Kharkiv"),),
     "Ukraine government"),
    # a body doing something else before: no figures announced
    ("The UN refugee agency opened a new office on Tuesday. More than 4 million refugees have "
     "now left.", Q("More than 4 million", 4e6, "refugee", "lower_bound", low=4e6,
                    object="refugees"), "refugees who fled", (), "unattributed"),
])
def test_a_body_announcing_figures_before_the_number(text: str, quantity: Q, topic: str,
                                                    entities: tuple[E, ...],
                                                    family: str) -> None:
    entities = (*entities, E("Kyiv")) if "General Staff" in text else entities
    text = text + " Kyiv was quiet." if "General Staff" in text else text
    assert family_of(text, quantity, entities=entities, topic=topic) == family
