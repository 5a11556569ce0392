"""A new level stated without its old one, which the sentence right before or after gives:
"The current conversion ratio is 1.5 shares for each note. After June 1 the ratio falls to one
share"; "The city hopes to cut its budget deficit to $40 million by 2027. The budget deficit was
$95 million last year".

The new level is marked with its direction and "to" and is the only figure of its kind in its
sentence; the old one is the only plain level of that kind in the sentence right before (else
right after), stated as what the thing is ("was", "of"), and the words before each name a thing
in common ("ratio", "deficit"). Two sentences may speak of two things of one unit, so the change
is reported only when it holds.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from workbench.compare import phrases
from workbench.compare.checks.changes import SUBJECTLESS
from workbench.compare.checks.levels import comparable, judge
from workbench.compare.checks.readings import ArticleNumbers, Counted, is_interval, tables
from workbench.model import Check

MIN_LETTERS = 4  # shorter words name no subject
LINK_WORDS = 3  # "was a record 95 mln"


def targets(reading: ArticleNumbers) -> Iterator[Check]:
    sentences = [s for s in reading.sentences() if reading.in_body(s[0])]
    for at, sentence in enumerate(sentences):
        for new in sentence:
            if not _alone(sentence, new):
                continue
            around = [sentences[k] for k in (at - 1, at + 1) if 0 <= k < len(sentences)]
            for other in around:
                if not _adjacent(reading, other, sentence):
                    continue
                old = _old_level(reading, other, new)
                if old is None or not _subject(reading, sentence, new) \
                        & _subject(reading, other, old):
                    continue
                check = judge(reading, new=new, old=old, amount=None,
                              rising=new.quantity.change == "increase", sure=False)
                if check is not None:
                    yield check
                break


def _alone(sentence: Sequence[Counted], new: Counted) -> bool:
    """A new level marked "to" with its direction, with no other figure of its kind beside it
    in its sentence (that one would be its old level or its amount)."""
    q = new.quantity
    if q.change_kind != "to" or q.change is None or q.qualifier not in ("exact", "approx") \
            or new.unit is None:
        return False
    return not any(m is not new and (comparable(m, new) or m.unit == new.unit) for m in sentence)


def _old_level(reading: ArticleNumbers, sentence: Sequence[Counted],
               new: Counted) -> Counted | None:
    """The one plain level of the new level's kind in ``sentence``."""
    same = [n for n in sentence if n.unit == new.unit and n.quantity.unit == new.quantity.unit
            and n.quantity.change is None and n.quantity.change_kind is None]
    if len(same) != 1:
        return None
    old = same[0]
    if old.quantity.qualifier != "exact" or not comparable(old, new) \
            or is_interval(reading, old) or not _stated_level(reading, old):
        return None
    return old


def _stated_level(reading: ArticleNumbers, n: Counted) -> bool:
    """"was a record 95 mln", "a ratio of 1.5": a level stated as what a thing is (a word of
    ``level_links`` at most ``LINK_WORDS`` words before it), not one it needs or aims at."""
    words = [t.word for t in phrases.tokens(reading.before(n))][-LINK_WORDS:]
    return bool(set(words) & set(tables()["level_links"]))


def _adjacent(reading: ArticleNumbers, a: Sequence[Counted], b: Sequence[Counted]) -> bool:
    first, second = sorted((a, b), key=lambda s: s[0].sentence[0])
    return not reading.text[first[0].sentence[1]:second[0].sentence[0]].strip()


def _subject(reading: ArticleNumbers, sentence: Sequence[Counted], n: Counted) -> set[str]:
    """The content words before a number back to the number before it, or the sentence start;
    change and reporting verbs left out."""
    at = sentence.index(n)
    start = sentence[at - 1].quantity.end if at else n.sentence[0]
    data = phrases.data()
    left = {*data["increase_verbs"], *data["decrease_verbs"], *phrases.reporting_words()}
    return {t.word for t in phrases.tokens(reading.text, start, n.quantity.start)
            if len(t.word) >= MIN_LETTERS and t.word.isalpha() and t.word not in SUBJECTLESS
            and t.word not in left}
