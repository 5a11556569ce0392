"""Quotes: words in quote marks (see :mod:`~workbench.extract.attribution.marks`), with who
said them. The speaker comes from the attribution (see
:mod:`~workbench.extract.attribution.cues`) whose reported clause holds the quote or that sits
right next to it ("...," he added; X said: "..."), or the named person whose clause a colon
ends before it ("Patel was blunt: "...""), or the name a line opens with before a colon
("Maria Lopez: "...""); whole sentences a comma joins to a sentence with no cue beside them
go to the person that sentence reports or has as subject ("Lopez says ..., "...""); quotes
listed after a colon that speaks of a named person's remarks are that person's; a quote
of whole sentences with none follows the quote before it; a short quoted phrase with no
attribution (a scare quote) has no speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from workbench.extract.attribution import cues, naming, placed
from workbench.extract.attribution.cues import Attribution
from workbench.extract.attribution.index import SUBJECTS, Index, Source, clean_name, words
from workbench.extract.attribution.marks import QuoteSpan, quote_spans, titles_of_works
from workbench.model import Article, Entity, Quote

_AFTER = re.compile(r"[\s,.;:!?—–-]*")
_BEFORE = re.compile(r"[\s,:—–-]*")
_FULL_STOP = re.compile(r"[.…][\s)]*$")
_BARE_CUE = re.compile(r"\s*(?:[a-z]+\s*)?[.!]")  # '"...." Lee interrupted.': nothing else
_TITLE_SOURCE = (re.compile(r"\s[-–—]+\s*(?P<name>[^-–—:'\"‘’“”]{2,60})$"),
                 re.compile(r"^(?P<name>[^:'\"‘’“”]{2,50}):\s*[\"'‘“]"))
MAX_GAP = 8
MAX_PATH = 12
_BLOCKING = frozenset({"prep", "agent", "pcomp", "advcl", "relcl", "conj", "nsubj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class Attributed:
    """One article's quoted stretches and attribution cues, read once for quotes and claims."""

    ctx: Index
    spans: tuple[QuoteSpan, ...]
    found: tuple[Attribution, ...]


def attributed(doc: Doc, article: Article, entities: Sequence[Entity]) -> Attributed:
    """Quote marks and attribution cues of one article, each speaker resolved once."""
    every = quote_spans(article)
    titles = titles_of_works(article, every, entities)
    spans = [s for s in every if s not in titles]
    # a quoted title's words are no one's: its names speak for no one, its verbs report nothing
    ctx = Index(doc, article, entities, [(s.start, s.end) for s in every])
    return Attributed(ctx, tuple(spans), tuple(cues.attributions(ctx)))


def quotes(doc: Doc, article: Article, *, entities: Sequence[Entity] = (),
           read: Attributed | None = None) -> Iterator[Quote]:
    """Every quotation in the article, in text order, with its speaker or None.

    ``read`` is the article's :func:`attributed` when the caller has it already.
    """
    read = read if read is not None else attributed(doc, article, entities)
    ctx, spans, found = read.ctx, list(read.spans), read.found
    chosen: list[Attribution | None] = [
        _placed(ctx, s, found, _colon_speaker(
            ctx, s, _attribution_of(ctx, s, found) or _misread_cue(ctx, s)))
        for s in spans]
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
        verb = cue.cue or None if cue is not None and source is not None else None
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

def _placed(ctx: Index, span: QuoteSpan, found: Sequence[Attribution],
            cue: Attribution | None) -> Attribution | None:
    """The speaker the quote's place gives when no cue beside it does (see ``placed``)."""
    cue = placed.listed_speaker(ctx, span, placed.appended_speaker(ctx, span, found, cue))
    return placed.beat_speaker(ctx, span, found, placed.dash_speaker(ctx, span, cue))


def _attribution_of(ctx: Index, span: QuoteSpan,
                    found: Sequence[Attribution]) -> Attribution | None:
    """The attribution whose reported clause holds the quote, else one right next to it."""
    first = ctx.sentence_of(ctx.char_token(span.start))
    last = ctx.sentence_of(ctx.char_token(max(span.end - 1, span.start)))
    holding: list[Attribution] = []
    beside: list[tuple[int, Attribution]] = []
    governing: list[Attribution] = []
    for a in found:
        if a.sentence < first - 1 or a.sentence > last + 1 or a.source is None \
                or (a.source.start < span.close and span.open < a.source.end):
            continue  # no attribution, or one naming its source inside the quote
        if cues.as_reported_by(ctx.doc[a.verb]) is not None:
            continue  # "as reported by X, Y called it "...": the outlet relays, Y speaks
        if a.content and a.content[0] <= span.start < a.content[1] \
                and first <= a.sentence <= last + 1:
            holding.append(a)
        elif a.cue in words("introducing_verbs"):
            if _governs(ctx, a.verb, span):  # "spoke of "...""; never a quote beside it
                governing.append(a)
        elif (gap := _gap(ctx, span, a)) is not None and not _new_sentence(ctx, span, a):
            beside.append((gap, a))
        elif _governs(ctx, a.verb, span):
            governing.append(a)
    spoken = [a for a in holding if a.cue not in words("document_verbs")]
    if spoken and len(spoken) < len(holding):
        holding = spoken  # 'X said the figures show that "..."': X's words, not the figures'
    if holding:
        return min(holding, key=lambda a: a.content[1] - a.content[0] if a.content else 0)
    if beside:
        return min(beside, key=lambda pair: pair[0])[1]
    if governing:
        return governing[-1]
    joined = [a for a in found if a.source is not None and a.sentence == first
              and a.cue in words("speech_verbs") and _coordinated(ctx, a.verb, span)]
    return joined[-1] if joined else None


def _misread_cue(ctx: Index, span: QuoteSpan) -> Attribution | None:
    """'Timberlake joked, "Wow, ..."' where the parse took the past tense of a speech verb
    for a noun: the person named right before that word, a comma or colon, then the quote."""
    at = span.open
    while at > 0 and ctx.text[at - 1] in " ,:":
        at -= 1
    if at == span.open or at == 0:
        return None
    word = ctx.doc[ctx.char_token(at - 1)]
    if word.pos_ in ("VERB", "AUX") or word.lower_ not in _speech_pasts() or word.i == 0:
        return None
    source = naming.person_named(ctx, ctx.doc[word.i - 1])
    if source is None:
        return None
    return Attribution(_speech_pasts()[word.lower_], word.i, ctx.sentence_of(word.i),
                       (source.start, word.idx + len(word.text)), None, source)


@cache
def _speech_pasts() -> dict[str, str]:
    """Regular past tenses of the speech verbs, each to its verb ("joked": "joke",
    "quipped": "quip", "replied": "reply")."""
    made: dict[str, str] = {}
    for verb in words("speech_verbs"):
        if verb.endswith("e"):
            made[verb + "d"] = verb
        elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
            made[verb[:-1] + "ied"] = verb
        else:
            made[verb + "ed"] = made[verb + verb[-1] + "ed"] = verb
    return made


def _colon_speaker(ctx: Index, span: QuoteSpan, cue: Attribution | None) -> Attribution | None:
    """'Patel was blunt: "..."': a quote a colon introduces after a clause whose subject is a
    named person is that person's, unless a cue in that clause gives its own speaker."""
    at = span.open
    while at > 0 and ctx.text[at - 1].isspace():
        at -= 1
    if at == 0 or ctx.text[at - 1] != ":":
        return cue
    if cue is None and (label := placed.label_speaker(ctx, at - 1)) is not None:
        return label
    colon = ctx.doc[ctx.char_token(at - 1)]
    sentence = ctx.sentence_of(colon.i)
    lo = ctx.sents[sentence].start
    subjects = [t for t in ctx.doc[lo:colon.i] if t.dep_ in SUBJECTS and lo <= t.head.i < colon.i]
    first = ctx.sentence_of(ctx.char_token(span.start))
    last = ctx.sentence_of(ctx.char_token(max(span.end - 1, span.start)))
    if not subjects or (cue is not None and (cue.sentence == sentence
                                             or first <= cue.sentence <= last)):
        return cue  # a cue in the colon's clause or beside the quote names its own speaker
    named = [naming.person_named(ctx, t) for t in (subjects[-1], *subjects[-1].children)
             if t.i == subjects[-1].i or t.dep_ == "appos"]
    source = next((n for n in named if n is not None), None)
    if source is None:
        return cue
    return Attribution("", subjects[-1].head.i, sentence, (source.start, source.end), None,
                       source)


def _governs(ctx: Index, verb: int, span: QuoteSpan) -> bool:
    """Does the quote hang below the cue verb, after it, through no preposition?
    ('told mourners his daughter "died for Russia"', not 'warned against a "dirty bomb"')."""
    tok = ctx.doc[ctx.char_token(span.start)]
    if tok.i <= verb:
        return False
    cue = ctx.doc[verb]
    # "proceeded to ask X, "..."": the quote the parse hangs on the verb the cue completes
    carrier = cue.head.i if cue.dep_ == "xcomp" and cue.head.i < cue.i else verb
    for _ in range(MAX_PATH):
        if tok.i in (verb, carrier):
            return True
        if tok.dep_ in _BLOCKING or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _coordinated(ctx: Index, verb: int, span: QuoteSpan) -> bool:
    """Is the quote in a clause joined to the cue verb that goes on with what was said: one
    with no subject of its own ('said he was glad but was "deeply moved"'), one opened by
    "that" ('said ... and that the plan "will fail"') or one the quote opens ('said it
    would pass, but "the votes are not there"')?"""
    tok = ctx.doc[ctx.char_token(span.start)]
    if tok.i <= verb:
        return False
    for _ in range(MAX_PATH):
        if tok.dep_ == "conj" and _joined_to(tok, verb):
            break
        if tok.head.i == tok.i or tok.dep_ in ("relcl", "acl", "advcl"):
            return False
        tok = tok.head
    else:
        return False
    if not any(c.dep_ in SUBJECTS for c in tok.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return True
    lead = ctx.text[tok.left_edge.idx:span.open].strip(" ,").lower()
    return lead in ("", "and", "but", "or")


def _joined_to(tok: Token, verb: int) -> bool:
    """Is ``tok`` a conjunct of the verb at ``verb`` (directly or down a chain of them)?"""
    head = tok.head
    for _ in range(MAX_PATH):
        if head.i == verb:
            return True
        if head.dep_ != "conj" or head.head.i == head.i:
            return False
        head = head.head
    return False


def _passive(verb: Token) -> bool:
    """'The contents were first reported by the Ledger': a report of something named, not a
    cue that closes a quote before it."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _gap(ctx: Index, span: QuoteSpan, a: Attribution) -> int | None:
    """Characters between a quote and an attribution right next to it, else None.

    After the quote: '"...," he said', '"...?" she asked' (a quote ending its sentence with a
    full stop is not attributed by the next sentence). Before it: 'X said: "..."'.
    """
    text = ctx.text
    after, before = a.core[0] - span.close, span.open - a.core[1]
    ended = _FULL_STOP.search(text, span.start, span.end) \
        or text[span.close:span.close + 1] == "."
    if 0 <= after < MAX_GAP and _AFTER.fullmatch(text, span.close, a.core[0]) \
            and (not ended or text[a.core[0]].islower()
                 or (_BARE_CUE.match(text, a.core[1]) and "\n" not in text[span.close:a.core[0]]
                     and not _passive(ctx.doc[a.verb]))):
        return after
    if 0 <= before < MAX_GAP and _BEFORE.fullmatch(text, a.core[1], span.open) \
            and any(p in text[a.core[1]:span.open] for p in ",:"):
        return before
    return None


def _new_sentence(ctx: Index, span: QuoteSpan, a: Attribution) -> bool:
    """'"... announce?" But the singer responded, "..."': a question or an exclamation
    followed by a sentence that opens with a capitalised word other than a name or a pronoun
    ("But", "The") is not attributed by that sentence's cue ('"...?" the dissenters wrote'
    is)."""
    if a.core[0] < span.close or ctx.text[span.start:span.end].rstrip()[-1:] not in "?!":
        return False
    first = ctx.doc[ctx.char_token(a.core[0])]
    if a.source is not None and a.source.start <= first.idx < a.source.end:
        return False  # the sentence opens with its source: '"...?" Parks pressed.'
    return first.text[:1].isupper() and first.pos_ not in ("PROPN", "PRON")


def _continued(ctx: Index, span: QuoteSpan, found: Sequence[Attribution],
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
    introduced = ctx.sents[first - 1].text.rstrip().endswith(":") if first > 0 else False
    before = [a for a in found if a.sentence == first - 1 and a.source is not None
              and (a.content is not None or introduced)
              and (introduced or a.cue not in words("introducing_verbs"))
              and (a.cue in words("speech_verbs") or a.source.kind == "person")]
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
