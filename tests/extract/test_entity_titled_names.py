"""Names the tagger splits or mislabels around titles and descriptions: a title of a place
("the Duke of Edinburgh"), a surname with a particle ("Dos Santos"), an abbreviated office
("Defense Sec"), a first name glued to a surname tagged as a place, a facility or an outlet
tagged as a work, a state named after its own senate. Each row: text, canonical names that
must come out with their label, names that must not. War news and other domains."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_entities import check

ROWS = [
    # royalty: a title of a place is a person, not the place
    ("The Duke of Cornwall thanked the volunteers. His mother, the Duchess of Rothesay, "
     "spoke later.", {"Duke of Cornwall": "PERSON", "Duchess of Rothesay": "PERSON"},
     ("Cornwall", "Rothesay")),
    # religion: a bishop's see names the bishop
    ("The Archbishop of Canterbury said prayers would be held in Kyiv on Sunday.",
     {"Archbishop of Canterbury": "PERSON", "Kyiv": "GPE"}, ("Canterbury",)),
    # negative: a place after "of" with no title stays a place
    ("The Mayor of Lviv said the city of Lviv had power again.", {"Lviv": "GPE"},
     ("Mayor of Lviv",)),
    # war news: a surname with a particle stays one name
    ("Oleh Kovalenko and his wife Ana Ribeiro Dos Santos, 31, were sheltering in Lviv. Ana "
     "said they were safe.", {"Ana Ribeiro Dos Santos": "PERSON"}, ("Dos Santos",)),
    # sport: the same with "Da"
    ("Striker Lucas Moreira Da Silva scored twice. Moreira Da Silva said the team deserved it.",
     {"Lucas Moreira Da Silva": "PERSON"}, ("Da Silva",)),
    # headlines: an abbreviated office is no part of the name
    ("Treasury Secretary Janet Yellen said on Monday that growth would slow. Yellen added "
     "that prices were easing.", {"Janet Yellen": "PERSON"}, ("Sec Yellen",)),
    # places: a state keeps its own name beside its senate
    ("Biden traveled to battleground Pennsylvania on Thursday. The Pennsylvania Senate race "
     "is close.", {"Pennsylvania": "GPE"}, ()),
    # war news: a bridge and an outlet the tagger takes for works
    ("Nemtsov was shot dead on Bolshoi Kamenny Bridge in 2015, the Dutch journalism site "
     "Bellingcat said.", {"Bolshoi Kamenny Bridge": "FAC", "Bellingcat": "ORG"}, ()),
]


@pytest.mark.parametrize(("text", "want", "absent"), ROWS)
def test_titled_names(nlp: Language, text: str, want: dict[str, str],
                      absent: tuple[str, ...]) -> None:
    check(nlp, text, "Headline", want, absent)


def test_defense_sec_headline(nlp: Language) -> None:
    check(nlp, "Defense Secretary Lloyd Austin said on Sunday the strike changed nothing. "
          "Austin spoke in Brussels.", "Defense Sec Austin downplays strike",
          {"Lloyd Austin": "PERSON"}, ("Sec Austin",))


def test_surname_owner_tagged_as_place(nlp: Language) -> None:
    """"MaryAlice Parks" tagged GPE where "Parks" alone is a person: a person; "Central
    Park" stays a place though a vendor is called Park."""
    from workbench.extract.entities.find import _surname_owners
    from workbench.extract.entities.mentions import Mention

    doc = nlp("Correspondent MaryAlice Parks asked him. Parks pressed on. Crowds filled "
              "Central Park, said Park.")
    words = [t.text for t in doc]
    at = {w: i for i, w in reversed(list(enumerate(words)))}
    mentions = [Mention(at["MaryAlice"], at["MaryAlice"] + 2, "GPE"),
                Mention(at["pressed"] - 1, at["pressed"], "PERSON"),
                Mention(at["Central"], at["Central"] + 2, "GPE"),
                Mention(len(doc) - 2, len(doc) - 1, "PERSON")]
    _surname_owners(doc, mentions)
    assert [m.label for m in mentions] == ["PERSON", "PERSON", "GPE", "PERSON"]
