"""The edges of a name once every repair has run: punctuation left at a span's end, a
sentence's full stop read into the name before it, a title or honorific before a person's name
carried on an organisation's span, an office tagged as a person ("Head of State"), and a phrase
or two joined names tagged as one person ("Kiev of Javelin", "Okafor and Lindgren"). Each
row: text, names that must come out with their label, names that must not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_entities import check

ROWS = [
    # politics: a sentence's full stop before scraped debris is no part of the outlet's name
    ("The envoy said in a statement to Fox News. , , ; A new vote followed on Thursday.",
     {"Fox News": "ORG"}, ("Fox News.",)),
    # technology: the same after a news agency's name
    ("The company said in a statement to Bloomberg News. , , ; A new phone follows on Thursday.",
     {"Bloomberg News": "ORG"}, ("Bloomberg News.",)),
    # negative: a company's abbreviation keeps its point
    ("Shares of Kestrel Foods Inc. fell 4% on Monday.", {"Kestrel Foods Inc.": "ORG"},
     ("Kestrel Foods Inc",)),
    # parliament: a comma left once the office after it is cut off
    ("But, speaking in the Commons, Defence Secretary Ben Wallace ruled out the plan.",
     {"Ben Wallace": "PERSON"}, ("Commons,",)),
    # health: an office and an honorific before a person are no part of the organisation
    ("The president has a mild cough, White House COVID-19 Response Coordinator Dr. Ashish "
     "Jha said. The White House said he was working.",
     {"White House": "ORG", "Ashish Jha": "PERSON"},
     ("White House COVID-19 Response Coordinator Dr.",
      "White House COVID-19 Response Coordinator")),
    # military: a compound rank's first word is no organisation
    ("The fleet sailed on Monday, Rear Adm. John Kirby told reporters at the Pentagon.",
     {"John Kirby": "PERSON", "Pentagon": "ORG"}, ("Rear",)),
    # war news: an office is nobody's name
    ("They want to destroy the country by destroying the Head of State, a source said.",
     {}, ("of State", "Head of State")),
    # government: an office before a comma and the person's name keeps the person only
    ("\u201cThe region is safe,\u201d Lithuanian Minister of National Defense, Raimundas "
     "Karoblis said Thursday.", {"Raimundas Karoblis": "PERSON"},
     ("of National Defense, Raimundas Karoblis",)),
    # politics: two names joined by "and" are two people
    ("\u201cThe vote was fair,\u201d Okafor and Lindgren said in a joint statement on Tuesday.",
     {"Okafor": "PERSON", "Lindgren": "PERSON"}, ("Okafor and Lindgren",)),
    # culture: a first name before "and" shares the surname after it
    ("The musical was written by George and Ira Gershwin in 1930.",
     {"George Gershwin": "PERSON", "Ira Gershwin": "PERSON"}, ("George and Ira Gershwin",)),
    # war news: a headline-like phrase tagged as a person names nobody, and does not take the
    # place it ends in
    ("It began with the transfer to Kiev of Javelin anti-tank weapons. Aid to Kiev grew in April.",
     {"Kiev": "GPE"}, ("Kiev of Javelin",)),
    # local news: the same with "for" between two towns
    ("Jane Roe left Odessa for Grantham in March. In Grantham she opened a salon.",
     {"Jane Roe": "PERSON", "Grantham": "GPE"}, ("Odessa for Grantham",)),
    # negative: an epithet after a first name stays part of the name
    ("The city was founded by Peter the Great. Peter the Great also built a fleet.",
     {"Peter the Great": "PERSON"}, ()),
    # negative: a name with a particle stays a name
    ("Officials met Charles de Gaulle's grandson in Paris on Monday.",
     {"Paris": "GPE"}, ()),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS)
def test_name_edges(nlp: Language, text: str, want: dict[str, str],
                    absent: tuple[str, ...]) -> None:
    check(nlp, text, "Vote Held", want, absent)
