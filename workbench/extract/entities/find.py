"""Entities: spaCy's named entities, repaired where news text breaks them, with one canonical name.

Spans are repaired first (:mod:`~workbench.extract.entities.mentions`: spans run together or
cut at the wrong place, places and organisations the tagger missed;
:mod:`~workbench.extract.entities.people`: people's names cut short, missed, or tagged as
works of art). Labels next: a known place tagged PERSON or LANGUAGE is a GPE, a demonym
tagged GPE is NORP, a platform tagged PRODUCT is an ORG,
an office word ("Defense" of "Defense Secretary") is no name; mentions of one string vote on one
label. A headline in Title Case yields spurious names ("Hit Power Plants"), so its names are kept
only where the body names them too or they are known. Last,
:func:`~workbench.extract.entities.linking.link_mentions` gives each thing one canonical
name ("Tanaka" is "Hiroshi Tanaka", "Byelorussia" is Belarus).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from spacy.attrs import DEP, IS_LOWER, LOWER, ORTH
from spacy.tokens import Doc, Span

from workbench.extract.entities import linking, people, place_mentions, teams, terms
from workbench.extract.entities import mentions as mentions_
from workbench.extract.entities.mentions import Mention
from workbench.lexicon import dates, names
from workbench.model import Article, Entity

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT",
                         "LAW", "WORK_OF_ART", "LANGUAGE"})
# labels a known place may be mistaken for
PLACE_MISTAKES = frozenset({"PERSON", "ORG", "NORP", "LANGUAGE", "FAC", "PRODUCT",
                            "WORK_OF_ART", "EVENT", "LAW"})
# a headline is Title Case when at least this share of its longer words are capitalised
TITLE_CASE_SHARE = 0.8
COMMON_WORD_USES = 2  # lower-case uses that make a capitalised opening word a common one
DWELLER_ENDINGS = ("ers",)
MIN_PLACE_LETTERS = 4  # "Users" is no people of "Us"  # "New Yorkers", "Londoners"
_WORD_PARTS = re.compile(r"[\s\-–/&.]+")


def entities(doc: Doc, article: Article) -> list[Entity]:
    """Every named entity in the article, in text order, each with its canonical name."""
    found = mentions_.from_doc(doc, KEPT_LABELS)
    found = mentions_.trim(doc, found)
    found = mentions_.split_possessive(doc, found)
    found = mentions_.extend_fixed_words(doc, mentions_.cut_at_place(doc, found))
    countries = {code for m in found if (code := names.country_code(m.span(doc).text))}
    found = people.split_person_tails(doc, found)
    found = people.join_nicknames(doc, people.extend_people(doc, found))
    found = people.relabel_people(doc, found)
    propn = mentions_.proper_nouns(doc)
    found = people.add_people(doc, found, propn=propn)
    found = people.add_surnames(doc, found, propn=propn)
    found = people.add_listed_people(doc, found)
    found = mentions_.add_camel_names(doc, mentions_.add_known_orgs(doc, found, propn=propn))
    found = mentions_.join_known_orgs(doc, found)
    found = mentions_.add_told_outlets(doc, found, propn=propn)
    found = mentions_.add_cited_outlets(doc, found)
    found = place_mentions.add_places(doc, found, propn=propn, countries=countries)
    found = place_mentions.extend_places_left(doc, place_mentions.extend_places(doc, found))
    found = place_mentions.join_compass_pairs(doc, found)
    found = teams.add_result_sides(doc, teams.extend_teams(doc, found), text=article.text)
    found = teams.add_opponents(doc, found)
    body = next((s for s in article.sections if s.kind == "paragraph"), None)
    if body is not None:
        found = place_mentions.add_dateline(doc, found, start=body.start)
    found = mentions_.extend_org_lists(doc, found)
    found = mentions_.add_org_runs(doc, found)
    found = terms.drop_offices(doc, terms.drop_office_prefixes(doc, terms.drop_terms(doc, found)))
    found = terms.party_names(doc, terms.extend_org_fields(doc, found))
    lowers, lower_cased = doc.to_array([LOWER, IS_LOWER]).T  # no Token made per word
    lowered = Counter(lowers[lower_cased == 1].tolist())
    found = [m for m in found if not _common_opening(doc, m, lowered)]
    found = _phrase_people(doc, found)  # before the words of people's names are counted
    owned = _person_name_parts(doc, found)
    found = [m for m in found if _relabel(doc, m, owned, countries)]
    # "Head of State", "Minister of Finance": an office, nobody's name
    found = [m for m in found if m.label != "PERSON" or _office_before_name(doc, m)]
    found = _phrase_people(doc, found)
    found = people.peerage_titles(doc, people.join_bracketed_names(doc, found))
    found = _shouted(doc, article, found)
    bylines: dict[tuple[int, int], bool] = {}  # a sentence is read once
    found = [m for m in found if not (m.label == "PERSON" and _in_byline(doc, m, bylines))]
    # photographers named in a caption's credit are no people of the story; agencies stay
    found = [m for m in found
             if not (m.label == "PERSON" and article.in_credit(doc[m.start].idx))]
    found = _split_coordinated(doc, found)
    _vessels(doc, found)
    found = [m for m in found if not _sentence_adverb(doc, m)]
    _given_name_owners(doc, found)
    _surname_owners(doc, found)
    _vote(doc, found)
    found = mentions_.bracketed_aliases(doc, found)
    found = mentions_.add_institutions(doc, found)
    found = mentions_.tidy_edges(doc, found)
    found = _headline(doc, article, found)
    made = (_entity(doc, article, m) for m in found)
    # a span of punctuation alone ("-") names nothing
    return linking.link_mentions([e for e in made if any(c.isalnum() for c in e.canonical)])


def _entity(doc: Doc, article: Article, m: Mention) -> Entity:
    span = m.span(doc)
    label = m.label
    country = names.country_of(span.text) if label in ("NORP", "GPE", "LOC") else None
    canonical = span.text if "peerage" in m.note \
        else names.canonical(m.name or span.text, label)
    if mentions_.NAME_S in m.note and m.name is None:
        canonical += "'s"  # "McDonald's": the "'s" is the name's, not an owner's
    return Entity(start=span.start_char, end=span.end_char, text=span.text,
                  section=article.section_kind(span.start_char), label=label,
                  canonical=canonical, country=country)


def _common_opening(doc: Doc, m: Mention, lowered: Counter[int]) -> bool:
    """"Schools would remain open": a common noun capitalised only because it opens its
    sentence, which the article writes in lower case elsewhere ("all schools"), names nothing;
    nor does a word the tagger took for a proper noun that the article writes in lower case
    at least twice ("Measles is ..." beside "measles cases", "a measles vaccine"), unless
    the tagger read it as an organisation."""
    token = doc[m.start]
    if m.end - m.start != 1 or not (
            (token.pos_ == "NOUN" and lowered[token.lower] > 0)
            or (token.pos_ == "PROPN" and m.label != "ORG"
                and lowered[token.lower] >= COMMON_WORD_USES)):
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    opening = bool(token.is_sent_start) or (before is not None and before.is_quote and (
        bool(before.is_sent_start) or before.is_left_punct
        or (before.text == '"' and before.i > 0
            and doc[before.i - 1].text in (",", ":"))))  # 'said, "Measles is
    text = token.text
    return opening and not (names.is_known_org(text) or names.is_place(text)
                            or names.is_country(text))


def _person_name_parts(doc: Doc, found: Sequence[Mention]) -> set[str]:
    """The words of the article's multi-word person names: "Marchuk" of "Olena Marchuk"."""
    return {t.text for m in found if m.label == "PERSON" and m.end - m.start > 1
            for t in m.span(doc)}


def _dwellers_of(text: str) -> str | None:
    """The place whose people a plural names ("New Yorkers" -> "New York"), else None."""
    for ending in DWELLER_ENDINGS:
        place = text[:-len(ending)]
        if text.endswith(ending) and len(place) >= MIN_PLACE_LETTERS and names.is_place(place):
            return place
    return None


def _relabel(doc: Doc, m: Mention, owned: set[str], countries: set[str]) -> bool:
    """Repair ``m``'s label in place; False to drop a mention that is not a name."""
    if m.label in ("ORG", "PRODUCT") and m.end - m.start > 1 and m.end < len(doc) \
            and doc[m.end].ent_type_ == "PERSON" \
            and doc[m.end - 1].text in names.entity_words("titles"):
        m.end, m.label = m.end - 1, "ORG"  # "Microsoft CFO" of "Microsoft CFO Amy Hood"
    span = m.span(doc)
    text = names.strip_name(span.text)
    if m.label != "NORP" and _dwellers_of(text) is not None:
        m.label = "NORP"  # "New Yorkers", "Londoners": the people of a place, no one person
    if len(text) < 2 or not any(c.isalpha() for c in text) or not (
            text[:1].isupper() or text[:1].isdigit() or _particle_first(text)
            or "camel" in m.note):
        return False
    if text in names.entity_words("not_names") or _credit_like(doc, m) or _era(doc, m, text):
        return False
    offices = _offices()
    if ((m.label == "PERSON" and text.rstrip(".") in offices) or all(
            t.text.rstrip(".") in offices for t in span) or (
            len(span) == 1 and text.lower() in names.entity_words("roles"))
            ) and not terms.kept_office_noun(doc, m):
        return False  # "Brig" of "Brig. Gen. Pat Ryder", "Major General", "Lawyer"
    single = m.end - m.start == 1
    if single and m.label != "PERSON" and _calendar_word(text):
        return False  # "March" tagged GPE
    if text in names.standalone_orgs() or (names.is_known_org(text) and m.label != "PERSON"):
        m.label = "ORG"
    elif names.is_country(text) and not (m.label == "PERSON" and text in owned):
        m.label = "GPE"
    elif names.demonym_code(text) and m.label in ("GPE", "ORG", "PERSON", "LOC"):
        m.label = "NORP"
    elif (m.label in PLACE_MISTAKES and text not in owned
          and not (m.label == "PERSON" and not single
                   and names.is_given_name(span[0].text))
          and place_mentions.plausible_place(doc, m, countries)):
        m.label = "GPE"  # "Kyiv" tagged PERSON; "Bila Tserkva" too
    if single and m.label in ("ORG", "GPE", "NORP") and _office_word(doc, m.start):
        return False
    if m.label in ("ORG", "FAC", "GPE", "LOC") and _weapon(span):
        m.label = "PRODUCT"  # "Anti-Personnel Mine", "Guided Multiple Launch Rocket Systems"
    if m.label in ("WORK_OF_ART", "PRODUCT", "LAW", "EVENT") and not single \
            and span[-1].text in names.entity_words("place_words"):
        m.label = "FAC"  # "Old Mill Bridge" tagged WORK_OF_ART
    if m.label in ("WORK_OF_ART", "PRODUCT", "PERSON") and single and m.start > 0 \
            and doc[m.start - 1].lower_ in names.entity_words("org_descriptors"):
        m.label = "ORG"  # "the investigative site Bellcast", "news outlet Rumba"
    if m.label in ("PRODUCT", "WORK_OF_ART", "LAW") and _reports(span):
        # "the Guardian quoted ..." is an outlet; "Jean-Pierre said" a person
        after_the = m.start > 0 and doc[m.start - 1].lower_ == "the"
        m.label = "ORG" if after_the else "PERSON"
    if single and m.label in ("PERSON", "ORG") and _names_institution(doc, m):
        return True
    if m.label == "PERSON":
        return _person_ok(doc, m)
    return True


def _era(doc: Doc, m: Mention, text: str) -> bool:
    """"664 B.C.", "AD 79": a calendar era written beside a year, no place."""
    if text not in names.entity_words("era_markers"):
        return False
    return (m.start > 0 and doc[m.start - 1].like_num) \
        or (m.end < len(doc) and doc[m.end].like_num)


def _weapon(span: Span) -> bool:
    """A name ending in a weapon word ("... Mine", "... Rocket Systems") names a weapon."""
    weapons = names.entity_words("weapon_words")
    words = [t.text for t in span]
    if len(words) < 2 or names.is_place(words[0]):
        return False  # a place's name before it: a team ("Springfield Rockets")
    return words[-1] in weapons or (words[-1] in ("System", "Systems") and words[-2] in weapons)


def _reports(span: Span) -> bool:
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_ in mentions_.reporting_verbs()


def _names_institution(doc: Doc, m: Mention) -> bool:
    """"the Zarechny court", "the Trump administration": the name and the institution noun it
    modifies are one organisation."""
    token = doc[m.start]
    head = token.head
    if (token.dep_ == "compound" and head.i == m.end and head.is_lower
            and head.lower_ in names.entity_words("institutions")
            and head.lower_ not in names.entity_words("member_nouns")):
        m.end, m.label, m.note = head.i + 1, "ORG", m.note + "+institution"
        return True
    return False


def _credit_like(doc: Doc, m: Mention) -> bool:
    """"AP Photo/Cristian Straista", "Spada/LaPresse": names joined by slashes are photo
    credits or lists, not one name."""
    if "/" in doc[m.start:m.end].text:
        return True
    beside_slash = (m.start > 0 and doc[m.start - 1].text == "/") or (
        m.end < len(doc) and doc[m.end].text == "/")
    # "the Russia/Ukraine conflict" names two places
    return beside_slash and not names.is_place(doc[m.start:m.end].text)


def _calendar_word(text: str) -> bool:
    """A month or weekday name written out ("March", "Sunday"; not "Sun" or "Mar")."""
    full = len(text) > 3 or text.lower() == "may"
    return full and (dates.month_number(text) is not None
                     or dates.weekday_number(text) is not None)


def _phrase_people(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A person's span that holds a lower-case word of a phrase is no one name: two names joined
    by "and" ("Pelosi and Schiff said") are two, each labelled as what it names; a phrase
    ("Strikes on Kyiv", "Citizens of Melitopol") names nobody, and kept as a person it would
    claim every mention of the place it ends in. Particles ("de Gaulle") and epithets after a
    first name or a noble title ("Peter the Great", "Baroness Finlay of Llandaff") stay."""
    kept: list[Mention] = []
    for m in found:
        inner = [t for t in doc[m.start + 1:m.end - 1] if t.is_alpha and t.is_lower]
        if m.label != "PERSON" or not inner:
            kept.append(m)
            continue
        if all(t.lower_ in names.entity_words("name_particles") for t in inner):
            kept.append(m)
        elif len(inner) == 1 and inner[0].lower_ in ("and", "&"):
            left = Mention(m.start, inner[0].i, m.label, "joined")
            right = Mention(inner[0].i + 1, m.end, m.label, "joined")
            if (left.end - left.start == 1 and right.end - right.start >= 2
                    and names.is_given_name(doc[left.start].text)
                    and names.is_given_name(doc[right.start].text)):
                # "George and Ira Gershwin": the first name shares the surname
                left.name = f"{doc[left.start].text} {doc[right.end - 1].text}"
            kept.extend(part for part in (left, right) if _relabel_part(doc, part))
        elif all(t.lower_ in ("the", "of") for t in inner) and (
                names.is_given_name(doc[m.start].text)
                or doc[m.start].text in names.entity_words("name_titles")
                or doc[m.start].text in names.entity_words("peerage_titles")
                or doc[m.start].text in names.entity_words("honorifics")):
            kept.append(m)
    return kept


def _relabel_part(doc: Doc, m: Mention) -> bool:
    """One side of two joined names: a listed organisation ("Facebook") or a country by what it
    is, else a person (a surname may also be a town's name); False for a side that holds no
    capitalised word."""
    text = m.span(doc).text
    if not text[:1].isupper():
        return False
    if text in names.standalone_orgs():
        m.label = "ORG"
    elif names.is_country(text):
        m.label = "GPE"
    return True


def _office_before_name(doc: Doc, m: Mention) -> bool:
    """False for a person's span that names an office ("Head of State": its name once the title
    is off starts with a lower-case word); such a span with a name after a comma ("Minister of
    Finance, Jane Roe") is cut to the name. True for every other span."""
    canonical = names.canonical(m.span(doc).text, "PERSON")
    if not canonical[:1].islower() or _particle_first(canonical):
        return True
    commas = [t.i for t in m.span(doc) if t.text == ","]
    if commas and commas[-1] + 1 < m.end and doc[commas[-1] + 1].text[:1].isupper():
        m.start = commas[-1] + 1
        return True
    return False


def _particle_first(text: str) -> bool:
    """"al Qaeda", "de Gaulle": a lower-case particle before a capitalised name."""
    first, _, rest = text.partition(" ")
    return first in names.entity_words("name_particles") and rest[:1].isupper()


def _office_word(doc: Doc, i: int) -> bool:
    """"Defence" of "UK Defence Secretary", "State" of "Secretary of State"."""
    titles = names.entity_words("titles")
    if doc[i].text not in titles:
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (after is not None and after.text in titles) or (
        i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].text in titles)


def _person_ok(doc: Doc, m: Mention) -> bool:
    """Drop or relabel PERSON spans that are not people; trim a leading demonym or a word
    before an honorific ("Backing Ms Mordaunt")."""
    while m.end - m.start > 1 and (names.demonym_code(doc[m.start].text) or (
            names.is_place(doc[m.start].text) and not names.is_given_name(doc[m.start].text)
            and names.is_given_name(doc[m.start + 1].text))):
        m.start += 1  # "Russian Vladimir Putin", "Sevastopol Mikhail Razvozhaev"
    honorific = next((i for i in range(m.start + 1, m.end - 1)
                      if doc[i].text in names.entity_words("honorifics")), None)
    if honorific is not None:
        m.start = honorific
    while m.end - m.start > 1 and (doc[m.end - 1].is_lower or doc[m.end - 1].is_punct) and not (
            mentions_.hyphenated_name(doc, m.start, m.end)):
        m.end -= 1  # "Javelin anti-tank" (not "Tsai Ing-wen")
    if any(t.like_num for t in m.span(doc)):
        return False  # "Article 13 ..."
    span = m.span(doc)
    last = span[-1].lower_
    # "Adam Driver", "Peter Singer": a first name and a surname that is a role word
    surname = len(span) == 2 and names.is_given_name(span[0].text) and last in _roles()
    if len(span) > 1 and not surname and (
            last in _roles() or (last.endswith("s") and last[:-1] in _roles())):
        owner = span[:-1].text  # "Tory MPs", "Kremlin Spokesman": people of a body, not a name
        if not (names.is_known_org(owner) or owner in names.standalone_orgs()):
            return False
        m.end -= 1  # "Acme Users": the known body stays
        m.label = "ORG"
        return True
    if any(names.demonym_code(t.text) or names.is_country(t.text) for t in span):
        return False  # "Heroic Ukrainian", a headline fragment
    if span[-1].text in names.entity_words("org_words"):
        m.label = "ORG"
        return True
    if "+titled" not in m.note and any(  # a title before it: "Councillor Jane Park" is a person
            t.text in names.entity_words("place_words") or t.text.rstrip("s") in
            names.entity_words("place_words") for t in span[1:]):
        m.label = "GPE"  # "Luhansk People's Republics"
        return True

    return not (len(span) == 1 and _modifier_only(doc, m))


def _roles() -> frozenset[str]:
    return names.entity_words("roles")


def _modifier_only(doc: Doc, m: Mention) -> bool:
    """A one-word name used only to modify a common noun ("Tomahawk cruise missiles", "the Trump
    administration") is a product or an attribute, unless the article names it alone too."""
    token = doc[m.start]
    head = token.head
    if token.dep_ != "compound" or head.pos_ != "NOUN" or not head.is_lower:
        return False
    if head.lower_ in names.entity_words("roles"):
        return False  # "Zelensky adviser" names Zelensky's adviser, and Zelensky
    words, labels = doc.to_array([ORTH, DEP]).T
    elsewhere = (words == token.orth) & (labels != doc.vocab.strings["compound"])
    elsewhere[token.i] = False
    return not bool(elsewhere.any())


def _shouted(doc: Doc, article: Article, found: list[Mention]) -> list[Mention]:
    """An all-capitals word in the body ("INCLUDED" in a table) is a name only if it is an
    acronym (a short word, or short parts joined: "AFL-CIO"), a known name, or the article
    writes it in normal case too. (Headlines are judged by :func:`_headline`.)"""
    spans = [m.span(doc) for m in found]
    normal = {span.text.lower() for span in spans if not span.text.isupper()}
    kept = []
    for m, span in zip(found, spans, strict=True):
        text = names.strip_name(span.text)
        if (text.isupper() and article.section_kind(span.start_char) != "title"
                and m.note != "dateline"
                and any(len(part) > 5 for part in _WORD_PARTS.split(text))
                and text.lower() not in normal and not names.is_place(text.title())
                and not names.is_country(text) and not names.is_known_org(text)):
            continue
        kept.append(m)
    return kept


@cache
def _offices() -> frozenset[str]:
    """Titles and honorifics without their full stop ("Gen", "Mr")."""
    return frozenset(w.rstrip(".") for w in names.entity_words("titles")
                     | names.entity_words("honorifics"))


def _in_byline(doc: Doc, m: Mention, bylines: dict[tuple[int, int], bool]) -> bool:
    sentence = m.span(doc).sent
    key = (sentence.start, sentence.end)
    found = bylines.get(key)
    if found is None:
        found = bylines[key] = _byline(sentence)
    return found


def _byline(sentence: Span) -> bool:
    """"Reporting by ...", "... contributed to this report": reporters credited, not news."""
    text = sentence.text.lower()
    return any(marker in text for marker in names.entity_words("byline_markers"))


def _surname_owners(doc: Doc, found: Sequence[Mention]) -> None:
    """"MaryJo Banks" tagged GPE where "Banks" alone is a person: a two- or three-word name,
    no known place nor a place word's ("Central Park"), ending in a surname the article gives
    a person alone."""
    alone = {m.span(doc).text for m in found if m.label == "PERSON" and m.end - m.start == 1}
    for m in found:
        span = m.span(doc)
        if m.label in ("GPE", "LOC") and 2 <= len(span) <= 3 \
                and span[-1].text in alone and all(t.is_title or (t.text[:1].isupper()
                                                  and t.is_alpha) for t in span) \
                and not (names.is_place(span.text) or names.is_known_org(span.text)
                         or names.is_place(span[-1].text)
                         or span[-1].text in names.entity_words("place_words")):
            m.label = "PERSON"


def _split_coordinated(doc: Doc, found: list[Mention]) -> list[Mention]:
    """"Stanford Hospital and Lucile Packard Children's Hospital" read as one name: two
    organisations or places joined by "and", each ending in the same organisation or place word,
    are two names ("U.S. Customs and Border Protection", whose parts end in other words, is
    one); so are organisations listed with a comma ("Stanford, Packard nurses"; not "Culture,
    Media & Sport Committee", which ends in an organisation word, nor "Department of Levelling
    Up, Housing and Communities", which joins its words with lower-case ones). Two countries
    joined by a hyphen ("the U.S.-Mexico border") qualify a noun and name nothing."""
    heads = names.entity_words("org_words") | names.entity_words("place_words")
    out: list[Mention] = []
    for m in found:
        span = m.span(doc)
        cut = next((i for i in range(m.start + 2, m.end - 1)
                    if doc[i].lower_ == "and" and doc[i - 1].text == doc[m.end - 1].text
                    and doc[i - 1].text in heads and doc[i + 1].text[:1].isupper()), None)
        if cut is None and m.label == "ORG" and span[-1].text not in heads \
                and not any(t.is_lower for t in span):
            cut = next((i for i in range(m.start + 1, m.end - 1) if doc[i].text == ","
                        and doc[i + 1].text[:1].isupper()
                        and _named_apart(doc, span, doc[m.start:i], doc[i + 1:m.end])),
                       None)  # "Stanford, Packard"; not "Smith Barney, Harris Upham"
        elif m.label not in ("ORG", "FAC", "GPE", "LOC") or len(span) < 5:
            cut = None
        if all(names.is_country(part) for part in span.text.split("-")) and "-" in span.text:
            continue  # "the U.S.-Mexico border": two countries qualifying a noun, no name
        if cut is None:
            out.append(m)
            continue
        for start, end in ((m.start, cut), (cut + 1, m.end)):
            part = doc[start:end].text
            place = names.is_place(part) or names.is_country(part)
            out.append(Mention(start, end, "GPE" if place else m.label, m.note))
    return out


def _named_apart(doc: Doc, whole: Span, left: Span, right: Span) -> bool:
    """Does the article name both parts of a comma-joined name on their own too (a list of
    two names), not only together (one firm's name: "Donaldson, Lufkin")?"""
    text, together = doc.text, text_count(doc.text, whole.text)
    return all(text_count(text, part.text) > together for part in (left, right))


def text_count(text: str, words: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(words)}(?!\w)", text))


def _vessels(doc: Doc, found: Sequence[Mention]) -> None:
    """"Guided Missile Destroyer INS Kolkata", "Fleet Tanker INS Power": a ship's prefix opens a
    vessel's name (a product, not the city Kolkata nor a person); the class words before the
    prefix are no part of it."""
    prefixes = names.entity_words("vessel_prefixes")
    for m in found:
        at = next((i for i in range(m.start, m.end - 1) if doc[i].text in prefixes), None)
        if at is None and m.start > 0 and doc[m.start - 1].text in prefixes \
                and doc[m.start].text[:1].isupper():
            at = m.start - 1
        if at is None or not doc[at + 1].text[:1].isupper():
            continue
        m.start, m.label = at, "PRODUCT"


def _sentence_adverb(doc: Doc, m: Mention) -> bool:
    """"Nationally, prices were ...": a capitalised adverb opening a sentence before a comma,
    no known place, country or given name ("Italy, ...", "Kelly, ..."), is no name."""
    token = doc[m.start]
    text = token.text
    return m.end - m.start == 1 and bool(token.is_sent_start) and m.end < len(doc) \
        and doc[m.end].text == "," and text.endswith("ly") and len(text) > 5 and not (
            names.is_place(text) or names.is_country(text) or names.is_given_name(text)
            or names.is_known_org(text))


def _given_name_owners(doc: Doc, found: Sequence[Mention]) -> None:
    """"Adam Sandler's 2010 film" tagged GPE: a two- or three-word place opening with a given
    name, no known place nor organisation and no place or
    organisation word in it, whose last word the article names alone ("Sandler wrote"), is a
    person; a one-word organisation or place that is the surname of a person the article
    names in full ("Sandler wrote") is that person."""
    words = names.entity_words("place_words") | names.entity_words("org_words")
    alone = {m.span(doc).text for m in found if m.end - m.start == 1}
    for m in found:
        span = m.span(doc)
        if m.label in ("GPE", "LOC") and 2 <= len(span) <= 3 and span[-1].text in alone \
                and names.is_given_name(span[0].text) \
                and all(t.is_title for t in span) \
                and not (names.is_place(span.text) or names.is_known_org(span.text)
                         or names.is_place(span[-1].text) or names.is_country(span[-1].text)
                         or any(t.text in words for t in span)):
            m.label = "PERSON"
    surnames = {m.span(doc)[-1].text for m in found
                if m.label == "PERSON" and m.end - m.start >= 2}
    for m in found:
        text = m.span(doc).text
        if m.end - m.start == 1 and m.label in ("ORG", "GPE", "LOC") and text in surnames \
                and not (names.is_place(text) or names.is_country(text)
                         or names.is_known_org(text)):
            m.label = "PERSON"


def _vote(doc: Doc, found: Sequence[Mention]) -> None:
    """Mentions of one string share the label most of them have; a person's name stays a
    person's ("Stoltenberg told reporters" even where the tagger mostly says ORG), and a name
    that begins with a first name goes to the person when that label ties for most."""
    groups: dict[str, list[Mention]] = {}
    for m in found:
        groups.setdefault(names.strip_name(m.span(doc).text), []).append(m)
    for group in groups.values():
        votes = Counter(m.label for m in group)
        if len(votes) < 2:
            continue
        (top, n), (_, runner_up) = votes.most_common(2)
        name = names.strip_name(group[0].span(doc).text).split()
        if votes["PERSON"] == n and name and names.is_given_name(name[0]):
            top, runner_up = "PERSON", 0  # "Lyudmila" as often a person as not: a first name
        if n > runner_up:
            for m in group:
                if m.label != "PERSON":
                    m.label = top


def title_cased(text: str) -> bool:
    """Is a headline written in Title Case (or all capitals), where casing marks no names?"""
    words = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
    if len(words) < 3:
        return False
    return sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def _headline(doc: Doc, article: Article, found: list[Mention]) -> list[Mention]:
    """In a Title Case headline keep the names the body names too (the longest part of the
    span that the body names: "Biden" of "Biden Gives Update On"), or that are known."""
    title = next((s for s in article.sections if s.kind == "title"), None)
    if title is None or not title_cased(article.text[title.start:title.end]):
        return found
    body = {names.strip_name(m.span(doc).text).lower(): m.label for m in found
            if not title.start <= m.span(doc).start_char < title.end}
    # words the body writes in lower case are common words there ("SUMMIT", "summit")
    common = {t.lower_ for t in doc if t.is_lower and t.idx >= title.end}
    kept = []
    for m in found:
        if not title.start <= m.span(doc).start_char < title.end:
            kept.append(m)
            continue
        part = _known_part(doc, m, body)
        if part is m and all(t.lower_ in common for t in m.span(doc)):
            continue
        if part is not None:
            kept.extend(mentions_.trim(doc, [part]))
    return kept


def _known_part(doc: Doc, m: Mention, body: dict[str, str]) -> Mention | None:
    for length in range(m.end - m.start, 0, -1):
        for start in range(m.start, m.end - length + 1):
            text = names.strip_name(doc[start:start + length].text)
            if text.lower() in body:
                return Mention(start, start + length, body[text.lower()], "headline")
            if length == m.end - m.start and (names.is_place(text) or names.is_known_org(text)
                                               or names.demonym_code(text)):
                return m
    return None
