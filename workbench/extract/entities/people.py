"""People's names repaired from the tagger's annotations: cut short, missed, or tagged as
something else.

"Pak Jong" of "Pak Jong Hyok" and "Petrenko" of "Ivan Petrenko" take the name words beside
them; "Hiroshi Tanaka" tagged WORK_OF_ART becomes a PERSON where cues agree (a first name, a
role beside it, a reporting verb it is the subject of, its surname used alone); untagged "Karim
Benali" is found from its first name. Each function takes and returns mention lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.tokens import Doc, Span, Token

from workbench.extract.entities.mentions import (
    Mention,
    is_name_part,
    is_name_text,
    is_name_word,
    reporting_verbs,
    taken_tokens,
)
from workbench.lexicon import names, places

PERSON_SHAPED_LABELS = frozenset({"WORK_OF_ART", "FAC", "PRODUCT", "LAW", "EVENT", "NORP",
                                  "LANGUAGE", "ORG", "GPE", "LOC"})
# labels under which a person's name can hide only when other evidence agrees
NEEDS_EVIDENCE = frozenset({"ORG", "GPE", "LOC"})


def extend_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A PERSON span takes the name words around it: "Pak Jong" + "Hyok", "Ivan" + "Petrenko",
    and a PERSON span right after it that opens with a name particle ("Ana Lima" + "Da Costa").

    A following one-word mention the tagger gave a label no name part has ("Hyok" as NORP) is
    taken in too, unless it is a known demonym or place."""
    taken = taken_tokens(mentions)
    owner = {i: m for m in mentions for i in range(m.start, m.end)}
    absorbed: set[int] = set()
    for m in mentions:
        if m.label != "PERSON" or id(m) in absorbed or (
                m.start > 0 and doc[m.start - 1].lower_ == "the"):
            continue
        other = owner.get(m.end)
        if other is not None and other.label == "PERSON" and other.start == m.end \
                and other.end - m.start <= 5 and doc[m.end - 1].whitespace_ == " " \
                and doc[m.end].lower_ in names.entity_words("name_particles"):
            absorbed.add(id(other))  # "Rita Marques" + "Dos Santos": one name
            taken.update(range(m.end, other.end))
            m.end = other.end
            m.note += "+particle"
        while m.end < len(doc) and m.end - m.start < 5 and (
                _continues_name(doc, m.end, taken) or _particle_then_name(doc, m.end)):
            other = owner.get(m.end)
            if other is not None:
                if not _absorbable(doc, other):
                    break
                absorbed.add(id(other))
            taken.add(m.end)
            m.end += 1
            m.note += "+right"
        while (m.start > 0 and m.end - m.start < 4
               and doc[m.start - 1].whitespace_ == " " and not doc[m.start].is_sent_start
               and doc[m.start - 1].pos_ == "PROPN" and is_name_word(doc[m.start - 1])
               and names.is_given_name(doc[m.start - 1].text)):
            other = owner.get(m.start - 1)
            if other is not None:
                if other.end - other.start > 1 or other.label == "PERSON":
                    break
                absorbed.add(id(other))  # "Volodymyr" tagged ORG before "Zelensky"
            m.start -= 1
            taken.add(m.start)
            m.note += "+left"
    return [m for m in mentions if id(m) not in absorbed]


def _continues_name(doc: Doc, i: int, taken: set[int]) -> bool:
    token = doc[i]
    if doc[i - 1].whitespace_ != " " or token.is_sent_start:
        return False
    if doc[i - 1].lower_ in names.entity_words("name_particles"):
        return is_name_part(token)  # "Ursula von der" + "Leyen"
    return (token.pos_ == "PROPN" and is_name_word(token)
            and not names.is_place(token.text)
            and (i not in taken or token.ent_iob_ == "B"))


def _particle_then_name(doc: Doc, i: int) -> bool:
    """"von", "der", "bin" inside a name, followed by a further name word."""
    return (doc[i].lower_ in names.entity_words("name_particles") and doc[i].is_lower
            and i + 1 < len(doc) and (is_name_part(doc[i + 1])
                                      or doc[i + 1].lower_ in names.entity_words("name_particles")))


def _absorbable(doc: Doc, m: Mention) -> bool:
    text = m.span(doc).text
    if m.end - m.start != 1 or names.is_country(text) or names.demonym_code(text):
        return False
    if m.start > 0 and doc[m.start - 1].lower_ in names.entity_words("name_particles"):
        return True  # "Leyen" tagged GPE after "Ursula von der"
    return (m.label in ("NORP", "LANGUAGE", "WORK_OF_ART", "PRODUCT")
            and not names.is_place(text))


def person_shaped(span: Span) -> bool:
    """Two to four name words, none of them an office, organisation or place word nor a
    country ("West Germany"), not after "the" or inside quotation marks (a show, a book: "The
    Faulkner Focus")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ == "the" or _opening_quote(before)):
        return False
    return (2 <= len(span) <= 4 and all(is_name_word(t) for t in span)
            and not names.is_place(span.text) and not names.is_known_org(span.text)
            and not any(_country_word(t.text) for t in span))


def _country_word(word: str) -> bool:
    """A country's name that is no first name: "Germany" of "West Germany" (not "Georgia")."""
    return names.is_country(word) and not names.is_given_name(word)


def _opening_quote(token: Token) -> bool:
    """“ or ‘, or a straight quote after a space: a title or a quotation starts here."""
    if token.text in ("“", "‘"):
        return True
    doc = token.doc
    return token.text in ('"', "'") and (token.i == 0 or bool(doc[token.i - 1].whitespace_))


def person_evidence(span: Span, surnames: set[str]) -> int:
    """How many cues say ``span`` names a person: a given name first, a role beside it ("the
    mayor", "governor X"), a reporting verb it is the subject of, its surname used alone."""
    cues = 0
    if names.is_given_name(span[0].text):
        cues += 1
    root = span.root
    roles = names.entity_words("roles")
    before = span.doc[span.start - 1] if span.start > 0 else None
    if (any(c.dep_ == "appos" and c.lower_ in roles for c in root.children)
            or (root.dep_ == "appos" and root.head.lower_ in roles)
            or (before is not None and (before.lower_ in roles or before.text in
                                        names.entity_words("titles")))):
        cues += 1
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in reporting_verbs():
        cues += 1
    if any(c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children)
           for c in root.children):
        cues += 1  # "Rustam Galiev, who has ..."
    if (root.dep_ == "conj" and root.head.ent_type_ == "PERSON") or any(
            c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in root.children):
        cues += 1  # "X and Albert Sadykov"
    if span[-1].text in surnames:
        cues += 1
    if len(span) == 2 and not names.is_given_name(span[1].text) and cues:
        cues += 1  # "Olena Marchuk"; "Morgan Stanley" has two first names
    return cues


def join_bracketed_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"(US President Joe) Biden": a first name closed off by a bracket the writer
    added inside a quotation, and the surname after it, name one person."""
    for m, nxt in pairwise(mentions):
        if (m.label == "PERSON" and m.end - m.start == 1 and nxt.start == m.end + 1
                and doc[m.end].text in (")", "]") and nxt.end - nxt.start == 1
                and nxt.label == "PERSON" and names.is_given_name(doc[m.start].text)):
            m.name = f"{doc[m.start].text} {doc[nxt.start].text}"
    return mentions


_QUOTES = frozenset('"\u201c\u201d\'\u2018\u2019')


def join_nicknames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Jesus "Chuy" Garcia, Earvin "Magic" Johnson: a first name, a nickname in quotes and a
    surname are one person, not three."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        j = m.end
        if (m.label == "PERSON" and m.end - m.start == 1 and j + 3 < len(doc)
                and doc[j].text in _QUOTES and is_name_part(doc[j + 1])
                and doc[j + 2].text in _QUOTES and is_name_part(doc[j + 3])
                and names.is_given_name(doc[m.start].text)):
            last = j + 4
            while last < len(doc) and last - j < 6 and is_name_part(doc[last]):
                last += 1
            inside = [n for n in mentions[i + 1:] if n.start < last]
            if all(n.label == "PERSON" or n.end - n.start == 1 for n in inside):
                out.append(Mention(m.start, last, "PERSON", m.note + "+nickname"))
                i += 1 + len(inside)
                continue
        out.append(m)
        i += 1
    return out


def add_listed_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Yildiz, McKennie and Gonzalez scored": a list of single names that is the subject of a
    verb and in which the tagger saw a person is a list of people, though it missed the others
    or took them for a group or a town. A list that holds a known place, country, people or
    organisation is left alone."""
    strings = doc.vocab.strings
    words = [strings[h] for h in doc.to_array(ORTH).tolist()]  # no Token made per word
    spaced = doc.to_array(SPACY).tolist()
    if " and " not in "".join(w + " " if s else w for w, s in zip(words, spaced, strict=True)):
        return mentions
    part = [is_name_text(w) for w in words]
    starts = [s == 1 for s in doc.to_array(SENT_START).tolist()]
    lists = []
    i = 0
    while i < len(doc):
        if not part[i]:
            i += 1
            continue  # a list starts at a name
        items = _name_list_at(words, part, starts, i)
        if items:
            lists.append(items)
            i = items[-1] + 1
        else:
            i += 1
    if not lists:
        return mentions
    for items in lists:
        covering = [m for m in mentions if any(m.start <= t < m.end for t in items)]
        people_in = {m.start for m in covering
                     if m.label == "PERSON" and m.end - m.start == 1 and m.start in items}
        if not people_in or len(people_in) == len(items) \
                or not any(doc[t].dep_ in ("nsubj", "nsubjpass") for t in items):
            continue  # the list must act ("... scored"), not be listed ("followed by Islam, ...")
        if any(places.lookup(doc[t].text) or names.is_country(doc[t].text)
               or names.demonym_code(doc[t].text) or names.is_known_org(doc[t].text)
               for t in items if t not in people_in):
            continue
        mentions = [m for m in mentions if m not in covering or m.start in people_in]
        mentions += [Mention(t, t + 1, "PERSON", "listed") for t in items if t not in people_in]
    return sorted(mentions, key=lambda m: m.start)


def _name_list_at(words: list[str], part: list[bool], starts: list[bool], i: int) -> list[int]:
    """Token indexes of a list of single names starting at ``i`` ("A, B, and C"), else []:
    ``words`` as written, whether each is a name part, whether each starts a sentence."""
    n = len(words)

    def single(k: int) -> bool:
        return (k < n and part[k]
                and not (k > 0 and part[k - 1] and not starts[k])
                and not (k + 1 < n and part[k + 1]))
    if not single(i):
        return []
    items, k = [i], i + 1
    while k + 1 < n and words[k] == "," and single(k + 1):
        items.append(k + 1)
        k += 2
    if k < n and words[k] == ",":
        k += 1
    if len(items) >= 2 and k + 1 < n and words[k].lower() == "and" and single(k + 1):
        return [*items, k + 1]
    return []


def split_person_tails(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"National Intelligence Avril Haines", "Russian Security Council Dmitry Medvedev": an
    organisation or office and the person holding it, tagged as one name."""
    out = []
    for m in mentions:
        cut = None
        if m.label != "PERSON" and m.end - m.start >= 3:
            for i in range(m.start + 1, m.end - 1):
                prev = doc[i - 1].text
                if (names.is_given_name(doc[i].text) and not doc[i].like_num
                        and not names.is_country(doc[m.end - 1].text)
                        and all(is_name_word(t) for t in doc[i:m.end]) and m.end - i <= 3
                        and (prev in names.entity_words("org_words")
                             or prev in names.entity_words("titles")
                             or names.is_place(prev))):
                    cut = i
                    break
        if cut is None:
            out.append(m)
        else:
            out.append(Mention(m.start, cut, m.label, m.note + "+tail"))
            out.append(Mention(cut, m.end, "PERSON", "tail"))
    return out


def relabel_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Person names tagged as something else ("Hiroshi Tanaka" as a work of art) become PERSON."""
    surnames = {doc[m.end - 1].text for m in mentions if m.label == "PERSON"}
    for m in mentions:
        if m.label not in PERSON_SHAPED_LABELS or not person_shaped(span := m.span(doc)):
            continue
        given = names.is_given_name(span[0].text)
        other = person_evidence(span, surnames) - given
        if (given or other >= 1) if m.label not in NEEDS_EVIDENCE else (other >= 1 + (not given)):
            m.label, m.note = "PERSON", m.note + "+person"
    return mentions


def add_people(doc: Doc, mentions: list[Mention], *, propn: Sequence[Token]) -> list[Mention]:
    """Untagged runs of name words that start with a given name: "Karim Benali"."""
    taken = taken_tokens(mentions)
    added = []
    run: list[Token] = []
    for t in [*propn, None]:
        if (t is not None and t.i not in taken and is_name_word(t)
                and (not run or (t.i == run[-1].i + 1 and not t.is_sent_start))):
            run.append(t)
            continue
        while run and names.demonym_code(run[0].text):
            run = run[1:]  # "American" of "Cuban-American Marco Ruiz"
        if len(run) >= 2 and names.is_given_name(run[0].text) and _bounded(
                doc, run[0].i, run[-1].i + 1):
            span = doc[run[0].i:min(run[-1].i + 1, run[0].i + 4)]
            if person_shaped(span):
                added.append(Mention(span.start, span.end, "PERSON", "added"))
        run = [t] if t is not None and t.i not in taken and is_name_word(t) else []
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _bounded(doc: Doc, start: int, end: int) -> bool:
    """Not part of a longer capitalised phrase (a title, an organisation's name); a demonym
    before the name is no part of it ("Hungarian-American Katalin Karpati")."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return ((before is None or not before.text[:1].isupper() or before.is_punct
             or names.demonym_code(before.text) is not None
             or before.text in names.entity_words("titles")
             or before.text in names.entity_words("honorifics") or bool(doc[start].is_sent_start))
            and (after is None or not after.text[:1].isupper() or after.is_punct))


def add_surnames(doc: Doc, mentions: list[Mention], *, propn: Sequence[Token]
                 ) -> list[Mention]:
    """An untagged surname of a person the article names in full: "Marchuk said"."""
    taken = taken_tokens(mentions)
    surnames = {doc[m.end - 1].text for m in mentions
                if m.label == "PERSON" and m.end - m.start > 1}
    added = [Mention(t.i, t.i + 1, "PERSON", "surname") for t in propn
             if t.i not in taken and t.text in surnames
             and not (t.i + 1 < len(doc) and is_name_part(doc[t.i + 1]))
             and not (t.i > 0 and is_name_part(doc[t.i - 1]))]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def peerage_titles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the Duke of Edinburgh", "the Prince of Wales": a title of a place names a person, not
    the place."""
    out = []
    for m in mentions:
        titles = names.entity_words("peerage_titles")
        if m.label in ("GPE", "LOC", "ORG") and m.start >= 2 and doc[m.start - 1].lower_ == "of" \
                and doc[m.start - 2].text in titles:
            m = Mention(m.start - 2, m.end, "PERSON", m.note + "+peerage")
        elif m.label != "PERSON" and m.end - m.start > 2 and doc[m.start].text in titles \
                and doc[m.start + 1].lower_ == "of":
            m = Mention(m.start, m.end, "PERSON", m.note + "+peerage")
        out.append(m)
    titled = {i for m in out if "peerage" in m.note for i in range(m.start, m.end)}
    return [m for m in out if "peerage" in m.note or not titled & set(range(m.start, m.end))]
