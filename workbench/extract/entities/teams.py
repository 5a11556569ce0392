"""Sports clubs named by their town and a club suffix: "Mumbai City FC", "Leeds City SC".

The tagger takes the town ("Mumbai City", GPE) and leaves the suffix out; the club is an
organisation, and the article's later "Mumbai City" and "MCFC" are the club too (see
:func:`workbench.extract.entities.linking.link_mentions`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from workbench.extract.entities.mentions import Mention, is_name_part, taken_tokens
from workbench.lexicon import names


def team_suffixes() -> frozenset[str]:
    return names.entity_words("team_suffixes")


def extend_teams(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A place or name followed by a club suffix ("Mumbai City" + "FC", "Mumbai" + "City FC")
    names the club."""
    taken = taken_tokens(mentions)
    suffixes = team_suffixes()
    for m in mentions:
        if m.label not in ("GPE", "LOC", "ORG", "FAC", "PERSON"):
            continue
        end = m.end  # "Mumbai" + "City" + "FC"
        while end < len(doc) and end - m.end < 2 and end not in taken and (
                is_name_part(doc[end]) and doc[end].text not in suffixes):
            end += 1
        if end < len(doc) and doc[end].text in suffixes and end not in taken:
            taken.update(range(m.end, end + 1))
            m.end, m.label, m.note = end + 1, "ORG", m.note + "+team"
    return mentions


def club_town(name: str) -> str | None:
    """"Mumbai City" of "Mumbai City FC"; None for a name with no club suffix at its end."""
    head, _, last = name.rpartition(" ")
    return head if head and last in team_suffixes() else None
