"""Attribution, shared by quotes and claims: who is reported to say or believe what.

A cue is a reporting verb ("said", "told", "believes") or "according to". For each cue this
module finds the material it reports: the clause after it ("X said (that) ..."), the clause
before it ("..., officials said"; a cue hanging off that clause is a common misparse), the
clause "according to X" qualifies. A report inside a later one ("X said ..., Reuters reported")
ends where that one begins; two reports joined by "and" split there. Its source is the
cue's subject, or that of the clause a participle hangs on ("..., adding that ..."), or the
person quoted in "X quoted Y as saying"; :mod:`~workbench.extract.attribution.speakers` resolves it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from workbench.extract.attribution import reported
from workbench.extract.attribution.index import (
    Index,
    Source,
    cue_lemma,
    cue_verbs,
    document_agent,
    is_document,
    np_end,
    organisation_nouns,
    relative_pronouns,
    role_nouns,
    trim,
    words,
)
from workbench.extract.attribution.speakers import Resolver

CLAUSAL = frozenset({"ccomp", "xcomp", "parataxis", "advcl", "conj", "csubj", "relcl"})


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


def attributions(ctx: Index) -> list[Attribution]:
    """Every attribution cue outside quoted words, in text order, its source resolved."""
    found: list[_Cue] = []
    for index, sent in enumerate(ctx.sents):
        if ctx.article.section_kind(sent.start_char) == "title":
            continue
        in_sentence = [cue for tok in sent if (cue := _cue_at(ctx, tok, index)) is not None]
        _bound_nested(ctx, in_sentence)
        found.extend(in_sentence)
    resolver = Resolver(ctx, [(c.subject, c.sentence) for c in found])
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


def _cue_at(ctx: Index, tok: Token, sentence: int) -> _Cue | None:
    if ctx.in_quote(tok.idx):
        return None
    if tok.lower_ in words("according") and tok.i + 1 < len(ctx.doc) \
            and ctx.doc[tok.i + 1].lower_ == "to":
        return _according(ctx, tok, ctx.doc[tok.i + 1], sentence)
    if tok.lower_ in words("source_prepositions") and tok.dep_ == "prep" \
            and _names_source(tok):
        return _according(ctx, tok, tok, sentence)
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in cue_verbs():
        return None
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    lemma = cue_lemma(tok)
    piece = ctx.sents[sentence]
    subject = _subject(tok, piece.start)
    quoted_as = _quoted_as(tok)
    if quoted_as is not None:  # "the Telegraph quoted Kissinger as saying": Kissinger speaks
        subject, lemma = _quoted_person(tok), quoted_as.lemma_.lower()
    core = _core(ctx, tok)
    if subject is None or core is None:
        return None
    if " " in lemma and subject.lower_ in relative_pronouns():
        return None  # "reasons that might point to more demand": things, not a source
    if lemma in words("document_verbs") and not any(
            is_document(t) for t in subject.subtree):
        return None  # "the priest read the rites": reading aloud, no report
    content, predicate, postposed = reported.reported(ctx, tok)
    if content is None and quoted_as is not None:
        content, predicate, postposed = reported.reported(ctx, quoted_as)
    if content is not None and postposed is False and content[0] < piece.start_char:
        content = ctx.chars(piece.start, ctx.char_token(content[1] - 1))
    section = ctx.article.section_at(content[0]) if content is not None else None
    if content is not None and section is not None and content[1] > section.end:
        content = trim(ctx.text, content[0], section.end)  # a parse run on past its paragraph
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


def _same(a: Token | None, b: Token) -> bool:
    """Tokens are views made afresh on each access: compare positions, never identity."""
    return a is not None and a.i == b.i


def _quoted_person(tok: Token) -> Token | None:
    role = "nsubjpass" if any(c.dep_ == "auxpass" for c in tok.children) else "dobj"
    return next((c for c in tok.children if c.dep_ == role), None)


def _names_source(prep: Token) -> bool:
    """"per the agency", "per Reuters": a source, not a rate ("$5 per hour")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or prep.head.pos_ in ("NUM", "SYM") or prep.head.like_num:
        return False
    return pobj.pos_ == "PROPN" or is_document(pobj)


def _according(ctx: Index, tok: Token, to: Token, sentence: int) -> _Cue | None:
    """"according to X" (``tok`` "according", ``to`` "to"), or "per X" (both "per")."""
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.lemma_.lower() in cue_verbs() and _subject(head, ctx.sents[sentence].start):
        return None  # "X said ..., according to Y": X's own attribution covers it
    norms = words("according_norms")
    if pobj.lemma_.lower() in norms or pobj.lower_.removesuffix("s") in norms:
        return None  # "according to the Geneva Conventions": a rule followed, not a source
    phrase_end = np_end(pobj)
    core = ctx.chars(tok.i, phrase_end)
    if core is None:
        return None
    piece = ctx.sents[sentence]
    if _closing(ctx, tok, phrase_end, piece.end):  # "..., per the agency." the whole clause
        return _Cue("according to", tok, document_agent(pobj) or _knower(pobj) or pobj,
                    sentence, core, ctx.chars(piece.start, tok.i - 1), postposed=True)
    left = ctx.chars(max(head.left_edge.i, piece.start), tok.i - 1)
    right = ctx.chars(tok.right_edge.i + 1, min(head.right_edge.i, piece.end - 1))
    content = left if head.i < tok.i and left is not None else right or left
    postposed = content is not None and content[0] < core[0]
    return _Cue("according to", tok, document_agent(pobj) or _knower(pobj) or pobj, sentence,
                core, content, postposed=postposed)


def _closing(ctx: Index, tok: Token, phrase_end: int, end: int) -> bool:
    """Does ", according to X" close its sentence (up to a comma or the full stop)?"""
    doc = ctx.doc
    if tok.i == 0 or doc[tok.i - 1].text != ",":
        return False
    after = phrase_end + 1
    return after >= end or doc[after].is_punct


def _knower(noun: Token) -> Token | None:
    """"according to his information", "to their knowledge": the possessor is the source."""
    if noun.lemma_.lower() not in words("knowledge_nouns"):
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


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
    if tok.dep_ == "acl" and tok.tag_ == "VBD" and head.dep_ == "ROOT" and head.i < tok.i:
        return head  # "The minister called it ...", misparsed as a noun with a relative verb
    holder = _gerund_subject(tok)
    if holder is not None:
        return holder
    if head.i < lo and tok.dep_ == "conj":
        return _coordinated_subject(tok, lo)
    if depth > 3 or head.i == tok.i or head.i < lo:
        return None
    if tok.dep_ == "pcomp" and head.dep_ == "prep":
        if _same(_quoted_as(head.head), tok):
            return _quoted_person(head.head)
        return _subject(head.head, lo, depth + 1)
    if tok.dep_ == "conj" and head.lemma_.lower() not in cue_verbs():
        speaker = _reporting_ancestor(head)
        if speaker is not None:  # 'X said the figures show A and promised B': X promised
            return _subject(speaker, lo, depth + 1)
    if tok.dep_ in ("advcl", "conj", "xcomp") and head.pos_ in ("VERB", "AUX"):
        if _same(_quoted_as(head), tok):
            return _quoted_person(head)
        if head.dep_ == "ccomp" and head.head.lemma_.lower() in cue_verbs() \
                and tok.lemma_.lower() in cue_verbs():
            head = head.head  # '"...," he told X, adding ...' hangs off the quoted clause
        return _subject(head, lo, depth + 1)
    if tok.dep_ == "acl" and is_document(head):
        if head.dep_ == "dobj":
            return _subject(head.head, lo, depth + 1)
        return document_agent(head) or head
    return None


def _reporting_ancestor(verb: Token) -> Token | None:
    """The nearest cue verb above a reported clause that a person can speak with (not "the
    figures show"), when the clause is reported at all."""
    for up in verb.ancestors:
        lemma = up.lemma_.lower()
        if lemma in cue_verbs() and lemma not in words("document_verbs"):
            return up
    return None


def _gerund_subject(tok: Token) -> Token | None:
    """"reacted to the Fed saying it would ...": the noun right before a gerund cue, with
    no comma between, is who speaks (the parse hangs the gerund on the main verb), when it
    is a name, a role or a body."""
    if tok.tag_ != "VBG" or tok.i == 0 or tok.dep_ not in ("advcl", "acl", "pcomp"):
        return None
    before = tok.doc[tok.i - 1]
    if any(c.dep_ in ("dobj", "dative") and c.pos_ == "PRON" for c in tok.children):
        return None  # "an appeal to Biden asking him ...": he is asked, not asking
    if before.pos_ not in ("NOUN", "PROPN") or before.dep_ not in ("pobj", "dobj") \
            or (before.dep_ == "pobj" and before.head.lower_ in words("medium_prepositions")):
        return None
    speaker = before.pos_ == "PROPN" or before.lemma_.lower() in role_nouns() \
        or before.lemma_.lower() in organisation_nouns()
    return before if speaker else None  # not "via video link saying", "in England warning"


def _coordinated_subject(tok: Token, lo: int) -> Token | None:
    """"X said A and warned B" parsed onto an earlier sentence: the subject of the last cue
    verb before it in its own sentence."""
    for verb in reversed(tok.doc[lo:tok.i]):
        if verb.lemma_.lower() in cue_verbs() and verb.pos_ == "VERB":
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i >= lo]
            if subjects:
                return subjects[-1]
    return None


def _participle(tok: Token, lo: int) -> bool:
    """"Reporting on the riots, X tweeted": an opening participle mistaken for the subject."""
    if tok.tag_ == "VBG":
        return True
    after = tok.right_edge.i + 1
    return tok.i == lo and tok.lower_.endswith("ing") and after < len(tok.doc) \
        and tok.doc[after].text == ","


def _fragment_head(tok: Token, lo: int) -> Token | None:
    """The subject of a sentence whose parse hangs on an earlier one (a fused headline): the
    noun phrase just before the verb, out of any parenthesis or prepositional phrase."""
    depth = 0
    for i in range(tok.i - 1, lo - 1, -1):
        cand = tok.doc[i]
        depth += (cand.text == ")") - (cand.text == "(")
        if depth > 0 or cand.pos_ not in ("NOUN", "PROPN"):
            continue
        while cand.i - 2 >= lo and tok.doc[cand.i - 1].tag_ == "HYPH":
            cand = tok.doc[cand.i - 2]  # "daughter-in-law": the word, not its last piece
        while cand.head.i < tok.i and lo <= cand.head.i and cand.dep_ in ("compound", "pobj") \
                and cand.head.i != cand.i:
            up = cand.head.head if cand.dep_ == "pobj" else cand.head
            if up.i == tok.i or up.pos_ not in ("NOUN", "PROPN"):
                break
            cand = up
        return cand
    return None


def _core(ctx: Index, tok: Token) -> tuple[int, int] | None:
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


def _bound_nested(ctx: Index, cues: list[_Cue]) -> None:
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
        for other in cues:  # "X said A, as Y said B" / "X said A, claiming B": two reports
            if other is inner or inner.content is None or other.content is None \
                    or other.postposed or not _subordinate_report(other.token) \
                    or not inner.content[0] < other.core[0] < inner.content[1]:
                continue
            end = other.token.left_edge.i - 1
            while end > 0 and ctx.doc[end].dep_ in ("cc", "mark", "punct"):
                end -= 1
            if ctx.doc[end].idx >= inner.content[0]:
                inner.content = ctx.chars(ctx.char_token(inner.content[0]), end) or inner.content
        for other in cues:  # "X said A and Y said B": A ends before "and"
            if other is inner or inner.content is None \
                    or not inner.content[0] < other.core[0] < inner.content[1]:
                continue
            before = ctx.doc[ctx.char_token(other.core[0]) - 1]
            if before.lower_ in words("joining_words") \
                    and before.dep_ in ("cc", "mark", "punct"):
                end = before.i - 1
                inner.content = ctx.chars(ctx.char_token(inner.content[0]), end) or inner.content


def _subordinate_report(tok: Token) -> bool:
    """A cue hung on another report's clause as an adverbial or a participle ("..., as the
    chief executive said that ...", "..., claiming that ..."): a report of its own, not the
    material of the first (which "the minister told reporters that ..." is)."""
    return tok.dep_ in ("advcl", "conj") and (tok.tag_ == "VBG" or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))
