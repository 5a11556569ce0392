"""Entity repairs for names the tagger cuts, splits or drops outside war news: an office
title after a place ("Marion County District Attorney"), a name's fixed first word, a
plural's apostrophe inside a name ("Farmers' Union"), hyphenated acronyms, a ticker after an
exchange, the side a result names, shortened words of a longer name, and a common noun that
opens its sentence. Each row: text, names that must come out with their label, names that
must not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_entities import check

ROWS = [
    # courts: the place, not "Marion County District", and the person
    ("Former Marion County District Attorney Jane Roe resigned in March.",
     {"Marion County": "GPE", "Jane Roe": "PERSON"}, ("Marion County District",)),
    # local news: a sheriff's title is no part of the county's name
    ("Hale County Sheriff Tom Baker said the road was closed.",
     {"Tom Baker": "PERSON"}, ("Hale County Sheriff",)),
    # negative: a place whose name ends in a place word keeps it
    ("Hikers filled the Lake District on Sunday.", {"Lake District": "LOC"}, ("Lake",)),
    # business: a capitalised first word before every mention of the company
    ("Shares of Fresh Harvest Foods fell 4%. Fresh Harvest Foods said sales rose. The chairman "
     "of Fresh Harvest Foods, Ann Lee, spoke.", {"Fresh Harvest Foods": "ORG"}, ("Harvest Foods",)),
    # business: a ticker after an exchange makes the name a company, the ticker its other name
    ("Kestrel Brands (NASDAQ: KSB) reported higher sales on Tuesday. KSB shares rose 3%.",
     {"Kestrel Brands": "ORG"}, ("KSB",)),
    # education and politics: a plural's apostrophe inside an organisation's name
    ("\u201cTalks with the Nurses\u2019 Union went well,\u201d the hospital said.",
     {"Nurses' Union": "ORG"}, ("Nurses", "Union")),
    ("The Workers' Party won 12 seats in the city council.", {"Workers' Party": "ORG"}, ()),
    # negative: an outlet's possessive before a person keeps the two apart
    ("Fox News\u2019 Sean Hannity spoke to the senator on Monday.",
     {"Fox News": "ORG", "Sean Hannity": "PERSON"}, ()),
    # labour: a hyphenated acronym is no shouted word
    ("Dana Ortiz, an organiser with the AFL-CIO, said the vote was close.",
     {"AFL-CIO": "ORG", "Dana Ortiz": "PERSON"}, ()),
    # sports: the side a result names is a team
    ("Rovers scored three times in the victory over Albion on Saturday.", {"Albion": "ORG"}, ()),
    # negative: a result phrase before a country keeps the country
    ("The army claimed victory over Russia in the north.", {"Russia": "GPE"}, ()),
    # health and sports: shortened words of the longer name are that name
    ("Patients at Mt. Sinai Hospital waited hours. A spokesperson for Mount Sinai Hospital "
     "apologised.", {"Mount Sinai Hospital": "ORG"}, ("Mt. Sinai Hospital",)),
    # education: a common noun that opens its sentence names nothing
    ("Libraries will stay closed on Monday, officials said. All libraries reopen on Tuesday.",
     {}, ("Libraries",)),
    # local government: a title before a person whose surname is a place word
    ("Councillor Jane Park said the plan would cut waiting lists.", {"Jane Park": "PERSON"},
     ("Councillor Jane Park",)),
    # negative: a park named for a person is still a place
    ("Crowds filled Victoria Park on Sunday.", {"Victoria Park": "GPE"}, ()),
    # negative: a company that opens its sentence stays a company
    ("Shell said profits rose. She found a shell on the beach.", {"Shell": "ORG"}, ()),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS)
def test_name_repairs(nlp: Language, text: str, want: dict[str, str],
                      absent: tuple[str, ...]) -> None:
    check(nlp, text, "Headline", want, absent)
