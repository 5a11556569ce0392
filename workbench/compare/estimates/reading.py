"""What one number counts and what happened to it, read from its sentence through the concept
lexicon (:mod:`~workbench.compare.estimates.concepts`).

The counted noun is the number's own, else one after the words that describe it ("29
destroyed and damaged aircraft"), a tally's before it ("tanks — 300"), a toll's ("the toll
rose to 300", "Russian deaths could be between 5,000 and 6,000"), or that of the number the
sentence restates ("498 deaths ... it may be as high as 9,861"). The event is that of its
clause (:mod:`~workbench.compare.estimates.clauses`); a count that is part of another
("including two helicopters"), an item of a list, or one going on from the sentence before
("In addition, 143 helicopters, ...") takes the event stated before it. The reading also says
when a count is not one of its own kind: a combined category ("tanks and armoured vehicles",
"soldiers on both sides"), a part ("nine of them"), a count that could happen ("could flee").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.compare.estimates import clauses, concepts, money, uncounted
from workbench.compare.estimates.clauses import Hit
from workbench.compare.estimates.concepts import Noun, noun_of
from workbench.compare.phrases import Token, phrase_at, phrase_ending, tokens
from workbench.lexicon import names, singular
from workbench.model import Quantity

TALLY_MARKS = frozenset({"—", "–", ":", "-"})
# words after "of" that make what follows a part of a whole, not the counted noun itself
_DETERMINERS = frozenset({"the", "these", "those", "them", "its", "their", "our", "his", "her",
                          "whom", "which", "this", "that", "a", "an"})
NESTED_REACH = 8  # words after a number read for "of them" and an event of the part's own
DESTINATION_WORDS = 12  # words after a part that may say the country it went to
NOUN_GAP = 5  # words that may describe a noun between it and its number
TOLL_NOUN_WORDS = 3  # words before a toll's noun that may name what it counts
HYPOTHETICAL_WINDOW = 6
PARTICIPLE_REACH = 20  # more words searched for the mood of a participle clause's count


@dataclass(frozen=True, slots=True)
class Reading:
    """What one number counts, read from its sentence."""

    noun: Noun | None  # None when the number has no counted noun of its own
    event: str | None  # event family of the number's clause
    event_words: str | None  # as written: "died"
    tally: bool = False  # the noun stands before the number in a list ("tanks — 300")
    toll: bool = False  # a toll or figure with no noun ("the toll rose to 300")
    part: bool = False  # a part of a count stated before ("nine of them")
    hypothetical: bool = False  # could, would or will happen ("could flee")
    combined: bool = False  # counts its kind with another ("tanks and armoured vehicles")
    noun_span: tuple[int, int] | None = None  # a toll's noun when it names what is counted

    @property
    def family(self) -> str | None:
        if self.noun is not None and self.noun.family is not None:
            return self.noun.family
        if self.noun is None and self.event is not None:
            counts = concepts.data()["events"][self.event].get("counts")
            return str(counts) if counts else None
        return None


@dataclass(frozen=True, slots=True)
class _Toll:
    noun: Noun | None
    chain: int  # index in the words before the number where the toll's link words start
    span: tuple[int, int] | None = None  # offsets of the words naming what it counts
    restated: bool = False  # "it may be as high as 9,861": the number before, restated


def read(text: str, quantity: Quantity, sentence: tuple[int, int], *,
         previous: Quantity | None = None,
         before: tuple[int, int] | None = None) -> Reading:
    """The counted noun and the event of a number (``previous``: the last number before it
    in its sentence with a noun; ``before``: the sentence before)."""
    written = quantity.object or quantity.unit
    noun = noun_of(written) if written else None
    if noun is not None and written and written.lower() in concepts.data()["noun_modifiers"]:
        noun = None  # "12 enemy aircraft": the noun comes after the word taken for it
    noun = _modified(text, quantity, noun)
    own = _event_for_noun(written, noun)
    if own is not None:
        noun = None  # "564 people killed and 982 hurt": "hurt" is no noun but its event
    if noun is not None and _inherited(quantity):
        noun = _aside_head(text, quantity) or noun  # "198 people, including three
        # children, were killed and 1,000 others hurt": the others are people
    if noun is None or _inherited(quantity):
        noun = _restated_by_dash(text, quantity, previous) or noun
    left = tokens(text, sentence[0], quantity.start)
    noun_end = max(quantity.end, quantity.object_end or quantity.end)
    right = tokens(text, noun_end, sentence[1])
    right = right[_grouped(noun, right):]
    noun = _predicated(noun, right) or noun
    if money.is_money(quantity.unit):
        purpose = money.purpose_near(left, right)
        return Reading(Noun(*purpose) if purpose else noun, None, None)
    described: Hit | None = None
    tally = False
    toll: _Toll | None = None
    if ((noun is None and uncounted.population(left)) or uncounted.residents(left, noun)
            or uncounted.population_after(right)):
        return Reading(None, None, None)
    if noun is None:
        after = _noun_after(right)
        if after is not None:
            noun, skip, described = after
            right = right[skip:]
    if noun is None:
        noun = _tally_noun(left, text, quantity.start)
        tally = noun is not None
    if noun is None:
        toll = _toll(left)
        noun = toll.noun if toll is not None else None
    if toll is not None and toll.restated and previous is not None:
        restated = read(text, previous, sentence)
        return Reading(restated.noun, restated.event, restated.event_words, toll=True,
                       noun_span=(previous.start, previous.object_end or previous.end))
    joined = clauses.joined(right)
    combined = _combined(noun, joined, right)
    hit = own or clauses.event_near(left, right[joined.end:] if joined else right) or described
    if noun is None and toll is None and previous is not None and hit is not None:
        earlier = noun_of(previous.object or previous.unit or "")
        if (earlier.family is not None or earlier.implied_event is not None) and (
                earlier.implied_event is None
                or hit.event in concepts.compatible(earlier.implied_event)):
            noun = earlier  # "... and another six (bodies)", not "..., while 6.5 million
            # are internally displaced" after refugees
    if _inherited(quantity) and noun is not None and hit is not None and not (
            noun.implied_event is None or hit.event in concepts.compatible(noun.implied_event)):
        noun = None  # "4 million refugees fled, while 6.5 million are internally displaced"
    hit = _implied(noun, hit)
    if hit is None and (tally or toll is not None or _in_list(left) or _subset(left)):
        opened = _before_opener(left)
        hit = clauses.event_before(left) if opened is None else clauses.last_event(opened)
    if hit is None:
        dash = _restating_dash(text, sentence[0], quantity.start)
        if dash is not None:  # "mobilized 78 battalions -- probably about 75,000 troops"
            hit = clauses.last_event(tokens(text, sentence[0], dash))
    if hit is None and before is not None and _goes_on(text, sentence):
        hit = clauses.event_before(tokens(text, *before))
    if hit is not None and _unless_after(hit, left, right):
        hit = _instead(hit, noun)
    if hit is not None and uncounted.agent(hit, right):
        hit = None  # "two soldiers murdered her husband": they did it
    if hit is None:
        hit = _placed(text, noun, right)
    family = noun.family if noun is not None else None
    event = concepts.as_event(family, hit.event) if hit else None
    chain = toll.chain if toll is not None else len(left)
    return Reading(noun, event, hit.words if hit else None, tally, toll is not None,
                   ((_nested(right) and not _own_event(right))
                    or _restricted(left, noun, previous) or _ratio(right))
                   and not _destination(text, noun_end, sentence[1]),
                   _hypothetical(left[:chain], right, hit.event if hit else None), combined,
                   toll.span if toll is not None else None)


def _event_for_noun(written: str | None, noun: Noun | None) -> Hit | None:
    """The event a number's only word names when that word is no counted noun ("982 hurt",
    "12 missing" taken for a noun): the number's own event."""
    if noun is None or noun.family is not None or noun.implied_event is not None or not written:
        return None
    word = written.lower()
    event = concepts.event_forms().get((word,))
    return Hit(event, word) if event is not None else None


def _modified(text: str, quantity: Quantity, noun: Noun | None) -> Noun | None:
    """A counted noun whose words between the number and it say what happened to it ("80
    dead children", "nine of their captured conscripts", "500 wounded soldiers"): the noun
    implies that event, as "refugees" implies fleeing."""
    if noun is None or noun.family is None or noun.implied_event is not None:
        return noun
    if quantity.object_end is None or quantity.object_end <= quantity.end:
        return noun
    modifiers = concepts.modifier_events()
    for token in tokens(text, quantity.end, quantity.object_end):
        event = modifiers.get(token.word)
        if event is not None:
            return Noun(noun.family, noun.words, event, noun.sub_kind)
    return noun


def _restated_by_dash(text: str, quantity: Quantity, previous: Quantity | None) -> Noun | None:
    """The noun of the count a dash restates ("hundreds of men, women and children -- up to
    1,000 according to officials --"): the count before the dash, not a tally of its last
    noun ("children -- 1,000"); None when the number restates nothing."""
    if previous is None or not (previous.object or previous.unit):
        return None
    start = previous.object_end or previous.end
    dash = _restating_dash(text, start, quantity.start)
    if dash is None:
        return None
    noun = noun_of(previous.object or previous.unit or "")
    between = tokens(text, start, dash)
    return noun if noun.family is not None and _grouped(noun, between) == len(between) else None


def _grouped(noun: Noun | None, right: list[Token]) -> int:
    """The words right after a number's noun that go on naming the same group, the other
    kinds of its family after commas and a last "and" ("hundreds of men, women and
    children"): one count of the whole family, its event read past them; 0 when none."""
    if noun is None or noun.family is None:
        return 0
    words = [t.word for t in right]
    kinds = set(concepts.data()["sub_kinds"].get(noun.family, []))
    i = 0
    while i + 1 < len(words) and words[i] == ",":
        found = concepts.form_at(words, i + 1)
        if found is None or found[0] != noun.family:
            return 0
        i += 1 + found[1]
    if i == 0 or i + 1 >= len(words) or words[i] != "and":
        return 0
    found = concepts.form_at(words, i + 1)
    if found is not None and found[0] == noun.family:
        return i + 1 + found[1]
    last = singular(words[i + 1]) if words[i + 1][0].isalpha() else ""
    return i + 2 if words[i + 1] in kinds or last in kinds else 0


def _inherited(quantity: Quantity) -> bool:
    """The number's noun is written before it, for an earlier number ("4 million refugees
    ..., while 6.5 million")."""
    return quantity.object_start is not None and quantity.object_start < quantity.start


ASIDE_WINDOW = 3  # words before an inherited noun that may open the aside it is counted in


def _aside_head(text: str, quantity: Quantity) -> Noun | None:
    """The noun a number takes from before it is the noun of an aside's count ("including
    three children"): a later number counts the noun the aside is part of, written right
    before the aside's opener ("198 people, including three children, ... 1,000 others")."""
    if quantity.object_start is None:
        return None
    line_start = text.rfind("\n", 0, quantity.object_start) + 1
    before = tokens(text, line_start, quantity.object_start)
    words = [t.word for t in before]
    openers = concepts.phrases_of("subset_openers")
    for i in range(max(0, len(words) - ASIDE_WINDOW - 1), len(words)):
        if phrase_at(words, i, openers):
            head = [t.word for t in before[:i] if not t.is_break][-ASIDE_WINDOW:]
            for size in range(len(head), 0, -1):
                noun = noun_of(" ".join(head[-size:]))
                if noun.family is not None:
                    return noun
            return None
    return None


PREDICATE_WINDOW = 2  # words of a noun predicated of a count ("are children")


def _predicated(noun: Noun | None, right: list[Token]) -> Noun | None:
    """A count said to be of a narrower kind by a copula right after it ("roughly 500,000
    refugees are children", "1,200 of the dead were civilians"): that kind, keeping the event
    the first noun implies; the clause must end with it ("are expected", "were heroes of the
    war" say no kind)."""
    if noun is None or not right or right[0].word not in concepts.data()["copulas"]:
        return None
    rest = right[1:1 + PREDICATE_WINDOW + 1]
    for size in range(PREDICATE_WINDOW, 0, -1):
        words = [t.word for t in rest[:size]]
        if len(words) < size or any(t.is_break for t in rest[:size]):
            continue
        ends = len(rest) == size or rest[size].is_break
        found = noun_of(" ".join(words))
        if ends and found.family is not None and found.family != noun.family:
            return Noun(found.family, found.words, noun.implied_event)
    return None


def _implied(noun: Noun | None, hit: Hit | None) -> Hit | None:
    """A noun implying its event ("refugees", "deaths") keeps it against an event word of
    another kind in its clause, unless that word says where they are ("sheltering"; not for
    the displaced, who are displaced wherever they shelter) or undoes it ("refugees who
    returned")."""
    if noun is None or noun.implied_event is None:
        return hit
    kept = concepts.data()["events"][noun.implied_event].get("kept_under_presence", False)
    if hit is not None and ((clauses.presence(hit.event) and not kept)
                            or clauses.overrides(hit.event)
                            or hit.event in concepts.compatible(noun.implied_event)):
        return hit
    return Hit(noun.implied_event, noun.words)


def _combined(noun: Noun | None, joined: clauses.Joined | None, right: list[Token]) -> bool:
    """Counts of two kinds at once: a noun of another family joined without a count of its
    own ("hundreds of tanks and armoured vehicles"), or both sides' ("soldiers on both
    sides")."""
    words = [t.word for t in right][:HYPOTHETICAL_WINDOW]
    cues = concepts.phrases_of("combined_cues")
    if any(phrase_at(words, i, cues) for i in range(len(words))):
        return True
    if joined is None or joined.counted or noun is None:
        return False
    return None not in (noun.family, joined.family) and noun.family != joined.family


def _noun_after(right: list[Token]) -> tuple[Noun, int, Hit | None] | None:
    """A counted noun after words describing it ("29 destroyed and damaged aircraft", "12
    downed Russian helicopters"): event words, joined by "and" or "or", and demonyms; or
    right after "of" with no determiner ('"dozens" of aircraft', not "300 of the soldiers", a
    part). Returns the noun, the index of the word after it, and the first event word."""
    words = [t.word for t in right]
    forms = concepts.event_forms()
    described: Hit | None = None
    i = 1 if words[:1] == ["of"] and len(words) > 1 and words[1] not in _DETERMINERS else 0
    while i < min(len(words), NOUN_GAP):
        found = concepts.form_at(words, i)
        if found is not None:
            size = found[1]
            return noun_of(" ".join(words[i:i + size])), i + size, described
        n = phrase_at(words, i, forms)
        if n:
            described = described or Hit(forms[tuple(words[i:i + n])], " ".join(words[i:i + n]))
            i += n
        elif _describing(words, i, described is not None):
            i += 1
        else:
            return None
    return None


def _describing(words: list[str], i: int, after_event: bool) -> bool:
    """A word that may stand between describing event words and their noun: "and" or "or"
    joining two event words ("destroyed and damaged"), a demonym ("downed Russian")."""
    if words[i] in ("and", "or"):
        return after_event and phrase_at(words, i + 1, concepts.event_forms()) > 0
    return (names.demonym_code(words[i]) is not None
            or words[i] in concepts.data()["noun_modifiers"])


def _tally_noun(left: list[Token], text: str, number: int) -> Noun | None:
    """"tanks — 300", "tanks: 300", "personnel - about 15,000": the counted noun of a tally
    stands before its mark and number (a hedge may stand between)."""
    hedges = set(concepts.data()["tally_hedges"])
    end = len(left)
    while end > 0 and left[end - 1].word in hedges:
        end -= 1
    if end >= 2 and left[end - 1].word in TALLY_MARKS:
        words = [t.word for t in left[:end - 1]]
    elif end >= 1 and _spaced_hyphen(text[left[end - 1].end:(
            left[end].start if end < len(left) else number)]):
        words = [t.word for t in left[:end]]
    else:
        return None
    for size in range(min(4, len(words)), 0, -1):
        found = concepts.form_at(words, len(words) - size)
        if found is not None and found[1] == size:
            return Noun(found[0], " ".join([*words[-size:-1], singular(words[-1])]))
    return None


def _spaced_hyphen(gap: str) -> bool:
    """A hyphen set off by a space, which no token stands for ("tanks - 509")."""
    return gap.strip() == "-" and gap != "-"


def _toll(left: list[Token]) -> _Toll | None:
    """"the toll rose to 300", "put Russian tank losses at 561", "Russian deaths could be
    between 5,000 and 6,000": a toll noun, or a counted noun, then only link words; the
    counted noun before a toll noun, if the lexicon knows it. "it may be as high as 9,861"
    restates the number before."""
    links = set(concepts.data()["toll_links"])
    words = [t.word for t in left]
    i = len(words) - 1
    while i >= 0:
        if words[i] in links or (words[i] == "," and words[i + 1:i + 2] == ["which"]):
            i -= 1  # "Russian deaths, which may be anywhere from 3,000"
        elif i >= 1 and words[i][0].isdigit() and words[i - 1] == "from" and (
                words[i + 1:i + 2] == ["to"]):
            i -= 2  # "troop levels had risen from 60,000 to 100,000": the level reached
        elif i >= 1 and words[i - 1] in concepts.data()["placing_prepositions"] and (
                names.is_place(words[i]) or names.group_of(words[i]) is not None):
            i -= 2  # "troop levels in Poland rose to 10,000": where, not what is counted
        else:
            break
    if 0 <= i < len(words) - 1:  # "the number of troops killed is around 3,000"
        n = phrase_ending(words, i, concepts.event_forms())
        if n and i - n >= 0 and noun_of(words[i - n]).family is not None:
            i -= n
    if i < 0:
        return None
    n = phrase_ending(words, i, concepts.phrases_of("tolls"))
    if n:
        start = i + 1 - n
        for size in range(min(TOLL_NOUN_WORDS, start), 0, -1):
            found = noun_of(" ".join(words[start - size:start]))
            if found.family is not None:
                return _Toll(found, i + 1, (left[start - size].start, left[i].end))
        return _named_before(left, start) or _Toll(None, i + 1)
    if i == len(words) - 1:
        return None
    if words[i] in concepts.data()["restating_words"] and set(words[i + 1:]) & set(
            concepts.data()["copulas"]):
        return _Toll(None, i + 1, restated=True)
    for size in range(min(TOLL_NOUN_WORDS, i + 1), 0, -1):
        found = noun_of(" ".join(words[i + 1 - size:i + 1]))
        if (found.family or found.implied_event) and not (
                i - size >= 0 and words[i - size][0].isdigit()):
            return _Toll(found, i + 1, (left[i + 1 - size].start, left[i].end))
    return None


def _named_before(left: list[Token], start: int) -> _Toll | None:
    """A toll whose counted noun its sentence named before it, after another toll noun and
    "of": "Estimates of Russian deaths vary, but even conservative figures are in the low
    thousands"."""
    words = [t.word for t in left]
    tolls = concepts.phrases_of("tolls")
    for k in range(start - 1, 0, -1):
        if words[k] != "of" or not phrase_ending(words, k - 1, tolls):
            continue
        for size in range(min(TOLL_NOUN_WORDS, start - k - 1), 0, -1):
            found = noun_of(" ".join(words[k + 1:k + 1 + size]))
            if found.family or found.implied_event:
                return _Toll(found, start, (left[k + 1].start, left[k + size].end))
    return None


def _unless_after(hit: Hit, left: list[Token], right: list[Token]) -> bool:
    """"fled their homes": words after the event word that make it another event."""
    joined = " " + " ".join(t.word for t in [*left, *right]) + " "
    return any(f" {hit.words} {after} " in joined
               for after in concepts.data()["events"][hit.event].get("unless_after", []))


def _instead(hit: Hit, noun: Noun | None) -> Hit | None:
    """The event a word means when words after it make it another: the event the noun
    implies ("refugees fled their homes" fled), else the word's other event ("people fled
    their homes" were displaced), else none."""
    if noun is not None and noun.implied_event is not None:
        return Hit(noun.implied_event, noun.words)  # refugees who fled their homes
    instead = concepts.data()["events"][hit.event].get("unless_after_is")
    return Hit(str(instead), hit.words) if instead else None


LIST_REACH = 8  # words back to the number of a list's item before this one


def _in_list(left: list[Token]) -> bool:
    """Another number before this one in its sentence (in figures or words: "seven
    generals, 644 tanks"), joined by a comma or "and" after it ("12,000 troops in fighting,
    a staggering 303 tanks")."""
    words = [t.word for t in left][-LIST_REACH:]
    spelled = set(concepts.data()["count_words"]) - set(concepts.data()["list_uncounted"])
    at = [i for i, w in enumerate(words) if w[0].isdigit() or w in spelled]
    return bool(at) and bool({",", "and"} & set(words[at[0] + 1:]))


def _subset(left: list[Token]) -> bool:
    """"(shot down four aircraft) including two helicopters": a part named after a count."""
    words = [t.word for t in left]
    cues = concepts.phrases_of("subset_openers")
    return bool(words) and phrase_ending(words, len(words) - 1, cues) > 0


_DASH = re.compile(r"\s(?:--|—|–)\s")


def _restating_dash(text: str, start: int, number: int) -> int | None:
    """Where a dash opens a restatement of the count before it ("78 battalion tactical
    groups -- probably about 75,000 troops"), only hedges between it and the number: the
    dash's offset, whose clause states the event; None when there is none."""
    dashes = list(_DASH.finditer(text, start, number))
    if not dashes:
        return None
    between = [t.word for t in tokens(text, dashes[-1].end(), number)]
    hedges = set(concepts.data()["restating_hedges"])
    return dashes[-1].start() if all(w in hedges for w in between) else None


def _before_opener(left: list[Token]) -> list[Token] | None:
    """The words before the last "including" (or another subset opener) of a number's
    sentence, None when it has none: "406 civilians have been killed, including 45 women and
    27 children" lists parts of what was killed; the words before the opener are no item of
    that list, and their last event is the parts' event."""
    words = [t.word for t in left]
    cues = concepts.phrases_of("subset_openers")
    for i in range(len(words) - 1, -1, -1):
        n = phrase_ending(words, i, cues)
        if n:
            return left[:i + 1 - n]
    return None


def _goes_on(text: str, sentence: tuple[int, int]) -> bool:
    """"In addition, 143 helicopters, ...": a sentence going on with the one before."""
    words = [t.word for t in tokens(text, sentence[0], min(sentence[1], sentence[0] + 40))]
    return phrase_at(words, 0, concepts.phrases_of("continuation_cues")) > 0


def _nested(right: list[Token]) -> bool:
    """"nine of them", "20 of those": a part of a count stated before."""
    words = [t.word for t in right[:3]]
    return any(tuple(words[:len(c)]) == c for c in concepts.phrases_of("nested_cues"))


def _ratio(right: list[Token]) -> bool:
    """"two tanks for every one lost": a count that is one side of a ratio."""
    words = [t.word for t in right[:3]]
    return phrase_at(words, 0, concepts.phrases_of("ratio_cues")) > 0


def _own_event(right: list[Token]) -> bool:
    """"6.5 million of them displaced within the country", "nine of whom were killed": a part
    with an event word of its own right after "of them" (over auxiliaries, copulas and
    adverbs) counts that event, it is no mere part of the count before."""
    words = [t.word for t in right[:NESTED_REACH]]
    cue = next((c for c in concepts.phrases_of("predicating_nested_cues")
                if tuple(words[:len(c)]) == c), None)
    if cue is None:
        return False
    data = concepts.data()
    skipped = {*data["passive_auxiliaries"], *data["perfect_auxiliaries"], *data["copulas"],
               "now", "still", "already", "reportedly"}
    i = len(cue)
    while i < len(words) and (words[i] in skipped or (words[i].endswith("ly") and phrase_at(
            words, i, concepts.event_forms()) == 0)):
        i += 1
    return phrase_at(words, i, concepts.event_forms()) > 0


def _restricted(left: list[Token], noun: Noun | None, previous: Quantity | None) -> bool:
    """"2 million people have fled, including 100,000 people who are not Ukrainian": a count
    opened by a subset word, of the very noun of the count before it, is a part of that
    count ("four aircraft, including two helicopters" names a kind: a count of its own)."""
    if noun is None or previous is None or not _subset(left):
        return False
    return noun_of(previous.object or previous.unit or "").words == noun.words


def _destination(text: str, start: int, end: int) -> bool:
    """"390,000 of those fleeing have crossed into Moldova": a part by the country it went to
    is a count of arrivals there, not a part of the count before (a 'destination_cues' phrase,
    then a country within a few words)."""
    words = text[start:end].split()[:DESTINATION_WORDS]
    plain = [w.strip(".,;:\"'’”“()").lower() for w in words]
    for cue in concepts.data()["destination_cues"]:
        size = len(cue.split())
        for i in range(len(plain) - size + 1):
            if plain[i:i + size] != cue.split():
                continue
            after = [w.strip(".,;:\"'’”“()") for w in words[i + size:i + size + 3]]
            if any(w[:1].isupper() and names.is_country(w) for w in after):
                return True
    return False


def _placed(text: str, noun: Noun | None, right: list[Token]) -> Hit | None:
    """The event of a count placed right after its noun, by one of the 'placing_prepositions'
    and a place's name or by "there", when its family has one ('placed_as': "the UK had 828
    troops in Estonia" are stationed there); None otherwise."""
    if noun is None or noun.family is None or not right:
        return None
    event = concepts.data()["counted"][noun.family].get("placed_as")
    if not event:
        return None
    if right[0].word == "there":
        return Hit(str(event), "there")
    if right[0].word not in concepts.data()["placing_prepositions"]:
        return None
    for size in (3, 2, 1):
        if len(right) > size:
            name = text[right[1].start:right[size].end]
            if name[:1].isupper() and names.is_place(name):
                return Hit(str(event), f"{right[0].word} {name}")
    return None


def _hypothetical(left: list[Token], right: list[Token], event: str | None = None) -> bool:
    """A count that could, will or would happen ("could flee", "prepared to take", "agreed to
    allow 6,000 people to leave"), not one that did ("may have been killed", "could already
    be dead" did). ``left`` stops before a toll's link words: "the toll could be as high as
    300" is a hedged count."""
    window = HYPOTHETICAL_WINDOW + _participle_clause(left)
    said = [t.word for t in left][-window:]
    forms = concepts.event_forms()
    acted = any(phrase_at(said, i, forms) for i in range(len(said)))  # "has fired 900 ..."
    words = [*said, "|", *_own_clause([t.word for t in _past_aside(right)],
                                      second_predicate=acted)[:HYPOTHETICAL_WINDOW]]
    cues = concepts.phrases_of("hypothetical_cues")
    happened = set(concepts.data()["hypothetical_unless_after"])  # "may have", "could already"
    firm = set(concepts.data()["events"][event].get("firm_cues", [])) if event else set()
    for i in range(len(words)):
        n = phrase_at(words, i, cues)
        if n and not set(words[i + n:i + n + 1]) & happened and (
                " ".join(words[i:i + n]) not in firm):
            return True
    after = [t.word for t in right]
    before = [w for w in words[:words.index("|")] if w not in concepts.data()["tally_hedges"]]
    done = before[-1:] and before[-1] in concepts.data()["done_before_to"]
    if after[:1] == ["to"] and phrase_at(after, 1, concepts.event_forms()) > 0 and not done:
        return True  # "for 400,000 civilians to escape", not "forced 12 million to flee"
    return _purpose(words[:words.index("|")])


def _own_clause(words: list[str], *, second_predicate: bool = False) -> list[str]:
    """The words after a number up to a comma opening the next clause ("153 children died,
    and we will never see them") or, when the number is the object of its clause's event
    (``second_predicate``), up to a second predicate of the clause's subject ("sold 300 homes
    and will build more"): that clause's mood is not the number's."""
    openers = set(concepts.data()["next_clause_openers"])
    predicates = set(concepts.data()["coordinated_predicates"])
    for k in range(len(words) - 1):
        if words[k] == "," and words[k + 1] in openers:
            return words[:k]
        if second_predicate and words[k] in ("and", "but") and words[k + 1] in predicates:
            return words[:k]  # "has fired 1,250 missiles and will likely fire more"
    return words


def _past_aside(right: list[Token]) -> list[Token]:
    """The words after a number less an aside opening them (", including the elderly,"):
    "thousands, including the elderly, unable to leave" are unable to."""
    words = [t.word for t in right]
    if words[:1] != [","] or len(words) < 2 or words[1] not in concepts.data()["aside_openers"]:
        return right
    closing = next((k for k in range(2, len(words)) if words[k] == ","), None)
    return right if closing is None else right[closing + 1:]


def _participle_clause(left: list[Token]) -> int:
    """", displacing up to 5 million": a count in a participle clause takes the mood of the
    clause it hangs on ("could create a crisis, displacing ..."): how many more words before
    it to search for a cue."""
    words = [t.word for t in left if t.word not in concepts.data()["tally_hedges"]]
    if len(words) < 2 or words[-2] != "," or not words[-1].endswith("ing"):
        return 0
    return PARTICIPLE_REACH if phrase_ending(words, len(words) - 1,
                                             concepts.event_forms()) else 0


def _purpose(before: list[str]) -> bool:
    """"sent 90 buses to evacuate about 6,000 people": an infinitive of purpose right before
    the number, not one of a thing done ("managed to evacuate 100,000")."""
    forms = concepts.event_forms()
    n = phrase_ending(before, len(before) - 1, forms) if before else 0
    if not n or len(before) < n + 2 or before[-n - 1] != "to":
        return False
    return before[-n - 2] not in concepts.data()["done_before_to"]


def apposition(text: str, quantity: Quantity) -> bool:
    """A bare number set off by commas right after a name is an age ("Hill, 68, was")."""
    before = text[max(0, quantity.start - 30):quantity.start]
    after = text[quantity.end:quantity.end + 2]
    words = before.rstrip().split()
    return (before.rstrip().endswith(",") and after.startswith(",") and len(words) > 0
            and words[-1].rstrip(",")[:1].isupper())
