"""Places the tagger missed or cut short: a known place standing where places stand ("in
downtown Donetsk", "Kherson region"), kept only where the article makes it plausible (a big
city, a town of a country the article names, a place after a locative preposition), and spans
extended over the region word after them.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from workbench.extract.entities.mentions import Mention, is_name_part, is_name_word, taken_tokens
from workbench.lexicon import names, places


def add_places(doc: Doc, mentions: list[Mention], *, propn: Sequence[Token],
               countries: set[str]) -> list[Mention]:
    """Untagged known places. Where the grammar says place ("in downtown Donetsk", "the
    Sumy region", "Luhansk and Donetsk") any town of the gazetteer that fits the article
    will do; elsewhere a country, a well-known region, a big city, or a sizeable town in a
    country the article names ("The Kremlin wants Donetsk")."""
    taken = taken_tokens(mentions)
    places_at = {m.start for m in mentions if m.label in ("GPE", "LOC")}
    added = []
    for t in propn:
        if t.i not in taken and _state_after_town(t, places_at):
            added.append(Mention(t.i, t.i + 1, "GPE", "place:after-town"))  # "Little Rock, Ark."
            continue
        if (t.i in taken or not is_name_part(t)
                or (t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper()
                    and doc[t.i + 1].lower_ not in places.region_suffixes())  # "Sumy Oblast"
                or (t.i > 0 and is_name_part(doc[t.i - 1]) and not t.is_sent_start)):
            continue
        m = Mention(t.i, t.i + 1, "GPE", "place")
        place = places.lookup(t.text)
        if place is not None and (_before_region(t) or (_place_context(t, places_at) and (
                plausible_place(doc, m, countries) or place.population >= SIZEABLE_TOWN))):
            added.append(m)  # "the Sumy region", "in Donetsk"
            places_at.add(t.i)
        elif (not names.is_given_name(t.text) and _known_place_here(t.text, countries)
              and not (t.i > 0 and doc[t.i - 1].lower_ == "the")):
            m.note = "known-place"
            added.append(m)
            places_at.add(t.i)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _state_after_town(t: Token, places_at: set[int]) -> bool:
    """An abbreviated region after a town and a comma, as news style writes a US state:
    "Little Rock, Ark.", "Peoria, Ariz." (a full stop that may also end the sentence)."""
    if not t.text.endswith(".") or t.i < 2 or t.doc[t.i - 1].text != ",":
        return False
    place = places.lookup(t.text)
    return place is not None and place.kind == "region" and any(
        i in places_at for i in range(max(0, t.i - 5), t.i - 1))


# untagged, a town is taken for itself when this large and in a country the article names
SIZEABLE_TOWN = 100_000


def _before_region(t: Token) -> bool:
    """A region word follows or governs it: "the Sumy region", "Donetsk and Luhansk
    regions"."""
    regions = places.region_suffixes()
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return (nxt is not None and nxt.lemma_.lower() in regions) or (
        t.dep_ in ("compound", "nmod", "amod") and t.head.lemma_.lower() in regions)


def _place_context(t: Token, places_at: set[int]) -> bool:
    """A preposition of place governs it (within a few words) or it is coordinated with a
    place."""
    head = t.head
    if t.dep_ == "pobj" and head.lower_ in _locative_prepositions() and t.i - head.i <= 3:
        return True
    return (t.dep_ == "conj" and head.i in places_at) or any(
        c.dep_ == "conj" and c.i in places_at for c in t.children)


def _known_place_here(text: str, countries: set[str]) -> bool:
    if names.is_country(text):
        return True
    place = places.lookup(text)
    return place is not None and (
        place.kind == "region" or place.population >= BIG_CITY
        or (place.kind == "city" and place.population >= SIZEABLE_TOWN
            and place.country in countries))


# a town this large is taken for the place even where the article names no country of it
BIG_CITY = 1_000_000


def plausible_place(doc: Doc, m: Mention, countries: set[str]) -> bool:
    """Is ``m`` a known place here: a country, a well-known region, or a town or subdivision
    in a country the article names, after a preposition of place, or a big city (not a first
    name: "Lincoln", "Obama" are towns too)."""
    text = places.strip_region(names.strip_name(m.span(doc).text))
    if names.is_country(text):
        return True
    place = places.lookup(text)
    if place is None:
        return False
    after_preposition = m.start > 0 and doc[m.start - 1].lower_ in _locative_prepositions()
    if m.label == "PERSON" and names.is_given_name(text):
        return after_preposition  # "Vladimir" is a Russian town, and a first name first
    if after_preposition or place.kind == "region" or place.country in countries:
        return True
    return (place.kind == "city" and place.population >= BIG_CITY
            and not (m.label == "PERSON" and names.is_given_name(text)))


def _locative_prepositions() -> frozenset[str]:
    return frozenset(names.entity_words("locative_prepositions"))


def extend_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"British" + "Virgin Islands": a span and the capitalised words after it that together
    name a known country or place."""
    taken = taken_tokens(mentions)
    for m in mentions:
        if m.label not in ("NORP", "GPE", "LOC"):
            continue
        end = m.end
        while end < len(doc) and end - m.end < 3 and end not in taken and is_name_part(doc[end]):
            end += 1
            if names.is_country(doc[m.start:end].text) or names.is_place(doc[m.start:end].text):
                taken.update(range(m.end, end))
                m.end, m.label, m.note = end, "GPE", m.note + "+place"
                break
    return mentions


# what follows a dateline's place: "IOWA CITY, Iowa", "(MARGAO)", "BALTIMORE (AP) --", "LAGOS:"
_DATELINE_ENDS = frozenset({",", ")", "(", ":", "-", "--", "–", "—"})


def add_dateline(doc: Doc, mentions: list[Mention], *, start: int) -> list[Mention]:
    """The place in capitals that opens the body ("(IOWA CITY, Iowa) —", "MARGAO: ...") is a
    place, whatever the tagger made of it, named in its usual case ("Iowa City")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return mentions
    first = span.start + (doc[span.start].text == "(")
    end = first
    while end < len(doc) and end - first < 4 and doc[end].is_upper and doc[end].text.replace(
            ".", "").isalpha() and len(doc[end].text) > 1:
        end += 1
    if end == first or end >= len(doc) or doc[end].text not in _DATELINE_ENDS:
        return mentions
    text = doc[first:end].text
    name = places.strip_region(text.title()) if not names.is_known_org(text) else text
    after = doc[end + 1] if end + 1 < len(doc) else None
    if names.is_known_org(text) or names.demonym_code(text) or not (
            names.is_place(name) or (doc[end].text in (",", "(") and after is not None
                                     and after.text[:1].isupper())):
        return mentions  # "REUTERS -", "BREAKING:"; a place, or one its state or agency follows
    kept = [m for m in mentions if m.end <= first or m.start >= end]
    kept.append(Mention(first, end, "GPE", "dateline", name=name))
    return sorted(kept, key=lambda m: m.start)


def extend_places_left(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A county or district cut short at its front ("Contra" + "Costa County", the first word
    tagged apart or not at all): the capitalised words before it are its name."""
    owner = {i: m for m in mentions for i in range(m.start, m.end)}
    place_words = names.entity_words("place_words")
    dropped: set[int] = set()
    for m in mentions:
        if m.label not in ("GPE", "LOC") or doc[m.end - 1].text not in place_words:
            continue
        start = m.start
        while start > 0 and m.start - start < 2 and _front_word(doc, start - 1,
                                                                  owner.get(start - 1)):
            start -= 1
        if start < m.start:
            dropped.update(id(owner[i]) for i in range(start, m.start) if i in owner)
            m.start, m.note = start, m.note + "+front"
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions


def _front_word(doc: Doc, i: int, tagged: Mention | None) -> bool:
    """A name word that can open a place's name: untagged mid-sentence, or tagged alone as an
    organisation ("Contra" at a sentence's start)."""
    token = doc[i]
    if not is_name_word(token) or token.pos_ != "PROPN" or names.is_place(token.text):
        return False
    if tagged is None:
        return not token.is_sent_start
    return tagged.label in ("ORG", "NORP") and tagged.end - tagged.start == 1


def join_compass_pairs(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"South and Central Asia", "East and West Africa": a bare compass word before "and" and
    a region named with another compass word is the first half of one coordinated name, as
    the tagger reads "North and South America"; alone it names no place."""
    compass = places.compass_words()
    at = {m.start: m for m in mentions}
    dropped: set[int] = set()
    for m in mentions:
        second = at.get(m.end + 1)
        if (m.end - m.start == 1 and m.label in ("GPE", "LOC") and doc[m.start].text in compass
                and m.end + 1 < len(doc) and doc[m.end].lower_ == "and" and second is not None
                and second.end - second.start > 1 and doc[second.start].text in compass
                and second.label in ("GPE", "LOC")):
            m.end = second.end
            m.label = second.label
            dropped.add(id(second))
    return [m for m in mentions if id(m) not in dropped]
