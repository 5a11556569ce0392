"""Entities: spans, labels and canonical names repaired from spaCy's tags, one table per rule.

Each row is a short news sentence (and a headline where casing matters), the canonical names that
must come out with their label, and names that must not (the negative cases beside the positive).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import make_article
from workbench.extract.entities.find import entities, title_cased
from workbench.model import Entity

SCORED = ("PERSON", "ORG", "GPE", "LOC", "FAC")


def extract(nlp: Language, text: str, *, title: str = "Headline") -> list[Entity]:
    article = make_article(text, title=title)
    found = entities(nlp(article.text), article)
    for e in found:
        assert article.text[e.start : e.end] == e.text
    return found


def names_of(found: list[Entity]) -> dict[str, str]:
    """Canonical name -> label, for the labels that name people, organisations and places."""
    return {e.canonical: e.label for e in found if e.label in SCORED}


def check(nlp: Language, text: str, title: str, want: dict[str, str], absent: tuple[str, ...]
          ) -> None:
    got = names_of(extract(nlp, text, title=title))
    for name, label in want.items():
        assert got.get(name) == label, (name, got)
    for name in absent:
        assert name not in got, (name, got)


HEADLINES = [
    # Title Case headline: only names the body repeats (or known places) survive
    ("Russian Drone Attacks Injure 8, Damage Buildings in Ukraine",
     "Russian drone attacks damaged buildings in Ukraine, officials said.",
     {"Ukraine": "GPE"}, ("Damage Buildings", "Russian Drone Attacks")),
    ("Biden Gives Update On Situation With Russia And Ukraine",
     "President Joe Biden spoke about Russia on Tuesday.",
     {"Joe Biden": "PERSON", "Russia": "GPE"}, ("Biden Gives Update On Situation With",)),
    # a sentence-case headline is read as the tagger reads it
    ("Russia condemns arrogant note from London",
     "The embassy said the note was unacceptable.",
     {"London": "GPE", "Russia": "GPE"}, ()),
]


@pytest.mark.parametrize(("title", "text", "want", "absent"), HEADLINES)
def test_headline_casing(nlp: Language, title: str, text: str, want: dict[str, str],
                         absent: tuple[str, ...]) -> None:
    check(nlp, text, title, want, absent)


@pytest.mark.parametrize(("title", "expected"), [
    ("Russian Drone Attacks Injure 8, Damage Buildings in Ukraine", True),
    ("JAPAN TRADE SURPLUS WILL GROW AGAIN", True),
    ("Russia condemns arrogant note from London", False),
    ("Kyiv", False),
])
def test_title_cased(title: str, expected: bool) -> None:
    assert title_cased(title) is expected


SPANS = [
    # a name cut short before a capitalised name part
    ("North Korean Foreign Minister Choe Son Hui met Russian President Vladimir Putin.",
     {"Choe Son Hui": "PERSON", "Vladimir Putin": "PERSON"}, ("Choe Son",)),
    # a given name left outside the span
    ("On Thursday, Ukraine's Defence Minister, Oleksii Reznikov, said Ukraine was losing troops.",
     {"Oleksii Reznikov": "PERSON", "Ukraine": "GPE"}, ("Reznikov",)),
    ("European Commission President Ursula von der Leyen said the bloc would act.",
     {"Ursula von der Leyen": "PERSON"}, ("Leyen",)),
    # "X's Y" is two names
    ("Emergency services showed pictures of a clinic in Kyiv's Dniprovskyi district.",
     {"Kyiv": "GPE", "Dniprovskyi": "LOC"}, ("Kyiv's Dniprovskyi",)),
    # an office and its holder tagged as one organisation
    ("The director of National Intelligence Avril Haines told senators that Russia was weak.",
     {"Avril Haines": "PERSON"}, ("National Intelligence Avril Haines",)),
    # a place run into the name after it
    ("Missiles hit the port, said Sevastopol Mikhail Razvozhaev, the governor.",
     {"Mikhail Razvozhaev": "PERSON"}, ("Sevastopol Mikhail Razvozhaev",)),
    # a country name the tagger left half outside the span
    ("Lawyers for the British Virgin Islands company denied the claim.",
     {"British Virgin Islands": "GPE"}, ("Virgin Islands",)),
    # a department named by a list of its fields
    ("The statement was released by the UK Foreign, Commonwealth & Development Office.",
     {"Foreign, Commonwealth & Development Office": "ORG"},
     ("Commonwealth & Development Office",)),
    # a department named by a list of its fields, tagged in two pieces
    ("The plan needs approval from the Department of Levelling Up, Housing and Communities "
     "before May.", {"Department of Levelling Up, Housing and Communities": "ORG"},
     ("Department of Levelling Up", "Housing and Communities")),
    # an office word before the office is no part of the body's name
    ("The deal was backed by Peronist Economy Minister Sergio Massa.",
     {"Sergio Massa": "PERSON"}, ("Peronist Economy",)),
    # a one-word name and the institution noun it modifies
    ("The Basmanny court ordered Kara-Murza held until October.",
     {"Basmanny court": "ORG"}, ("Basmanny",)),
    # an office and its holder: the holder is a person, never a number or a country
    ("The show aired on the state-owned Channel One Russia on Sunday.",
     {"Channel One Russia": "ORG"}, ("One Russia",)),
    ("Crew commander Nicole Mann and pilot Josh Cassada reached orbit.",
     {"Nicole Mann": "PERSON", "Josh Cassada": "PERSON"}, ()),
    # people of a body named by their role: the body stays when it is known, else nothing
    ("Many Twitter Users mocked the list on Monday.", {"Twitter": "ORG"}, ("Twitter Users",)),
    ("Several Tory MPs voted against the plan.", {}, ("Tory MPs",)),
    # a name run on into a preposition and the place where it is (a venue, a player, a firm)
    ("Leaders met at the Great Hall of the People in Beijing on Monday.",
     {"Great Hall of the People": "FAC", "Beijing": "GPE"},
     ("Great Hall of the People in Beijing",)),
    ("He beat Casper Ruud of Norway in the final on Sunday.",
     {"Casper Ruud": "PERSON", "Norway": "GPE"}, ("Casper Ruud of Norway",)),
    # "of" and a place inside an organisation's own name stays
    ("She studied at the University of Ghana and the Bank of Canada hired her.",
     {"University of Ghana": "ORG", "Bank of Canada": "ORG"}, ("Ghana", "Canada")),
    # untagged parties, councils and boards: capitalised words ending in an organisation word
    ("The Green Party won two seats, and Marlow Town Council objected.",
     {"Green Party": "ORG", "Marlow Town Council": "ORG"}, ("The Green Party",)),
    ("Five schools in her local Harlow council were told to close.",
     {"Harlow council": "ORG"}, ()),
    ("The Dade County School board voted on Tuesday.",
     {"Dade County School board": "ORG"}, ("Dade County School",)),
    # a person of the article and what is theirs are two names; a body's name holding a
    # possessive stays whole
    ("Also discussed was a deal involving Sosnoff's Caesars World holdings, Martin Sosnoff "
     "said.", {"Martin Sosnoff": "PERSON", "Caesars World": "ORG"}, ("Sosnoff's Caesars World",)),
    ("The coach praised Reed's Riverside Academy, where Tom Reed trained as a boy.",
     {"Tom Reed": "PERSON", "Riverside Academy": "ORG"}, ("Reed's Riverside Academy",)),
    ("Moody's Investors Service cut the rating on Tuesday.",
     {"Moody's Investors Service": "ORG"}, ("Investors Service",)),
    # the people of a body are no name of their own
    ("It is only with NHS staff and the government working together that waits will fall.",
     {"NHS": "ORG"}, ("NHS staff",)),
    # an office word begins no organisation; a country's army is no local body
    ("President Board said the Monday Council met.", {}, ("President Board", "Monday Council")),
    ("The Ukraine government met on Friday.", {"Ukraine": "GPE"}, ("Ukraine government",)),
]


@pytest.mark.parametrize(("text", "want", "absent"), SPANS)
def test_span_repairs(nlp: Language, text: str, want: dict[str, str],
                      absent: tuple[str, ...]) -> None:
    check(nlp, text, "Headline", want, absent)


LABELS = [
    # a known town is a place, whatever the tagger said
    ("Drones hit Kyiv overnight, and officials in Kyiv said two people were hurt.",
     {"Kyiv": "GPE"}, ()),
    ("Russian forces shelled Kherson and Zaporizhzhia in southern Ukraine on Friday.",
     {"Kherson": "GPE", "Zaporizhzhia": "GPE", "Ukraine": "GPE"}, ()),
    ("The head of the judicial board in Donetsk said the men could appeal.",
     {"Donetsk": "GPE"}, ()),
    ("Shelling killed four people in downtown Donetsk on Saturday.", {"Donetsk": "GPE"}, ()),
    ("Russia has shifted its forces to the east since the start of the Russia/Ukraine conflict.",
     {"Russia": "GPE", "Ukraine": "GPE"}, ()),
    ("Officers of the FSB detained him in Moscow.",
     {"Federal Security Service": "ORG", "Moscow": "GPE"}, ()),
    # people the tagger calls a work of art, a product or an organisation
    ('"We conveyed our concerns," Takeo Akiba told reporters late Monday.',
     {"Takeo Akiba": "PERSON"}, ()),
    ('"She is shocked," Natalia Musienko, the mayor of the city told ABC News.',
     {"Natalia Musienko": "PERSON", "ABC News": "ORG"}, ()),
    ("DPR authorities said the three, Britons Aiden Aslin and Shaun Pinner and Moroccan national"
     " Brahim Saadoune, were captured in Mariupol.",
     {"Brahim Saadoune": "PERSON", "Aiden Aslin": "PERSON"}, ()),
    # a platform is an organisation; an outlet that quotes someone too
    ("Emergency services posted pictures on the Telegram messaging app.",
     {"Telegram": "ORG"}, ()),
    # a weapon's name is a product, not an organisation
    ("The package includes rounds of Remote Anti-Armor Mine (RAAM) Systems for Ukraine.",
     {"Ukraine": "GPE"}, ("Remote Anti-Armor Mine",)),
    # office words are not names
    ("US Defense Secretary Lloyd Austin met Secretary of State Antony Blinken.",
     {"Lloyd Austin": "PERSON", "Antony Blinken": "PERSON"}, ("Defense", "State")),
    # a name used only to modify a common noun is a product or an attribute
    ("Officials said Kalibr cruise missiles fired from a ship damaged a clinic in Vinnytsia.",
     {"Vinnytsia": "GPE"}, ("Kalibr",)),
    # a country's institution that reports is a source organisation, lower case or not
    ("Ukraine's air force said it had downed 88 drones overnight.",
     {"Ukraine's air force": "ORG", "Ukraine": "GPE"}, ()),
    ("He fought for Ukraine's armed forces before he was captured.",
     {"Ukraine": "GPE"}, ("Ukraine's armed forces",)),
    # a dateline or a file-photo label run into a name
    ("CAPE CANAVERAL - SpaceX launched four astronauts on Wednesday.",
     {}, ("CAPE CANAVERAL - SpaceX",)),
    # lower-case words no name holds cut a span; offices and roles alone are no names
    ("Zelenskyy wrote on Facebook that the mayor of Melitopol Ivan Fedorov was freed.",
     {"Facebook": "ORG", "Ivan Fedorov": "PERSON"}, ("Facebook that Zelenskyy",
                                                     "Melitopol Ivan Fedorov")),
    ("Taiwan's President Tsai Ing-wen met the delegation in Taipei.",
     {"Tsai Ing-wen": "PERSON"}, ("Tsai Ing-",)),
    ("Lawyer Dmitry Kravchenko said the rector denied the charges.",
     {"Dmitry Kravchenko": "PERSON"}, ("Lawyer",)),
    ("The U.S. has sent Javelin anti-tank missiles to Ukraine, Biden said.",
     {"United States": "GPE"}, ("Javelin anti", "Javelin anti-", "Javelin anti-tank", "Javelin")),
    # a curly apostrophe does not make a second name
    ("The Donetsk People’s Republic said the Donetsk People's Republic would appeal.",
     {"Donetsk People's Republic": "ORG"}, ("Donetsk People’s Republic",)),
    # photo credits and slashed lists are not names
    ("Firefighters work at the site. (AP Photo/Cristian Straista)",
     {}, ("Cristian Straista", "AP Photo/Cristian Straista")),
]


@pytest.mark.parametrize(("text", "want", "absent"), LABELS)
def test_label_repairs(nlp: Language, text: str, want: dict[str, str],
                       absent: tuple[str, ...]) -> None:
    check(nlp, text, "Headline", want, absent)


CANONICAL = [
    # a later surname takes the full name given earlier
    ('"We conveyed our concerns," Takeo Akiba said. Akiba also met Wang Yi.',
     {"Takeo Akiba": "PERSON", "Wang Yi": "PERSON"}, ("Akiba",)),
    ("Liz Truss resigned on Thursday. Ms Truss served 45 days.",
     {"Liz Truss": "PERSON"}, ("Truss", "Ms Truss")),
    # two people share the surname: a bare surname stays as written
    ("Joe Biden spoke to Hunter Biden on Sunday. Biden said nothing more.",
     {"Joe Biden": "PERSON", "Hunter Biden": "PERSON"}, ("Joe Biden Hunter",)),
    # countries by one name
    ("Cooperation between Russia and the DPRK came up, and North Korea's troops were discussed.",
     {"North Korea": "GPE", "Russia": "GPE"}, ("DPRK", "North Korea's")),
    ("The U.S. and its allies agreed. The United States said more aid would come.",
     {"United States": "GPE"}, ("U.S.",)),
    # an acronym and its full form are one organisation
    ("He hoped to meet Xi at the Asia-Pacific Economic Cooperation (APEC) summit in Peru.",
     {"Asia-Pacific Economic Cooperation": "ORG", "Peru": "GPE"}, ("APEC",)),
    # a short name in brackets after a full name is that organisation, wherever it stands
    ("Officials at the Department for Transport (DfT) said fares would rise. The DfT said more.",
     {"Department for Transport": "ORG"}, ("DfT",)),
    ("Growth will slow, the Office for Budget Responsibility (OfBR) said on Monday. The OfBR "
     "said more.",
     {"Office for Budget Responsibility": "ORG"}, ("OfBR",)),
    # a dateline's agency is not the place before it
    ("WASHINGTON (AP) — The senators met on Monday.", {"Associated Press": "ORG"}, ()),
    # a body and the same body under its country
    ("The Coast Guard said on Monday that the U.S. Coast Guard had sent two ships.",
     {"U.S. Coast Guard": "ORG"}, ("Coast Guard",)),
    # England is not the United Kingdom
    ("Waiting lists in England fell, while Britain's economy grew.",
     {"England": "GPE", "United Kingdom": "GPE"}, ()),
    # a title before a name is no part of it
    ("Councillor Maria Okafor said the budget was tight.", {"Maria Okafor": "PERSON"},
     ("Councillor Maria Okafor",)),
    # two spellings of one city
    ("Troops left Kiev in March. Kyiv has since rebuilt its bridges.",
     {"Kiev": "GPE"}, ("Kyiv",)),
    # a region is named by its place
    ("Shelling hit the Zaporizhzhia region overnight.", {"Zaporizhzhia": "GPE"}, ()),
    # a company's first word stands for the full name the article gave it before
    ("Halvorsen Marine Holdings agreed to buy a rival shipyard. Halvorsen said the deal would "
     "close in June.", {"Halvorsen Marine Holdings": "ORG"}, ("Halvorsen",)),
    ("Fleetwood Financial Group agreed to buy Norwell Bancorp. Norwell shareholders will "
     "receive Fleetwood stock.", {"Fleetwood Financial Group": "ORG",
                                  "Norwell Bancorp": "ORG"}, ("Fleetwood", "Norwell")),
    # not a person whose name heads a body's description
    ("The Biden administration imposed sanctions. Biden said more would follow.",
     {"Biden": "PERSON"}, ()),
    # a well-known body by its usual short name
    ("Shares rose after the Fed held rates, Federal Reserve Chair Jerome Powell said.",
     {"Federal Reserve": "ORG", "Jerome Powell": "PERSON"}, ("Fed",)),
]


@pytest.mark.parametrize(("text", "want", "absent"), CANONICAL)
def test_one_canonical_name(nlp: Language, text: str, want: dict[str, str],
                            absent: tuple[str, ...]) -> None:
    check(nlp, text, "Headline", want, absent)


@pytest.mark.parametrize(("text", "demonym", "country"), [
    ("Russian drones struck the city.", "Russian", "Russia"),
    ("North Korean troops are in Kursk.", "North Korean", "North Korea"),
    ("Ukrainian officials said the strike killed three.", "Ukrainian", "Ukraine"),
])
def test_demonyms_name_their_country(nlp: Language, text: str, demonym: str,
                                     country: str) -> None:
    found = [e for e in extract(nlp, text) if e.text == demonym]
    assert found, text
    assert all(e.label == "NORP" and e.country == country for e in found)


def test_cities_carry_their_country(nlp: Language) -> None:
    found = {e.canonical: e.country for e in extract(nlp, "Drones hit Odesa and Kharkiv.")
             if e.label == "GPE"}
    assert found.get("Odesa") == "Ukraine"


def test_name_split_by_bracket(nlp: Language) -> None:
    got = names_of(extract(nlp, '"We are ramping up the pressure on (Russian President Vladimir)'
                                ' Putin," the minister said.'))
    assert got.get("Vladimir Putin") == "PERSON" and "Vladimir" not in got


@pytest.mark.parametrize(("text", "outlet"), [
    ("The administration head told Russia-24 TV on Friday.", "Russia-24 TV"),
    ("A spokesperson told Mail Online the payments had been made.", "Mail Online"),
])
def test_untagged_outlet_told(nlp: Language, text: str, outlet: str) -> None:
    assert names_of(extract(nlp, text)).get(outlet) == "ORG"


def test_reporters_credited_are_not_news(nlp: Language) -> None:
    got = names_of(extract(nlp, "Kyiv was shelled. John Santucci and Mel Madarang contributed"
                                " to this report."))
    assert "John Santucci" not in got and "Mel Madarang" not in got


def test_org_linking_skips_names_without_words() -> None:
    from workbench.extract.entities import linking
    from workbench.model import Entity

    found = [
        Entity(start=0, end=1, text="-", section="paragraph", label="PERSON", canonical=""),
        Entity(start=2, end=11, text="ABC News", section="paragraph", label="ORG",
               canonical="ABC News"),
        Entity(start=12, end=15, text="ABC", section="paragraph", label="ORG", canonical="ABC"),
    ]
    linked = linking.link_mentions(found)
    assert [e.canonical for e in linked] == ["", "ABC News", "ABC News"]
