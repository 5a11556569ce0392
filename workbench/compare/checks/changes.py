"""Rises and falls stated with their levels, read from the change the extractor gave each number
(``change``: increase or decrease; ``change_kind``: ``to`` the new level, ``from`` the old one,
``by`` the amount) and from asides after a level:

- "rose 7.8 pct to 9.06 mln from 8.35 mln", "dropped from 4,597 in May to 2,621": the new level
  lies on the stated side of the old one, and a stated percentage or amount is the change
  between them, each value as rounded as it is written;
- "8.35 mln bpd, down 7.8 pct from 9.06 mln", "6.72 mln, off 1.2 pct from 6.80 mln": the level
  before the aside is the new one;
- "rose to 2.23 bln vs 621 mln", "cut the deficit of 171 bln to 134 bln", "go up to six bln
  from 3.65 bln": an old level set against the new one by a word of ``versus_cues``, or
  linked to its noun by a word of ``old_level_links`` right before "to" and the new level
  (``data/checks.json``); "up to" or "down to" right before a new level with an old one is
  the change, not a bound;
- "fell to 9,800 this autumn, down 4% from 10,200": the amount between the new level and the
  old one is the change's;
- "Net profit fell 85.3 pct." ... "a fall in net profit to 9.27 mln from 63.20 mln": levels with
  no percentage of their own meet the one percentage change of their direction in another
  sentence whose words name the same thing; reported only when it holds.

An old level may be named before "of" ("from an earlier estimate of 3.2 pct", "from its
current level of around 30"); one that meets no new level in its sentence meets the one new
level marked with its direction in the sentence right after ("... Others see it climbing to
40."), reported only when it holds.

Two bare numbers say little about what rose ("the yen rose to 161 from 221": its dollar rate
fell): such a change is reported when it holds and never flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from workbench.compare import phrases
from workbench.compare.checks.comparisons import aside_of_another
from workbench.compare.checks.levels import POINTS, by_direction, comparable, judge
from workbench.compare.checks.readings import (
    ArticleNumbers,
    Counted,
    is_interval,
    opens_range,
    sentences_between,
    tables,
)
from workbench.compare.units import singular
from workbench.model import Check

ASIDE_BREAK = re.compile(r",|\s[-\u2013\u2014]\s")  # ", up from", " - an increase from"
ASIDE_WORDS = 8  # words of an aside between a level and its change
MODIFIERS = 2  # words between "to" or "from" and a level ("from a revised 35.29 bln")
MAX_GAP = 20  # words between a change's two levels
TIME_PREPOSITIONS = frozenset({"in", "on", "at", "for", "during", "a", "the"})  # "in 2019 and"
NAMED_LEVEL_WORDS = 4  # words naming an old level: "from an earlier estimate of 3.2 pct"
# words that name no subject shared by two sentences' levels
SUBJECTLESS = frozenset({"from", "that", "this", "with", "have", "were", "been", "said",
                         "since", "than", "they", "their", "which", "also", "last", "year"})


def stated(reading: ArticleNumbers) -> Iterator[Check]:
    """Every change whose old and new levels a sentence gives."""
    previous: Sequence[Counted] = ()
    before_previous: Sequence[Counted] = ()
    orphans: list[Counted] = []  # old levels of the sentence before that met no new level
    for sentence in reading.sentences():
        used: set[int] = {n.index for n in sentence if is_interval(reading, n)}
        if (ahead := _new_level_after(reading, orphans, previous, sentence)) is not None:
            used.add(ahead[1].index)
            yield ahead[0]
        orphans = []
        for n in sentence:
            if n.index in used:
                continue
            if not _is_old_level(reading, n):
                if _set_against(reading, sentence, n) and \
                        (marked := _marked(reading, sentence, n)) is not None:
                    used.update(m.index for m in marked[1])
                    if marked[0] is not None:
                        yield marked[0]
                continue
            if _respective(reading, sentence, n):  # "up from 28p and 7p respectively"
                found = None
            elif _after_aside_cue(reading, n):  # "115.3 mln, up from 97.4 mln, bringing ... to"
                found = _aside(reading, sentence, n) or _marked(reading, sentence, n)
            else:
                found = _marked(reading, sentence, n) or _aside(reading, sentence, n)
            met = None
            if found is not None:
                check, numbers = found
                used.update(m.index for m in numbers)
                if check is not None:
                    met = numbers[0]
                    yield check
            elif not _respective(reading, sentence, n) and \
                    (carried := _carried(reading, previous, sentence, n)
                   or _carried_past_one(reading, before_previous, previous, sentence, n)) \
                    is not None:
                used.add(n.index)
                yield carried
            else:
                orphans.append(n)
            for check, numbers in _listed(reading, previous, sentence, n, used, met=met):
                used.update(m.index for m in numbers)
                yield check
        previous, before_previous = sentence, previous


Found = tuple[Check | None, Sequence[Counted]]


def _is_old_level(reading: ArticleNumbers, n: Counted) -> bool:
    """"from 9.06 mln", "up from 307", "from a revised 35.29 bln": the level a change starts
    from; not the low end of a range ("anywhere from 700 mln to three bln", ``range_words``)."""
    if opens_range(reading, n):
        return False
    cues = (("from",), ("compared", "to"), ("compared", "with"))
    return n.quantity.change_kind == "from" or any(_after_word(reading, n, c) for c in cues) \
        or _from_named_level(reading, n)


def _from_named_level(reading: ArticleNumbers, n: Counted) -> bool:
    """"from an earlier estimate of 3.2 pct", "from its current level of around 30": "from", a
    noun phrase naming the level and "of" right before the number."""
    words = [t.word for t in phrases.tokens(reading.before(n))][-(NAMED_LEVEL_WORDS + 2):]
    if words[-1:] != ["of"] or "from" not in words:
        return False
    named = words[len(words) - 1 - words[::-1].index("from") + 1:-1]
    return 1 <= len(named) <= NAMED_LEVEL_WORDS and all(w.isalpha() for w in named)


def _level_noun(reading: ArticleNumbers, n: Counted) -> str | None:
    """"from prior year earnings of 4.3 mln": the noun naming an old level, before "of"."""
    if not _from_named_level(reading, n):
        return None
    words = [t.word for t in phrases.tokens(reading.before(n))]
    return words[-2] if len(words) >= 2 else None


def _new_level_after(reading: ArticleNumbers, orphans: Sequence[Counted],
                     previous: Sequence[Counted], sentence: Sequence[Counted],
                     ) -> tuple[Check, Counted] | None:
    """"... from its current level of around 30. Others see it climbing to 40.": a new level
    marked with its direction, alone of its kind in the sentence right after the one old level
    that met none; reported only when it holds."""
    if len(orphans) != 1 or not previous \
            or reading.text[previous[-1].sentence[1]:sentence[0].sentence[0]].strip():
        return None
    old = orphans[0]
    new = [n for n in sentence if n.quantity.change_kind == "to" and n.quantity.change
           and comparable(n, old)]
    if len(new) != 1 or any(comparable(m, old) for m in sentence if m is not new[0]):
        return None
    check = judge(reading, new=new[0], old=old, amount=None,
                  rising=new[0].quantity.change == "increase", sure=False)
    return (check, new[0]) if check is not None else None


def _after_aside_cue(reading: ArticleNumbers, n: Counted) -> bool:
    """", up from 97.4 mln", ", a drop from 38,106": the old level of an aside after its new
    level, whatever level "to" brings later in the sentence."""
    words = [t.word for t in phrases.tokens(reading.before(n))][-5:]
    for name in ("increase_cues", "decrease_cues"):
        for cue in phrases.phrases(name):
            if len(words) > len(cue) and tuple(words[-len(cue):]) == cue \
                    and words[-len(cue) - 1] == ",":
                return True
    return False


def _set_against(reading: ArticleNumbers, sentence: Sequence[Counted], n: Counted) -> bool:
    """"to 2.23 bln vs 621 mln", "the deficit of 171 bln to 134 bln": an old level a word of
    ``versus_cues`` sets against the new level before it, or one a word of ``old_level_links``
    ties to its noun, right before "to" and the new level."""
    if n.quantity.change_kind is not None or n.quantity.qualifier == "range":
        return False
    words = [t.word for t in phrases.tokens(reading.before(n)) if t.word != "."]
    cues = [tuple(c.split()) for c in tables()["versus_cues"]]
    for skipped in range(MODIFIERS + 1):
        head = words[:len(words) - skipped]
        tail = words[len(words) - skipped:]
        if all(w[0].isalpha() for w in tail) and any(tuple(head[-len(c):]) == c for c in cues):
            return True
    at = sentence.index(n)
    if words[-1:] and words[-1] in tables()["old_level_links"] and at + 1 < len(sentence):
        new = sentence[at + 1]
        gap = [t.word for t in phrases.tokens(reading.between(n, new))]
        return gap == ["to"] and new.quantity.change_kind == "to" \
            and new.quantity.change is not None
    return False


def _moved_to(n: Counted) -> bool | None:
    """"go up to six bln from ...": a level the extractor read as a bound after "up to" (True)
    or "down to" (False), else None."""
    words = [t.word for t in phrases.tokens(n.quantity.text)][:2]
    if n.quantity.qualifier != "upper_bound" or words[1:2] != ["to"]:
        return None
    return {"up": True, "down": False}.get(words[0])


def _as_level(n: Counted) -> Counted:
    """The number itself, as stated, whatever bound the words before it set."""
    q = n.quantity
    return replace(n, quantity=replace(q, qualifier="exact", low=q.value, high=q.value))


def _after_word(reading: ArticleNumbers, n: Counted, cue: tuple[str, ...]) -> bool:
    """Does ``cue`` stand right before the number, or before at most two words that are not
    numbers ("to a record 36.84 bln", "from the previous 50")?"""
    words = [t.word for t in phrases.tokens(reading.before(n))][-(len(cue) + MODIFIERS):]
    for skipped in range(MODIFIERS + 1):
        head = words[:len(words) - skipped] if skipped else words
        tail = words[len(words) - skipped:] if skipped else []
        if tuple(head[-len(cue):]) == cue and all(w[0].isalpha() for w in tail):
            return True
    return False


def _marked(reading: ArticleNumbers, sentence: Sequence[Counted], old: Counted) -> Found | None:
    """"rose to X from Y", "from Y to X", "an increase in the deficit to X from Y": a new level
    next to the old one, after "to"."""
    new = _new_level(reading, sentence, old)
    if new is None:
        return None
    first = min(new, old, key=lambda n: n.quantity.start)
    direction = old.quantity.change or new.quantity.change
    amount = _amount_before(reading, sentence, first, direction)
    moved = _moved_to(new)
    if direction is not None:
        rising: bool | None = direction == "increase"
    elif moved is not None:
        rising = moved
    else:
        rising = _direction_word(_clause_before(reading, sentence, amount or first))
    uncertain = _brought_to(reading, sentence, new) or _split_bases(reading, new, old) \
        or _words_disagree(reading, sentence, amount or first, direction)
    if rising is None and _revised(reading, amount or first):
        rising, uncertain = new.value >= old.value, True  # "revised to 1.12 from 1.13"
    if moved is not None:
        new = _as_level(new)
    if rising is None:
        return None
    if amount is None and _amount_between(reading, sentence, new, old):
        amount = sentence[sentence.index(old) - 1]
    after = None if amount else _percent_after(reading, sentence, new=new, old=old)
    if after is None and amount is None:
        after = _percent_elsewhere(reading, sentence, first, new=new, rising=rising)
    if after is not None:  # the percentage after the levels may be another figure's
        check = judge(reading, new=new, old=old, amount=after, rising=rising, sure=False)
        if check is not None:
            return check, [new, old]
    if uncertain:
        return judge(reading, new=new, old=old, amount=amount, rising=rising, sure=False), \
            [new, old]
    if amount is not None and (_rate_of_rates(amount, new, old)
                               or _period_based(reading, amount, first)):
        check = judge(reading, new=new, old=old, amount=amount, rising=rising, sure=False)
        if check is not None:
            return check, [new, old]
        amount = None
    return judge(reading, new=new, old=old, amount=amount, rising=rising), [new, old]


def _revised(reading: ArticleNumbers, first: Counted) -> bool:
    """"revised its estimate for the three months to 1.12 from 1.13": a verb of
    ``revision_verbs`` among the words before the levels moves a figure either way; the change
    is read from the levels and reported as it holds (nothing states its direction)."""
    words = [t.word for t in phrases.tokens(reading.before(first))][-MAX_GAP:]
    return bool(set(words) & set(tables()["revision_verbs"]))


def _brought_to(reading: ArticleNumbers, sentence: Sequence[Counted], new: Counted) -> bool:
    """"..., bringing annual growth to 6.1 pct": a level a verb of ``neutral_verbs``
    (``data/checks.json``) brings in the clause right before it takes its direction from an
    earlier move, not its own; its change is reported only when it holds."""
    return bool(set(_clause_before(reading, sentence, new)) & set(tables()["neutral_verbs"]))


def _split_bases(reading: ArticleNumbers, new: Counted, old: Counted) -> bool:
    """"to 15 cts a unit post-split from 40 cts pre-split": levels on two bases (a
    word of ``split_words`` right after either) are not one figure before and after."""
    marks = tables()["split_words"]
    for n in (new, old):
        after = [t.word for t in phrases.tokens(reading.after(n))][:2]
        if any(w in marks for w in after):
            return True
    return False


def _words_disagree(reading: ArticleNumbers, sentence: Sequence[Counted], first: Counted,
                    direction: str | None) -> bool:
    """"cut the money set aside for bonuses to 2 pct from 4 pct", "cut the money for pay
    rises to ...": the extractor's direction against a word of direction before the levels."""
    if direction is None:
        return False
    words = _clause_before(reading, sentence, first)
    worded = {_direction_word(words[:end]) for end in range(1, len(words) + 1)} - {None}
    return bool(worded - {direction == "increase"})


def _period_based(reading: ArticleNumbers, amount: Counted, first: Counted) -> bool:
    """"rose 40 pct in May, year-on-year, to 3.1 bln from 2.6 bln in April": a
    percentage on a basis of ``period_bases`` may compare other periods than the
    levels do."""
    words = {t.word for t in phrases.tokens(reading.text, amount.quantity.end,
                                            first.quantity.start)}
    return bool(words & set(tables()["period_bases"]))


def _rate_of_rates(amount: Counted, new: Counted, old: Counted) -> bool:
    """"rose 0.4 pct ... after a 0.6 pct rise in May, bringing annual growth to 6.1 pct
    against 6.3 pct": a percentage before two levels that are percentages too is
    more often another measure's growth than theirs (their change is in points)."""
    return amount.quantity.unit == "percent" and new.quantity.unit == "percent" \
        and old.quantity.unit == "percent"


def _percent_elsewhere(reading: ArticleNumbers, sentence: Sequence[Counted], first: Counted, *,
                       new: Counted, rising: bool) -> Counted | None:
    """"Net profit fell 85.3 pct." ... "a fall in net profit to 9.27 mln from 63.20 mln": the
    one percentage change of the same direction, in a sentence with no level of its own,
    whose words name what the levels' words name."""
    subject = _clause_words(reading, sentence, first) - phrases.reporting_words()
    direction = "increase" if rising else "decrease"
    found = []
    for other in reading.sentences():
        if other is sentence or other[0].sentence == sentence[0].sentence:
            continue
        for n in other:
            if n.quantity.unit != "percent" or n.quantity.change_kind != "by" \
                    or n.quantity.change != direction or not reading.in_body(n):
                continue
            if any(m is not n and (comparable(m, new) or m.quantity.unit == "percent")
                   for m in other):
                continue
            words = _clause_words(reading, other, n) - phrases.reporting_words()
            if subject & words:
                found.append(n)
    return found[0] if len(found) == 1 else None


def _new_level(reading: ArticleNumbers, sentence: Sequence[Counted],
               old: Counted) -> Counted | None:
    at = sentence.index(old)
    before = at - 1
    while before >= 1 and _is_duration(sentence[before], old):
        before -= 1  # "rose to 61 mln in the first three months from 58 mln"
    if before >= 1 and _restatement(reading, sentence[before - 1], sentence[before]):
        before -= 1  # "to 157,500 shares, or 3.8 pct of the total, from 246,500 shares"
    elif before >= 1 and _amount_between(reading, sentence, sentence[before - 1], old):
        before -= 1  # "fell to 9,800 this autumn, down 4% from 10,200"
    for k in (before, at + 1):
        if not 0 <= k < len(sentence):
            continue
        n = sentence[k]
        if n.quantity.change_kind == "by":
            continue  # "predicted to grow by 3.7%, down from ... 4.7%": an amount, no level
        if n.quantity.change_kind != "to" and not _after_word(reading, n, ("to",)) \
                and (_moved_to(n) is None or k > at):
            continue
        if not _same_direction(n, old) or not comparable(n, old):
            continue
        a, b = (sentence[at - 1], old) if k < at else (old, n)
        gap = [t.word for t in phrases.tokens(reading.between(a, b))]
        if len(gap) <= MAX_GAP and ";" not in gap \
                and not any(w in phrases.reporting_words() for w in gap):
            return n
    return None


def _amount_between(reading: ArticleNumbers, sentence: Sequence[Counted], new: Counted,
                    old: Counted) -> bool:
    """"fell to 9,800 this autumn, down 4% from 10,200": the one number between a new level
    and its old one is the change's amount, marked so, in the old one's direction."""
    if new not in sentence:
        return False
    at, end = sentence.index(new), sentence.index(old)
    if end - at != 2:
        return False
    amount = sentence[at + 1]
    words = [t.word for t in phrases.tokens(reading.between(amount, old))]
    return new.quantity.change_kind == "to" and _is_amount(amount, new.quantity.change) \
        and words == ["from"]


def _percent_after(reading: ArticleNumbers, sentence: Sequence[Counted], *, new: Counted,
                   old: Counted) -> Counted | None:
    """"from £1.05 to £1.41 (34.3 per cent)", "from 4,597 to 2,621, a 43% drop", "to 2,300
    from 1,900, a rise of 21%": the percentage right after the levels (or the points between
    two percentages: "to 59.7% from 67.3%, a drop of 7.6 points")."""
    last = max(new, old, key=lambda n: n.quantity.start)
    at = sentence.index(last)
    points = new.quantity.unit == "percent" and old.quantity.unit == "percent"
    if at + 1 >= len(sentence) or (sentence[at + 1].quantity.unit != "percent" and not (
            points and sentence[at + 1].quantity.unit in POINTS)):
        return None
    n = sentence[at + 1]
    gap = [t.word for t in phrases.tokens(reading.between(last, n))]
    untimed = [t.word for t in phrases.tokens(reading.between_untimed(last, n))]
    if untimed != gap and "," in untimed and all(w.isalpha() for w in
                                                  untimed[:untimed.index(",")]):
        gap = untimed[untimed.index(","):]  # "from 67.3% in 2019, a drop of 7.6 points"
    after = [t.word for t in phrases.tokens(reading.after(n))][:1]
    nouns = {*phrases.data()["increase_nouns"], *phrases.data()["decrease_nouns"]}
    if gap == ["("] and last is new and after == [")"]:
        return n
    if gap in ([",", "a"], [",", "an"]) and after and after[0] in nouns:
        return n
    if len(gap) == 4 and gap[:2] in ([",", "a"], [",", "an"]) and gap[2] in nouns \
            and gap[3] == "of":  # "from 1,900 to 2,300, a rise of 21%"
        return n
    return None


def _restatement(reading: ArticleNumbers, level: Counted, percent: Counted) -> bool:
    """", or 3.8 pct of the total": a level restated as a share, not a level of its own."""
    words = [t.word for t in phrases.tokens(reading.between(level, percent))]
    return percent.quantity.unit == "percent" and level.quantity.unit != "percent" \
        and words == [",", "or"]


def _same_direction(new: Counted, old: Counted) -> bool:
    """The extractor's directions of two levels agree, or one of them has none ("widened to a
    record 36.8 bln ... from a revised 35.3 bln": only the new level is marked)."""
    marks = {new.quantity.change, old.quantity.change} - {None}
    return len(marks) <= 1


def _clause_before(reading: ArticleNumbers, sentence: Sequence[Counted],
                   n: Counted) -> list[str]:
    """The words before a number back to the number before it or the sentence start."""
    at = sentence.index(n)
    start = sentence[at - 1].quantity.end if at else n.sentence[0]
    words = [t.word for t in phrases.tokens(reading.text, start, n.quantity.start)]
    return words[-MAX_GAP:]


def _aside(reading: ArticleNumbers, sentence: Sequence[Counted], old: Counted) -> Found | None:
    """"8.35 mln bpd, down 7.8 pct from 9.06 mln", "36,806 patients waited over 12 hours, a
    decrease from 38,106": the level before the aside is the new one; measures of other things
    between them are passed over."""
    at = sentence.index(old)
    amount = None
    lead = old
    if at >= 1 and (_is_amount(sentence[at - 1], old.quantity.change)
                    or _percent_from(reading, sentence[at - 1], old)):
        amount = sentence[at - 1]
        lead = amount
    earlier = list(sentence[:sentence.index(lead)])
    passed: list[Counted] = []
    while earlier and (not comparable(earlier[-1], old) or _is_duration(earlier[-1], old)):
        passed.append(earlier.pop())  # "12 hours" between the patients and their old count
    if not earlier:
        return None
    new = earlier[-1]
    noun = _level_noun(reading, old)
    named = [n for n in earlier if noun is not None and comparable(n, old)
             and noun in _clause_before(reading, sentence, n)]
    if noun is not None and named and named[-1] is not new:
        new, passed = named[-1], []  # "earnings of 6.2 mln on sales of 316 mln, up from
        # prior year earnings of 4.3 mln": the level whose clause names the old level's noun
    if any(n.unit is None or n.unit == new.unit for n in passed):
        return None  # "23.2 mln dlrs, or 48 cts a share, up from": which one rose?
    if new.quantity.change_kind in ("to", "from") or not comparable(new, old) \
            or aside_of_another(reading.before(new)):
        return None
    gap = reading.between(new, lead)
    pieces = ASIDE_BREAK.split(gap)
    segment = [t.word for t in phrases.tokens(pieces[-1])]
    words = [t.word for t in phrases.tokens(gap)]
    if len(pieces) < 2 or any(w[0].isdigit() for w in segment) or len(segment) > ASIDE_WORDS:
        return None
    if new is not sentence[sentence.index(lead) - 1] and len(words) > MAX_GAP:
        return None
    if amount is not None:  # "a 12% increase from": the change word after the amount
        segment += [t.word for t in phrases.tokens(reading.between(amount, old))]
    rising = _direction_word(segment)
    if rising is None:
        amount, rising = _amount_after(reading, sentence, old)
    if rising is None:
        return None
    return judge(reading, new=new, old=old, amount=amount, rising=rising), [new, old]


def _amount_after(reading: ArticleNumbers, sentence: Sequence[Counted],
                  old: Counted) -> tuple[Counted | None, bool | None]:
    """"67.3 percent, compared with 72.1 percent, a drop of 4.8 points": the change stated
    after the old level."""
    at = sentence.index(old)
    if at + 1 >= len(sentence):
        return None, None
    n = sentence[at + 1]
    words = [t.word for t in phrases.tokens(reading.between(old, n))]
    if n.quantity.change_kind != "by" or n.quantity.change is None or "," not in words \
            or len(words) > ASIDE_WORDS:
        return None, None
    return n, n.quantity.change == "increase"


def _listed(reading: ArticleNumbers, previous: Sequence[Counted], sentence: Sequence[Counted],
            old: Counted, used: set[int], *,
            met: Counted | None = None) -> Iterator[tuple[Check, Sequence[Counted]]]:
    """"7.62 million treatments for 6.39 million patients, up from 7.60 million treatments and
    6.37 million patients": each old level of a list meets the last level before it counting
    the same thing (in its sentence or the one before); with "respectively" after the list,
    the levels before it in order. When the first old level met its new level ``met`` ("rose
    to 5.2 bln in June from 4.9 bln in May and 4.4 bln a year earlier"), the
    others of its unit are earlier levels of the same figure: each meets ``met``."""
    rising = _list_direction(reading, sentence, old)
    if rising is None:
        return
    at = sentence.index(old)
    members = _members(reading, sentence, old)
    if len(members) < 2:
        return
    adjacent = not reading.text[previous[-1].sentence[1]:old.sentence[0]].strip() \
        if previous else False
    earlier = [*(previous if adjacent else ()), *sentence[:at]]
    if _respective(reading, sentence, old):
        yield from _respectively(reading, earlier, members, used, rising=rising)
        return
    for member in members:
        if member.index in used or member.unit is None:
            continue
        if met is not None and met.unit == member.unit and comparable(met, member):
            yield by_direction(reading, new=met, old=member, rising=rising), [member]
            continue
        same = [n for n in earlier if n.unit == member.unit and n.index not in used
                and n.quantity.change_kind is None and comparable(n, member)]
        if same:
            new = same[-1]
            yield by_direction(reading, new=new, old=member, rising=rising), [new, member]


def _members(reading: ArticleNumbers, sentence: Sequence[Counted], old: Counted) -> list[Counted]:
    """The list of levels that starts at ``old``."""
    members = [old]
    for n in sentence[sentence.index(old) + 1:]:
        if not _joins(_dated_gap(reading, members[-1], n)) or n.quantity.change_kind == "to":
            break
        members.append(n)
    return members


def _dated_gap(reading: ArticleNumbers, a: Counted, b: Counted) -> str:
    """The words between two levels, a time after the first and its preposition left out:
    "4.1 mln in 2019 and 3.8 mln" joins as "4.1 mln and 3.8 mln"."""
    gap = reading.between(a, b)
    untimed = reading.between_untimed(a, b)
    if untimed == gap:
        return gap
    words = [t.word for t in phrases.tokens(untimed)]
    while words and words[0] in TIME_PREPOSITIONS:
        words = words[1:]
    return " ".join(words)


def _respective(reading: ArticleNumbers, sentence: Sequence[Counted], old: Counted) -> bool:
    """Is ``old`` the first of a list of old levels followed by "respectively"?"""
    members = _members(reading, sentence, old)
    following = [t.word for t in phrases.tokens(reading.after(members[-1]))][:2]
    return len(members) > 1 and any(w in tables()["respective_words"] for w in following)


def _respectively(reading: ArticleNumbers, earlier: Sequence[Counted],
                  members: Sequence[Counted], used: set[int], *,
                  rising: bool) -> Iterator[tuple[Check, Sequence[Counted]]]:
    """"52p for electricity and 15p for gas, up from 28p and 7p respectively": the old levels
    meet the new levels of their unit before them in order, one for one."""
    levels = [n for n in earlier if n.index not in used and n.quantity.change_kind != "from"
              and n.quantity.unit == members[0].quantity.unit][-len(members):]
    if len(levels) != len(members) or any(n.quantity.unit != members[0].quantity.unit
                                          for n in members):
        return
    for new, member in zip(levels, members, strict=True):
        if comparable(new, member):
            yield by_direction(reading, new=new, old=member, rising=rising), [new, member]


def _carried(reading: ArticleNumbers, previous: Sequence[Counted], sentence: Sequence[Counted],
             old: Counted, *, adjacent: bool = True) -> Check | None:
    """"Growth was 2.75 pct in the second quarter. It had slowed from 3.5 pct in the first.":
    an old level alone in its sentence meets the one level of the same unit and subject in
    the sentence right before; reported only when it holds."""
    apart = reading.text[previous[-1].sentence[1]:old.sentence[0]].strip() if previous else ""
    if not previous or (adjacent and apart) \
            or any(comparable(m, old) for m in sentence if m is not old):
        return None
    rising = _list_direction(reading, sentence, old)
    if rising is None or old.quantity.unit is None:
        return None
    same = [m for m in previous if m.quantity.unit == old.quantity.unit and m.unit == old.unit
            and _level_kind(m) and comparable(m, old)]
    subject = _clause_words(reading, sentence, old)
    if old.unit is None or old.quantity.unit == "percent" or not adjacent:
        same = [m for m in same if subject & _clause_words(reading, previous, m)]
    if len(same) != 1:
        return None
    return judge(reading, new=same[0], old=old, amount=None, rising=rising, sure=False)


def _carried_past_one(reading: ArticleNumbers, earlier: Sequence[Counted],
                      previous: Sequence[Counted], sentence: Sequence[Counted],
                      old: Counted) -> Check | None:
    """"Growth was 3.25 pct in the first quarter. Confidence improved ... It noted the growth
    rate had slowed from 4.5 pct": past one sentence with no level of the old one's unit, the
    level whose words name what the old one's words name; reported only when it holds."""
    if not earlier or any(m.quantity.unit == old.quantity.unit and m.unit == old.unit
                          for m in previous):
        return None
    if sentences_between(reading, earlier[-1].sentence[1], old.sentence[0]) != 1:
        return None
    return _carried(reading, earlier, sentence, old, adjacent=False)


def _level_kind(n: Counted) -> bool:
    """A level, or a rate of growth ("growth of 2.75 pct" is the rate that slowed after)."""
    return n.quantity.change_kind is None \
        or (n.quantity.change_kind == "by" and n.quantity.unit == "percent")


def _clause_words(reading: ArticleNumbers, sentence: Sequence[Counted],
                  n: Counted) -> set[str]:
    """The content words before a level back to the number before it ("the growth rate had
    slowed"), change verbs left out."""
    at = sentence.index(n)
    start = sentence[at - 1].quantity.end if at else n.sentence[0]
    words = _words(reading.text[start:n.quantity.start])
    verbs = {*phrases.data()["increase_verbs"], *phrases.data()["decrease_verbs"]}
    return words - verbs


def _words(text: str) -> set[str]:
    return {t.word for t in phrases.tokens(text) if len(t.word) > 3 and t.word.isalpha()
            and t.word not in SUBJECTLESS}


def _list_direction(reading: ArticleNumbers, sentence: Sequence[Counted],
                    old: Counted) -> bool | None:
    if old.quantity.change is not None:
        return old.quantity.change == "increase"
    at = sentence.index(old)
    start = sentence[at - 1].quantity.end if at else old.sentence[0]
    words = [t.word for t in phrases.tokens(reading.text, start, old.quantity.start)]
    return _direction_word(words[-ASIDE_WORDS:])


def _joins(gap: str) -> bool:
    """Only list words between two old levels: "7.60 million treatments and 6.37 million"."""
    words = [t.word for t in phrases.tokens(gap)]
    joiners = (set(phrases.data()["list_joiners"]) | {"just", "under", "below"}) - {"to", "up"}
    return bool(words) and all(w in joiners for w in words)


def _is_duration(n: Counted, old: Counted) -> bool:
    """"waited over 12 hours": a duration is no level of a count."""
    durations = phrases.data()["durations"]
    return n.unit != old.unit and n.quantity.unit is not None \
        and singular(n.quantity.unit) in durations


def _direction_word(words: Sequence[str]) -> bool | None:
    """True after a word of rising ("up", "an increase"), False after one of falling ("off",
    "down"), else None; the last such word counts."""
    rising = set(phrases.data()["increase_verbs"]) | set(phrases.data()["increase_nouns"])
    falling = set(phrases.data()["decrease_verbs"]) | set(phrases.data()["decrease_nouns"])
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if at and words[at - 1] == "of":
            continue  # "the rate of increase": the name of a measure, no direction
        if word in rising:
            return True
        if word in falling:
            return False
    return None


def _is_amount(n: Counted, direction: str | None) -> bool:
    return n.quantity.change_kind == "by" and n.quantity.change in (direction, None)


def _percent_from(reading: ArticleNumbers, n: Counted, old: Counted) -> bool:
    """"off 1.2 pct from 6.80 mln": a percentage right before the old level is the change."""
    gap = [t.word for t in phrases.tokens(reading.between(n, old))]
    nouns = {*phrases.data()["increase_nouns"], *phrases.data()["decrease_nouns"]}
    if gap[:1] and gap[0] in nouns:
        gap = gap[1:]  # "a 12% increase from 1,075"
    return n.quantity.unit == "percent" and n.quantity.change_kind is None \
        and gap in (["from"], ["from", "the"])


def _amount_before(reading: ArticleNumbers, sentence: Sequence[Counted], first: Counted,
                   direction: str | None) -> Counted | None:
    """"rose 7.8 pct to ...", "off 0.1 pct in the period to ...": the amount of the change,
    stated right before its levels."""
    at = sentence.index(first)
    if at < 1:
        return None
    n = sentence[at - 1]
    between = {t.word for t in phrases.tokens(reading.between(n, first))}
    if between & set(tables()["scope_words"]):
        return None  # "10.8 pct on a comparable-store basis to 601.8 mln": another measure
    if _is_amount(n, direction):
        return n
    words = [t.word for t in phrases.tokens(reading.before(n))][-1:]
    if n.quantity.change_kind is None and _direction_word(words) is not None:
        return n
    return None
