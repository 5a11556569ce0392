"""Speakers a quote's place gives when no cue stands beside it: a line that opens with a name
and a colon ("Maria Lopez: "...""), a sentence a comma joins whole quoted sentences to
("Lopez says ..., "...""), a list a colon introduces after a person's remarks, a name after a
dash that closes the quote ('"..." — Maria Lopez'), and a sentence just before whose subject
is a named person doing something ('Lopez shook her head. "I never said that."').
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.extract.attribution import naming
from workbench.extract.attribution.cues import Attribution
from workbench.extract.attribution.index import SUBJECTS, Index, Source, words
from workbench.extract.attribution.marks import QuoteSpan
from workbench.extract.attribution.speakers import Resolver

MAX_LABEL_WORDS = 6
MAX_NAME_WORDS = 4
MAX_LIST = 8  # paragraphs of quoted items a colon introduces
MAX_BEAT_WORDS = 12  # a sentence that only shows the speaker before the words
MAX_COMMA_GAP = 3  # characters between a report's end and the comma before the quote
MIN_SENTENCE_WORDS = 3
_IMPERSONAL = frozenset({"it", "this", "that"})
_PERSONAL = frozenset({"he", "she"})
_QUOTE_MARKS = ('"', "\u201c", "\u201d")
_DASH_NAME = re.compile(r"[ \t]*(?:—|–|--|-)[ \t]*(?=\S)")
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b")


def label_speaker(ctx: Index, colon: int) -> Attribution | None:
    """'Maria Lopez: "We will appeal."': a line that opens with a person's name and a colon
    (an interview, a transcript, a press release) gives the name's owner the quote after it.
    A name the entity reader missed still counts when the label is two to four proper nouns
    and nothing else."""
    line = ctx.text.rfind("\n", 0, colon) + 1
    label = ctx.text[line:colon]
    if not label.strip() or len(label.split()) > MAX_LABEL_WORDS:
        return None
    tok = ctx.doc[ctx.char_token(colon - 1)]
    entity = ctx.entity_at.get(tok.i)
    if entity is None:
        return _unrecognised_name(ctx, line, colon)
    if entity.label != "PERSON" or entity.end != colon \
            or not _title_words(ctx.text[line:entity.start]):
        return None
    source = naming.person_named(ctx, tok)
    if source is None:
        return None
    return Attribution("", tok.i, ctx.sentence_of(tok.i), (source.start, source.end), None, source)


def _unrecognised_name(ctx: Index, line: int, colon: int) -> Attribution | None:
    """'Artner Tamás: "..."' where no entity was found: proper nouns only, two to four."""
    first, last = ctx.char_token(line), ctx.char_token(colon - 1)
    toks = [t for t in ctx.doc[first:last + 1] if not t.is_space]
    if not 2 <= len(toks) <= MAX_NAME_WORDS or any(t.pos_ != "PROPN" or not t.is_alpha
                                                   or t.i in ctx.entity_at for t in toks):
        return None
    name = ctx.text[toks[0].idx:colon]
    source = Source(name, name, toks[0].idx, colon, "person")
    return Attribution("", toks[-1].i, ctx.sentence_of(toks[-1].i), (source.start, source.end),
                       None, source)


def _title_words(text: str) -> bool:
    """'Coach', 'Dr.', 'Finance Minister': capitalised words only, no verb or sentence."""
    return all(w[:1].isupper() for w in text.split())  # also true of no words


def appended_speaker(ctx: Index, span: QuoteSpan, found: Sequence[Attribution],
                      cue: Attribution | None) -> Attribution | None:
    """'Lopez says the case is closed, "We will not appeal."': whole sentences in quote marks
    that a comma joins to a sentence with no cue beside them are the words of the person whose
    report ends at that comma; in a sentence with no cue at all, of the named person it has as
    subject ('Lopez, 40, has coached here since 2010, "I love this club."'), else of the
    person the sentence before reports, when the sentence has only a thing as subject and
    no writer's "I" or "we" ('He says the star is young. It is ten million years old, "...."').
    No other person may be named between that source and the quote."""
    at = span.open
    while at > 0 and ctx.text[at - 1].isspace():
        at -= 1
    if cue is not None or at == 0 or ctx.text[at - 1] != "," or not _whole_sentences(ctx, span):
        return cue
    sentence = ctx.sentence_of(ctx.char_token(at - 1))
    cues_here = [a for a in found if a.sentence == sentence and a.core[1] <= at]
    reporting = [a for a in cues_here if a.source is not None and a.source.kind == "person"
                 and a.content is not None and at - MAX_COMMA_GAP <= a.content[1] <= at]
    if reporting or cues_here:
        return _alone(ctx, reporting[-1], at) if reporting else None
    lo = ctx.sents[sentence].start
    comma = ctx.char_token(at - 1)
    subject = next((t for t in ctx.doc[lo:comma] if t.dep_ in SUBJECTS
                    and lo <= t.head.i <= comma), None)
    if subject is not None:
        owners = [subject] + [c for c in subject.children if c.dep_ == "poss"]
        named = next((n for t in owners if (n := naming.person_named(ctx, t)) is not None), None)
        if named is not None:
            return _alone(ctx, Attribution("", subject.head.i, sentence,
                                           (named.start, named.end), None, named), at)
    someone = subject is not None and (
        (subject.pos_ == "PRON" and subject.lower_ not in _IMPERSONAL)
        or subject.i in ctx.entity_at)
    if someone or _FIRST_PERSON.search(ctx.text, ctx.sents[sentence].start_char, span.open):
        return None  # someone else, or the writer, is in the sentence
    before = [a for a in found if a.sentence == sentence - 1 and a.source is not None
              and a.content is not None and a.source.kind == "person"]
    return _alone(ctx, before[-1], at) if before else None


def _whole_sentences(ctx: Index, span: QuoteSpan) -> bool:
    """Quoted words that open with a capital and end a sentence, three words at least."""
    words_ = ctx.text[span.start:span.end].split()
    return len(words_) >= MIN_SENTENCE_WORDS and words_[0][:1].isupper() \
        and ctx.text[span.start:span.end].rstrip()[-1:] in ".!?"


def _alone(ctx: Index, a: Attribution, at: int) -> Attribution | None:
    """``a`` unless another person is named between its source and ``at``."""
    if a.source is None:
        return None
    others = [e for e in ctx.entities if e.label == "PERSON"
              and a.source.end <= e.start < at and e.canonical != a.source.name]
    return None if others else a


def listed_speaker(ctx: Index, span: QuoteSpan, cue: Attribution | None) -> Attribution | None:
    """'The filing quoted several of Lopez's remarks, including:' and then paragraphs with quote
    marks: each quote of that list is the person's whose remarks (statements, claims, words)
    the colon introduces, unless a cue of its own names a speaker; a paragraph without quote
    marks ends the list."""
    paragraphs = [s for s in ctx.article.sections if s.kind == "paragraph"]
    at = next((i for i, s in enumerate(paragraphs) if s.start <= span.start < s.end), None)
    if at is None:
        return cue
    for j in range(at - 1, max(at - MAX_LIST, -1), -1):
        lead = ctx.text[paragraphs[j].start:paragraphs[j].end].rstrip()
        if lead.endswith(":"):
            colon = paragraphs[j].start + len(lead) - 1
            sentence = ctx.sentence_of(ctx.char_token(colon))
            if cue is not None and cue.sentence != sentence:
                return cue  # the item's own cue
            return _possessor_of_words(ctx, sentence) or cue
        if not any(m in lead for m in _QUOTE_MARKS):
            return cue
    return cue


def _possessor_of_words(ctx: Index, sentence: int) -> Attribution | None:
    """The named person whose remarks ``sentence`` speaks of ("several of Lopez's remarks")."""
    for tok in ctx.sents[sentence]:
        if tok.dep_ == "poss" and tok.head.lemma_.lower() in words("utterance_nouns"):
            source = naming.person_named(ctx, tok)
            if source is not None:
                return Attribution("", tok.head.i, sentence, (source.start, source.end), None,
                                   source)
    return None


def dash_speaker(ctx: Index, span: QuoteSpan, cue: Attribution | None) -> Attribution | None:
    """'"I have never seen a season like this." — Maria Lopez': a person's name right after a
    dash that follows the closing mark, ending the line or followed by a comma or the next
    quote (readers' comments, epigraphs, blurbs)."""
    if cue is not None:
        return cue
    dash = _DASH_NAME.match(ctx.text, span.close)
    if dash is None:
        return None
    tok = ctx.doc[ctx.char_token(dash.end())]
    entity = ctx.entity_at.get(tok.i)
    if entity is None or entity.label != "PERSON" or entity.start != dash.end():
        return None
    line_end = ctx.text.find("\n", entity.end)
    rest = ctx.text[entity.end:line_end if line_end >= 0 else len(ctx.text)].strip()
    if rest and rest[0] not in ",;" + "".join(_QUOTE_MARKS):
        return None
    source = naming.person_named(ctx, tok)
    if source is None:
        return None
    return Attribution("", tok.i, ctx.sentence_of(tok.i), (source.start, source.end), None,
                       source)


def beat_speaker(ctx: Index, span: QuoteSpan, found: Sequence[Attribution],
                 cue: Attribution | None) -> Attribution | None:
    """'Maria Lopez shook her head. "I never said that."': first-person words that open their
    sentence with no cue anywhere near are the named person's (or the person "he" or "she"
    stands for) whom the short sentence just before has as subject (and who is shown there,
    not reported: a report there goes on)."""
    if cue is not None:
        return cue
    first = ctx.sentence_of(ctx.char_token(span.start))
    if first == 0 or ctx.text[ctx.sents[first].start_char:span.open].strip() \
            or not _FIRST_PERSON.search(ctx.text, span.start, span.end):
        return None
    beat = ctx.sents[first - 1]
    if any(a.sentence == first - 1 for a in found) or any(m in beat.text for m in _QUOTE_MARKS) \
            or len(beat.text.split()) > MAX_BEAT_WORDS \
            or ctx.article.section_kind(beat.start_char) != "paragraph":
        return None
    subject = next((t for t in beat if t.dep_ in SUBJECTS and t.head.dep_ == "ROOT"), None)
    if subject is None:
        return None
    source = naming.person_named(ctx, subject)
    if source is None and subject.lower_ in _PERSONAL:
        source = Resolver(ctx, []).resolve(subject, first - 1)
    if source is None or source.kind != "person":
        return None
    return Attribution("", subject.head.i, first - 1, (source.start, source.end), None, source)
