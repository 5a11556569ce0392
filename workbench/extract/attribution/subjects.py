"""Who a cue's subject is: the parse's subject of the cue verb, else the one the grammar implies
when the parse hangs the cue elsewhere: the subject of the clause a participle or a coordinated
cue hangs on ("..., adding that ..."), the person quoted in "X quoted Y as saying", the noun
before a gerund ("reacted to the Fed saying ..."), the noun phrase before a cue the parse left
without a subject ("In a filing, Doe, a fund manager, said"), and the subject of a sentence
fused with a headline. :mod:`~workbench.extract.attribution.speakers` resolves what it names.
"""

from __future__ import annotations

from spacy.tokens import Token

from workbench.extract.attribution.index import (
    cue_verbs,
    document_agent,
    is_document,
    misread_name,
    organisation_nouns,
    role_nouns,
    words,
)

_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def quoted_as(tok: Token) -> Token | None:
    """The "saying" of "X quoted Y as saying" ("the station reported Y as saying"), when
    ``tok`` is such a quoting verb."""
    lemma = tok.lemma_.lower()
    if lemma not in words("quoting_verbs") and lemma not in words("quoting_as_verbs"):
        return None
    for child in tok.children:
        if child.dep_ == "advcl" and child.lemma_.lower() in cue_verbs() \
                and lemma in words("quoting_verbs"):  # "reported, citing police": no one quoted
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            found = next((g for g in child.children if g.lemma_.lower() in cue_verbs()), None)
            if found is not None:
                return found
    return None


def _same(a: Token | None, b: Token) -> bool:
    """Tokens are views made afresh on each access: compare positions, never identity."""
    return a is not None and a.i == b.i


def quoted_person(tok: Token) -> Token | None:
    role = "nsubjpass" if any(c.dep_ == "auxpass" for c in tok.children) else "dobj"
    return next((c for c in tok.children if c.dep_ == role), None)


def subject(tok: Token, lo: int, depth: int = 0) -> Token | None:
    """The token naming who speaks: the subject, or that of the clause the cue hangs on.

    ``lo`` is the first token of the cue's sentence: a headline without a full stop can be
    parsed into the first sentence, and a subject found there is not this sentence's.
    """
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if subjects:
        inside = [c for c in subjects if c.i >= lo and not _participle(c, lo)]
        if inside:
            chosen = _affiliated(inside)
            return _named_after_quote(chosen) or chosen
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
    if head.i == tok.i and tok.tag_ in _FINITE:
        return _named_before(tok, lo)
    if depth > 3 or head.i == tok.i or head.i < lo:
        return None
    if tok.dep_ == "pcomp" and head.dep_ == "prep":
        if _same(quoted_as(head.head), tok):
            return quoted_person(head.head)
        return subject(head.head, lo, depth + 1)
    if tok.dep_ == "conj" and head.lemma_.lower() not in cue_verbs():
        speaker = _reporting_ancestor(head)
        if speaker is not None:  # 'X said the figures show A and promised B': X promised
            return subject(speaker, lo, depth + 1)
    # "the finding led the authors to suspect ...": the authors suspect (not "to force them to
    # promise ...": an infinitive has made no one do anything yet)
    if tok.dep_ == "xcomp" and head.lemma_.lower() not in cue_verbs() and head.tag_ != "VB":
        controller = next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i), None)
        if controller is not None:
            return controller
    if tok.dep_ == "advcl" and head.pos_ == "ADV" and head.dep_ == "advmod" \
            and head.head.pos_ in ("VERB", "AUX"):
        return subject(head.head, lo, depth + 1)  # "have gone so far as to say ...": they say
    if tok.dep_ in ("advcl", "conj", "xcomp") and head.pos_ in ("VERB", "AUX"):
        if _same(quoted_as(head), tok):
            return quoted_person(head)
        if head.dep_ == "ccomp" and head.head.lemma_.lower() in cue_verbs() \
                and tok.lemma_.lower() in cue_verbs():
            head = head.head  # '"...," he told X, adding ...' hangs off the quoted clause
        return subject(head, lo, depth + 1)
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and head.dep_ == "dobj" \
            and tok.doc[tok.i - 1].text == ",":
        # "UPS updated its guidance, forecasting ...": the participle after the comma is the
        # verb's subject's, though the parse hung it on the object
        return subject(head.head, lo, depth + 1)
    if tok.dep_ == "acl" and is_document(head):
        if head.dep_ == "dobj":
            return subject(head.head, lo, depth + 1)
        return document_agent(head) or head
    return None


def _named_after_quote(cand: Token) -> Token | None:
    """'"Welcome back to ...," club director Jo Roe, head of ..., said': a parse that makes the
    quotation's first word the subject hangs the speaker on it after the closing mark (as an
    apposition or a conjunct); that name speaks."""
    doc = cand.doc
    if sum(1 for t in doc[cand.sent.start:cand.i] if t.is_quote) % 2 == 0:
        return None  # the subject is not inside quotation marks
    return next((c for c in cand.children if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"
                 and c.i > cand.i
                 and any(doc[k].is_quote for k in range(cand.i + 1, c.i))), None)


def _affiliated(inside: list[Token]) -> Token:
    """The last subject, unless it is an affiliation set off after a named person ("Dr. Jane
    Roe, Family Physician, Acme Health tells us": Roe speaks, not Acme Health)."""
    last = inside[-1]
    if len(inside) > 1 and inside[-2].ent_type_ == "PERSON" and last.ent_type_ != "PERSON" \
            and last.left_edge.i > 0 and last.doc[last.left_edge.i - 1].text == ",":
        return inside[-2]
    return last


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
        return not misread_name(tok)
    after = tok.right_edge.i + 1
    return tok.i == lo and tok.lower_.endswith("ing") and after < len(tok.doc) \
        and tok.doc[after].text == ","


def _named_before(tok: Token, lo: int) -> Token | None:
    """The subject of a finite cue the parse left without one: the noun phrase right before
    it ("In a filing, Doe, a fund manager, said"; "..., industry sources in Paris said"),
    a description set off after a name giving way to the name."""
    before = tok.i - 1
    while before >= lo and tok.doc[before].is_punct:
        if tok.doc[before].is_quote:
            return None  # 'who called them "criminals" spoke': quoted words speak for no one
        before -= 1
    if before < lo or tok.i - before > 2 or tok.doc[before].pos_ not in ("NOUN", "PROPN"):
        return None
    rest = tok.doc[tok.i + 1:tok.sent.end]
    if any(t.pos_ in ("PROPN", "NOUN") for t in rest) \
            and not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None  # "..., said lead manager Acme Securities.": the subject follows
    cand = _fragment_head(tok, lo)
    if cand is not None and cand.dep_ in ("dobj", "attr", "oprd") and cand.head.pos_ == "VERB" \
            and lo <= cand.head.i < tok.i:
        return None  # "Acme, citing company policy, told ...": an object speaks for no one
    return cand


def _fragment_head(tok: Token, lo: int) -> Token | None:
    """The subject of a sentence whose parse hangs on an earlier one (a fused headline): the
    noun phrase just before the verb, out of any parenthesis, quotation or prepositional
    phrase."""
    depth = 0
    quoted = False
    for i in range(tok.i - 1, lo - 1, -1):
        cand = tok.doc[i]
        depth += (cand.text == ")") - (cand.text == "(")
        quoted ^= cand.is_quote  # 'dubbed the "Stone Wall"': a nickname speaks for no one
        if depth > 0 or quoted or cand.pos_ not in ("NOUN", "PROPN"):
            continue
        while cand.i - 2 >= lo and tok.doc[cand.i - 1].tag_ == "HYPH":
            cand = tok.doc[cand.i - 2]  # "daughter-in-law": the word, not its last piece
        while cand.head.i < tok.i and lo <= cand.head.i and cand.head.i != cand.i \
                and (cand.dep_ in ("compound", "pobj") or _state_of(cand)):
            up = cand.head.head if cand.dep_ == "pobj" else cand.head
            if up.i == tok.i or up.pos_ not in ("NOUN", "PROPN"):
                break
            cand = up
        return _described_name(_relative_owner(cand, tok, lo), tok, lo)
    return None


def _state_of(cand: Token) -> bool:
    """"Police in Hot Springs, Arkansas, said": the state set beside a town is no speaker."""
    places = ("GPE", "LOC")
    return cand.dep_ == "appos" and cand.ent_type_ in places and cand.head.ent_type_ in places


def _described_name(cand: Token, tok: Token, lo: int) -> Token:
    """The name a description set off after it stands for ("Jane Roe, a fund manager, said";
    "Tom Reed, the captain, said", also when the parse keeps the two apart)."""
    while cand.dep_ == "appos" and cand.pos_ == "NOUN" and cand.head.pos_ == "PROPN" \
            and lo <= cand.head.i < cand.i:
        cand = cand.head
    comma, after = cand.left_edge.i - 1, cand.right_edge.i + 1
    if cand.pos_ == "NOUN" and comma - 1 >= lo and tok.doc[comma].text == "," \
            and after < tok.i and tok.doc[after].text == "," \
            and tok.doc[comma - 1].pos_ == "PROPN":
        return tok.doc[comma - 1]  # set off by commas on both sides: a description
    return cand


def _relative_owner(cand: Token, tok: Token, lo: int) -> Token:
    """The noun a relative clause holding ``cand`` describes ("X, who offered 28 dlrs a
    share, said": X, not "share"), when that noun stands before the cue in its sentence; a
    name set beside another ("..., exports, Jane Roe, said") is a name of its own."""
    up = cand
    while up.head.i != up.i and lo <= up.head.i < tok.i and up.dep_ != "appos":
        if up.dep_ in ("relcl", "acl") and up.head.pos_ in ("NOUN", "PROPN") \
                and not tok.doc[up.head.i + 1].is_quote:
            cand = up.head
        up = up.head
    return cand
