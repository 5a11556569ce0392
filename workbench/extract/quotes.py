"""Quotes: words in quote marks, with who said them.

Marks are read from their context, not their shape alone: straight and curly, double and
single (headlines and some outlets quote in single marks), with apostrophes told apart. An
unbalanced mark is skipped and the rest kept. A quote left open at the end of a paragraph, or
broken off by a new opening mark after a full sentence, continues in the next piece (news
style); the pieces share one speaker. The speaker comes from the attribution (see
:mod:`workbench.extract.attribution`) whose reported clause holds the quote or that sits right
next to it ("...," he added; X said: "..."); a quote of whole sentences with none follows the
quote before it; a short quoted phrase with no attribution (a scare quote) has no speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from workbench.extract import attribution
from workbench.extract.attribution import Attribution
from workbench.extract.sources import Context, Source, clean_name, words
from workbench.model import Article, Entity, Quote, Section

DOUBLE = "\"“”„«»"
SINGLE = "'‘’‹›"
OPENING = "“„«‘‹"
CLOSING = "”»’›"
_MARK = re.compile(f"[{DOUBLE}{SINGLE}]")
_BEFORE_OPEN = "([{—–-/" + DOUBLE + SINGLE
_AFTER_CLOSE = ".,;:!?)]}—–-/…" + DOUBLE + SINGLE
_AFTER = re.compile(r"[\s,.;:!?—–-]*")
_BEFORE = re.compile(r"[\s,:—–-]*")
_SENTENCE_END = re.compile(r"[.!?…][\s)]*$")
_FULL_STOP = re.compile(r"[.…][\s)]*$")
_TITLE_SOURCE = (re.compile(r"\s[-–—]+\s*(?P<name>[^-–—:'\"‘’“”]{2,60})$"),
                 re.compile(r"^(?P<name>[^:'\"‘’“”]{2,50}):\s*[\"'‘“]"))
WORK_LABEL = "WORK_OF_ART"
MAX_GAP = 8
MAX_PATH = 12
_BLOCKING = frozenset({"prep", "agent", "pcomp", "advcl", "relcl", "conj", "nsubj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Quoted words: ``start:end`` the inner text, ``open``/``close`` the marks' outer bounds."""

    start: int
    end: int
    open: int
    close: int
    chain: int


def quotes(doc: Doc, article: Article, *, entities: Sequence[Entity] = ()) -> Iterator[Quote]:
    """Every quotation in the article, in text order, with its speaker or None."""
    spans = [s for s in quote_spans(article) if not _is_title_of_work(article, s, entities)]
    ctx = Context(doc, article, entities, [(s.start, s.end) for s in spans])
    found = attribution.attributions(ctx)
    chosen: list[Attribution | None] = [_attribution_of(ctx, s, found) for s in spans]
    chains: dict[int, list[int]] = {}
    for i, span in enumerate(spans):
        chains.setdefault(span.chain, []).append(i)
    previous: int | None = None
    for members in chains.values():
        cue = next((chosen[i] for i in members if chosen[i] is not None), None)
        if cue is None:
            cue = _continued(ctx, spans[members[0]], found,
                             None if previous is None else spans[previous],
                             None if previous is None else chosen[previous])
        for i in members:
            chosen[i] = chosen[i] or cue
        previous = members[-1]
    body = [(s, c) for s, c in zip(spans, chosen, strict=True)
            if article.section_kind(s.start) != "title"]
    for span, cue in zip(spans, chosen, strict=True):
        source = cue.source if cue is not None else None
        verb = cue.cue if cue is not None and source is not None else None
        if article.section_kind(span.start) == "title":
            source, verb = _title_speaker(article, span, body, entities)
        yield Quote(
            start=span.start, end=span.end, text=article.text[span.start:span.end],
            section=article.section_kind(span.start),
            speaker=source.name if source else None, cue=verb,
            speaker_text=source.text if source else None,
            speaker_start=source.start if source else None,
            speaker_end=source.end if source else None,
        )


def quote_spans(article: Article) -> list[QuoteSpan]:
    """Quoted stretches of every section: double marks first, then single ones outside them."""
    text = article.text
    sections = article.sections
    doubles = _layer(text, sections, DOUBLE, (), first_chain=0)
    singles = _layer(text, sections, SINGLE, [(s.open, s.close) for s in doubles],
                     first_chain=len(doubles) + 1)
    singles_out = [(s.open, s.close) for s in singles]
    doubles = [d for d in doubles if not any(a < d.open and d.close < b for a, b in singles_out)]
    return sorted(doubles + singles, key=lambda s: s.start)


def _layer(text: str, sections: Sequence[Section], marks: str,
           outside: Sequence[tuple[int, int]], *, first_chain: int) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    chain = first_chain
    carried = False
    for number, section in enumerate(sections):
        lo, hi = section.start, section.end
        found = [(m.start(), role) for m in _MARK.finditer(text, lo, hi)
                 if m.group() in marks and not any(a <= m.start() < b for a, b in outside)
                 and (role := _role(text, m.start(), lo, hi)) is not None]
        pending: int | None = None
        for k, (i, role) in enumerate(found):
            if role == "open" or (role == "either" and pending is None):
                if pending is not None:
                    if _SENTENCE_END.search(text, pending + 1, i) and i - pending > 20:
                        out.append(_span(text, pending, i, chain if carried else chain + 1))
                        chain, carried = out[-1].chain, True
                    else:
                        carried = False
                pending = i
            elif pending is not None:
                if role == "weak" and _stronger_close(found, k):
                    continue
                out.append(_span(text, pending, i + 1, chain if carried else chain + 1))
                chain, carried = out[-1].chain, False
                pending = None
        nxt = sections[number + 1] if number + 1 < len(sections) else None
        if pending is not None and nxt is not None and text[nxt.start:nxt.start + 1] in marks \
                and nxt.kind == "paragraph":
            out.append(_span(text, pending, hi, chain if carried else chain + 1))
            chain, carried = out[-1].chain, True
        else:
            carried = False
    return [s for s in out if s.end > s.start and any(ch.isalnum() for ch in text[s.start:s.end])]


def _stronger_close(found: list[tuple[int, str]], k: int) -> bool:
    """Is there a real closing mark before the next opening one (so "s'" is a possessive)?"""
    for _, role in found[k + 1:]:
        if role == "open":
            return False
        if role in ("close", "either"):
            return True
    return False


def _span(text: str, open_at: int, close_end: int, chain: int) -> QuoteSpan:
    """The inner words between a mark at ``open_at`` and an end (after a closing mark)."""
    close_mark = close_end - 1 if text[close_end - 1] in DOUBLE + SINGLE else close_end
    start, end = open_at + 1, close_mark
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return QuoteSpan(start, end, open_at, close_end, chain)


def _role(text: str, i: int, lo: int, hi: int) -> str | None:
    """"open", "close", "either" (a straight mark), "weak" (s' closing) or None (apostrophe)."""
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    single = ch in SINGLE
    if single and ((prev.isalnum() and nxt.isalnum()) or (prev.isspace() and nxt.isspace())):
        return None
    left = prev.isspace() or prev in _BEFORE_OPEN
    right = nxt.isspace() or nxt in _AFTER_CLOSE
    if left and not right:
        if single and not (nxt.isalnum() or nxt in DOUBLE):
            return None
        if single and text[i + 1:i + 3].isdigit() and text[i + 3:i + 4] in ("s", " "):
            return None
        return "open"
    if right and not left:
        if single and prev in "sS" and re.match(r"\s+[a-z]", text[i + 1:i + 4]):
            return "weak"
        return "close"
    if ch in OPENING:
        return "open"
    if ch in CLOSING:
        return "close"
    return None if single else "either"


def _is_title_of_work(article: Article, span: QuoteSpan, entities: Sequence[Entity]) -> bool:
    """"the film "War and Peace"": a quoted title, not words anyone said."""
    tokens = article.text[span.start:span.end].split()
    small = words("title_small_words")
    if not tokens or not all(w[:1].isupper() or w.lower() in small for w in tokens):
        return False
    if any(e.label == WORK_LABEL and e.start <= span.start and span.end <= e.end
           for e in entities):
        return True
    before = article.text[max(0, span.open - 40):span.open].lower().split()
    return bool(before) and before[-1].strip(",:") in words("work_nouns")


def _attribution_of(ctx: Context, span: QuoteSpan,
                    found: Sequence[Attribution]) -> Attribution | None:
    """The attribution whose reported clause holds the quote, else one right next to it."""
    first = ctx.sentence_of(ctx.char_token(span.start))
    last = ctx.sentence_of(ctx.char_token(max(span.end - 1, span.start)))
    holding: list[Attribution] = []
    beside: list[tuple[int, Attribution]] = []
    governing: list[Attribution] = []
    text = ctx.text
    for a in found:
        if a.sentence < first - 1 or a.sentence > last + 1 or a.source is None \
                or (a.source.start < span.close and span.open < a.source.end):
            continue  # no attribution, or one naming its source inside the quote
        if a.content and a.content[0] <= span.start < a.content[1] \
                and first <= a.sentence <= last + 1:
            holding.append(a)
        elif (gap := _gap(text, span, a)) is not None:
            beside.append((gap, a))
        elif _governs(ctx, a.verb, span):
            governing.append(a)
    if holding:
        return min(holding, key=lambda a: a.content[1] - a.content[0] if a.content else 0)
    if beside:
        return min(beside, key=lambda pair: pair[0])[1]
    return governing[-1] if governing else None


def _governs(ctx: Context, verb: int, span: QuoteSpan) -> bool:
    """Does the quote hang below the cue verb, after it, through no preposition?
    ('told mourners his daughter "died for Russia"', not 'warned against a "dirty bomb"')."""
    tok = ctx.doc[ctx.char_token(span.start)]
    if tok.i <= verb:
        return False
    for _ in range(MAX_PATH):
        if tok.i == verb:
            return True
        if tok.dep_ in _BLOCKING or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _gap(text: str, span: QuoteSpan, a: Attribution) -> int | None:
    """Characters between a quote and an attribution right next to it, else None.

    After the quote: '"...," he said', '"...?" she asked' (a quote ending its sentence with a
    full stop is not attributed by the next sentence). Before it: 'X said: "..."'.
    """
    after, before = a.core[0] - span.close, span.open - a.core[1]
    ended = _FULL_STOP.search(text, span.start, span.end) \
        or text[span.close:span.close + 1] == "."
    if 0 <= after < MAX_GAP and _AFTER.fullmatch(text, span.close, a.core[0]) \
            and (not ended or text[a.core[0]].islower()):
        return after
    if 0 <= before < MAX_GAP and _BEFORE.fullmatch(text, a.core[1], span.open) \
            and any(p in text[a.core[1]:span.open] for p in ",:"):
        return before
    return None


def _continued(ctx: Context, span: QuoteSpan, found: Sequence[Attribution],
               prev: QuoteSpan | None, prev_cue: Attribution | None) -> Attribution | None:
    """A quote of whole sentences with no attribution of its own goes on from the sentence
    before: the speaker of the quote just before it, or the source that sentence reports."""
    first = ctx.sentence_of(ctx.char_token(span.start))
    if ctx.text[ctx.sents[first].start_char:span.open].strip():
        return None
    if prev is not None and prev_cue is not None and prev_cue.source is not None:
        prev_last = max(ctx.sentence_of(ctx.char_token(max(prev.end - 1, prev.start))),
                        prev_cue.sentence)
        if first <= prev_last + 1:
            return prev_cue
    before = [a for a in found if a.sentence == first - 1 and a.source is not None
              and a.content is not None and (a.cue in words("speech_verbs")
                                             or a.source.kind == "person")]
    return before[-1] if before else None


def _title_speaker(article: Article, span: QuoteSpan, body: Sequence[tuple[QuoteSpan,
                   Attribution | None]], entities: Sequence[Entity]
                   ) -> tuple[Source | None, str | None]:
    """A headline quote: said by whoever said the same words in the body, or named after a
    dash ("... - Pentagon") or before a colon ("Putin: '...'")."""
    quoted = " ".join(article.text[span.start:span.end].lower().split())
    for other, cue in body:
        said = " ".join(article.text[other.start:other.end].lower().split())
        if cue is not None and cue.source is not None \
                and (quoted == said or (" " in quoted and quoted in said)):
            return cue.source, cue.cue
    title = article.sections[0] if article.sections else None
    if title is None:
        return None, None
    for pattern in _TITLE_SOURCE:
        match = pattern.search(article.text, title.start, title.end)
        if match and not (match.start("name") < span.end and span.start < match.end("name")):
            name = clean_name(match.group("name"))
            canonical = next((e.canonical for e in entities if e.text == name), name)
            return Source(canonical, match.group("name"), match.start("name"),
                          match.end("name"), "body"), None
    return None, None
