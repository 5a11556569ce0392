"""Sports clubs named by their town and a club suffix: "Mumbai City FC", "Leeds City SC", and
the two sides of a result line ("Leeds United 2 vs. 1 Hull City").

The tagger takes the town ("Mumbai City", GPE) and leaves the suffix out; the club is an
organisation, and the article's later "Mumbai City" and "MCFC" are the club too (see
:func:`workbench.extract.entities.linking.link_mentions`). The side a result names ("victory
over Rovers") is a team too.
"""

from __future__ import annotations

import re

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


def add_opponents(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The side named after a result ("victory over Rovers", "a 2-1 defeat to Albion") is a
    team: a name the tagger took for a work or a product is relabelled, one it missed is
    added (not a known place: "the win over Russia" in a war report is the country)."""
    phrases = {tuple(p.split()) for p in names.entity_words("result_phrases")}
    added: list[Mention] = []
    taken = taken_tokens(mentions)
    lower = [t.lower_ for t in doc]
    for i in range(len(doc) - 2):
        if (lower[i], lower[i + 1]) not in phrases or not is_name_part(doc[i + 2]):
            continue
        end = i + 2
        while end < len(doc) and is_name_part(doc[end]) and end - i < 6:
            end += 1
        covering = [m for m in mentions if m.start == i + 2 and m.end == end]
        for m in covering:
            if m.label in _UNSCORED_SIDES:
                m.label, m.note = "ORG", m.note + "+opponent"
        text = doc[i + 2:end].text
        if not covering and not any(t in taken for t in range(i + 2, end)) \
                and not names.is_place(text) and not names.is_country(text):
            added.append(Mention(i + 2, end, "ORG", "team:opponent"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


_UNSCORED_SIDES = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "NORP"})


def club_town(name: str) -> str | None:
    """"Mumbai City" of "Mumbai City FC"; None for a name with no club suffix at its end."""
    head, _, last = name.rpartition(" ")
    return head if head and last in team_suffixes() else None


_SIDE = r"[A-Z][\w.&'\u2019-]*(?:[ \t]+[A-Z][\w.&'\u2019-]*){0,3}"
# a line that is only a result: a side, its score, "vs."/"v"/a dash, the other score (a
# shoot-out's in brackets), the other side
_RESULT_LINE = re.compile(
    rf"^[ \t]*(?P<a>{_SIDE})[ \t]+\d{{1,3}}(?:[ \t]*\(\d{{1,2}}\))?[ \t]*(?:vs?\.?|[-\u2013])"
    rf"[ \t]*(?:\(\d{{1,2}}\)[ \t]*)?\d{{1,3}}[ \t]+(?P<b>{_SIDE})[ \t]*$", re.MULTILINE)


def add_result_sides(doc: Doc, mentions: list[Mention], *,
                     text: str | None = None) -> list[Mention]:
    """The sides of a result line ("Young Boys 0 vs. 3 Aston Villa") are teams, whatever the
    tagger made of them (a person, a place, nothing). ``text``: the doc's text, when known
    (it is rebuilt from the tokens otherwise)."""
    text = doc.text if text is None else text
    if " v" not in text and "-" not in text and "\u2013" not in text:
        return mentions
    sides = []
    for match in _RESULT_LINE.finditer(text):
        for group in ("a", "b"):
            span = doc.char_span(match.start(group), match.end(group), alignment_mode="expand")
            if span is not None:
                sides.append(Mention(span.start, span.end, "ORG", "team:result"))
    if not sides:
        return mentions
    kept = [m for m in mentions
            if not any(m.start < side.end and side.start < m.end for side in sides)]
    _short_sides(doc, kept, {m.span(doc).text for m in sides})
    return sorted(kept + sides, key=lambda m: m.start)


def _short_sides(doc: Doc, mentions: list[Mention], sides: set[str]) -> None:
    """"Villa" and "Preston" in the report are the "Aston Villa" and "Preston North End" of
    its result lines; "in Munich" stays the city."""
    places_before = names.entity_words("locative_prepositions")
    for m in mentions:
        words = m.span(doc).text.split()
        if m.start > 0 and doc[m.start - 1].lower_ in places_before:
            continue
        whole = [side for side in sides if len(side.split()) > len(words) and (
            side.split()[:len(words)] == words or side.split()[-len(words):] == words)]
        if len(whole) == 1:
            m.label, m.name, m.note = "ORG", whole[0], m.note + "+side"
