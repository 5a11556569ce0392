"""Entity repairs met in health, labour, border, military, aviation, wildlife and entertainment
news: two organisations joined by "and" that end in the same word, or listed with a comma; a
known organisation whose name holds "and"; a ship's prefix before a class word or a city's
name; a sentence-opening adverb the tagger takes for a person; a person's full name tagged as
a place and the surname alone as an organisation; a short name of a body linked to the one
that adds a place or a company word. Each row: text, names that must come out with their
label, names that must not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_entities import check

ROWS = [
    # health / labour: two hospitals joined by "and"
    ("Nurses reached a deal with Mercy General Hospital and Saint Anne Children's Hospital on "
     "Friday.", {"Mercy General Hospital": "ORG"},
     ("Mercy General Hospital and Saint Anne Children's Hospital",)),
    # education: two universities joined by "and"
    ("Researchers at Halden State University and Brookfield Technical University found the "
     "sample was clean.", {}, ("Halden State University and Brookfield Technical University",)),
    # negative: one body's name holding "and" stays whole
    ("The Department of Health and Social Care said the ward would reopen.",
     {"Department of Health and Social Care": "ORG"}, ("Social Care",)),
    # negative: a ministry whose name lists its fields with a comma stays whole
    ("The Ministry of Roads, Ports and Harbours said the ferry would sail.",
     {}, ("Ports and Harbours", "Ministry of Roads")),
    # negative: one firm's name holding a comma stays whole
    ("The deal was led by Smith Barney, Harris Upham and Co, the firm said.",
     {"Smith Barney, Harris Upham": "ORG"}, ("Harris Upham",)),
    # border: a known agency whose name holds "and"
    ("Officers of U.S. Customs and Border Protection stopped the truck near Laredo.",
     {"U.S. Customs and Border Protection": "ORG"}, ("Border Protection", "U.S. Customs")),
    # military: class words before a ship's prefix, a ship named after a city
    ("The destroyer INS Chennai and the Fleet Tanker INS Deepak sailed from Mumbai on Monday.",
     {"Mumbai": "GPE"}, ("Chennai", "Fleet Tanker INS Deepak")),
    ("Sailors from Guided Missile Destroyer USS Halsey joined the drill, the Navy said.",
     {}, ("Guided Missile Destroyer USS Halsey", "Destroyer USS Halsey")),
    # economy / weather: an adverb opening a sentence is no person; a place there stays a place
    ("Higher rates did little to cool prices.\n\nNationally, prices were 3.9% higher in "
     "September. Prices nationally rose 6%.", {}, ("Nationally",)),
    ("Storms hit the north. Regionally, power cuts lasted a day.", {}, ("Regionally",)),
    ("Exports grew last year. Italy, the second-largest buyer, took more wine.",
     {"Italy": "GPE"}, ()),
    # entertainment: a full name tagged as a place, its surname alone as an organisation
    ("Boyd starred in Nina Ferrante's 2012 film \"Low Tide.\" Ferrante said the actor was kind.",
     {"Nina Ferrante": "PERSON"}, ("Ferrante",)),
    # aviation: a one-word short name of the airline named in full
    ("Delays hit Northwest Airlines on Monday, with 40 flights cancelled. Most of them were "
     "Northwest flights to Denver.", {"Northwest Airlines": "ORG"}, ("Northwest",)),
    # wildlife: a project named with and without its park's name
    ("Biologists of the Glacier Lake Bird Project counted 90 nests in Glacier Lake. The Bird "
     "Project said numbers were stable.", {"Glacier Lake Bird Project": "ORG"},
     ("Bird Project",)),
    # local news: a hyphenated given name the tagger cut after the hyphen
    ("Jean-Marc Olier, the mayor, said the road would reopen.", {"Jean-Marc Olier": "PERSON"},
     ("Marc Olier",)),
    # negative: a name after another name's last word and a hyphen is not joined to it
    ("Traffic was diverted to the Eagle Pass-Piedras Negras International Bridge on Monday.",
     {}, ("Pass-Piedras Negras International",)),
    # border: two countries joined by a hyphen before a noun name no organisation
    ("Crossings at the U.S.-Mexico border rose in May, Mexico said.", {"Mexico": "GPE"},
     ("U.S.-Mexico",)),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS)
def test_more_domain_repairs(nlp: Language, text: str, want: dict[str, str],
                             absent: tuple[str, ...]) -> None:
    check(nlp, text, "Headline", want, absent)
