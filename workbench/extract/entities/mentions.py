"""Name spans repaired from the tagger's own annotations (``doc.ents`` and token attributes).

The small English model runs names into headlines, datelines and credits ("CAPE CANAVERAL -
SpaceX"), joins two names in one span ("Kyiv's Zarichnyi", "British" without "Virgin
Islands"), and misses places and organisations altogether ("in downtown Donetsk", "told
Rossiya-1 TV"). Each function here takes and returns :class:`Mention` lists; none re-parses the
text. People's names have their own repairs in :mod:`workbench.extract.entities.people`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from workbench import lexicon
from workbench.lexicon import dates, names
from workbench.nlp import word_keys

_SCORE = re.compile(r"^\d+[-–:]\d+$")  # "Monza 4-0": a result after a team's name
# "Group of", "Cable and", "Great Hall in Beijing on": words no name ends in
_DANGLING = frozenset({"of", "and", "the", "for", "&", "-", "–", "in", "on", "at", "to", "by",
                       "from", "with"})
_SCORE_SIGNS = frozenset({"-", "–", ":"})
POSSESSIVE = frozenset({"'s", "’s", "´s", "'", "’", "´"})
NAME_S = "+name's"


@dataclass(slots=True)
class Mention:
    """A name span under repair: token offsets into the doc and a label."""

    start: int
    end: int
    label: str
    note: str = ""
    name: str | None = None  # the name it stands for, where the span holds only part of it

    def span(self, doc: Doc) -> Span:
        if 0 <= self.start <= self.end <= len(doc):
            return Span(doc, self.start, self.end)  # made often: no slice to normalise
        return doc[self.start:self.end]


def from_doc(doc: Doc, labels: Iterable[str]) -> list[Mention]:
    keep = frozenset(labels)
    return [Mention(e.start, e.end, e.label_) for e in doc.ents if e.label_ in keep]


def is_name_part(token: Token) -> bool:
    """A capitalised word that can be part of a name: "Hyok", "O'Brien", "Mendes-Costa"."""
    return is_name_text(token.text)


@lru_cache(maxsize=1 << 16)
def is_name_text(text: str) -> bool:
    """:func:`is_name_part` of a word as written."""
    if len(text) < 2 or not text[:1].isupper() or text.isupper():
        return False
    return all(part.isalpha() for part in text.replace("-", "'").replace("’", "'").split("'")
               if part)


def is_name_word(token: Token) -> bool:
    """A name part that is not an office, an organisation or a place word, a month or a day."""
    text = token.text
    return (is_name_part(token)
            and text not in names.entity_words("titles")
            and text not in names.entity_words("honorifics")
            and text not in names.entity_words("org_words")
            and text not in names.entity_words("place_words")
            and not names.is_known_org(text)
            and dates.month_number(text) is None and dates.weekday_number(text) is None)


def trim(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Spans cut at line breaks ("Defeat\n\nTucker Carlson" is a headline's end and a name);
    leading "the" (and a person's leading title), trailing possessives and punctuation off
    every span; empty ones dropped."""
    kept = []
    split = _split_lines(doc, mentions)
    owned = _names_ending_in_s(doc, split)
    for m in split:
        while m.start < m.end and (doc[m.start].lower_ in ("the", "a", "an")
                                   or doc[m.start].text in POSSESSIVE
                                   or (doc[m.start].pos_ == "PRON" and doc[m.start].is_stop
                                       and m.end - m.start > 1)):
            m.start += 1  # "Everything" of "Everything Lincoln Riley said ...": no name word
        while m.end - m.start > 1 and _opening_adverb(doc, m.start):
            m.start += 1  # "Later" of "Later Lavrov said": the sentence's, not the name's
        while m.label == "PERSON" and m.end - m.start > 2 and _title_before_name(doc, m.start):
            m.start, m.note = m.start + 1, m.note + "+titled"  # "Councillor Jane Park"
        while m.end > m.start and ((doc[m.end - 1].text in POSSESSIVE
                                    and _name_before(doc, m) not in owned)
                                   or (_stray(doc[m.end - 1]) and doc[m.end - 1].text != ".")
                                   or (m.end - m.start > 1 and (
                                       _SCORE.match(doc[m.end - 1].text)
                                       or doc[m.end - 1].lower_ in _DANGLING))):
            m.end -= 1
        while (m.end - m.start > 1 and m.label != "PERSON" and m.end < len(doc)
               and doc[m.end - 1].text in _titles() and doc[m.end].text in _titles()):
            m.end -= 1  # "Zentrist Economy" of "Zentrist Economy Minister ..."
        while m.end - m.start > 3 and _split_score(doc, m.end):
            m.end -= 3  # "Ruud 7-6" written as three tokens
        while m.start < m.end and _stray(doc[m.start]):
            m.start += 1
        if m.end < len(doc) and doc[m.end].text in _NAME_S and m.span(doc).text in owned:
            m.end += 1
        if m.end - m.start > 1 and doc[m.end - 1].text in POSSESSIVE:
            m.note += NAME_S  # "Macy's": the name's own "'s", kept in its canonical name
        if m.start < m.end:
            kept.append(m)
    return kept


def _opening_adverb(doc: Doc, i: int) -> bool:
    """A time or sequence adverb that opens its sentence ("Later Lavrov said", "Meanwhile
    Kyiv ...") before a capitalised word: no part of the name after it."""
    token = doc[i]
    return bool(token.is_sent_start) and token.text in names.entity_words("opening_adverbs") \
        and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()


def tidy_edges(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The last repair of every span, once the steps that extend and cut spans have run:
    punctuation left at its end ("the Commons," once "Defence" is cut off), a sentence's full
    stop ("Fox News." before the next sentence; "Inc." and "U.S." keep theirs), and a title or
    honorific before a person's name on an organisation's or a place's span ("White House
    Coordinator Dr." of "... Coordinator Dr. Jane Roe said")."""
    kept = []
    for m in mentions:
        while m.end > m.start and (_trailing_punct(doc, m) or _full_stop(doc, m.end - 1)):
            m.end -= 1
        if _preposition_first(doc, m):  # "Near Mykolaiv, southern Ukraine —": the town
            m.start += 1
            m.label = m.label if m.label in ("GPE", "LOC", "FAC") else "GPE"
        titled = m.end
        while m.label != "PERSON" and m.end - m.start > 1 and _title_at_end(doc, m.end - 1):
            m.end -= 1
        if m.end < titled:  # "White House Covid Response" of "... Response Coordinator": the
            m.end = _known_org_end(doc, m)  # office's field goes with its title
        while m.end > m.start and (_trailing_punct(doc, m) or _full_stop(doc, m.end - 1)):
            m.end -= 1
        while _hyphen_before(doc, m):
            m.start -= 2  # "Lopez-Vega Crop Tracker" tagged from "Vega"
        if m.start < m.end and any(c.isalnum() for c in m.span(doc).text):
            kept.append(m)
    return kept


def _hyphen_before(doc: Doc, m: Mention) -> bool:
    """Is a name of several words cut after a hyphen inside it ("Vega Crop Tracker" of
    "Lopez-Vega Crop Tracker", "Pierre Dubois" of "Jean-Pierre Dubois"): a capitalised word of
    no other name, no country's nor people's name, joined by a hyphen without spaces?"""
    if m.label not in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART", "PERSON") \
            or m.end - m.start < 2 or m.start < 2:
        return False
    hyphen, word = doc[m.start - 1], doc[m.start - 2]
    return hyphen.text in ("-", "–") and not hyphen.whitespace_ and not word.whitespace_ \
        and word.is_alpha and word.text[:1].isupper() \
        and word.ent_type_ in ("", doc[m.start].ent_type_) \
        and not (names.is_country(word.text) or names.demonym_code(word.text)) \
        and not (m.start >= 3 and doc[m.start - 3].text[:1].isupper()
                 and not word.is_sent_start)  # "Eagle Pass-Piedras Negras": another name


def _preposition_first(doc: Doc, m: Mention) -> bool:
    """A span that opens with a capitalised preposition a dateline or a sentence starts with
    ("Near Kherson", "Outside Lviv") when the rest is a known place, whatever the tagger
    called it."""
    return m.end - m.start > 1 \
        and doc[m.start].is_title \
        and doc[m.start].lower_ in names.entity_words("locative_prepositions") \
        and names.is_place(doc[m.start + 1:m.end].text)


def _trailing_punct(doc: Doc, m: Mention) -> bool:
    """Punctuation at the span's end that closes nothing inside it (a bracket or quote opened
    inside the span stays: "Party (SPD)")."""
    token = doc[m.end - 1]
    if token.text == "." or not _stray(token):
        return False
    if token.is_right_punct or token.is_quote:
        inside = doc[m.start:m.end - 1]
        return not any(t.is_left_punct or t.is_quote for t in inside)
    return True


def _full_stop(doc: Doc, i: int) -> bool:
    """Is token ``i`` a sentence's full stop written against a whole word ("Kyiv", "News")
    rather than the point of an abbreviation or initials ("U.S", "Co")?"""
    if doc[i].text != "." or i == 0 or doc[i - 1].whitespace_:
        return False
    word = doc[i - 1].text
    return (len(word) >= 3 and word.isalpha() and not word.isupper()
            and f"{word}." not in _abbreviations())


@cache
def _abbreviations() -> frozenset[str]:
    """Words written with a point that is no full stop: titles, honorifics, "Jr.", "Inc."."""
    return frozenset(w for kind in ("title_abbreviations", "honorifics", "titles",
                                    "name_suffixes", "org_abbreviations")
                     for w in names.entity_words(kind) if w.endswith("."))


def _title_at_end(doc: Doc, i: int) -> bool:
    """A title that names a person ("Coordinator", "Col.", "Dr.") or an honorific closing a
    span, with a capitalised name right after it and no "the"/"of" before it ("Office of the
    President" keeps its last word)."""
    word = doc[i].text
    person_noun = (word.lower() in names.entity_words("roles")
                   or word in names.entity_words("honorifics")
                   or word in names.entity_words("title_abbreviations"))
    if not person_noun or word in names.entity_words("name_titles"):
        return False  # an office's field stays ("National Intelligence", "Principal Energy")
    following = doc[i + 1] if i + 1 < len(doc) else None
    return (following is not None and following.text[:1].isupper()
            and (following.is_alpha or following.text in _abbreviations())
            and doc[i - 1].lower_ not in ("the", "of"))


def _known_org_end(doc: Doc, m: Mention) -> int:
    """The end of the longest known organisation that opens the span, else the span's end."""
    for end in range(m.end - 1, m.start, -1):
        if names.is_known_org(doc[m.start:end].text):
            return end
    return m.end


def _names_ending_in_s(doc: Doc, mentions: Sequence[Mention]) -> frozenset[str]:
    """Organisations and places whose name ends in "'s" ("McDonald's", "Macy's"): the article
    writes the "'s" once where nothing owned follows it ("a McDonald's at First Avenue",
    "Macy's (NYSE:M) stock", "Bloomingdale's helped") and never without it, nor as the first
    word of a longer name ("Rainbow Corp"); every mention of the name keeps it."""
    owned, bare = set(), set()
    for m in mentions:
        s = _name_s(doc, m)
        if s is None:
            bare.add(m.span(doc).text)  # "Rainbow said", "Rainbow Corp": the name without it
            bare.add(doc[m.start].text)
        elif m.label != "PERSON" and s + 1 < len(doc) and _owns_nothing(doc[s + 1]):
            owned.add(doc[m.start:s].text)
    return frozenset(owned - bare)


def _name_s(doc: Doc, m: Mention) -> int | None:
    """The "'s" that ends a mention or follows it, if any."""
    if m.end - m.start > 1 and doc[m.end - 1].text in _NAME_S:
        return m.end - 1
    return m.end if m.end < len(doc) and doc[m.end].text in _NAME_S else None


def _name_before(doc: Doc, m: Mention) -> str:
    """The words of a mention before its "'s", as a key ("McDonald" of "McDonald's")."""
    s = _name_s(doc, m)
    return doc[m.start:m.end if s is None or s == m.end else s].text


def _owns_nothing(after: Token) -> bool:
    """Is the word after an "'s" one no possessive is followed by: a finite verb, a
    preposition, a full stop, a comma or a bracket (not a noun, an adjective, a number, "and",
    nor a verb's "-ing" form: "Pyongyang's deepening ties")?"""
    return after.tag_ in _FINITE or after.pos_ in _NOT_OWNED or after.text in _CLOSING


_NAME_S = frozenset({"'s", "’s", "´s"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NOT_OWNED = frozenset({"ADP", "SCONJ"})
_CLOSING = frozenset({",", ".", "(", ")", ";", ":"})


def _titles() -> frozenset[str]:
    return names.entity_words("titles")


def _title_before_name(doc: Doc, i: int) -> bool:
    """A title (not one that belongs to a name, "Pope", "Prince") before a given name."""
    word = doc[i].text
    return (word in _titles() or word in names.entity_words("honorifics")) \
        and word not in names.entity_words("name_titles") and names.is_given_name(doc[i + 1].text)


def _split_score(doc: Doc, end: int) -> bool:
    """Do the three tokens before ``end`` write a result ("7", "-", "6") with no spaces?"""
    first, sign, last = doc[end - 3], doc[end - 2], doc[end - 1]
    return (first.is_digit and last.is_digit and sign.text in _SCORE_SIGNS
            and not first.whitespace_ and not sign.whitespace_)


def cut_at_place(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name run on into where it is: "the Grand Hall of the Nation in Riga", "Ana Lima of
    Brazil" are a name and a place. The cut falls at "in" or "near" before a known place that
    ends the span, or at "of" before a country or place after a person's name (a first name and
    a surname; "Bank of Canada" and "University of Ghana" stay whole)."""
    out: list[Mention] = []
    for m in mentions:
        cut = _place_cut(doc, m)
        if cut is None:
            out.append(m)
            continue
        person = doc[cut].lower_ in _PERSON_CUTS
        out.append(Mention(m.start, cut, "PERSON" if person else m.label, m.note + "+cut"))
        out.append(Mention(cut + 1, m.end, "GPE", "cut"))
    return out


_NAME_CUTS = frozenset({"in", "near"})
_PERSON_CUTS = frozenset({"of", "from"})


def _place_cut(doc: Doc, m: Mention) -> int | None:
    """Where ``m`` stops naming its thing and a preposition and a place follow, or None."""
    for i in range(m.start + 1, m.end - 1):
        word = doc[i].lower_
        if word not in _NAME_CUTS and not (word in _PERSON_CUTS and _person_run(doc, m.start, i)):
            continue
        place = doc[i + 1:m.end]
        if all(t.text[:1].isupper() for t in place) and names.is_place(place.text):
            return i
    return None


def _person_run(doc: Doc, start: int, end: int) -> bool:
    """Two to four capitalised words from a first name: "Ana Lima", not "Bank"."""
    words = doc[start:end]
    return (2 <= len(words) <= 4 and names.is_given_name(words[0].text)
            and all(is_name_part(t) for t in words))


def _stray(token: Token) -> bool:
    """Punctuation or a symbol at a span's edge: quote marks, brackets, "<" of "<BU>"."""
    return token.is_punct or token.pos_ == "SYM" or token.text in ("<", ">")


def _stray_word(token: Token) -> bool:
    """A lower-case word no name holds: "Facebook that Zelenskyy", "Vilhivka village" (not the
    tail of a hyphenated name: "Tsai Ing-wen")."""
    attached = token.i > 0 and not token.doc[token.i - 1].whitespace_
    return (token.is_alpha and token.is_lower and not attached
            and token.lower_ not in names.entity_words("connectors"))


def hyphenated_name(doc: Doc, start: int, end: int) -> bool:
    """Does the span end in a name part written after a hyphen ("Tsai Ing-wen")?"""
    return (end - start >= 3 and doc[end - 2].text == "-" and not doc[end - 3].whitespace_
            and not doc[end - 2].whitespace_ and doc[end - 1].is_alpha
            and doc[end - 3].text[:1].isupper())


def _split_lines(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Cut spans at line breaks, quotation marks (not a plural's apostrophe inside a name
    that ends in an organisation word: "Teachers' Union", not "Fox News' Jane Roe"), an unclosed
    bracket ("Acme (ACM"), dashes standing between spaces ("CAPE CANAVERAL - SpaceX", "FILE -
    A") and lower-case words no name holds."""
    out = []
    for m in mentions:
        start = m.start
        for i in range(m.start, m.end):
            token = doc[i]
            if token.is_space or "\n" in token.whitespace_ or (token.is_quote and not (
                    _plural_possessive(doc, i) and doc[m.end - 1].text in _org_words())) or (
                    token.text == "(" and ")" not in m.span(doc)[i - m.start:].text) or (
                    token.text in ("-", "–", "—") and token.whitespace_
                    and i > 0 and doc[i - 1].whitespace_) or _stray_word(token):
                end = i + 1 if "\n" in token.whitespace_ and not token.is_space else i
                if end > start:
                    out.append(Mention(start, end, m.label, m.note))
                start = i + 1
        if start == m.start:
            out.append(m)
        elif start < m.end:
            out.append(Mention(start, m.end, m.label, m.note))
    return out


def _org_words() -> frozenset[str]:
    return names.entity_words("org_words")


def _plural_possessive(doc: Doc, i: int) -> bool:
    """"Teachers’ Union", "Farmers' Party": an apostrophe closing a plural inside a name, not a
    quotation mark."""
    return (0 < i < len(doc) - 1 and doc[i].text in POSSESSIVE and not doc[i - 1].whitespace_
            and doc[i - 1].text[-1:] in "sS" and doc[i + 1].text[:1].isupper())


def split_possessive(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Kyiv's Zarichnyi" is two names: the place, and the district in it; so are "Roe's Acme
    Holdings" and "Acme's Cloud Studio": a person the article names, or a known organisation,
    and what is theirs (not "Moody's Investors Service", whose last word makes it one name)."""
    people = {doc[m.end - 1].text for m in mentions if m.label == "PERSON"}
    out = []
    for m in mentions:
        cut = next((i for i in range(m.start + 1, m.end - 1) if doc[i].text in POSSESSIVE), None)
        owner = _owner_label(doc, m, cut, people) if cut is not None else None
        if cut is None or owner is None:
            out.append(m)
            continue
        out.append(Mention(m.start, cut, owner, "split"))
        after = doc[m.end] if m.end < len(doc) else None
        place_word = after is not None and after.lower_ in _place_nouns()
        label = "LOC" if place_word else m.label
        if label == "PERSON" and owner == "PERSON":  # what a person owns is no person
            label = "GPE" if names.is_place(doc[cut + 1:m.end].text) else "WORK_OF_ART"
        out.append(Mention(cut + 1, m.end, label, "split"))
    return out


def _owner_label(doc: Doc, m: Mention, cut: int, people: set[str]) -> str | None:
    """The label of the name before the possessive at ``cut`` when it names an owner of its
    own: a place, a person the article names, a known organisation; else None."""
    owner = doc[m.start:cut].text
    if names.is_place(owner):
        return "GPE"
    if doc[cut - 1].text in people:
        return "PERSON"
    if m.label == "PERSON" and cut - m.start >= 2 and names.is_given_name(doc[m.start].text) \
            and all(doc[i].is_title for i in range(m.start, cut)):
        return "PERSON"  # "Mira Kovac's Harbour": a film of hers, not a person of that name
    if doc[m.end - 1].text in names.entity_words("org_words"):
        return None  # "Moody's Investors Service" is one organisation
    return "ORG" if names.is_known_org(owner) else None


def _place_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in names.entity_words("place_words"))


def taken_tokens(mentions: Iterable[Mention]) -> set[int]:
    return {i for m in mentions for i in range(m.start, m.end)}


def proper_nouns(doc: Doc) -> list[Token]:
    """The doc's PROPN tokens, found from the tag array (cheaper than visiting every token)."""
    pos = doc.to_array("POS")
    return [doc[int(i)] for i in numpy.flatnonzero(pos == PROPN)]


def add_known_orgs(doc: Doc, mentions: list[Mention], *, propn: Sequence[Token]
                   ) -> list[Mention]:
    """Organisations named without the tagger noticing: "- Pentagon", "on Telegram"."""
    taken = taken_tokens(mentions)
    standalone = names.standalone_orgs()
    added = [Mention(t.i, t.i + 1, "ORG", "known-org") for t in propn
             if t.i not in taken and t.text in standalone]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def join_known_orgs(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A well-known organisation of several words written in full, which the tagger cut in two
    at "and" ("U.S. Customs" and "Border Protection"): one organisation over the mentions it
    covers."""
    text = doc.text
    joined: list[Mention] = []
    for name in names.known_org_phrases():
        at = text.find(name)
        while at >= 0:
            span = doc.char_span(at, at + len(name))
            edge_ok = (at == 0 or not text[at - 1].isalnum()) and (
                at + len(name) == len(text) or not text[at + len(name)].isalnum())
            if span is not None and edge_ok and not any(
                    m.start <= span.start and span.end <= m.end for m in mentions + joined):
                joined.append(Mention(span.start, span.end, "ORG", "known-org"))
            at = text.find(name, at + len(name))
    if not joined:
        return mentions
    kept = [m for m in mentions if not any(j.start < m.end and m.start < j.end for j in joined)]
    return sorted(kept + joined, key=lambda m: m.start)


def add_camel_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name written with a lower-case first letter and a capital inside ("easyJet",
    "eBay"), which the tagger reads as a common noun: an organisation where it heads its noun
    phrase as a subject or an object ("rival easyJet has grounded flights"), not where it
    qualifies another noun ("iPhone sales")."""
    taken = taken_tokens(mentions)
    strings = doc.vocab.strings
    added = [Mention(i, i + 1, "ORG", "camel")
             for i, key in enumerate(doc.to_array(ORTH).tolist())
             if i not in taken and camel_cased(strings[key]) and doc[i].dep_ in _HEAD_ROLES]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def camel_cased(text: str) -> bool:
    """"easyJet", "eBay": a lower-case first letter, a capital inside."""
    return _CAMEL.match(text) is not None


_CAMEL = re.compile(r"^[a-z]{1,5}[A-Z][a-z]+[A-Za-z]*$")
_HEAD_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"})


def add_institutions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A country's lower-case institution that reports: "Ukraine's navy said" is a
    source organisation."""
    added = []
    institutions = names.entity_words("institutions")
    for m in mentions:
        last = doc[m.end - 1]
        if (m.label != "GPE" or m.end + 1 >= len(doc) or doc[m.end].text not in POSSESSIVE
                or last.dep_ != "poss"):
            continue
        head = last.head  # the possessed noun
        if (head.lower_ in institutions and head.i > m.end and head.i - m.end <= 3
                and all(t.is_lower for t in doc[m.end + 1:head.i + 1])
                and head.dep_ in ("nsubj", "nsubjpass")
                and head.head.lemma_ in reporting_verbs()):
            added.append(Mention(m.start, head.i + 1, "ORG", "institution"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def add_told_outlets(doc: Doc, mentions: list[Mention], *, propn: Sequence[Token]
                     ) -> list[Mention]:
    """The untagged broadcaster someone told something: "told Rossiya-1 TV"."""
    taken = taken_tokens(mentions)
    added = []
    for t in propn:
        head = t.head
        if (t.i in taken or t.dep_ != "compound" or head.dep_ != "dobj"
                or head.head.lemma_ != "tell" or not head.text[:1].isupper()
                or head.i in taken or head.i < t.i):
            continue
        start = min(c.i for c in head.children if c.dep_ == "compound")
        if all(i not in taken for i in range(start, head.i + 1)) and all(
                doc[i].text[:1].isupper() for i in range(start, head.i + 1)):
            added.append(Mention(start, head.i + 1, "ORG", "told"))
            taken.update(range(start, head.i + 1))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def add_cited_outlets(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The outlet a story is credited to: "writing for Axios", "reported by The Verge". A
    name of two words or more after the cue that starts with a given name is a person."""
    cues = names.entity_words("outlet_cues")
    added: list[Mention] = []
    credits = word_keys(frozenset({"for", "by"}))
    for i, key in enumerate(doc.to_array(LOWER).tolist()):
        if key not in credits:
            continue  # no Token made for the other words
        t = doc[i]
        if t.i == 0 or t.i + 1 >= len(doc) \
                or doc[t.i - 1].pos_ != "VERB" \
                or f"{doc[t.i - 1].lemma_.lower()} {t.lower_}" not in cues:
            continue
        start = end = t.i + 1
        if doc[start].lower_ == "the" and start + 1 < len(doc):
            end = start + 1
        while end < len(doc) and end - start < 5 and (
                is_name_part(doc[end]) or (doc[end].is_upper and doc[end].is_alpha
                                            and len(doc[end]) > 1)):
            end += 1
        name_start = start + (1 if doc[start].lower_ == "the" else 0)
        if end == name_start or (name_start == start and end - start > 1
                                 and names.is_given_name(doc[start].text)):
            continue  # "reported by Maria Lindqvist" is a person; "by The Ledger" is not
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.label == "PERSON" and m.end - m.start > 1 for m in inside):
            continue
        mentions = [m for m in mentions if m not in inside]
        added.append(Mention(start, end, "ORG", "outlet"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def extend_org_lists(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An organisation named by a list of its fields, cut at the first comma: "Culture,
    Media & Sport Committee"."""
    taken = taken_tokens(mentions)
    ends = {m.end: m for m in mentions if m.label == "ORG"}
    dropped: set[int] = set()
    for m in mentions:
        span = m.span(doc)
        if m.label != "ORG" or not any(t.text in ("&", "and") for t in span):
            continue
        head = ends.get(m.start - 1)  # "Department of Transport, Ports and Harbours"
        if (head is not None and head is not m and doc[m.start - 1].text == ","
                and all(t.text[:1].isupper() or t.text in ("&", "and") for t in span)):
            m.start, m.note = head.start, m.note + "+list"
            dropped.add(id(head))
            continue
        while (m.start >= 2 and doc[m.start - 1].text == "," and m.start - 2 not in taken
               and is_name_part(doc[m.start - 2]) and not doc[m.start - 2].is_sent_start):
            m.start -= 2
            m.note += "+list"
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions


def add_org_runs(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Organisations the tagger left untagged: capitalised words that end in an organisation
    word ("the Green Party", "Marlow Town Council", "the Dade County Health and Human Services
    Agency", "the Workers' Party"), or a name and the local body it heads ("Harlow council",
    "the Dade County School board")."""
    taken = taken_tokens(mentions)
    generic = names.entity_words("org_words")
    bodies = names.entity_words("local_bodies")
    added: list[Mention] = []
    for m in mentions:  # a tagged name and the body after it
        after = doc[m.end] if m.end < len(doc) else None
        text = m.span(doc).text
        if (after is not None and after.text in bodies
                and m.label in ("ORG", "GPE", "LOC", "FAC", "NORP")
                and not names.is_country(text) and not names.demonym_code(text)):
            m.end, m.label, m.note = m.end + 1, "ORG", m.note + "+body"
            taken.add(m.end - 1)
    keys = word_keys(generic | bodies)
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        if orth not in keys:
            continue  # only an organisation word ends a run: the rest are never read
        t = doc[i]
        if t.i in taken or not (t.text in generic or t.text in bodies) or (
                t.i + 1 < len(doc) and doc[t.i + 1].text in bodies | generic):
            continue  # "Services" of "Human Services Agency" is inside the run that ends later
        start = t.i
        while start > 0 and start - 1 not in taken and (
                is_name_part(doc[start - 1]) or joins_fields(doc, start - 1)
                or _plural_possessive(doc, start - 1)):
            start -= 1
        while start < t.i and (doc[start].lower_ in ("the", "a", "an") or (
                not is_name_word(doc[start]) and not names.is_place(doc[start].text))):
            start += 1  # "The", "President", "Monday" begin no organisation's name
        # a capital mid-sentence marks a name; at a sentence's start the tagger must agree
        if start < t.i and (doc[start].pos_ == "PROPN" or not doc[start].is_sent_start):
            added.append(Mention(start, t.i + 1, "ORG", "org-run"))
            taken.update(range(start, t.i + 1))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def extend_fixed_words(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A capitalised word that comes before every mention of a name, at least once in mid-
    sentence where its capital is its own or kept in the name elsewhere by the tagger ("Fresh"
    of "shares of Fresh Harvest fell", "Fresh Harvest said"), is the first word of the name
    the tagger cut it from."""
    taken = taken_tokens(mentions)
    words: dict[str, set[str | None]] = {}
    inside: set[str] = set()
    for m in mentions:
        key = m.span(doc).text
        prev = doc[m.start - 1] if m.start > 0 else None
        word = prev.text if prev is not None and _fixed_word(prev, taken) else None
        words.setdefault(key, set()).add(word)
        if word is not None and prev is not None and not prev.is_sent_start:
            inside.add(key)
    counts = Counter(m.span(doc).text for m in mentions)
    for m in mentions:
        key = m.span(doc).text
        if len(words[key]) != 1 or None in words[key]:
            continue
        whole = counts[f"{next(iter(words[key]))} {key}"]  # the tagger kept the word elsewhere
        if counts[key] + whole > 1 and (key in inside or whole):
            m.start, m.note = m.start - 1, m.note + "+fixed"
    return mentions


def _fixed_word(token: Token, taken: set[int]) -> bool:
    """Could this word open a name: capitalised, no entity, title, place or common word."""
    return (token.is_alpha and token.text[:1].isupper() and not token.is_stop
            and token.i not in taken and not token.ent_type_ and token.pos_ in ("ADJ", "PROPN")
            and token.text not in _titles() and not names.is_place(token.text)
            and not names.demonym_code(token.text) and dates.month_number(token.text) is None
            and dates.weekday_number(token.text) is None
            and token.text not in names.entity_words("honorifics"))


def joins_fields(doc: Doc, i: int) -> bool:
    """"and" between two fields of one body's name: "Health and Human Services"."""
    return (doc[i].lower_ in ("and", "&") and i > 0 and is_name_part(doc[i - 1])
            and doc[i - 1].text in names.entity_words("titles") | names.entity_words("org_words"))


def bracketed_aliases(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A short name in brackets right after a name is that name's other name: "the Office for
    Budget Responsibility (OfBR)", "Acme Robotics (ACMR)" name one organisation, under the full
    name, wherever the article writes it. The short name's letters come from the full name, in
    order ("WASHINGTON (AP)" is a dateline and a news agency); a ticker after an exchange's
    name ("Acme Foods (NYSE: ACF)") is a company's other name whatever its letters."""
    full: dict[str, Mention] = {}
    exchanges = names.entity_words("stock_exchanges")
    for m in mentions:
        if m.end + 4 < len(doc) and doc[m.end].text == "(" and doc[m.end + 1].text in exchanges \
                and doc[m.end + 2].text == ":" and doc[m.end + 4].text == ")" \
                and _ALIAS.match(doc[m.end + 3].text):
            m.label = "ORG"  # "Acme Foods (NYSE: ACF)": a listed company and its ticker
            full.setdefault(doc[m.end + 3].text, m)
            continue
        if m.label not in _ALIASED or m.end + 2 >= len(doc):
            continue
        short = doc[m.end + 1].text
        if (doc[m.end].text == "(" and doc[m.end + 2].text == ")" and _ALIAS.match(short)
                and _letters_from(short, m.span(doc).text)):
            full.setdefault(short, m)
    for m in mentions:
        owner = full.get(m.span(doc).text)
        if owner is not None and m is not owner:
            m.name = owner.name or owner.span(doc).text
            if "ORG" in (m.label, owner.label):  # either tag says organisation: both are
                owner.label = "ORG"
            m.label, m.note = owner.label, m.note + "+alias"
    return mentions


def _letters_from(short: str, name: str) -> bool:
    """Are ``short``'s letters, first letter first, found in order in the longer ``name``?"""
    letters = iter(name.lower())
    return (len(short) < len(name) and short[0].lower() == name[0].lower()
            and all(ch in letters for ch in short.lower() if ch.isalpha()))


_ALIASED = frozenset({"ORG", "FAC", "GPE", "LOC"})
# a short name: capitals, maybe a small letter between them ("DfE", "NVDA"; not "Minsal")
_ALIAS = re.compile(r"^[A-Z][a-z]?(?:[A-Z&][a-z]?){1,6}$")


def reporting_verbs() -> frozenset[str]:
    """Lemmas of verbs that report speech, and "quote"."""
    return lexicon.reporting_verbs() | {"quote"}
