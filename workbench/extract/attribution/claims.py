"""Claims: statements attributed to a source ("X said ...", "..., X said", "according to X").

A claim is the clause an attribution reports (see :mod:`~workbench.extract.attribution.cues`): the
complement of "said", the sentence before ", X said", the clause "according to X" qualifies;
for verbs that carry the point themselves ("denied responsibility") the verb is part of it.
When one report holds another ("X said ..., Reuters reported") the outer one is kept, with the
inner attribution inside its text. Words wholly inside quote marks are quotes, not claims,
unless "that" reports them ('stated that "..."').
A claim is hedged when its cue or its words mark it uncertain ("believe", "up to", "about 40").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from spacy.tokens import Doc

from workbench import lexicon
from workbench.extract.attribution import cues
from workbench.extract.attribution.cues import Attribution
from workbench.extract.attribution.index import Index, words
from workbench.extract.attribution.quotes import Attributed
from workbench.model import Article, Claim, Entity, Quantity, Quote

MIN_WORDS = 2
_THAT_BEFORE = re.compile(r"\bthat\s*[\"“‘']?\s*$")
ACCORDING = "according to"
UNCERTAIN_QUALIFIERS = frozenset({"approx", "upper_bound"})


def claims(
    doc: Doc,
    article: Article,
    *,
    entities: Sequence[Entity] = (),
    quantities: Sequence[Quantity] = (),
    quotes: Sequence[Quote] = (),
    read: Attributed | None = None,
) -> Iterator[Claim]:
    """Every attributed statement in the article, in text order.

    ``read`` is the article's :func:`~workbench.extract.attribution.quotes.attributed`, shared
    with the quotes, when the caller has it: the same cues and speakers for both.
    """
    quoted = [(q.start, q.end) for q in quotes]
    if read is None:
        ctx = Index(doc, article, entities, quoted)
        every = cues.attributions(ctx)
    else:
        ctx, every = read.ctx, list(read.found)
    found = [a for a in every if _usable(ctx, a, quoted)]
    kept: list[Attribution] = []
    seen: set[tuple[int, int]] = set()
    for a in found:
        if a.content is None or a.content in seen or _inside_other(ctx, a, found):
            continue
        seen.add(a.content)
        kept.append(a)
    written: set[tuple[str, str]] = set()
    for a in sorted(kept, key=lambda a: a.content or (0, 0)):
        start, end = a.content or (0, 0)
        source = a.source
        if source is None or (source.name, article.text[start:end]) in written:
            continue  # a caption repeated in the body says the same thing once
        written.add((source.name, article.text[start:end]))
        inside = tuple(i for i, q in enumerate(quantities) if start <= q.start and q.end <= end)
        yield Claim(
            start=start, end=end, text=article.text[start:end],
            section=article.section_kind(start), source=source.name, cue=a.cue,
            hedged=_hedged(ctx, a, [quantities[i] for i in inside]),
            quantities=inside, source_text=source.text,
            source_start=source.start, source_end=source.end,
        )


def _usable(ctx: Index, a: Attribution, quoted: Sequence[tuple[int, int]]) -> bool:
    if a.content is None or a.source is None:
        return False
    if a.cue in words("no_claim_verbs") and not a.predicate and not (
            a.cue in words("that_claim_verbs")
            and _THAT_BEFORE.search(ctx.text, max(0, a.content[0] - 8), a.content[0])) \
            and not (a.cue in words("how_claim_verbs") and _how_clause(ctx, a.content)):
        return False  # 'urged them "to come"'; but 'called the plan "reckless"' states a view,
        #               and 'continued that the war would end' reports
    start, end = a.content
    if len(ctx.text[start:end].split()) < MIN_WORDS:
        return False
    tokens = ctx.doc[ctx.char_token(start):ctx.char_token(end - 1) + 1]
    if a.cue != ACCORDING and not any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return False  # a clause states something; "Last month" does not
    if _THAT_BEFORE.search(ctx.text, max(0, start - 8), start):
        return True  # 'stated that "Russia cannot lose"': reported speech in quoted words
    return not any(qs - 1 <= start and end <= qe + 1 for qs, qe in quoted)


def _how_clause(ctx: Index, content: tuple[int, int]) -> bool:
    """Does the material open with "how" ("described how the flood came in")?"""
    return ctx.text[content[0]:content[1]].lower().startswith("how ")


def _inside_other(ctx: Index, a: Attribution, found: Sequence[Attribution]) -> bool:
    """Is this report part of the material of another one in its sentence (its cue word
    inside: "added that he believes ...", whose "that" the material leaves out)?"""
    at = min(ctx.doc[a.verb].idx, a.core[1] - 1)
    return any(b is not a and b.sentence == a.sentence and b.content is not None
               and (b.content[0] <= a.core[0] < b.content[1] or b.content[0] <= at < b.content[1])
               and not (a.content is not None and a.content[0] <= b.core[0] < a.content[1])
               for b in found)


def _bounded_age(q: Quantity) -> bool:
    """A bound on an age ("children under the age of 14", "men up to the age of 60") says who
    is counted, not how sure the source is."""
    text = q.text.lower()
    return q.unit == "year" and any(word in text for word in _age_words())


@cache
def _age_words() -> tuple[str, ...]:
    return tuple(lexicon.load("numbers")["age_words"])


@cache
def _hedge_phrases() -> re.Pattern[str]:
    phrases = sorted(lexicon.load("attribution")["hedge_phrases"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


def _hedged(ctx: Index, a: Attribution, inside: Sequence[Quantity]) -> bool:
    """Marked uncertain by its cue, a hedge word, an approximate or capped number."""
    if a.cue in words("hedge_cues"):
        return True
    if any(q.qualifier in UNCERTAIN_QUALIFIERS and not _bounded_age(q) for q in inside):
        return True
    start = min(a.core[0], a.content[0]) if a.content else a.core[0]
    end = max(a.core[1], a.content[1]) if a.content else a.core[1]
    if _hedge_phrases().search(ctx.text, start, end) and \
            _hedge_phrases().search(ctx.text[start:end].lower()):
        return True
    hedges = words("hedge_words")
    approximators = words("approximators")
    doc = ctx.doc
    first, last = ctx.char_token(start), ctx.char_token(max(end - 1, start))
    for tok in doc[first:last + 1]:
        if tok.text in hedges or (tok.lower_ in hedges and tok.tag_ not in ("MD", "NNP")):
            return True
        if tok.lower_ in approximators and _number_follows(doc, tok.i + 1):
            return True
    return False


def _number_follows(doc: Doc, i: int) -> bool:
    """Is token ``i`` a number, or a currency sign before one ("about $5 million")?"""
    if i < len(doc) and doc[i].is_currency:
        i += 1
    return i < len(doc) and doc[i].like_num
