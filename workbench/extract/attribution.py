"""Attribution, shared by quotes and claims: who is reported to say or believe what.

A cue is a reporting verb ("said", "told", "believes") or "according to". For each cue this
module finds the material it reports (the clause before or after it) and its source: the
subject, resolved so that "he added" and "the official said" name the person the article
names, "it said" names the organisation that spoke last, and "officials" stays "officials".
A definite role noun ("the mayor") takes the person the article gives that role; one in the
lead ("Japan's top security official said ...") takes the first person quoted by name after it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from spacy.tokens import Doc, Token

from workbench import lexicon
from workbench.model import Article, Entity

SourceKind = Literal["person", "group", "body"]

CLAUSAL = frozenset({"ccomp", "xcomp", "parataxis", "advcl", "conj", "csubj", "relcl"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "MONEY"})
LEAD_SENTENCES = 2
LOOKAHEAD_SENTENCES = 6
LOOKBACK_SENTENCES = 4
RECENT_SENTENCES = 4
NEAR_SENTENCES = 2
TITLE_WINDOW = 6
POSTPOSED_WINDOW = 8
_NOUN_PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART", "NUM", "PUNCT", "ADV", "AUX"})
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "PART"})
MARKS = "\"'“”‘’«»„"
_EDGE = f"\\s{MARKS},.;:!?—–-"
_LEAD = re.compile(f"[{_EDGE}]+")
_TAIL = re.compile(f"[{_EDGE}]+$")
_NAME_MARKS = re.compile(r"[\"“”«»„]|(?<!\w)['‘’]|['‘’](?!\w|$)")
_POSSESSIVE = re.compile(r"\s*(?:['’´]s|['’´])$")


@dataclass(frozen=True, slots=True)
class Source:
    """Who a statement is attributed to: a canonical name and the words that name it."""

    name: str
    text: str
    start: int
    end: int
    kind: SourceKind


@dataclass(frozen=True, slots=True)
class Attribution:
    """One cue, its source and the characters of the material it reports."""

    cue: str
    verb: int
    sentence: int
    core: tuple[int, int]
    content: tuple[int, int] | None
    source: Source | None
    predicate: bool = False
    postposed: bool = False


@cache
def words(key: str) -> frozenset[str]:
    """A list from ``data/attribution.json`` as a lower-case set."""
    return frozenset(str(w).lower() for w in lexicon.load("attribution")[key])


@cache
def cue_verbs() -> frozenset[str]:
    return frozenset(lexicon.load("reporting")["verbs"])


@cache
def _pronoun_kinds() -> dict[str, SourceKind]:
    table: dict[str, list[str]] = lexicon.load("attribution")["pronouns"]
    return {w: kind for kind, ws in table.items() for w in ws}  # type: ignore[misc]


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` without edge spaces, punctuation and quote marks; None if empty."""
    lead = _LEAD.match(text, start, end)
    a = lead.end() if lead else start
    tail = _TAIL.search(text, a, end)
    b = tail.start() if tail else end
    return (a, b) if b > a else None


def clean_name(text: str) -> str:
    """A source's name as written, without quote marks, extra spaces or a trailing 's."""
    text = _NAME_MARKS.sub("", text)
    text = " ".join(text.split())
    return _POSSESSIVE.sub("", text).strip(" ,")


class Context:
    """Per-article lookups: sentences, quoted characters, the entity at each token."""

    def __init__(self, doc: Doc, article: Article, entities: Sequence[Entity],
                 quoted: Sequence[tuple[int, int]]) -> None:
        self.doc = doc
        self.article = article
        self.text = article.text
        self.token_starts = [t.idx for t in doc]
        cuts = {s.start for s in doc.sents}
        cuts.update(self.char_token(s.start) for s in article.sections)
        self.sent_starts = sorted(c for c in cuts if c < len(doc))
        ends = [*self.sent_starts[1:], len(doc)]
        self.sents = [doc[a:b] for a, b in zip(self.sent_starts, ends, strict=True)]
        spans = sorted(quoted)
        self.q_starts = [s for s, _ in spans]
        self.q_ends = [e for _, e in spans]
        self.entities = entities
        self.entity_at: dict[int, Entity] = {}
        for entity in entities:
            first = bisect_right(self.token_starts, entity.start) - 1
            for i in range(max(first, 0), len(doc)):
                if self.token_starts[i] >= entity.end:
                    break
                self.entity_at.setdefault(i, entity)
        body = [s.start for s in article.sections if s.kind == "paragraph"]
        self.body_start = body[0] if body else 0
        self.lead_sentence = self.sentence_of(self.char_token(self.body_start))

    def in_quote(self, char: int) -> bool:
        i = bisect_right(self.q_starts, char) - 1
        return i >= 0 and char < self.q_ends[i]

    def char_token(self, char: int) -> int:
        return max(bisect_right(self.token_starts, char) - 1, 0)

    def sentence_of(self, token: int) -> int:
        return max(bisect_right(self.sent_starts, token) - 1, 0)

    def chars(self, first: int, last: int) -> tuple[int, int] | None:
        """Trimmed characters of tokens ``first..last`` (inclusive), or None."""
        if last < first or first < 0 or last >= len(self.doc):
            return None
        tok = self.doc[last]
        return trim(self.text, self.doc[first].idx, tok.idx + len(tok.text))


def attributions(ctx: Context) -> list[Attribution]:
    """Every attribution cue outside quoted words, in text order, its source resolved."""
    found: list[_Cue] = []
    for index, sent in enumerate(ctx.sents):
        if ctx.article.section_kind(sent.start_char) == "title":
            continue
        in_sentence = [cue for tok in sent if (cue := _cue_at(ctx, tok, index)) is not None]
        _bound_nested(ctx, in_sentence)
        found.extend(in_sentence)
    resolver = _Resolver(ctx, found)
    return [
        Attribution(c.cue, c.token.i, c.sentence, c.core, c.content,
                    resolver.resolve(c.subject, c.sentence) if c.subject is not None else None,
                    c.predicate, c.postposed)
        for c in found
    ]


@dataclass(slots=True)
class _Cue:
    cue: str
    token: Token
    subject: Token | None
    sentence: int
    core: tuple[int, int]
    content: tuple[int, int] | None
    predicate: bool = False
    postposed: bool = False


def _cue_at(ctx: Context, tok: Token, sentence: int) -> _Cue | None:
    if ctx.in_quote(tok.idx):
        return None
    if tok.lower_ in words("according") and tok.i + 1 < len(ctx.doc) \
            and ctx.doc[tok.i + 1].lower_ == "to":
        return _according(ctx, tok, sentence)
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in cue_verbs():
        return None
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    piece = ctx.sents[sentence]
    subject = _subject(tok, piece.start)
    quoted_as = _quoted_as(tok)
    if quoted_as is not None:  # "the Telegraph quoted Kissinger as saying": Kissinger speaks
        subject, lemma = _quoted_person(tok), quoted_as.lemma_.lower()
    core = _core(ctx, tok)
    if subject is None or core is None:
        return None
    content, predicate, postposed = _content(ctx, tok)
    if content is None and quoted_as is not None:
        content, predicate, postposed = _content(ctx, quoted_as)
    if content is not None and postposed is False and content[0] < piece.start_char:
        content = ctx.chars(piece.start, ctx.char_token(content[1] - 1))
    return _Cue(lemma, tok, subject, sentence, core, content, predicate, postposed)


def _quoted_as(tok: Token) -> Token | None:
    """The "saying" of "X quoted Y as saying", when ``tok`` is such a quoting verb."""
    if tok.lemma_.lower() not in words("quoting_verbs"):
        return None
    for child in tok.children:
        if child.dep_ == "advcl" and child.lemma_.lower() in cue_verbs():
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            found = next((g for g in child.children if g.lemma_.lower() in cue_verbs()), None)
            if found is not None:
                return found
    return None


def _quoted_person(tok: Token) -> Token | None:
    role = "nsubjpass" if any(c.dep_ == "auxpass" for c in tok.children) else "dobj"
    return next((c for c in tok.children if c.dep_ == role), None)


def _according(ctx: Context, tok: Token, sentence: int) -> _Cue | None:
    to = ctx.doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head is not head:
        head = head.head
    if head.lemma_.lower() in cue_verbs() and _subject(head, ctx.sents[sentence].start):
        return None  # "X said ..., according to Y": X's own attribution covers it
    if pobj.lemma_.lower() in words("according_norms"):
        return None  # "according to the Geneva Conventions": a rule followed, not a source
    phrase_end = _np_end(pobj)
    core = ctx.chars(tok.i, phrase_end)
    if core is None:
        return None
    piece = ctx.sents[sentence]
    left = ctx.chars(max(head.left_edge.i, piece.start), tok.i - 1)
    right = ctx.chars(tok.right_edge.i + 1, min(head.right_edge.i, piece.end - 1))
    content = left if head.i < tok.i and left is not None else right or left
    postposed = content is not None and content[0] < core[0]
    return _Cue("according to", tok, _document_agent(pobj) or pobj, sentence, core, content,
                postposed=postposed)


def _document_agent(noun: Token) -> Token | None:
    """"a statement released by X", "a report from X": X speaks, not the document."""
    if noun.lemma_.lower() not in words("document_nouns"):
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "acl":
            for agent in child.children:
                if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                    return next((g for g in agent.children if g.dep_ == "pobj"), None)
    return None


def _np_end(tok: Token) -> int:
    """Last token of a noun phrase's own words (no relative clause or trailing comma)."""
    end = tok.i
    for child in tok.rights:
        if child.dep_ in ("relcl", "acl", "punct", "cc", "conj"):
            break
        end = child.right_edge.i
    return end


def _subject(tok: Token, lo: int, depth: int = 0) -> Token | None:
    """The token naming who speaks: the subject, or that of the clause the cue hangs on.

    ``lo`` is the first token of the cue's sentence: a headline without a full stop can be
    parsed into the first sentence, and a subject found there is not this sentence's.
    """
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if subjects:
        inside = [c for c in subjects if c.i >= lo and not _participle(c, lo)]
        if inside:
            return inside[-1]
        return None if any(c.i >= lo for c in subjects) else _fragment_head(tok, lo)
    if passive:
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((g for g in agent.children if g.dep_ == "pobj"), None)
        if tok.lemma_.lower() in words("quoting_verbs"):
            return next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        return None
    head = tok.head
    if depth > 3 or head is tok or head.i < lo:
        return None
    if tok.dep_ == "pcomp" and head.dep_ == "prep":
        if _quoted_as(head.head) is tok:
            return _quoted_person(head.head)
        return _subject(head.head, lo, depth + 1)
    if tok.dep_ in ("advcl", "conj", "xcomp") and head.pos_ in ("VERB", "AUX"):
        if _quoted_as(head) is tok:
            return _quoted_person(head)
        return _subject(head, lo, depth + 1)
    if tok.dep_ == "acl" and head.lemma_.lower() in words("document_nouns"):
        if head.dep_ == "dobj":
            return _subject(head.head, lo, depth + 1)
        return _document_agent(head) or head
    return None


def _participle(tok: Token, lo: int) -> bool:
    """"Reporting on the riots, X tweeted": an opening participle mistaken for the subject."""
    if tok.tag_ == "VBG":
        return True
    after = tok.right_edge.i + 1
    return tok.i == lo and tok.lower_.endswith("ing") and after < len(tok.doc) \
        and tok.doc[after].text == ","


def _fragment_head(tok: Token, lo: int) -> Token | None:
    """The first noun of the sentence whose parse hangs on an earlier one (a fused headline)."""
    for cand in tok.doc[lo:tok.i]:
        if cand.pos_ in ("NOUN", "PROPN") and cand.head.i < lo:
            return cand
    return None


def _content(ctx: Context, tok: Token) -> tuple[tuple[int, int] | None, bool, bool]:
    """(characters of the reported material, is the cue verb part of it, does it precede)."""
    lemma = tok.lemma_.lower()
    predicate = lemma in words("predicate_verbs")
    comps = [c for c in tok.children
             if (c.dep_ == "ccomp" or (c.dep_ == "xcomp" and lemma in words("xcomp_verbs")))
             and not any(m.dep_ == "mark" and m.lower_ in words("open_marks")
                         for m in c.children)]
    sentence = ctx.sents[ctx.sentence_of(tok.i)]
    comps = [c for c in comps if _postposed_comma(c) is None]
    before = [c for c in comps if c.i < tok.i]
    after = [c for c in comps if c.i > tok.i]
    if after:
        start = tok.left_edge.i if predicate else max(tok.i + 1,
                                                      min(c.left_edge.i for c in after))
        while start < tok.doc[start].head.i and ((tok.doc[start].dep_ == "mark" and
                                                tok.doc[start].lower_ == "that")
                                                or tok.doc[start].is_punct):
            start += 1
        return ctx.chars(start, max(c.right_edge.i for c in after)), predicate, False
    if before:
        return ctx.chars(sentence.start, max(c.right_edge.i for c in before)), False, True
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is not None and lemma in words("object_verbs"):
        end = max([obj.right_edge.i] + [c.right_edge.i for c in tok.rights
                                         if c.dep_ == "prep" and c.i > obj.i])
        return ctx.chars(max(tok.left_edge.i, sentence.start), end), True, False
    if obj is not None and obj.lemma_.lower() in words("content_nouns"):
        clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp")
                       and c.left_edge.lower_ == "that"), None)
        if clause is not None:
            return ctx.chars(clause.left_edge.i, clause.right_edge.i), False, False
    comma = _postposed_comma(tok)
    if tok.head.i < tok.i and (tok.dep_ == "parataxis" or comma is not None):
        if tok.right_edge.i + 1 < sentence.end - 1 and tok.doc[tok.right_edge.i + 1].text == ",":
            # "The system, she wrote, reduces ...": the whole sentence is reported
            return ctx.chars(sentence.start, sentence.end - 1), False, True
        end = comma if comma is not None else tok.left_edge.i
        return ctx.chars(sentence.start, end - 1), False, True
    if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and tok.head.i > tok.i:
        # "that some reports claim is linked to ...", parsed as the subject of its clause
        return ctx.chars(tok.i + 1, tok.head.right_edge.i), False, False
    return None, False, False


def _postposed_comma(tok: Token) -> int | None:
    """", a senior official said" after the clause it reports, hanging off that clause (a
    common misparse): the comma before a cue whose subject alone follows it, else None."""
    if tok.lemma_.lower() not in cue_verbs() or tok.head.i >= tok.i:
        return None
    if any(c.dep_ in ("ccomp", "xcomp") and c.i > tok.i for c in tok.children):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in words("relative_pronouns"):
        return None
    i = min(subject.left_edge.i, tok.i) - 1
    while i > 0 and tok.i - i <= POSTPOSED_WINDOW and tok.doc[i].pos_ in _NOUN_PHRASE_POS \
            and tok.doc[i].text not in (",", "—", "–"):
        i -= 1
    return i if i > 0 and tok.doc[i].text in (",", "—", "–") else None


def _core(ctx: Context, tok: Token) -> tuple[int, int] | None:
    """The attribution's own words: cue, subject and adjuncts, without clauses or quotes."""
    piece = ctx.sents[ctx.sentence_of(tok.i)]
    lo, hi = max(tok.left_edge.i, piece.start), min(tok.right_edge.i, piece.end - 1)
    for child in tok.children:
        if child.dep_ in CLAUSAL or (child.dep_ == "dobj" and ctx.in_quote(child.idx)):
            if child.i < tok.i:
                lo = max(lo, child.right_edge.i + 1)
            else:
                hi = min(hi, child.left_edge.i - 1)
    i = tok.i
    while i > lo and not ctx.in_quote(ctx.doc[i - 1].idx):
        i -= 1
    j = tok.i
    while j < hi and not ctx.in_quote(ctx.doc[j + 1].idx):
        j += 1
    return ctx.chars(i, j)


def _bound_nested(ctx: Context, cues: list[_Cue]) -> None:
    """A report inside a later one ("X said ..., Reuters reported") ends where that begins."""
    for inner in cues:
        if inner.content is None or inner.postposed:
            continue
        for outer in cues:
            if outer is inner or not outer.postposed or outer.content is None:
                continue
            if outer.content[0] <= inner.core[0] < outer.core[0] \
                    and inner.content[0] < outer.core[0]:
                end = ctx.char_token(min(outer.core[0], outer.content[1]) - 1)
                inner.content = ctx.chars(ctx.char_token(inner.content[0]), end) or inner.content
        for other in cues:  # "X said A and Y said B": A ends before "and"
            if other is inner or inner.content is None \
                    or not inner.content[0] < other.core[0] < inner.content[1]:
                continue
            before = ctx.doc[ctx.char_token(other.core[0]) - 1]
            if before.lower_ in ("and", "but", "while", ";") \
                    and before.dep_ in ("cc", "mark", "punct"):
                end = before.i - 1
                inner.content = ctx.chars(ctx.char_token(inner.content[0]), end) or inner.content


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    sentence: int
    source: Source
    subject: bool


class _Resolver:
    """Sources in text order; each resolved one becomes an antecedent for later pronouns."""

    def __init__(self, ctx: Context, cues: Sequence[_Cue]) -> None:
        self.ctx = ctx
        self.cues = cues
        self.mentions: list[_Mention] = []
        self.titled: list[tuple[int, Source, frozenset[str]]] = []
        self.titles_of: dict[str, frozenset[str]] = {}
        for entity in ctx.entities:
            if entity.label in PLACE_LABELS:
                continue
            root = ctx.doc[ctx.char_token(entity.end - 1)]
            source = Source(entity.canonical, entity.text, entity.start, entity.end, "person")
            titles = _titles(ctx.doc, ctx.char_token(entity.start), root.i)
            if entity.label != "PERSON" and not titles & words("role_nouns"):
                continue
            self.titled.append((entity.start, source, titles))
            self.titles_of[entity.canonical] = self.titles_of.get(entity.canonical,
                                                                  frozenset()) | titles
            if entity.section == "paragraph" and not ctx.in_quote(entity.start):
                self.mentions.append(_Mention(entity.start, ctx.sentence_of(root.i), source,
                                              _is_subject(root)))
        self.mentions.sort(key=lambda m: m.start)
        self.titled.sort(key=lambda t: t[0])

    def resolve(self, tok: Token, sentence: int) -> Source | None:
        source = self._resolve(tok, sentence)
        if source is not None:
            mention = _Mention(tok.idx, sentence, source, True)
            self.mentions.insert(bisect_right([m.start for m in self.mentions], tok.idx), mention)
        return source

    def _resolve(self, tok: Token, sentence: int, depth: int = 0) -> Source | None:
        low = tok.lower_
        if low in words("relative_pronouns") and tok.head.dep_ in ("relcl", "acl") and depth < 2:
            return self._resolve(tok.head.head, sentence, depth + 1)
        kind = _pronoun_kinds().get(low)
        if kind is not None:
            return self._antecedent(tok, kind, sentence, depth)
        if tok.pos_ in ("PRON", "DET", "NUM"):
            return None
        agent = _document_agent(tok)  # "a tweet from the Kyiv Independent said"
        if agent is not None and depth < 2:
            return self._resolve(agent, sentence, depth + 1)
        return self._named(tok) or self._described(tok, sentence)

    def _named(self, tok: Token) -> Source | None:
        ctx = self.ctx
        entity = ctx.entity_at.get(tok.i)
        if entity is None:
            for child in tok.subtree:
                found = ctx.entity_at.get(child.i)
                if child.dep_ == "appos" and found is not None and found.label == "PERSON":
                    entity = found
                    break
        if entity is not None:
            if entity.label == "PERSON" or _has_role(tok):
                kind: SourceKind = "person"
            elif entity.label == "NORP":
                kind = "group"
            elif entity.label in ("ORG", "GPE", "FAC", "LOC"):
                kind = "body"
            else:
                kind = "person" if tok.pos_ == "PROPN" else "body"
            return Source(entity.canonical, entity.text, entity.start, entity.end, kind)
        if tok.pos_ != "PROPN":
            return None
        span = self._extent(tok, ctx.sentence_of(tok.i))
        if span is None:
            return None
        text = ctx.text[span[0]:span[1]]
        kind: SourceKind = "body" if tok.lower_ in words("organisation_nouns") else "person"
        return Source(clean_name(text), text, span[0], span[1], kind)

    def _extent(self, tok: Token, sentence: int) -> tuple[int, int] | None:
        """Characters of a noun phrase's naming words: modifiers, head, an "of"/"for" phrase."""
        ctx = self.ctx
        first = tok.i
        for child in tok.lefts:
            if child.dep_ in ("det", "predet", "poss", "amod", "compound", "nmod", "nummod",
                              "quantmod", "npadvmod"):
                first = min(first, child.left_edge.i)
        first = max(first, ctx.sents[sentence].start)
        for i in range(first, tok.i):
            if ctx.doc[i].is_sent_end or ctx.doc[i].text in (".", "!", "?"):
                first = i + 1
        while first < tok.i and (ctx.doc[first].lower_ in words("strip_words")
                                 or ctx.doc[first].pos_ in ("DET", "NUM", "PUNCT")):
            first += 1
        last = tok.i
        for child in tok.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "for"):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                last = _np_end(pobj) if pobj is not None else last
                break
            if child.dep_ not in ("compound", "amod"):
                break
        return ctx.chars(first, last)

    def _described(self, tok: Token, sentence: int) -> Source | None:
        ctx = self.ctx
        span = self._extent(tok, sentence)
        if span is None:
            return None
        text = ctx.text[span[0]:span[1]]
        name = clean_name(text)
        lemma = tok.lemma_.lower()
        if not name or lemma in words("strip_words"):
            return None
        plural = tok.tag_ in ("NNS", "NNPS") or lemma in words("collective_nouns")
        kind: SourceKind = "group" if plural else "person" if lemma in words("role_nouns") \
            else "body"
        if kind == "person" and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
                                    for c in tok.lefts):
            found = self._agreeing(tok) or self._lead_speaker(tok, sentence)
            if found is None and any(c.lower_ == "the" for c in tok.lefts) \
                    and not any(c.dep_ in ("prep", "appos") for c in tok.rights):
                found = self._recent_person(tok, sentence)
            if found is not None:
                return found
        return Source(name, text, span[0], span[1], kind)

    def _agreeing(self, tok: Token) -> Source | None:
        """The person the article gives this role ("the mayor" -> "Jane Doe, the mayor")."""
        need = {tok.lower_, tok.lemma_.lower()}
        extra = {t.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")
                 for t in c.subtree if t.is_alpha}
        matches = [(start, source) for start, source, titles in self.titled
                   if need & titles and extra <= titles]
        before = [m for m in matches if m[0] < tok.idx]
        if before:
            return before[-1][1]
        return matches[0][1] if matches else None

    def _recent_person(self, tok: Token, sentence: int) -> Source | None:
        """"The prime minister said" right after "..., Boris Johnson said": the same person,
        unless the article gives that person another role."""
        role = tok.lemma_.lower()
        for mention in reversed(self.mentions):
            if mention.start >= tok.idx or mention.source.kind != "person":
                continue
            if mention.sentence < sentence - RECENT_SENTENCES:
                break
            roles = self.titles_of.get(mention.source.name, frozenset()) & words("role_nouns")
            if mention.subject and (not roles or role in roles):
                return mention.source
        return None

    def _lead_speaker(self, tok: Token, sentence: int) -> Source | None:
        """In the lead, an unnamed official is the first person later quoted by name."""
        lead = self.ctx.lead_sentence
        if not lead <= sentence < lead + LEAD_SENTENCES \
                or tok.lemma_.lower() not in words("unnamed_roles"):
            return None
        last = sentence + LOOKAHEAD_SENTENCES
        for cue in self.cues:
            if cue.subject is not None and sentence < cue.sentence <= last:
                named = self._named(cue.subject)
                if named is not None and named.kind == "person":
                    return named
        return None

    def _antecedent(self, tok: Token, kind: SourceKind, sentence: int,
                    depth: int) -> Source | None:
        """The latest earlier source of this kind, preferring subjects in the nearest sentence."""
        earlier = [m for m in self.mentions if m.start < tok.idx and m.source.kind == kind
                   and m.sentence >= sentence - LOOKBACK_SENTENCES]
        for reach in (NEAR_SENTENCES, LOOKBACK_SENTENCES):
            near = [m for m in earlier if m.sentence >= sentence - reach]
            subjects = [m for m in near if m.subject]
            if subjects or near:
                return (subjects or near)[-1].source
        if depth > 1:
            return None
        for index in range(sentence, max(sentence - 2, -1), -1):
            piece = self.ctx.sents[index]
            for cand in reversed(piece):
                if cand.i >= tok.i or cand.pos_ not in ("NOUN", "PROPN") \
                        or not (cand.dep_ in SUBJECTS or cand.head.i < piece.start) \
                        or self.ctx.in_quote(cand.idx):
                    continue
                found = self._named(cand) or self._described(cand, index)
                if found is not None and found.kind == kind:
                    return found
        return None


def _titles(doc: Doc, first: int, last: int) -> frozenset[str]:
    """Words that give a named person a role: "Mayor X", "X, the mayor of Y", "the mayor, X"."""
    found: set[str] = set()
    i = first - 1
    if i > 0 and doc[i].text == ",":
        i -= 1
    while i >= 0 and first - i <= TITLE_WINDOW and doc[i].pos_ in _TITLE_POS:
        found.add(doc[i].lower_)
        i -= 1
    j = last + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
        while j < len(doc) and j - last <= TITLE_WINDOW + 4 and not doc[j].is_punct \
                and doc[j].pos_ not in ("VERB", "AUX"):
            found.add(doc[j].lower_)
            j += 1
    return frozenset(found)


def _has_role(tok: Token) -> bool:
    return any(c.dep_ in ("appos", "compound") and c.lemma_.lower() in words("role_nouns")
               for c in tok.children)


def _is_subject(tok: Token) -> bool:
    while tok.dep_ in ("compound", "appos", "flat", "conj") and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in SUBJECTS
