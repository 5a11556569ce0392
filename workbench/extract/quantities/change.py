"""Direction and rate: what a number says about a change, and what it is counted per.

A change word before a number makes it a change: by how much ("rose 18 cents", "fell by 2%",
"a rise of 3 points"), the new level ("cut to 5%", "increased slightly to 58,024") or the old
one ("up from 307", "an increase from 12"). A number written after another of the sentence's
changes ("rose to 66 pct from 62 pct", "from 4,597 in May to 2,621") takes that change's
direction; a bare "from X to Y" gets it from the values. A rate is a unit after the number:
"$1,200 a month", "3% a year", "$40,000 per capita" (``numbers.json`` 'change_words',
'rate_units').
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from workbench import lexicon
from workbench.extract.quantities import units

PREPOSITIONS = {"by": "by", "to": "to", "from": "from", "of": "by"}
MAX_ADVERBS = 2
MODIFIERS = frozenset({"amod", "compound", "nmod"})


@dataclass(frozen=True, slots=True)
class Change:
    """A number's change: its direction (None when only the words 'to'/'from' are known) and
    whether it is the amount (``by``), the new level (``to``) or the old one (``from``)."""

    direction: str | None
    kind: str


@cache
def _words() -> dict[str, frozenset[str]]:
    table = lexicon.load("numbers")["change_words"]
    return {key: frozenset(words) for key, words in table.items() if not key.startswith("_")}


@cache
def _particle_verbs() -> frozenset[str]:
    return lexicon.words("numbers", "particle_change_verbs")


def _direction(word: str) -> str | None:
    words = _words()
    if word in words["increase"]:
        return "increase"
    if word in words["decrease"]:
        return "decrease"
    return None


def _modifier(token: Token) -> bool:
    """A determiner or a modifier between a change's preposition and its number ("a record")."""
    return token.pos_ in ("DET", "ADJ") or (token.pos_ == "NOUN" and token.dep_ in MODIFIERS)


def of(sent: Span, start: int, end: int, *, amount: bool = True,
       percent: bool = False, gathered: bool = False) -> Change | None:
    """The change the words around sentence tokens ``start:end`` (a quantity) give it; a change
    noun after it ("a 12% rise") only when it is an ``amount`` (money, a percentage, a measure),
    not a count ("one cut"); an amount ``gathered`` (money, a count, a bare number) that a verb
    takes as its object may be funds or signatures gathered ("raised $5 million")."""
    k = start - 1
    kind = None
    if k >= 2 and sent[k].lower_ == "of" and sent[k - 1].lower_ in _words()["summary_nouns"] \
            and sent[k - 2].pos_ == "DET":
        k -= 3  # "rose by an average of 12%", "fell by a total of 300": the change's amount
        start = k + 1
    while k >= start - MAX_ADVERBS and k >= 0 and _modifier(sent[k]) \
            and sent[k].lower_ not in PREPOSITIONS:
        k -= 1  # "from the current £400", "to a record 5%"
    if k >= 0 and sent[k].lower_ == "of" and (level := _level_of(sent[k])) is not None:
        return level  # "a slight decrease from August's rate of 2.5%"
    if k >= 0 and sent[k].lower_ in PREPOSITIONS:
        kind = PREPOSITIONS[sent[k].lower_]
        head = sent[k].head
        if kind != "by" or sent[k].lower_ == "by":
            direction = _direction(head.lemma_.lower()) if head.pos_ == "VERB" else None
            if direction is not None and head.i < sent[k].i:
                return Change(direction, kind)  # "cut its rate to 5%"
        k -= 1
    skipped = 0
    while k >= 0 and skipped < MAX_ADVERBS and sent[k].pos_ == "ADV" \
            and _direction(sent[k].lower_) is None:
        k -= 1
        skipped += 1
    if k >= 0:
        word = sent[k]
        direction = _direction(word.lower_) or _direction(word.lemma_.lower())
        if gathered and kind is None and word.pos_ == "VERB" and word.lemma_.lower() \
                in _words()["money_object_verbs"] and not any(
                    c.dep_ == "auxpass" for c in word.children):
            direction = None  # "has raised 40 million": funds, no change
        if word.dep_ == "prt" and kind is None \
                and not (amount and word.head.lemma_.lower() in _particle_verbs()):
            # "set up 5 camps", "shot down dozens of drones"; not "edged up 2.50 dlrs"
            direction = None
        if direction is not None and (kind != "by" or sent[k + 1].lower_ != "of"
                                      or word.pos_ == "NOUN"):
            return Change(direction, kind or "by")
    if end < len(sent) and kind is None:
        direction = _after(sent[end], amount=amount, percent=percent)
        if direction is None and amount and end + 1 < len(sent) \
                and sent[end].lower_ in _words()["period_adjectives"]:
            direction = _after(sent[end + 1], amount=amount)  # "a 0.1% monthly increase"
        if direction is not None:
            return Change(direction, "by")  # "closed 2% higher", "a 12% rise"
    if kind in ("to", "from"):
        return Change(None, kind)
    if amount:
        return _predicated(sent, start, end)
    return None


def _level_of(prep: Token) -> Change | None:
    """A number that is the level a change starts from or ends at, named by a noun between:
    "a slight decrease from August's inflation rate of 2.5%" (from), "a rise to a record level
    of 5%" (to)."""
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in ("from", "to"):
        return None
    link = noun.head
    word = link.head
    direction = _direction(word.lemma_.lower()) or _direction(word.lower_)
    return Change(direction, link.lower_) if direction is not None else None


def _predicated(sent: Span, start: int, end: int) -> Change | None:
    """An amount a change noun is said to be: "growth in all occupations was two percent", "the
    drop was 3 pct"."""
    root = sent[start:end].root
    verb = root.head
    if root.dep_ not in ("attr", "acomp") or verb.lemma_ != "be":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    direction = _direction(subject.lemma_.lower()) or _direction(subject.lower_)
    return Change(direction, "by") if direction is not None else None


def _after(token: Token, *, amount: bool, percent: bool = False) -> str | None:
    """The direction a word after the amount gives it: "2% higher", "a 12% rise" (a change noun
    that the amount modifies), "four percent more corn", "19% below 2022"."""
    words = _words()
    for direction in ("increase", "decrease"):
        if token.lower_ in words[f"{direction}_after"] \
                or (amount and token.lower_ in words[f"{direction}_after_amount"]) \
                or (percent and token.lower_ in words[f"{direction}_after_percent"]):
            return direction
    if amount and token.pos_ == "NOUN" and token.tag_ == "NN":
        return _direction(token.lemma_.lower())
    return None


COORDINATIONS = (("and",), ("or",), (",", "and"), (",", "or"))


def signed(number: str) -> Change | None:
    """A percent written with its sign is a change by that much: "Nikkei +0.8%, Kospi -0.4%"."""
    if number[:1] == "+" and number[1:2].isdigit():
        return Change("increase", "by")
    if number[:1] in ("-", "−") and number[1:2].isdigit():
        return Change("decrease", "by")
    return None


def coordinated(sent: Span, end: int, start: int) -> bool:
    """Sentence tokens ``end:start`` join two amounts of one change: "rose by 0.4% and 0.3%",
    "an increase of 18.1 mln dlrs, or 24.2 pct" (a comma alone lists things: "25 MHz, 32-bit")."""
    return tuple(t.lower_ for t in sent[end:start]) in COORDINATIONS


def settle(found: Change | None, earlier: tuple[Change, float] | None,
           value: float) -> Change | None:
    """A ``to``/``from`` number without a direction of its own takes that of the change before
    it in the sentence, or, after a bare ``from``, the one its values give."""
    if found is None or found.direction is not None:
        return found
    if earlier is None:
        return None
    before, old = earlier
    if before.direction is not None and found.kind != before.kind:
        return Change(before.direction, found.kind)
    if before.kind == "from" and found.kind == "to" and value != old:
        return Change("increase" if value > old else "decrease", "to")
    return None


def per(sent: Span, end: int) -> tuple[str, int] | None:
    """A rate written after the number or its unit: ``a month``, ``per year``, ``per capita``,
    ``per square foot``, ``km/hr``, past a bracketed conversion (``C$8 (US$5.90) per share``);
    the unit it is counted per and where those words end."""
    own_end, end = end, past_bracket(sent, end)
    words = [t.lower_ for t in sent[end : end + 2]]
    slash = len(words) == 2 and words[0] == "/" and not sent[end - 1].whitespace_ \
        and not sent[end].whitespace_ and not sent[end + 1].text[:1].isdigit()  # "100km/hr"
    if len(words) < 2 or not (slash or words[0] in ("a", "an", "per", "each", "every")):
        return None
    table = lexicon.load("numbers")["rate_units"]
    measured = units.measure_at(sent, end + 1)
    bracketed = own_end != end  # the amount's span stops before the bracket
    if measured is not None and measured[0] not in units.time_units():
        return measured[0], own_end if bracketed else measured[1]  # "$950 per square foot"
    name = table.get(words[1])
    if name is None and (words[0] == "per" or slash) and sent[end + 1].pos_ in ("NOUN", "PROPN"):
        noun = sent[end + 1]
        while noun.dep_ == "compound" and noun.head.i > noun.i \
                and noun.head.i - sent.start < end + MAX_RATE_WORDS:
            noun = noun.head  # "per Centre Court seat": a seat
        name = table.get(noun.lower_) or units.lemma(noun)  # "$3.10 per mmBTU"
        end = noun.i - sent.start - 1
    elif name is None:
        return None
    elif words[0] in ("a", "an") and end + 2 < len(sent) \
            and sent[end + 2].lower_ in _words()["not_rate_after"]:
        return None  # "307 a year earlier", "$5 a year ago"
    return name, own_end if bracketed else end + 2


BRACKET_REACH = 8
MAX_RATE_WORDS = 4


def past_bracket(sent: Span, end: int) -> int:
    """Past a bracket closing or set right after the amount: a conversion ``(US$5.90)``."""
    if end < len(sent) and sent[end].text == ")":
        return end + 1
    if end < len(sent) and sent[end].text == "(":
        for k in range(end + 1, min(len(sent), end + BRACKET_REACH)):
            if sent[k].text == ")":
                return k + 1
    return end


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
MAX_LEAD = 2  # words between a comma and the amount of a change ("down", "up by")


def apposed_levels(sent: Span, found: list[tuple[int, int, Change | None]]) -> list[Change | None]:
    """The changes of a sentence's quantities (``start, end, change`` in sentence tokens), with a
    level that an amount set after a comma in its clause moves made that change's new level:
    "estimated at 83.5 million acres, down 5% from last year" (83.5 million: down to), "11.1
    million acres, 19% below 2022"; and a level after the change and ", at": "up 5 percent from
    last year, at 36.3 million acres"."""
    changes = [moved for _, _, moved in found]
    for i, (start, end, moved) in enumerate(found):
        if moved is not None:
            continue
        after = _amount_of_change(found[i + 1][2]) if i + 1 < len(found) else None
        before = _amount_of_change(found[i - 1][2]) if i > 0 else None
        if after is not None and _apposed(sent, end, found[i + 1][0], lead_ok=_leads_change):
            changes[i] = Change(after, "to")
        elif before is not None and _apposed(sent, found[i - 1][1], start,
                                             lead_ok=_leads_level):
            changes[i] = Change(before, "to")
    return changes


def _amount_of_change(moved: Change | None) -> str | None:
    """The direction of a change whose number is its amount ("up 6%"), else None."""
    return moved.direction if moved is not None and moved.kind == "by" else None


def _apposed(sent: Span, end: int, start: int, *, lead_ok: Callable[[Token], bool]) -> bool:
    """Tokens ``end:start`` hold a comma, no finite verb, and after the last comma only a few
    words that ``lead_ok`` accepts."""
    gap = sent[end:start]
    commas = [k for k, t in enumerate(gap) if t.text == ","]
    if not commas or any(t.tag_ in FINITE_TAGS for t in gap):
        return False
    lead = gap[commas[-1] + 1 :]
    return len(lead) <= MAX_LEAD and all(lead_ok(t) for t in lead) \
        and (len(lead) > 0 or lead_ok is _leads_change)  # ", at 36.3 million": "at" needed


def _leads_change(token: Token) -> bool:
    return _direction(token.lower_) is not None or token.lower_ == "by"


def _leads_level(token: Token) -> bool:
    return token.lower_ in ("at", "to")
