"""Numbers that should add up inside one article.

``checks(facts)`` yields one :class:`~workbench.model.Check` per arithmetic relation the text
states: a total and its parts in one sentence, or in the sentence after it ("Of those, ...")
(``parts``; ``subset`` when the list of parts is not exhaustive), a lead count over several
places and the counts given place by place (``places``), a count called a record
(``record``), a change from one level to another with or without its percentage or amount
(``change``), comparisons in words (``comparison``, ``multiple``), a part of a total ("249 of
the 413 wildfires": ``part``), shares of one whole ("56% of the vote ... 44%": ``shares``), a
count restated as its share of a total ("4.1 mln shares, or 13.6 pct of its 30 mln": ``share``)
a conversion in brackets ("100 miles (161 km)", "3.3 trillion yuan ($458 billion)":
``conversion``), a move by its amount, percentage and level reached ("lost 120 points, or
1.5%, to 7,880": ``change``), a count and the names listing what it counts ("five powers - A,
B, C, D and E": ``parts``), a figure restated (``same_figure``), a running total ("bringing
the total to": ``subset``), an average inside the range it averages (``range``), a multiple
by a verb ("double ... to": ``multiple``), an old level named by its period ("The previous
week's level": ``change``), a results table's longer period against its quarter
(``subset``), its per-share figure against its net over its average shares (``per_share``)
and a vote tally against the members who could vote ("the 100-seat Senate voted
52-48": ``tally``) and a rate restated per another period ("$2 million a day, or about $730
million a year": ``conversion``), old levels listed after one new level ("to 5.2 bln in June
from 4.9 bln in May and 4.4 bln a year earlier": ``change``), a new level whose old one is the
plain level of the sentence next to it (``change``), a part and "the other" ("Three of the four
reactors are offline; the other ...": ``parts``), a total of figures stated sentence by
sentence ("... totaled 14.365 bln": ``parts``), a bound and the exact figure of the next
sentence ("less than 5 pct" ... "4.6 pct": ``bound``), one span of time in two units ("two
days" ... "48-hour": ``conversion``) a count of the amounts listed after it ("two loans of
40 mln and 25 mln": ``parts``) and figures that add up to the total before them with no cue
(``parts``, reported when they do) and a count at a price against the amount it comes to
("89 mln shares ... at 22 cents ... to raise 19.6 mln dlrs": ``product``, reported when it
holds), and a total split between a sentence pointing back at it and one opening with the
other part ("Of the total, 400 bln ... The other 400 bln": ``parts``, reported when it holds),
a count out of a whole ("25,000 people out of its 100,000 population": ``part``), a count the
next sentence says included another ("The group included 72 sailors": ``part``, reported when
it holds), two levels at two times set side by side ("14.9 bln on April 8 compared with 16.4
bln on April 7"), a level revised with no direction and a past figure with the figure "now"
(``change``, reported as read), a count and the items taken up one by one after it ("two
things: the first ... The other ...": ``parts``, reported when they agree).
Each check spans the sentence or sentences it read: ``text[start:end]``.

A check whose reading is uncertain (two bare numbers, shares that may overlap) is reported only
when it holds: it never raises an alarm.
"""

from __future__ import annotations

from collections.abc import Iterator

from workbench.compare.checks import (
    anaphora,
    bounds,
    breakdown,
    changes,
    combined,
    comparatives,
    comparisons,
    conversions,
    dated,
    enumerations,
    inclusions,
    linked,
    moves,
    ordered,
    products,
    rates,
    readings,
    remainders,
    restated,
    results,
    series,
    shares,
    sums,
    tallies,
    targets,
)
from workbench.model import ArticleFacts, Check

KNOWN = frozenset({"change", "same_figure", "comparison", "part", "parts", "subset"})


def checks(facts: ArticleFacts) -> Iterator[Check]:
    """Every arithmetic check the article's numbers allow, in text order."""
    if not facts.quantities:  # a count alone may still meet a tally or a list of names
        return
    reading = readings.read(facts)
    found = [*breakdown.within_sentences(reading), *breakdown.across_sentences(reading),
             *anaphora.from_previous(reading),
             *anaphora.compositions(reading), *anaphora.continued(reading),
             *anaphora.totals_after(reading),
             *comparisons.records(reading), *changes.stated(reading), *moves.moves(reading),
             *conversions.conversions(reading), *shares.shares(reading),
             *shares.portions(reading), *comparatives.comparatives(reading),
             *comparatives.recalled(reading), *comparatives.records_broken(reading),
             *comparatives.contrasts(reading),
             *restated.restated(reading), *combined.combined(reading),
             *enumerations.enumerations(reading),
             *enumerations.amounts_counted(reading),
             *enumerations.items_counted(reading), *ordered.ordered(reading),
             *linked.running_totals(reading),
             *linked.averages(reading), *linked.multiplied(reading),
             *linked.previous_levels(reading), *linked.recalled_multiples(reading),
             *results.results(reading), *results.per_share(reading),
             *results.per_share_notes(reading),
             *tallies.tallies(reading), *rates.rates(reading)]
    found += [c for c in targets.targets(reading) if not _same_pair(c, found)]
    found += [c for c in conversions.durations(reading)
              if not _same_pair(c, found, kinds=KNOWN | {"conversion"})]
    found += [c for c in bounds.bounds(reading) if not _same_pair(c, found, kinds=KNOWN)]
    found += [c for c in series.series(reading)
              if not any((o.total, o.parts) == (c.total, c.parts) for o in found)]
    found += [c for c in shares.complements(reading) if not any(_identical(c, o) for o in found)]
    found += [c for c in [*anaphora.split_after(reading), *anaphora.placed_after(reading)]
              if not any((o.total, o.parts) == (c.total, c.parts) for o in found)]
    found += [c for c in comparisons.changes(reading) if not _same_numbers(c, found)
              and not any(_identical(c, o) for o in found)]
    found += [c for c in comparisons.parts_of(reading) if not _covered(c, found)]
    found += [c for c in [*dated.dated(reading), *dated.then_and_now(reading)]
              if not _same_pair(c, found)]
    found += [c for c in inclusions.inclusions(reading) if not _covered(c, found)]
    found += products.products(reading)
    found += [c for c in remainders.remainders(reading)
              if not any((o.total, o.parts) == (c.total, c.parts) for o in found)]
    found += [c for c in sums.silent_sums(reading)
              if not any((o.total, o.parts) == (c.total, c.parts) for o in found)]
    found.sort(key=lambda c: (c.start, c.end, c.kind))
    yield from found


def _same_pair(check: Check, others: list[Check], *,
               kinds: frozenset[str] = frozenset({"change"})) -> bool:
    """Two figures another reading (of ``kinds``) already checks."""
    return any(o.kind in kinds and {check.total, *check.parts} <= {o.total, *o.parts}
               for o in others)


def _identical(a: Check, b: Check) -> bool:
    return (a.kind, a.total, a.parts, a.start) == (b.kind, b.total, b.parts, b.start)


def _same_numbers(check: Check, others: list[Check]) -> bool:
    """A change whose old level another reading of the same sentence already checks."""
    return any(o.kind == "change" and o.start <= check.start and check.end <= o.end
               and o.parts[:1] == check.parts[:1] for o in others)


def _covered(part: Check, others: list[Check]) -> bool:
    """A part of a total whose total another check of the same sentence already reads
    ("Of the 29 buildings, 21 were damaged and 8 of them destroyed": 21 is a part there)."""
    return any(o.start <= part.start and part.end <= o.end
               and part.total in {o.total, *o.parts} for o in others)
