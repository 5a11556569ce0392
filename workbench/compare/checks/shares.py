"""Shares: of one whole in one sentence, and a count restated as its share of a total.

Shares of one whole: "won about 56% of the vote, while his rival won just
over 44%"; "26% of the vote, while the challengers won 34% and 22%, respectively".

The shares a sentence gives of one whole add up to at most all of it (100%), each as rounded
and bounded as it is written. Shares are not always exclusive (a poll's answers may overlap),
so shares that add up to more are not flagged: the check is reported only when it holds.

A share and its complement in a sentence close after it: "69% said they were concerned ...
29% said they were not very or not at all concerned": the second share negates the word that
follows the first (``negations``, past ``negation_fillers``), so the two add up to at most all.
Reported only when they do.

A count restated as a percentage of a total ("4.1 mln shares, or 13.6 pct of its 30 mln
shares") is that share of it, each number as rounded as it is written; when the two count
different nouns ("1,500 jobs, or 12% of its 12,500 workforce") it is reported only when it fits.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from workbench.compare import phrases
from workbench.compare.checks.readings import (
    ArticleNumbers,
    Counted,
    fmt,
    is_measure,
    sentences_between,
    span_of,
    tables,
    written,
)
from workbench.model import Check

WHOLE = 100.0
OWNER_WORDS = 3  # words between "of" and a total: "of the company's"
EPSILON = 1e-9
POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def shares(reading: ArticleNumbers) -> Iterator[Check]:
    sentences = [s for s in reading.sentences() if reading.in_body(s[0])]
    for at, sentence in enumerate(sentences):
        group = _group(reading, sentence)
        if len(group) == 1 and at + 1 < len(sentences):
            group += _rest(reading, group[0], sentences[at + 1])
        if len(group) < 2:
            continue
        check = _whole(reading, group)
        if check.consistent:
            yield check


COMPLEMENT_SENTENCES = 2  # sentences after a share that may hold its complement (one between)
COMPLEMENT_WORDS = 15  # words after the first share that may hold the word negated


def complements(reading: ArticleNumbers) -> Iterator[Check]:
    """A share and a later one that negates what the first one says ("... were concerned",
    "... were not concerned"): the two add up to at most all."""
    sentences = [s for s in reading.sentences() if reading.in_body(s[0])]
    for at, sentence in enumerate(sentences):
        for second in sentence:
            if not _is_share(reading, second) or second is not _first_share(reading, sentence):
                continue
            negated = _negated_word(reading, second)
            if negated is None:
                continue
            for earlier in reversed(sentences[max(0, at - COMPLEMENT_SENTENCES):at]):
                if sentences_between(reading, earlier[0].sentence[1],
                                      second.sentence[0]) >= COMPLEMENT_SENTENCES:
                    break
                first = _affirming(reading, earlier, negated)
                if first is not None:
                    check = _whole(reading, [first, second])
                    if check.consistent:
                        yield check
                    break


def _first_share(reading: ArticleNumbers, sentence: Sequence[Counted]) -> Counted | None:
    return next((n for n in sentence if _is_share(reading, n)), None)


def _negated_word(reading: ArticleNumbers, n: Counted) -> str | None:
    """The first content word after a negation in the words after a share ("29% said they were
    not very or not at all concerned": concerned)."""
    words = _plain_words(reading.after(n))
    fillers = set(tables()["negation_fillers"])
    for i, word in enumerate(words):
        if _negation(word):
            rest = [w for w in words[i + 1:] if w[0].isalpha() and w not in fillers
                    and not _negation(w)]
            return rest[0] if rest else None
    return None


def _plain_words(text: str) -> list[str]:
    """The first words of ``text``, quotes around them dropped."""
    words = [t.word.strip("'") for t in phrases.tokens(text)][:COMPLEMENT_WORDS]
    return [w for w in words if w]


def _negation(word: str) -> bool:
    return word in tables()["negations"] or word.endswith("n't")


def _affirming(reading: ArticleNumbers, sentence: Sequence[Counted],
               word: str) -> Counted | None:
    """The one share of the sentence followed by ``word`` with no negation before it."""
    found = [n for n in sentence if _is_share(reading, n)]
    if len(found) != 1:
        return None
    words = _plain_words(reading.after(found[0]))
    if word not in words:
        return None
    return None if any(_negation(w) for w in words[:words.index(word)]) else found[0]


def _rest(reading: ArticleNumbers, first: Counted, sentence: Sequence[Counted]) -> list[Counted]:
    """"He won 87% of the vote. His rival got less than 4%.": the next sentence's shares of no
    other whole, when it gives nothing but them."""
    if reading.text[first.sentence[1]:sentence[0].sentence[0]].strip():
        return []
    if all(_is_share(reading, n) and _whole_after(reading, n) is None
           and not _starts_from(reading, n) for n in sentence):
        return list(sentence)
    return []


def _group(reading: ArticleNumbers, sentence: Sequence[Counted]) -> list[Counted]:
    """The percentages of the sentence that are shares of the whole the first one names."""
    whole: str | None = None
    group: list[Counted] = []
    for n in sentence:
        if group and _starts_from(reading, n):
            break  # "cut its stake to 3.8 pct of the total from 246,500, or 5.9 pct": two times
        if not _is_share(reading, n):
            continue
        named = _whole_after(reading, n) or (None if group else _whole_opened(reading, n))
        if whole is None:
            if named is None:
                continue
            whole = named
        elif named not in (None, whole):
            break
        group.append(n)
    return group


def _starts_from(reading: ArticleNumbers, n: Counted) -> bool:
    words = [t.word for t in phrases.tokens(reading.before(n))][-1:]
    return n.quantity.change_kind == "from" or words == ["from"]


def _is_share(reading: ArticleNumbers, n: Counted) -> bool:
    q = n.quantity
    if q.unit != "percent" or q.change is not None or q.per is not None or q.value < 0:
        return False
    words = [t.word for t in phrases.tokens(reading.before(n))]
    openers = set(tables()["share_openers"])
    return not words or words[-1] not in openers


def _whole_after(reading: ArticleNumbers, n: Counted) -> str | None:
    """"of the vote": the whole a share is of, when it is one of 'share_wholes'."""
    q = n.quantity
    words = [t.word for t in phrases.tokens(reading.text, q.end, n.sentence[1])][:5]
    if words[:1] != ["of"]:
        return None
    skip = 2 if words[1:2] in (["the"], ["all"]) else 1  # "of the vote", "of respondents"
    owner = words[skip] if skip < len(words) and _possessive(words[skip]) else None
    skip += owner is not None  # "of the company's revenue", "of its budget"
    wholes = set(tables()["share_wholes"])
    for size in (2, 1):
        noun = " ".join(words[skip:skip + size])
        if noun in wholes:
            return f"{owner} {noun}" if owner else noun
    return None


def _whole_opened(reading: ArticleNumbers, n: Counted) -> str | None:
    """"Of the 500 respondents, 61% said ...": a sentence opened by the whole its shares are
    of, the share right after the opener's comma."""
    words = [t.word for t in phrases.tokens(reading.before(n))]
    if words[:1] != ["of"] or words[-1:] != [","] or words.count(",") != 1 or len(words) < 3:
        return None
    return words[-2]


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "\u2019s")) or word in POSSESSIVES


def _whole(reading: ArticleNumbers, group: Sequence[Counted]) -> Check:
    lowest = sum(_low(n) for n in group)
    actual = sum(n.value for n in group)
    consistent = lowest <= WHOLE + EPSILON
    start, end, text = span_of(reading, group)
    pieces = " + ".join(f"{fmt(n.value)}%" for n in group)
    note = f"shares {pieces} = {fmt(actual)}% of one whole"
    return Check(kind="shares", total=WHOLE, parts=tuple(n.value for n in group),
                 expected=WHOLE, actual=actual, consistent=consistent, start=start, end=end,
                 text=text, note=note)


def _low(n: Counted) -> float:
    """The least a share may be: as rounded as written, less for "about" or "up to"."""
    q = n.quantity
    low = written(n)[0]
    if q.qualifier == "approx":
        low *= 1 - float(phrases.data()["approx_tolerance"])
    elif q.qualifier == "upper_bound":
        low = 0.0
    return low


def portions(reading: ArticleNumbers) -> Iterator[Check]:
    """"4.1 mln shares, or 13.6 pct of its 30 mln shares", "249 of the 413 fires, or 60%": a
    count restated as a percentage of a total is that share of it."""
    for sentence in reading.sentences():
        for a, b, c in zip(sentence, sentence[1:], sentence[2:], strict=False):
            if _restated(reading, a, b) and _of_total(reading, b, c):
                found = _portion(reading, part=a, percent=b, total=c)
            elif _restated(reading, b, c) and _of_total(reading, a, b):
                found = _portion(reading, part=a, percent=c, total=b)
            else:
                continue
            if found is not None:
                yield found


def _restated(reading: ArticleNumbers, count: Counted, percent: Counted) -> bool:
    """", or 13.6 pct": a count and then its share."""
    words = [t.word for t in phrases.tokens(reading.between(count, percent))]
    return percent.quantity.unit == "percent" and words in ([",", "or"], ["(", "or"], ["("]) \
        and count.quantity.unit != "percent"


def _of_total(reading: ArticleNumbers, first: Counted, total: Counted) -> bool:
    """"of the company's 30 mln": nothing but a determiner or an owner between "of" and the
    total."""
    words = [t.word for t in phrases.tokens(reading.between(first, total))]
    if not words or words[0] not in ("of", "out"):
        return False
    rest = words[1:] if words[0] == "of" else words[2:] if words[1:2] == ["of"] else ["-"]
    return len(rest) <= OWNER_WORDS and all(w[0].isalpha() for w in rest)


def _portion(reading: ArticleNumbers, *, part: Counted, percent: Counted,
             total: Counted) -> Check | None:
    other = part.unit not in (None, total.unit) and total.unit is not None
    if total.quantity.unit == "percent" or not total.value \
            or (other and (is_measure(part) or is_measure(total))):
        return None
    part_low, part_high = _bounds(part)
    total_low, total_high = _bounds(total)
    pct_low, pct_high = _bounds(percent)
    lowest = part_low / total_high * 100 if total_high else 0.0
    highest = part_high / total_low * 100 if total_low > 0 else float("inf")
    consistent = pct_low <= highest + EPSILON and lowest - EPSILON <= pct_high
    if other and not consistent:  # "1,500 jobs, or 12% of its 12,500 workforce": two nouns
        return None  # for one count is a reading; only a share that fits is reported
    actual = part.value / total.value * 100
    start, end, text = span_of(reading, [part, percent, total])
    note = (f"{fmt(part.value)} of {fmt(total.value)} is {actual:.1f}%, "
            f"stated {percent.value:g}%")
    return Check(kind="share", total=total.value, parts=(part.value,), expected=percent.value,
                 actual=round(actual, 2), consistent=consistent, start=start, end=end,
                 text=text, note=note)


def _bounds(n: Counted) -> tuple[float, float]:
    """As rounded as written, wider for "about"; a bound leaves its open side open."""
    low, high = written(n)
    q = n.quantity
    if q.qualifier == "approx":
        tolerance = float(phrases.data()["approx_tolerance"])
        return low * (1 - tolerance), high * (1 + tolerance)
    if q.qualifier == "lower_bound":
        return low, float("inf")
    if q.qualifier == "upper_bound":
        return 0.0, high
    if q.qualifier == "range":
        return min(low, q.low or low), max(high, q.high or high)
    return low, high
