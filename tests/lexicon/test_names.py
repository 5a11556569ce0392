"""Canonical names: countries, demonyms, places, people and organisations, and their linking.

Tables of (name, expected) per rule, negative cases beside positive ones; no parsing here, the
linking tests build entities by hand.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from workbench.extract.entities import linking
from workbench.lexicon import names, places
from workbench.model import Entity


@pytest.mark.parametrize(("text", "country"), [
    ("Russia", "Russia"),  # ISO 3166 calls it "Russian Federation"
    ("Russian Federation", "Russia"),
    ("Russian", "Russia"),
    ("Russians", "Russia"),
    ("North Korean", "North Korea"),
    ("DPRK", "North Korea"),
    ("North Korea's", "North Korea"),
    ("U.S.", "United States"),
    ("the United States", "United States"),
    ("Britain", "United Kingdom"),
    ("Iran", "Iran"),  # "Iran, Islamic Republic of"
    ("Republic of Korea", "South Korea"),
    ("Kyiv", "Ukraine"),  # a city names the country it lies in
    ("Odessa", "Ukraine"),
    ("Fijian", "Fiji"),
    ("Kremlin", None),
    ("Reuters", None),
    ("Korea, Republic of", "South Korea"),
])
def test_country_of(text: str, country: str | None) -> None:
    assert names.country_of(text) == country


@pytest.mark.parametrize(("code", "name"), [
    ("RU", "Russia"), ("KP", "North Korea"), ("MD", "Moldova"),
    ("VG", "British Virgin Islands"), ("FR", "France"),
])
def test_country_name(code: str, name: str) -> None:
    assert names.country_name(code) == name


@pytest.mark.parametrize(("text", "label", "canonical"), [
    ("the United States's", "GPE", "United States"),
    ("North Korea's", "GPE", "North Korea"),
    ("DPRK", "ORG", "North Korea"),
    ("Mr Reznikov", "PERSON", "Reznikov"),
    ("President Biden", "PERSON", "Biden"),
    ("Maj Gen Roman Kutuzov", "PERSON", "Roman Kutuzov"),
    ("Marine Le Pen", "PERSON", "Marine Le Pen"),  # a first name, not an office
    ("Kharkiv region", "GPE", "Kharkiv"),
    ("Zaporizhzhia Oblast", "GPE", "Zaporizhzhia"),
    ("LONDON", "GPE", "London"),
    ("Nato", "ORG", "NATO"),
    ("U.N.", "ORG", "United Nations"),
    ("NATO", "ORG", "NATO"),
    ("Kremlin", "ORG", "Kremlin"),
    ("Europe´s", "LOC", "Europe"),
])
def test_canonical(text: str, label: str, canonical: str) -> None:
    assert names.canonical(text, label) == canonical


@pytest.mark.parametrize(("word", "given"), [
    ("Oleksandr", True), ("Takeo", True), ("Natalia", True), ("Brahim", True),
    ("Kyiv", False), ("President", False), ("Russia", False), ("Russian", False),
    ("Georgia", False),  # a country before it is a first name
    ("Marine", False),  # an office word before a name ("U.S. Marine Paul Whelan")
    ("kyiv", False),
    # first names of several language families, accents and capitals folded
    ("Dmytro", True), ("Chioma", True), ("Keiko", True), ("Mehmet", True), ("Siobhan", True),
    ("José", True), ("JOSÉ", True), ("Björn", True), ("Fatima", True),
    # words, surnames, days and often-named places that some name tables hold
    ("Tuesday", False), ("White", False), ("Smith", False), ("Court", False), ("Texas", False),
    ("Houston", False), ("General", False),
])
def test_is_given_name(word: str, given: bool) -> None:
    assert names.is_given_name(word) is given


def test_first_names_name_their_licence() -> None:
    about = json.loads((resources.files("workbench") / "data" / "given_names.json").read_text(
        encoding="utf-8"))["_about"]
    assert "MIT" in about and "copyleft" in about


@pytest.mark.parametrize(("name", "letters"), [
    ("Asia-Pacific Economic Cooperation", "APEC"),
    ("Donetsk People's Republic", "DPR"),
    ("Kyiv International Institute of Sociology", "KIIS"),
    ("Foreign, Commonwealth & Development Office", "FCDO"),
])
def test_initials(name: str, letters: str) -> None:
    assert names.initials(name) == letters


@pytest.mark.parametrize(("text", "key"), [
    ("U.N.", "UN"), ("APEC", "APEC"), ("Nato", None), ("Kyiv", None), ("A", None),
])
def test_acronym_key(text: str, key: str | None) -> None:
    assert names.acronym_key(text) == key


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Kiev", "Kyiv", True),
    ("Odessa", "Odesa", True),
    ("Kharkov", "Kharkiv", True),
    ("Severodonetsk", "Sievierodonetsk", True),
    ("Kyiv", "Moscow", False),
])
def test_place_spellings(a: str, b: str, same: bool) -> None:
    pa, pb = places.lookup(a), places.lookup(b)
    assert pa is not None and pb is not None
    assert (pa.ident == pb.ident) is same


@pytest.mark.parametrize("name", ["Stalin", "Center", "Hunter", "Cars", "Western", "Liberty"])
def test_former_names_and_plain_words_are_not_places(name: str) -> None:
    assert places.lookup(name) is None


@pytest.mark.parametrize(("name", "stripped"), [
    ("Kharkiv region", "Kharkiv"), ("Zaporizhzhia Oblast", "Zaporizhzhia"),
    ("Regional", "Regional"), ("Kyiv", "Kyiv"),
])
def test_strip_region(name: str, stripped: str) -> None:
    assert places.strip_region(name) == stripped


def _entity(text: str, label: str, canonical: str | None = None) -> Entity:
    return Entity(0, len(text), text, "paragraph", label, canonical or names.canonical(text, label))


def _canonicals(mentions: list[tuple[str, str]]) -> list[str]:
    return [e.canonical for e in linking.link_mentions([_entity(t, lab) for t, lab in mentions])]


@pytest.mark.parametrize(("mentions", "expected"), [
    # a surname takes the full name; a mislabelled surname too
    ([("Takeo Akiba", "PERSON"), ("Akiba", "GPE")], ["Takeo Akiba", "Takeo Akiba"]),
    ([("Wang Yi", "PERSON"), ("Wang", "PERSON")], ["Wang Yi", "Wang Yi"]),
    ([("Ms Truss", "PERSON"), ("Liz Truss", "PERSON"), ("Team Truss", "PERSON")],
     ["Liz Truss", "Liz Truss", "Team Truss"]),
    ([("Vladimir Kara Murza Jr.", "PERSON"), ("Kara Murza", "PERSON")],
     ["Vladimir Kara Murza Jr.", "Vladimir Kara Murza Jr."]),
    # a middle name: the longer name, unless what stands between is no first name
    ([("Anna Kowalska", "PERSON"), ("Anna Maria Kowalska", "PERSON")],
     ["Anna Maria Kowalska"] * 2),
    ([("Olena Kovalenko", "PERSON"), ("Olena Shevchuk Kovalenko", "PERSON")],
     ["Olena Kovalenko", "Olena Shevchuk Kovalenko"]),
    # transliterations of one name
    ([("Volodymyr Zelenskyy", "PERSON"), ("Zelensky", "PERSON"), ("Zelenskiy", "ORG")],
     ["Volodymyr Zelenskyy"] * 3),
    ([("Mykhaylo Podolyak", "PERSON"), ("Mykhailo Podoliak", "PERSON"),
      ("Mykhaylo Podolyak", "PERSON")], ["Mykhaylo Podolyak"] * 3),
    ([("Boris Johnson", "PERSON"), ("Johnston", "PERSON")], ["Boris Johnson", "Johnston"]),
    # a surname two people share stays as written
    ([("Joe Biden", "PERSON"), ("Hunter Biden", "PERSON"), ("Biden", "PERSON")],
     ["Joe Biden", "Hunter Biden", "Biden"]),
    # a country is never a surname
    ([("Jordan Peterson", "PERSON"), ("Jordan", "GPE")], ["Jordan Peterson", "Jordan"]),
    # acronyms and their full forms
    ([("Asia-Pacific Economic Cooperation", "LOC"), ("APEC", "ORG")],
     ["Asia-Pacific Economic Cooperation", "Asia-Pacific Economic Cooperation"]),
    ([("DPR", "ORG"), ("Donetsk People's Republic", "GPE")],
     ["Donetsk People's Republic", "Donetsk People's Republic"]),
    ([("APEC", "ORG")], ["APEC"]),
    # short names of organisations
    ([("UK Foreign Office", "ORG"), ("Foreign, Commonwealth & Development Office", "ORG")],
     ["Foreign, Commonwealth & Development Office"] * 2),
    ([("ABC News", "ORG"), ("ABC", "ORG")], ["ABC News", "ABC News"]),
    ([("Santos Ltd", "ORG"), ("Santos", "PERSON")], ["Santos Ltd", "Santos Ltd"]),
    ([("Fox News", "ORG"), ("Fox Nation", "ORG")], ["Fox News", "Fox Nation"]),
    # spellings and case
    ([("Kiev", "GPE"), ("Kyiv", "GPE")], ["Kiev", "Kiev"]),
    ([("VINNYTSIA", "GPE"), ("Vinnytsia", "GPE"), ("Vinnytsia", "GPE")],
     ["Vinnytsia", "Vinnytsia", "Vinnytsia"]),
])
def test_link_mentions(mentions: list[tuple[str, str]], expected: list[str]) -> None:
    assert _canonicals(mentions) == expected


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Zelensky", "Zelenskyy", True), ("Zelenskiy", "Zelensky", True),
    ("Gaidai", "Haidai", True), ("Oleksii", "Oleksiy", True),
    ("Shevchuck", "Shevchuk", True), ("Kravetz", "Kravets", True), ("Müller", "Muller", True),
    ("Abdullah", "Abdulla", True), ("Zelenskij", "Zelenskyi", True),
    ("Johnson", "Johnston", False), ("Smith", "Schmidt", False), ("Hall", "Gall", False),
    ("Petrenko", "Petrenco", False),
])
def test_sound(a: str, b: str, same: bool) -> None:
    assert (linking.sound(a) == linking.sound(b)) is same


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("Mykhailo", "Mykhaylo", True), ("Volodymyr", "Vladimir", True),
    ("Mohammed", "Muhammad", True), ("Serhiy", "Sergei", True), ("Khalid", "Khaled", True),
    ("V.", "Volodymyr", None), ("V", "Viktor", None),
    ("Joe", "Hunter", False), ("Maria", "Mario", False), ("Daniel", "Daniela", False),
    ("Mahmoud", "Mohammed", False), ("Olena", "Oleh", False), ("V.", "Hunter", False),
])
def test_given_names_agree(a: str, b: str, agree: bool | None) -> None:
    assert linking.given_names_agree(a, b) is agree


def test_linked_surname_becomes_a_person() -> None:
    linked = linking.link_mentions([_entity("Takeo Akiba", "PERSON"), _entity("Akiba", "GPE")])
    assert [e.label for e in linked] == ["PERSON", "PERSON"]


@pytest.mark.parametrize(("articles", "expected"), [
    ([[("Takeo Akiba", "PERSON")], [("Akiba", "PERSON")]], [["Takeo Akiba"], ["Takeo Akiba"]]),
    ([[("Joe Biden", "PERSON")], [("Hunter Biden", "PERSON")], [("Biden", "PERSON")]],
     [["Joe Biden"], ["Hunter Biden"], ["Biden"]]),
    ([[("Takeo Akiba", "PERSON")], [("Akiba", "GPE")]], [["Takeo Akiba"], ["Akiba"]]),
    # spellings of one full name are one person, under the spelling written most often; a
    # middle initial changes nothing
    ([[("Volodymyr Zelenskyy", "PERSON")], [("Volodymyr Zelensky", "PERSON")],
      [("Volodymyr Zelenskyy", "PERSON")], [("Zelensky", "PERSON")]],
     [["Volodymyr Zelenskyy"], ["Volodymyr Zelenskyy"], ["Volodymyr Zelenskyy"],
      ["Volodymyr Zelenskyy"]]),
    ([[("Vladimir V. Putin", "PERSON")], [("Vladimir Putin", "PERSON")], [("Putin", "PERSON")]],
     [["Vladimir Putin"], ["Vladimir Putin"], ["Vladimir Putin"]]),
    # invented names: Slavic surnames and first names transliterated several ways
    ([[("Bohdan Kovalchuk", "PERSON")], [("Bogdan Kovalchuck", "PERSON")],
      [("Bohdan Kovalchuk", "PERSON")], [("Kovaltchuk", "PERSON")]],
     [["Bohdan Kovalchuk"]] * 3 + [["Kovaltchuk"]]),
    ([[("Taras Hrytsenkiy", "PERSON")], [("Taras Hrytsenkyy", "PERSON")],
      [("Taras Hrytsenky", "PERSON")], [("Taras Hrytsenky", "PERSON")]],
     [["Taras Hrytsenky"]] * 4),
    # a Russian and a Ukrainian form of one first name
    ([[("Volodymyr Ostapenko", "PERSON")], [("Vladimir Ostapenko", "PERSON")],
      [("Volodymyr Ostapenko", "PERSON")]], [["Volodymyr Ostapenko"]] * 3),
    # Arabic names: doubled letters, a final h, vowels written two ways
    ([[("Abdullah Nasrallah", "PERSON")], [("Abdulla Nasralah", "PERSON")],
      [("Abdullah Nasrallah", "PERSON")]], [["Abdullah Nasrallah"]] * 3),
    ([[("Khalid Haddad", "PERSON")], [("Khaled Hadad", "PERSON")], [("Khaled Hadad", "PERSON")]],
     [["Khaled Hadad"]] * 3),
    # an initial joins the one person it fits, not two
    ([[("Ines Mahrouk", "PERSON")], [("I. Mahrouk", "PERSON")]], [["Ines Mahrouk"]] * 2),
    ([[("Viktor Kovalenko", "PERSON")], [("Vasyl Kovalenko", "PERSON")],
      [("V. Kovalenko", "PERSON")]],
     [["Viktor Kovalenko"], ["Vasyl Kovalenko"], ["V. Kovalenko"]]),
    # surname-only spellings with no full name go by the most frequent one
    ([[("Zelenskiy", "PERSON")], [("Zelensky", "PERSON")], [("Zelensky", "PERSON")]],
     [["Zelensky"]] * 3),
    # different people: close surnames, or one surname and two first names
    ([[("Boris Johnson", "PERSON")], [("Boris Johnston", "PERSON")]],
     [["Boris Johnson"], ["Boris Johnston"]]),
    ([[("Olena Marchenko", "PERSON")], [("Oleh Marchenko", "PERSON")]],
     [["Olena Marchenko"], ["Oleh Marchenko"]]),
    ([[("Daniel Ortiz", "PERSON")], [("Daniela Ortiz", "PERSON")], [("Daniel Ortiz", "PERSON")]],
     [["Daniel Ortiz"], ["Daniela Ortiz"], ["Daniel Ortiz"]]),
    ([[("Maria Lindqvist", "PERSON")], [("Mario Lindqvist", "PERSON")]],
     [["Maria Lindqvist"], ["Mario Lindqvist"]]),
    ([[("Mahmoud Saleh", "PERSON")], [("Mohammed Saleh", "PERSON")]],
     [["Mahmoud Saleh"], ["Mohammed Saleh"]]),
])
def test_link_corpus(articles: list[list[tuple[str, str]]], expected: list[list[str]]) -> None:
    linked = linking.link_corpus([[_entity(t, lab) for t, lab in a] for a in articles])
    assert [[e.canonical for e in a] for a in linked] == expected


@pytest.mark.parametrize(("text", "country"), [
    # a state form before a country's name makes its official name, in any region
    ("Kingdom of Sweden", "Sweden"), ("Republic of Finland", "Finland"),
    ("Federal Republic of Germany", "Germany"), ("People's Republic of China", "China"),
    ("Islamic Republic of Iran", "Iran"), ("State of Qatar", "Qatar"),
    ("Republic of the Gambia", "Gambia"), ("Commonwealth of Australia", "Australia"),
    ("Iran, Islamic Republic of", "Iran"), ("Tanzania, United Republic of", "Tanzania"),
    # CLDR's and GeoNames' names, and their typography as news writes it
    ("Saint Kitts and Nevis", "Saint Kitts and Nevis"),
    ("Trinidad & Tobago", "Trinidad and Tobago"),
    ("Czechia", "Czech Republic"), ("Falkland Islands", "Falkland Islands"),
    ("Côte d’Ivoire", "Ivory Coast"), ("Myanmar", "Myanmar"),
    # official names no state form makes, and state forms that name no country
    ("Democratic People's Republic of Korea", "North Korea"), ("Slovak Republic", "Slovakia"),
    ("Republic of China", "Taiwan"), ("State of Georgia", None), ("Kingdom of Heaven", None),
    ("Grand Duchy of Lithuania", None),  # a state of its time, not today's Lithuania
    ("Congo", None),  # two countries
])
def test_country_names_and_official_forms(text: str, country: str | None) -> None:
    assert names.country_of(text) == country if country else names.country_code(text) is None


@pytest.mark.parametrize(("name", "country"), [
    ("Bavaria", "DE"), ("Saxony", "DE"), ("Gujarat", "IN"), ("Queensland", "AU"),
    ("Sumatra", "ID"), ("Alberta", "CA"), ("District of Columbia", "US"),
])
def test_subdivisions_are_places(name: str, country: str) -> None:
    place = places.lookup(name)
    assert place is not None and place.country == country


@pytest.mark.parametrize("name", ["Chechen", "Somali", "Peter", "Has", "Northwest"])
def test_peoples_and_plain_words_are_no_subdivisions(name: str) -> None:
    """CLDR shortens some subdivisions to a people's name or a plain word ("Chechen")."""
    assert places.lookup(name) is None
