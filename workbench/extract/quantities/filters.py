"""When a number is not a quantity: dates, years, clock times, names, codes, ages, pronouns.

Each test looks at the tokens around a number found in one sentence (sentence-local indexes);
the quantity extractor drops the number when any says so.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Protocol

from spacy.tokens import Span, Token

from workbench import lexicon
from workbench.extract.quantities import change, units
from workbench.extract.quantities.units import HYPHENS
from workbench.lexicon import dates

if TYPE_CHECKING:
    from workbench.extract.quantities.numbers import Reading

NAME_LABELS = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT"})
CODE_SEPARATORS = frozenset({"-", ".", "/", "(", ")"})
YEAR = re.compile(r"^\d{4}$")
YEARS = (1900, 2099)  # four digits without a comma in this span are years
OLD_YEARS = 1000  # below YEARS, a year unless it counts a plural noun
AGE_LIMIT = 120
ESTIMATE_REACH = 4
COORDINATORS = frozenset({"and", "or", ",", "to", "through", "-", "–"})
QUANTIFIER_DEPS = frozenset({"advmod", "quantmod", "amod", "nummod", "npadvmod", "cc"})


class Located(Protocol):
    """A number found in a sentence: its reading, and its first and past-last tokens."""

    @property
    def reading(self) -> Reading: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def clock(self) -> bool: ...


@cache
def _data() -> dict:
    return lexicon.load("numbers")


def _words(key: str) -> frozenset[str]:
    return lexicon.words("numbers", key, lower=False)


@cache
def _months() -> frozenset[str]:
    return frozenset(lexicon.load("calendar")["months"])


def clock_suffixes() -> frozenset[str]:
    return _words("clock_suffixes")


def range_words() -> frozenset[str]:
    return _words("range_words")


def respective(sent: Span) -> bool:
    """The sentence pairs its numbers with things one by one (``respectively``)."""
    return any(t.lower_ in _words("respective_words") for t in sent)


SIGNS = ("+", "-", "−")


def not_a_quantity(sent: Span, first: Located, last: Located, *, has_unit: bool,
                   in_title: bool = False) -> bool:
    """True when the number from ``first`` to ``last`` is a date, time, name, code or pronoun."""
    a, b = first.reading.start, last.reading.end
    prior = _coordinated_with(sent, first.start) if _day_like(first.reading) else None
    if prior is not None and (_date(sent, prior, prior + 1)
                              or _identifier(sent, prior, entity=False)):
        return True  # February 26 and 28; Nord Stream 1 and 2
    return (
        first.clock
        or last.clock
        or _clock(sent, last.end)
        or _date(sent, first.start, last.end)
        or (not has_unit and _year(sent, first) and not _measured(sent, last.end))
        or _identifier(sent, first.start, entity=not (in_title or has_unit or first.reading.scaled))
        or (not in_title and _title_case_word(sent, first.reading))
        or _code(sent, a, b)
        or _pronoun_one(sent, first.reading)
        or _fraction(sent, last.end)
        or _form_code(sent, last.end)
        or _zero_name(sent, first.start, last.end)
        or (not has_unit and _address(sent, first.start, last.end))
    )


ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")
STREET_REACH = 4


def _address(sent: Span, start: int, end: int) -> bool:
    """A street number: ``12 W 54th St``, ``7 Oak Tree Road``, ``31 Ave Montaigne``
    (``numbers.json`` 'street_words'); "20 Wall Street banks" still counts banks."""
    if end - start != 1 or not sent[start].text.isdigit():
        return False
    streets = _words("street_words")
    for k in range(end, min(len(sent), end + STREET_REACH)):
        token = sent[k]
        nxt = sent[k + 1] if k + 1 < len(sent) else None
        if token.text in streets and k == end:
            return nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper()
        if token.text in streets:
            return nxt is None or (nxt.pos_ != "NOUN" and nxt.tag_ not in ("NNS", "VBZ"))
        if not (token.text[:1].isupper() or ORDINAL.match(token.text)):
            return False
    return False


def _zero_name(sent: Span, start: int, end: int) -> bool:
    """"zero-tolerance policies", "the zero Covid shutdowns": a policy or a target named with
    the word zero (hyphenated onto a word, or before a capitalised name), not a count of none."""
    if end - start != 1 or sent[start].lower_ != "zero" or end >= len(sent):
        return False
    after = sent[end]
    if after.text in HYPHENS and not sent[start].whitespace_ and end + 1 < len(sent):
        return sent[end + 1].is_alpha
    return after.text[:1].isupper() and after.pos_ in ("PROPN", "NOUN", "ADJ") \
        and after.ent_type_ not in ("NORP", "GPE")  # not "zero Russian casualties"


def _day_like(reading: Reading) -> bool:
    """A whole number without a scale, as a day or a model number is written."""
    return not reading.scaled and reading.value == reading.value.to_integral_value()


def modifies(sent: Span, at: int, number: int) -> bool:
    """Whether a one-word qualifier that is also a preposition (about, over) bounds the number."""
    word = sent[at]
    if word.lower_ not in _words("ambiguous_prepositions"):
        return True
    if word.dep_ in QUANTIFIER_DEPS:
        return True
    return word.head.i == sent[number].i or word.head.head.i == sent[number].i


def age_end(sent: Span, end: int, unit_end: int) -> int | None:
    """``40-year-old``, ``40 years old``: the number is an age; where its words end."""
    if sent[end:unit_end].text.lower().lstrip("-– ") not in ("year", "years"):
        return None
    rest = [t.lower_ for t in sent[unit_end : unit_end + 2]]
    if rest[:1] in (["old"], ["-old"], ["-olds"], ["olds"]):
        return unit_end + 1
    if rest in (["-", "old"], ["-", "olds"]):
        return unit_end + 2
    return None


def _coordinated_with(sent: Span, start: int) -> int | None:
    """The number this one is coordinated with (``26 and 28``, ``1, 2``), if any."""
    if start >= 2 and sent[start - 1].lower_ in COORDINATORS and sent[start - 2].like_num:
        return start - 2
    return None


def _month(token: Token) -> bool:
    """A month's name; in lower case ("december 31") only a full name that is no other word."""
    name = token.lower_.rstrip(".")
    if token.text[:1].isupper():
        return name in _months()
    return name in dates.full_month_names() - dates.lowercase_words()


def _clock(sent: Span, end: int) -> bool:
    return end < len(sent) and sent[end].lower_ in _words("time_markers")


def dated(sent: Span, start: int, end: int) -> bool:
    """The number is a day of a month: ``March 20``, ``20 March``."""
    return _date(sent, start, end)


def _date(sent: Span, start: int, end: int) -> bool:
    """A day of a month (``Feb. 12``, ``17 April``, ``October 3-5``, ``12th of May``)."""
    if start > 0 and _month(sent[start - 1]):
        return True
    if end < len(sent) and _month(sent[end]):
        return True
    return end + 1 < len(sent) and sent[end].lower_ == "of" and _month(sent[end + 1])


def _measured(sent: Span, end: int) -> bool:
    """A unit of measure or a percent follows: ``the 2000 hp mark``, ``1800 - 2200
    calories``, never a year."""
    measured = units.measure_at(sent, end)
    if measured is not None:
        return measured[0] not in units.time_units() and sent[end].lower_ != "pounds"
    unit = units.unit_after(sent, end, scaled=False, money=None)
    return unit is not None and unit.kind == "percent"


def _year(sent: Span, first: Located) -> bool:
    """A four-digit year (``in 2011``, ``the 2008 crisis``, ``1812``; but ``1500 troops`` and,
    below 1900, the amount of a change: ``will go up by 1500``)."""
    reading = first.reading
    text = sent[reading.start].text
    if reading.end - reading.start != 1 or not YEAR.match(text):
        return False
    if YEARS[0] <= reading.value <= YEARS[1]:
        return True
    if not OLD_YEARS <= reading.value < YEARS[0]:
        return False
    nxt = sent[reading.end] if reading.end < len(sent) else None
    if nxt is not None and nxt.tag_ in ("NNS", "NNPS"):
        return False
    moved = change.of(sent, reading.start, reading.end)
    return moved is None or moved.direction is None or moved.kind != "by"  # "up by 1500"


def _identifier(sent: Span, start: int, *, entity: bool) -> bool:
    """A number naming a thing: ``Article 5``, ``Nord Stream 2``, ``#1``, ``Rossiya-1``.

    With ``entity``, a number inside a name the tagger found (``Nord Stream 2``) is one too;
    headlines and money are spared that test, as title case and amounts confuse the tagger.
    """
    if start == 0 or sent[start].text[:1] in SIGNS:
        return False  # "Nikkei -0.8%": a number written with its sign is a value
    prev = sent[start - 1]
    if prev.text == "#" or prev.lower_ in _words("identifier_lowercase_words"):
        return True
    if any(c.isupper() for c in prev.text) and prev.lower_ in _words("identifier_words"):
        return True  # "Article 5", "iPhone 15"
    if prev.text in HYPHENS and start >= 2 and prev.whitespace_ == "":
        name = sent[start - 2]
        if name.whitespace_ == "" and name.text[:1].isupper() \
                and any(c.isalpha() for c in name.text):
            return True
    token = sent[start]
    return (entity and token.ent_iob_ == "I" and token.ent_type_ in NAME_LABELS
            and prev.is_alpha and prev.text[:1].isupper() and prev.ent_type_ == token.ent_type_)


def _title_case_word(sent: Span, reading: Reading) -> bool:
    """A number word capitalised inside a name: ``The Five``, ``the Big Three``."""
    token = sent[reading.start]
    if not reading.in_words or not token.is_title or reading.start == 0:
        return False
    prev = sent[reading.start - 1]
    return prev.is_title and not prev.is_punct


def named(sent: Span, start: int) -> bool:
    """A number right after a capitalised name that counts nothing: ``Studio Nova 101``."""
    if start < 2:
        return False
    prev, before = sent[start - 1], sent[start - 2]
    return prev.pos_ == "PROPN" and prev.text[:1].isupper() and not before.is_punct \
        and not before.is_sent_start


def _code(sent: Span, a: int, b: int) -> bool:
    """Phone numbers and codes: three or more digit groups in a row, or a leading ``+``."""
    if a > 0 and sent[a - 1].text.startswith("+") and sent[a - 1].text[1:].isdigit():
        return True
    groups = sum(1 for t in sent[a:b] if t.text.isdigit())
    k = a - 1
    while k >= 0 and (sent[k].text.isdigit() or sent[k].text in CODE_SEPARATORS):
        groups += sent[k].text.isdigit()
        k -= 1
    k = b
    while k < len(sent) and (sent[k].text.isdigit() or sent[k].text in CODE_SEPARATORS):
        groups += sent[k].text.isdigit()
        k += 1
    return groups >= 3


def is_age(sent: Span, start: int, end: int, reading: Reading) -> bool:
    """``aged 40``, ``the age of 60``; ``Olena Marchuk, 68,``, ``Rueke (39)``, ``Ortiz, now
    52,``: set off after a name."""
    ages = _words("age_words")
    if start > 0 and sent[start - 1].lower_ in ages:
        return True
    if start > 1 and sent[start - 1].lower_ == "of" and sent[start - 2].lower_ in ages:
        return True
    if start > 2 and sent[start - 1].lower_ in _words("age_leads"):
        start -= 1  # "now 74", "then 19"
    if _stated_age(sent, end, reading):
        return True
    if start < 2 or sent[start - 1].text not in (",", "(") or reading.value > AGE_LIMIT:
        return False
    name = sent[start - 2]
    closed = end >= len(sent) or sent[end].is_punct
    return closed and (name.ent_type_ == "PERSON" or name.pos_ == "PROPN")


def _stated_age(sent: Span, end: int, reading: Reading) -> bool:
    """A bare number a person is or turns (``Ana, who was 12,``, ``he will be 38 by
    then``, ``she turned 60 last week``), or set right after a person's name before the verb
    (``astronaut Jo Park 44 has spent``): an age. A noun after it makes it a count."""
    if reading.end - reading.start != 1 or reading.in_words or not 1 < reading.value <= AGE_LIMIT \
            or reading.value != reading.value.to_integral_value():
        return False
    nxt = sent[end] if end < len(sent) else None
    if nxt is not None and not (nxt.is_punct and nxt.text not in HYPHENS) \
            and nxt.lower_ not in _words("age_followers") and nxt.pos_ not in ("AUX", "VERB"):
        return False
    token = sent[reading.start]
    head = token.head
    if token.dep_ in ("attr", "acomp", "dobj", "oprd") and head.i < token.i \
            and head.lemma_.lower() in _words("age_verbs") and nxt is not None \
            and nxt.pos_ not in ("AUX", "VERB"):
        return any(c.dep_ == "nsubj" and (c.lower_ in _words("age_subjects")
                                          or c.ent_type_ == "PERSON") for c in head.children)
    prev = sent[reading.start - 1] if reading.start > 0 else None
    return prev is not None and prev.ent_type_ == "PERSON" and token.ent_type_ != "PERSON" \
        and prev.whitespace_ != "" and nxt is not None and nxt.pos_ in ("AUX", "VERB")


def _pronoun_one(sent: Span, reading: Reading) -> bool:
    """``one of the``, ``no one``, ``one another``, ``one day``: ``one`` that does not count."""
    if reading.end - reading.start != 1 or sent[reading.start].lower_ != "one":
        return False
    table = _data()["one_not_count"]
    prev = sent[reading.start - 1].lower_ if reading.start > 0 else ""
    nxt = sent[reading.end].lower_ if reading.end < len(sent) else ""
    if prev in table["generic_openers"] and reading.end < len(sent) \
            and sent[reading.end].tag_ in ("VBZ", "MD"):
        return True  # "once one pulls the pieces apart": anyone, not a count
    return prev in table["before"] or nxt in table["after"]


def _form_code(sent: Span, end: int) -> bool:
    """A number hyphenated onto capitals is a form or a code: ``Form 8-K``, ``10-Q``."""
    if end + 1 >= len(sent) or sent[end].text not in HYPHENS or sent[end - 1].whitespace_:
        return False
    code = sent[end + 1].text
    return code.isupper() and len(code) <= 3 and sent[end].whitespace_ == ""


def score_end(sent: Span, end: int, value: Decimal) -> int | None:
    """Where a score or a vote tally ends (``won 3-1``, ``93-24``): a hyphenated pair whose second
    number is not larger, so not a range."""
    if end + 1 >= len(sent) or sent[end].text not in HYPHENS or sent[end - 1].whitespace_ \
            or sent[end].whitespace_:
        return None
    second = sent[end + 1].text
    if second.isdigit() and value == value.to_integral_value() and int(second) <= value:
        return end + 2
    return None


SCORE_REACH = 4  # tokens between a result word and its score ("beat Tottenham 2-1")
MAX_SCORE = 1000  # a "1990-91" season or "2021-22" is no score


def game_result(sent: Span, start: int, end: int, value: Decimal) -> bool:
    """A score or vote tally (from ``start`` to ``end``) that a result word governs or stands
    just before ("won 3-1", "beat the Spurs 133-126", "a 2-0 win", "the 227-198 vote"): its two
    numbers are two counts, not a range. A third hyphenated number makes a formation or a code
    ("4-3-3")."""
    if value >= MAX_SCORE or (
            end + 1 < len(sent) and sent[end].text in HYPHENS and sent[end + 1].like_num):
        return False
    words = _words("result_words")
    near = [t for t in sent[max(0, start - SCORE_REACH) : min(len(sent), end + 2)]
            if not t.like_num]
    return any(t.lemma_.lower() in words or t.lower_ in words for t in near) or \
        sent[start].head.lemma_.lower() in words


def estimated_head(sent: Span, start: int) -> bool:
    """``an estimated death toll of 3,200``: the estimate is the noun's, not the
    number's, but it leaves the number approximate all the same."""
    if start < 2 or sent[start - 1].lower_ != "of":
        return False
    for token in reversed(sent[max(0, start - 1 - ESTIMATE_REACH) : start - 1]):
        if token.lower_ in _words("estimate_words"):
            return True
        if token.pos_ not in ("ADJ", "NOUN", "DET", "PROPN"):
            return False
    return False


def opens_frame(sent: Span, start: int) -> bool:
    """``Of 140 drones launched, ...``, ``..., of the 58 people hospitalized``: a set whose
    members later bare numbers count."""
    k = start - 1
    while k >= 0 and sent[k].lower_ in ("the", "these", "those", "all"):
        k -= 1
    if k < 0 or sent[k].lower_ != "of":
        return False
    return k == 0 or sent[k - 1].is_punct or sent[k - 1].lower_ in ("that", "and", "but")


def lone_one(sent: Span, reading: Reading) -> bool:
    """``one`` counting nothing and not a subject: ``warnings about one``, ``if there was one``.

    A subject still counts ("one crashed", "One was wounded").
    """
    token = sent[reading.start]
    return reading.end - reading.start == 1 and token.lower_ == "one" \
        and token.dep_ not in ("nsubj", "nsubjpass")


def particle_of_change(sent: Span, at: int) -> bool:
    """``up`` of "edged up to 3.9%", "moved up to fifth": a verb's particle, not "up to"."""
    word = sent[at]
    return word.lower_ == "up" and at > 0 and word.head.i == sent[at - 1].i \
        and sent[at - 1].lemma_.lower() in _words("particle_change_verbs")


def unnamed_source(sent: Span, reading: Reading) -> bool:
    """``one dealer said``, ``according to one analyst``: ``one`` naming a source, not a count."""
    token = sent[reading.start]
    if reading.end - reading.start != 1 or token.lower_ != "one" or token.dep_ != "nummod":
        return False
    noun = token.head
    if noun.i <= token.i or noun.tag_ != "NN":
        return False
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return noun.head.lemma_.lower() in _words("source_verbs")
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according"


def _fraction(sent: Span, end: int) -> bool:
    """``two-thirds``, ``three quarters``: a proportion, not a count."""
    if end < len(sent) and sent[end].lower_ in _words("fraction_words"):
        return True
    return (end + 1 < len(sent) and sent[end].text in HYPHENS
            and sent[end + 1].lower_ in _words("fraction_words"))
