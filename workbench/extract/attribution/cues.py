"""Attribution, shared by quotes and claims: who is reported to say or believe what.

A cue is a reporting verb ("said", "told", "believes") or "according to". For each cue this
module finds the material it reports: the clause after it ("X said (that) ..."), the clause
before it ("..., officials said"; a cue hanging off that clause is a common misparse), the
clause "according to X" qualifies. A report inside a later one ("X said ..., Reuters reported")
ends where that one begins; two reports joined by "and" split there. Its source is the
cue's subject (:mod:`~workbench.extract.attribution.subjects`), never inside the material it
reports; :mod:`~workbench.extract.attribution.speakers` resolves it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LOWER, POS
from spacy.symbols import NOUN, VERB
from spacy.tokens import Token

from workbench.extract.attribution import naming, reported, subjects
from workbench.extract.attribution.index import (
    Index,
    Source,
    cue_lemma,
    cue_verbs,
    document_agent,
    is_document,
    np_end,
    reflexive_pronouns,
    relative_pronouns,
    spaced_dash,
    trim,
    words,
)
from workbench.extract.attribution.speakers import Resolver
from workbench.nlp import word_keys

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

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
    doc = ctx.doc
    # a cue is a verb or one of the source words: only those tokens are read one by one
    pos = doc.to_array(POS).tolist()
    lower = doc.to_array(LOWER).tolist()
    sources = word_keys(words("according") | words("source_prepositions"))
    for index, sent in enumerate(ctx.sents):
        if ctx.article.section_kind(sent.start_char) == "title":
            continue
        in_sentence = [cue for i in range(sent.start, sent.end)
                       if (pos[i] == VERB or lower[i] in sources)
                       and (cue := _cue_at(ctx, doc[i], index)) is not None]
        held = [cue for i in range(sent.start, sent.end)
                if pos[i] == NOUN and (cue := _possessed_claim(ctx, doc[i], index)) is not None]
        if held:  # 'responded to Russia's claims that ...': the clause is Russia's, not his
            taken = {cue.content for cue in held}
            in_sentence = sorted([c for c in in_sentence if c.content not in taken] + held,
                                 key=lambda c: c.token.i)
        _bound_nested(ctx, in_sentence)
        found.extend(in_sentence)
    resolver = Resolver(ctx, [(c.subject, c.sentence) for c in found])
    out: list[Attribution] = []
    for c in found:
        source = naming.full_name(ctx, resolver.resolve(
            c.subject, c.sentence, reported=c.content if c.postposed else None),
            c.token.idx, {a.source.name for a in out if a.source is not None}) \
            if c.subject is not None else None
        out.append(Attribution(c.cue, c.token.i, c.sentence, c.core, c.content, source,
                               c.predicate, c.postposed))
    return out


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
    agent = as_reported_by(tok)
    if agent is not None:
        return _as_report(ctx, tok, agent, sentence)
    if tok.i > 0 and ctx.doc[tok.i - 1].lower_ in words("comparison_words") \
            and not any(c.dep_ == "agent" for c in tok.children):
        return None  # "higher than expected", "as forecast": a comparison, no report
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    if tok.dep_ in CLAUSAL and any(c.dep_ == "aux" and c.lower_ in words("hypothetical_modals")
                                   for c in tok.children):
        return None  # 'indicated that farmers could expect ...': a possibility, no report
    if tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ in reflexive_pronouns():
        return None  # "people who find themselves displaced": no report
    if any(c.dep_ == "mark" and c.lower_ in words("open_marks") for c in tok.children):
        return None  # "asked him if he felt ...", "if she said so": a question or a condition
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in words("asking_verbs"):
        return None  # "asked the agency to confirm the figure": a request, not a report
    inverted = _inverted_source(ctx, tok, sentence)
    if inverted is not None:
        return inverted
    lemma = cue_lemma(tok)
    piece = ctx.sents[sentence]
    subject = subjects.subject(tok, piece.start)
    quoted_as = subjects.quoted_as(tok)
    if quoted_as is not None:  # "the Telegraph quoted Kissinger as saying": Kissinger speaks
        subject, lemma = subjects.quoted_person(tok), quoted_as.lemma_.lower()
    core = _core(ctx, tok)
    if subject is None or core is None:
        return None
    if " " in lemma and subject.lower_ in relative_pronouns():
        return None  # "reasons that might point to more demand": things, not a source
    if lemma in words("depiction_verbs") and subject.lemma_.lower() in words("visual_nouns") \
            and not _finite_complement(tok):
        return None  # "a video shows him shouting at staff": what it depicts, no report
    if lemma in words("document_verbs") and not any(
            is_document(t) for t in subject.subtree):
        return None  # "the priest read the rites": reading aloud, no report
    content, predicate, postposed = reported.reported(ctx, tok)
    if predicate and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in words("decision_verbs"):
        return None  # "motioned to deny the request", "voted to reject the bill": an act
    if content is None and quoted_as is not None:
        content, predicate, postposed = reported.reported(ctx, quoted_as)
    if content is not None and postposed is False and content[0] < piece.start_char:
        content = ctx.chars(piece.start, ctx.char_token(content[1] - 1))
    if content is not None and content[0] >= piece.end_char:
        content = None  # '"...," X said today in Springfield, Va.' then a new paragraph: the
        #                 parse ran on past the abbreviation, the cue reports nothing there
    if content is not None and postposed and content[0] < subject.idx < content[1] <= tok.idx:
        content = _without_source(ctx, content, subject)
    section = ctx.article.section_at(content[0]) if content is not None else None
    if content is not None and section is not None and content[1] > section.end:
        content = trim(ctx.text, content[0], section.end)  # a parse run on past its paragraph
    return _Cue(lemma, tok, subject, sentence, core, content, predicate, postposed)


def _inverted_source(ctx: Index, tok: Token, sentence: int) -> _Cue | None:
    """"The outage was due to a fault, reported state broadcaster NRK, which cited ...": a
    cue after a comma that ends the clause it reports, with its source after it, which the
    parse took for a second verb of that clause and its object; the object is the source and
    the clause before the comma what it reports."""
    doc, piece = ctx.doc, ctx.sents[sentence]
    if tok.dep_ != "conj" or tok.tag_ != "VBD" or tok.i - 2 <= piece.start \
            or doc[tok.i - 1].text != "," or tok.head.i >= tok.i \
            or tok.head.lemma_.lower() in cue_verbs() \
            or any(c.dep_ in ("nsubj", "nsubjpass", "ccomp", "cc") for c in tok.children):
        return None
    source = next((c for c in tok.rights if c.dep_ == "dobj"), None)
    if source is None or not (source.pos_ == "PROPN" or source.ent_type_ in ("ORG", "PERSON")
                              or any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
                                     for c in source.children)):
        return None  # "..., reported record profits": an object, no source
    end = np_end(source)
    if end + 1 < piece.end and doc[end + 1].text not in (",", ".", ";"):
        return None  # "..., beat Acme Corp in the final": an act, its object no source
    core = ctx.chars(tok.i, end)
    content = ctx.chars(piece.start, tok.i - 2)
    if core is None or content is None:
        return None
    return _Cue(cue_lemma(tok), tok, source, sentence, core, content, postposed=True)


def _finite_complement(tok: Token) -> bool:
    """Does the verb report a finite clause ("shows that troops have moved", "shows troops
    have moved"), not an object and what it is doing ("shows him shouting")?"""
    for clause in tok.children:
        if clause.dep_ != "ccomp":
            continue
        if clause.tag_ in FINITE_TAGS or any(
                (c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS)
                or (c.dep_ == "mark" and c.lower_ == "that") for c in clause.children):
            return True
    return False


def _possessed_claim(ctx: Index, tok: Token, sentence: int) -> _Cue | None:
    """"downplayed Russia's claims (on Saturday) that it used ...": a claim noun with a
    possessor and the that-clause right after it (wherever the parse hung it), the object of
    a verb that is no cue or of a preposition; the possessor is the source."""
    if tok.lemma_.lower() not in words("possessed_claim_nouns") or ctx.in_quote(tok.idx):
        return None
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in cue_verbs():
        return None  # "echoed Podolyak's claim that ...": the echo is the speaker's own
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return None  # "X's suggestion that ... is higher than ...": discussed, not reported
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    after = max([tok.i] + [c.right_edge.i for c in tok.rights
                           if c.dep_ not in ("acl", "ccomp", "relcl")]) + 1
    while after < ctx.sents[sentence].end and ctx.doc[after].ent_type_ in ("DATE", "TIME"):
        after += 1  # "claims Saturday that ..."
    if owner is None or after >= ctx.sents[sentence].end or ctx.doc[after].lower_ != "that":
        return None
    clause = ctx.doc[after].head
    if clause.dep_ not in ("acl", "ccomp") or clause.left_edge.i != after \
            or clause.head.i not in (tok.i, tok.head.i, tok.head.head.i):
        return None
    content = ctx.chars(after + 1, clause.right_edge.i)
    core = ctx.chars(owner.left_edge.i, tok.i)
    if content is None or core is None:
        return None
    return _Cue(tok.lemma_.lower(), tok, owner, sentence, core, content)


def _without_source(ctx: Index, content: tuple[int, int], subject: Token
                    ) -> tuple[int, int] | None:
    """What "..., industry sources in Paris said" reports, without its source: up to the comma
    that sets the source off, and off any description set off before it ("..., director of the
    institute, Jane Roe, said")."""
    first = ctx.char_token(content[0])
    commas = [t.i for t in ctx.doc[first:subject.i] if t.text == ","]
    if not commas:
        return content
    cut = commas.pop()
    while commas and not any(t.pos_ in ("VERB", "AUX") for t in ctx.doc[commas[-1] + 1:cut]):
        cut = commas.pop()
    return ctx.chars(first, cut - 1)


def as_reported_by(tok: Token) -> Token | None:
    """"As reported by the Ledger, ...": the agent of a cue set in an "as" phrase."""
    near = [t for t in tok.doc[max(tok.i - 2, 0):tok.i] if t.lower_ in words("comparison_words")]
    if not near or (near[-1].i < tok.i - 1 and tok.doc[tok.i - 1].dep_ != "advmod"):
        return None  # "as (first) reported by", not "as recently as May cited by"
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None


def _as_report(ctx: Index, tok: Token, agent: Token, sentence: int) -> _Cue | None:
    """The clause an "as reported by X" phrase qualifies, before or after it; X speaks."""
    core, piece = _core(ctx, tok), ctx.sents[sentence]
    head, top = tok.head, tok
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head, top = head.head, head
    if core is None or head.i == tok.i or head.lemma_.lower() in cue_verbs():
        return None  # "X said ..., as quoted by the website": X's own cue covers it
    if top.i < head.i:
        content = ctx.chars(top.right_edge.i + 1, min(head.right_edge.i, piece.end - 1))
    else:
        content = ctx.chars(max(head.left_edge.i, piece.start), top.left_edge.i - 1)
    postposed = content is not None and content[0] < core[0]
    return _Cue("report", tok, agent, sentence, core, content, postposed=postposed)


def _names_source(prep: Token) -> bool:
    """"per the agency", "per Reuters": a source, not a rate ("$5 per hour")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or prep.head.pos_ in ("NUM", "SYM") or prep.head.like_num:
        return False
    return pobj.pos_ == "PROPN" or is_document(pobj)


def _according(ctx: Index, tok: Token, to: Token, sentence: int) -> _Cue | None:
    """"according to X" (``tok`` "according", ``to`` "to"), or "per X" (both "per")."""
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) or _described_name(to)
    if pobj is None:
        return None
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if _reporting_cue(ctx, head, sentence) is not None:
        return None  # "X said ..., according to Y": X's own attribution covers it
    pobj = _before_dash(to, pobj)
    norms = words("according_norms")
    if pobj.lemma_.lower() in norms or pobj.lower_.removesuffix("s") in norms:
        return None  # "according to the Geneva Conventions": a rule followed, not a source
    phrase_end = np_end(pobj)
    piece = ctx.sents[sentence]
    named = _named_after(ctx, pobj, piece.end, opening=tok.i <= piece.start + 1)
    if named is not None:  # "according to the head of the district, Jane Roe, ...": Roe
        pobj, phrase_end = named, max(phrase_end, named.i)
    core = ctx.chars(tok.i, phrase_end)
    if core is None:
        return None
    joined = max([phrase_end] + [np_end(c) for c in pobj.rights if c.dep_ == "conj"])
    if _closing(ctx, tok, joined, piece.end):  # "..., per the agency." the whole clause
        #                                          (or "..., according to X and Y.")
        return _Cue("according to", tok, document_agent(pobj) or _knower(pobj) or pobj,
                    sentence, core, ctx.chars(piece.start, tok.i - 1), postposed=True)
    left = ctx.chars(max(head.left_edge.i, piece.start), tok.i - 1)
    right = ctx.chars(max(tok.right_edge.i, phrase_end) + 1,
                      min(head.right_edge.i, piece.end - 1))
    content = left if head.i < tok.i and left is not None else right or left
    postposed = content is not None and content[0] < core[0]
    return _Cue("according to", tok, document_agent(pobj) or _knower(pobj) or pobj, sentence,
                core, content, postposed=postposed)


def _named_after(ctx: Index, pobj: Token, end: int, *, opening: bool) -> Token | None:
    """"the head of the affected district, Jane Roe,": a person's name set off by commas right
    after a described source (however the parse hung it) names who the source is; its last
    word, or None. Where the phrase opens the sentence, a name followed by "who" is the
    subject of the report ("According to the coach, Smith, who is hurt, will not start")."""
    doc = ctx.doc
    for j in range(pobj.i + 1, min(end - 2, pobj.i + 12)):
        if doc[j].pos_ in ("VERB", "AUX") and doc[j].dep_ not in ("amod", "compound"):
            return None  # "according to the mayor, who said ...": no apposition
        entity = ctx.entity_at.get(j + 1)
        if doc[j].text != "," or entity is None or entity.label != "PERSON" \
                or ctx.entity_at.get(j) is entity:
            continue
        last = j + 1
        while last + 1 < end and ctx.entity_at.get(last + 1) is entity:
            last += 1
        closed = last + 2 < end and doc[last + 1].text == "," \
            and not (opening and doc[last + 2].lower_ in relative_pronouns())
        return doc[last] if closed else None
    return None


def _before_dash(to: Token, pobj: Token) -> Token:
    """"according to Skyline - ahead of Norjet - ...": words set off by a spaced dash after
    the source are no part of it, though the parse may make one of them the object."""
    dash = next((t for t in to.doc[to.i + 2:pobj.i] if spaced_dash(t)), None)
    if dash is None or to.doc[dash.i - 1].pos_ not in ("PROPN", "NOUN"):
        return pobj
    return to.doc[dash.i - 1]


def _described_name(to: Token) -> Token | None:
    """"according to touring trade Pollstar", "according to leading Oslo Senator Kari Lund": a
    description opening with a participle parsed as a verb whose object is (or opens) the name
    of the source."""
    verb = next((c for c in to.children if c.dep_ == "pcomp" and c.tag_ == "VBG"
                 and c.i == to.i + 1), None)
    if verb is None:
        return None
    name = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    while name is not None and name.i + 1 < len(to.doc) and to.doc[name.i + 1].pos_ == "PROPN":
        name = to.doc[name.i + 1]  # "leading Moscow Senator Jo Roe": the name's last word
    return name


def _reporting_cue(ctx: Index, verb: Token, sentence: int) -> Token | None:
    """The cue verb, ``verb`` or one it is reported by, that has a subject and reports a
    clause or an object ("reported a loss"): "X said that, while ..., he could not
    ..., according to Y" (the phrase hangs on the reported verb), not "X must report to prison
    by May 9, according to Y" nor "police found a man dead, according to Y"; a verb that
    makes no claim ("demanded that ...") leaves the claim to Y."""
    start = ctx.sents[sentence].start
    cand = verb
    while cand.i >= start:
        if cand.pos_ == "VERB" and cand.lemma_.lower() in cue_verbs() \
                and cand.lemma_.lower() not in words("no_claim_verbs") \
                and subjects.subject(cand, start) is not None \
                and ((any(c.dep_ == "dobj" for c in cand.children) and not _small_clause(cand))
                     or _states(ctx, reported.reported(ctx, cand).content)):
            return cand
        if cand.dep_ not in CLAUSAL or cand.head.i == cand.i:
            break
        cand = cand.head
    return None


def _small_clause(verb: Token) -> bool:
    """"found a man dead": an object and what state it was found in, no report."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "oprd", "xcomp") and child.pos_ == "ADJ":
            return True
        if child.dep_ == "dobj" and any(c.dep_ == "amod" and c.pos_ == "ADJ"
                                        for c in child.rights):
            return True
    return False


def _states(ctx: Index, content: tuple[int, int] | None) -> bool:
    """Is the material a clause with a verb ("found that troops had left"), not a small
    clause ("found a man dead", which an "according to" after it attributes)?"""
    if content is None:
        return False
    tokens = ctx.doc[ctx.char_token(content[0]):ctx.char_token(content[1] - 1) + 1]
    return any(t.pos_ in ("VERB", "AUX") for t in tokens)


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
