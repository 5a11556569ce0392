"""Capitalised words that name no one, office words that do, and parties' names.

"the special drawing right (SDR)" defines SDR as a term, not an organisation, wherever the
article uses it; "Finance and National Economy Minister" describes an office, whose holder is
the name; "Labor will form government" names a party with an office's word.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from workbench.extract.entities.mentions import Mention, is_name_part, joins_fields, taken_tokens
from workbench.lexicon import names

# a short name in capitals ("SDR", "PPE", "GDP")
_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")


def defined_terms(doc: Doc) -> set[str]:
    """Acronyms the article defines by lower-case words whose initials they are: "personal
    protective equipment (PPE)", "the special drawing right (SDR)"."""
    terms = set()
    for t in doc[:-1]:
        if t.text != "(" or not _ACRONYM.match(short := doc[t.i + 1].text) or (
                t.i + 2 >= len(doc) or doc[t.i + 2].text != ")"):
            continue
        letters = short.rstrip("s").lower()
        words = doc[max(0, t.i - len(letters)):t.i]
        if (len(words) == len(letters) and all(w.is_alpha and w.is_lower for w in words)
                and "".join(w.text[0] for w in words) == letters):
            terms.add(short)
    return terms


def drop_terms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions that are only a defined common term's acronym are no names."""
    terms = defined_terms(doc)
    if not terms:
        return mentions
    return [m for m in mentions if m.span(doc).text not in terms]


def drop_offices(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An organisation's span that is all office, a portfolio word before the office word
    ("Finance and National Economy Minister" tagged "National Economy Minister"), names no
    organisation ("Bank of England Governor" and "Burger King" are left alone)."""
    offices = _offices()
    titles = names.entity_words("titles")
    kept = []
    for m in mentions:
        end = m.end
        while end > m.start and doc[end - 1].text in offices:
            end -= 1
        if not (m.label in ("ORG", "NORP") and m.start < end < m.end
                and doc[end - 1].text in titles):
            kept.append(m)
    return kept


def drop_office_prefixes(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A place or body whose last word opens the title after it ("Lee County District" of "Lee
    County District Attorney Jane Roe", "U.S. District" of "U.S. District Judge") ends before
    that word, and a place tagged with its office after it ("Lee County Sheriff") before the
    office: the title is no part of the name."""
    prefixes = names.entity_words("office_prefixes")
    titles = names.entity_words("titles")
    places = names.entity_words("place_words")
    for m in mentions:
        if m.label not in ("GPE", "ORG", "LOC", "FAC", "PERSON") or m.end - m.start < 2:
            continue
        if m.label != "ORG" and doc[m.end - 1].text in titles \
                and doc[m.end - 2].text in places:
            m.end -= 1  # "Lee County Sheriff": the place, then its office
        elif m.end < len(doc) and doc[m.end - 1].text in prefixes and doc[m.end].text in titles:
            m.end -= 1
    return mentions


def _offices() -> frozenset[str]:
    """Office words that end a title, not an organisation's name: "Minister", "Commissioner"
    (a title that is also a person's role; not "Security" of "Homeland Security")."""
    roles = names.entity_words("roles")
    return frozenset(t for t in names.entity_words("titles") if t.lower() in roles
                     ) - names.entity_words("org_words")


def kept_office_noun(doc: Doc, m: Mention) -> bool:
    """An office's field that names a body ("office_bodies") and that the sentence uses as a
    noun of its own ("Labor will form government", "voters backed Labour", "the Treasury
    said") is an organisation (relabelled so), not the start of a title ("Labour Secretary Jane
    Doe", "Labor of the ..."); other office words are not ("Justice will be served")."""
    token = doc[m.start]
    after = doc[m.end] if m.end < len(doc) else None
    if (m.label not in ("ORG", "PERSON") or m.end - m.start != 1
            or token.text not in names.entity_words("office_bodies")
            or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj")
            or (after is not None and (after.text[:1].isupper() or after.lower_ == "of"))):
        return False
    m.label = "ORG"
    return True


def party_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name tagged as a title or a law, or as a person after "the", before a party's word
    ("La Libertad Avanza candidate", "the Lega candidate") is the party ("Biden voters" is not:
    voters are no party's word); so is a party's plural name tagged as a group ("the
    Conservatives", "the Liberal Democrats")."""
    roles = names.entity_words("party_roles")
    plurals = names.entity_words("party_plurals")
    for m in mentions:
        if m.label == "NORP" and m.span(doc).text in plurals:
            m.label, m.note = "ORG", m.note + "+party"  # "the Conservatives", "the Greens"
            continue
        after = doc[m.end] if m.end < len(doc) else None
        if after is None or after.text not in roles:
            continue
        person = (m.label == "PERSON" and m.end - m.start == 1 and m.start > 0
                  and doc[m.start - 1].lower_ == "the")
        if m.label in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW") or person:
            m.label, m.note = "ORG", m.note + "+party"
    return mentions


def extend_org_fields(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An organisation tagged from its second field on ("Social Services Department" of "the
    Marlow Health and Social Services Department") takes the field and the name before it."""
    taken = taken_tokens(mentions)
    for m in mentions:
        start = m.start
        while m.label == "ORG" and start > 1 and joins_fields(doc, start - 1) and (
                start - 2 not in taken):
            start -= 2
            while start > 0 and start - 1 not in taken and is_name_part(doc[start - 1]) and (
                    doc[start - 1].lower_ not in ("the", "a", "an")) and (
                    not doc[start].is_sent_start and "\n" not in doc[start - 1].whitespace_):
                start -= 1
        if start < m.start:
            taken.update(range(start, m.start))
            m.start, m.note = start, m.note + "+fields"
    return mentions
