"""How a source is named: the words of a noun phrase that name it ("the deputy mayor of
Kharkiv"), "one of the accused", the roles a named person is given in the article ("Mayor X",
"X, the mayor of Y"), whether an entity is a person, a group or a body, and whether a source
spoke through a document ("X said in a statement"). Who a description or a short name points
back to: "the former ... coach" (an epithet), "the company", "the filing", a shared surname."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from workbench import lexicon
from workbench.extract.attribution.index import (
    SUBJECTS,
    Index,
    Source,
    SourceKind,
    clean_name,
    np_end,
    role_nouns,
    words,
)
from workbench.lexicon import names
from workbench.model import Entity

TITLE_WINDOW = 6
EPITHET_SENTENCES = 2
NEAR_SENTENCES = 2
ANAPHOR_SENTENCES = 3
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "PART"})
_EPITHET_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "nummod"})


def one_of(ctx: Index, tok: Token) -> Source | None:
    """"one of the accused said": the phrase as written."""
    if tok.lower_ != "one" or not any(c.dep_ == "prep" and c.lower_ == "of"
                                       for c in tok.children):
        return None
    span = ctx.chars(tok.i, tok.right_edge.i)
    if span is None:
        return None
    text = ctx.text[span[0]:span[1]]
    return Source(clean_name(text), text, span[0], span[1], "person")


def extent(ctx: Index, tok: Token, sentence: int) -> tuple[int, int] | None:
    """Characters of a noun phrase's naming words: modifiers, head, an "of"/"for" phrase."""
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
        if child.dep_ == "prep" and child.lower_ in words("naming_prepositions"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            last = np_end(pobj) if pobj is not None else last
            break
        if child.dep_ not in ("compound", "amod"):
            break
    doc = ctx.doc
    while last + 2 < len(doc) and doc[last + 1].tag_ == "POS" \
            and doc[last + 2].pos_ in ("NOUN", "PROPN") \
            and doc[last + 2].lemma_.lower() not in words("possessed_claim_nouns"):
        last += 2  # "the head of the county's hospitals": a possessive binds the noun after it
        # (not the claim it owns: "the union's assertion that ...")
    return ctx.chars(first, last)


def titles(doc: Doc, first: int, last: int) -> frozenset[str]:
    """Words that give a named person a role: "Mayor X", "X, the mayor of Y", "the mayor, X"."""
    found: set[str] = set()
    i = first - 1
    if i > 0 and doc[i].text == ",":
        i -= 1
        if any(a.dep_ == "advcl" and a.i < first for a in (doc[i], *doc[i].ancestors)):
            i = -1  # "Recalling the hours of abuse, X said": a clause before, no role
    while i >= 0 and first - i <= TITLE_WINDOW and doc[i].pos_ in _TITLE_POS:
        found.add(doc[i].lower_)
        i -= 1
    for tok in doc[first:last + 1]:
        for child in tok.children:
            if child.dep_ == "appos" and child.i > last and not _absolute(child):
                found.update(t.lower_ for t in child.subtree if t.is_alpha)
        if tok.dep_ == "appos" and tok.head.i < first:
            found.add(tok.head.lower_)
            found.update(t.lower_ for t in tok.head.lefts if t.is_alpha)
    return spelled_out(found)


def _absolute(appos: Token) -> bool:
    """"Maria, her voice breaking, said": a clause on her own body set off after the name,
    no role."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in appos.children) \
        and any(t.pos_ == "VERB" for t in appos.subtree)


def spelled_out(found: set[str] | frozenset[str]) -> frozenset[str]:
    """Role words with their initials spelled out and the reverse: "ceo" also gives "chief"
    and "executive"; "chief" and "executive" together also give "ceo"."""
    out = set(found)
    for short, long in _abbreviations().items():
        parts = long.split()
        if short in out:
            out.update(parts)
        elif all(p in out for p in parts):
            out.add(short)
    return frozenset(out)


@cache
def _abbreviations() -> dict[str, str]:
    table: dict[str, str] = lexicon.load("attribution")["role_abbreviations"]
    return table


def entity_kind(entity: Entity, tok: Token) -> SourceKind:
    if entity.label == "PERSON" or has_role(tok, entity):
        return "person"
    if entity.label == "NORP":
        return "group"
    if entity.label in ("ORG", "GPE", "FAC", "LOC"):
        return "body"
    return "person" if tok.pos_ == "PROPN" else "body"


def has_role(tok: Token, entity: Entity) -> bool:
    """Is the name given a person's role ("spokesman X", "X, the mayor")? Words of the name
    itself are no role ("National" in "Federal National Mortgage Association")."""
    return any(c.dep_ in ("appos", "compound") and c.lemma_.lower() in role_nouns()
               and not entity.start <= c.idx < entity.end for c in tok.children)


def is_subject(tok: Token) -> bool:
    while tok.dep_ in ("compound", "appos", "flat", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in SUBJECTS


def issued_by(ctx: Index, document: Token, start: int) -> bool:
    """Did the source named at character ``start`` speak through ``document`` ("X said in a
    statement", "the X statement said"), not report through it what another said ("the
    statement said Y had agreed") nor answer it ("X reacted to a statement")?"""
    named = ctx.doc[ctx.char_token(start)]
    while named.dep_ in ("compound", "amod", "poss", "nmod") and named.head.i != named.i:
        named = named.head
    if named.i == document.i:
        return True
    prep = document.head  # "said in a statement", not "reacted to a statement"
    return document.dep_ == "pobj" and prep.lower_ in words("medium_prepositions") \
        and prep.head.i == named.head.i


def main_subject(ctx: Index, start: int, reported: tuple[int, int]) -> bool:
    """Is the name at character ``start`` the subject of the main clause of the material
    ``reported`` ("Doe believes his daughter, Ann, was the target, he said": Doe, not Ann)?"""
    tok = ctx.doc[ctx.char_token(start)]
    while tok.dep_ in ("compound", "appos", "flat", "conj") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    return verb.head.i == verb.i or not reported[0] <= verb.head.idx < reported[1]


def epithet(ctx: Index, tok: Token, sentence: int) -> Source | None:
    """"Hecking was not impressed. '...,' the former Wolfsburg coach said": a described role
    ("the former ... coach", "the veteran ... judge") that no one named holds is the person
    who is the latest subject named in the nearest sentences before it, if given no other
    role; "the unnamed soldier" is no one named."""
    if not any(c.dep_ in _EPITHET_DEPS for c in tok.lefts) \
            or any(c.lower_ in words("anonymity_words") for c in tok.lefts):
        return None  # "the unnamed soldier said": no one named before
    found: Source | None = None
    for cand in ctx.doc[ctx.sents[max(sentence - EPITHET_SENTENCES, 0)].start:tok.i]:
        if cand.dep_ in SUBJECTS and not ctx.in_quote(cand.idx):
            found = person_named(ctx, cand) or found
    if found is None or not _other_role(ctx, found.name, tok.lemma_.lower()):
        return found
    return None


def _other_role(ctx: Index, name: str, role: str) -> bool:
    """Is the person given roles in the article, none of them this one or one it can stand
    for ("the crown prince" is not "Aramco CEO Amin Nasser"; "the coach" may be "manager X")?"""
    held: set[str] = set()
    for e in ctx.entities:
        if e.canonical == name:
            root = ctx.char_token(e.end - 1)
            held |= titles(ctx.doc, ctx.char_token(e.start), root) & role_nouns()
    leaders = words("interchangeable_roles")
    return bool(held) and role not in held and not (role in leaders and held & leaders)


def person_named(ctx: Index, tok: Token) -> Source | None:
    """The person a token names: a person entity, or a surname that only one person named in
    the article has (the parse may miss a surname standing alone)."""
    entity = ctx.entity_at.get(tok.i)
    if entity is not None and entity.label == "PERSON":
        return Source(entity.canonical, entity.text, entity.start, entity.end, "person")
    if entity is not None or not tok.text[:1].isupper():
        return None
    full = {e.canonical for e in ctx.entities
            if e.label == "PERSON" and e.canonical.split()[-1] == tok.text}
    if len(full) != 1:
        return None
    return Source(full.pop(), tok.text, tok.idx, tok.idx + len(tok.text), "person")


def _company_like(name: str) -> bool:
    """A name with no organisation word but a company's ("Acme Corp", "Nvidia"; not
    "International Monetary Fund", "Foreign Ministry")."""
    kinds = {w.lower() for w in lexicon.words("entity_words", "org_words")}
    return all(w in words("company_words") for w in name.lower().split() if w in kinds)


def _holder(tok: Token) -> Token:
    """The noun an organisation's name qualifies ("Acme Corp shares fell", "Acme's profit
    rose": shares, profit), else the name itself."""
    if tok.dep_ in ("compound", "poss") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        return tok.head
    return tok


def _main_subject(tok: Token) -> bool:
    """The subject of a sentence's own verb or of a cue ("Acme said the unit is ..."), not of
    what a cue reports, nor an outlet relaying ("X died, Reuters reported")."""
    verb = tok.head
    if tok.dep_ not in SUBJECTS or any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i
                                       for c in verb.children):
        return False
    return verb.dep_ == "ROOT" or verb.lemma_.lower() in lexicon.reporting_verbs()


def place_led(ctx: Index, tok: Token, place: Entity) -> Source | None:
    """A place named as a speaker whose name ends a body's name: the body ("KCNC-TV CBS
    Colorado reported", "WXYZ Detroit said"): capitalised words in the same paragraph."""
    lefts = [c for c in tok.lefts if c.dep_ == "compound" and c.idx < place.start]
    span = ctx.chars(min(c.left_edge.i for c in lefts), tok.i) if lefts else None
    if span is None or "\n" in ctx.text[span[0]:span[1]] or not all(
            t.text[:1].isupper() for t in ctx.doc[ctx.char_token(span[0]):tok.i] if t.is_alpha):
        return None  # "jail sentence Russia", a headline run into the body: no name
    text = ctx.text[span[0]:span[1]]
    return Source(clean_name(text), text, span[0], span[1], "body")


def full_name(ctx: Index, source: Source | None, at: int,
              spoke: set[str] | frozenset[str] = frozenset()) -> Source | None:
    """A bare surname is the full name named before ``at`` that ends in it ("said Park" after
    "Head coach Lisa Park"); when several people share it ("Biden said" after Joe Biden and
    Hunter Biden), the one named last as a subject in the sentences just before, else the one
    of them who ``spoke`` last before ("his father, Gustav X" is no subject); neither leaves
    the surname as written."""
    if source is None or " " in source.name or source.kind == "group":
        return source  # a surname read as a body ("Stone" tagged ORG) is still tried
    people = [e for e in ctx.entities if e.start < at and " " in e.canonical
              and e.canonical.split()[-1] == source.name
              and (e.label == "PERSON" or names.is_given_name(e.canonical.split()[0]))]
    if not people:
        return source
    if len({e.canonical for e in people}) > 1:  # several: a subject just before, else a
        near = ctx.sentence_of(ctx.char_token(at)) - ANAPHOR_SENTENCES  # speaker before
        close = [e for e in people if ctx.sentence_of(ctx.char_token(e.start)) >= near
                 and is_subject(ctx.doc[ctx.char_token(e.end - 1)])]
        last = [e for e in close if ctx.sentence_of(ctx.char_token(e.start))
                == ctx.sentence_of(ctx.char_token(close[-1].start))]
        if len({e.canonical for e in last}) > 1:  # "Joe and Jill Biden voted": who spoke
            close = [e for e in last if e.canonical in spoke] or close
        people = close or [e for e in people if e.canonical in spoke]
        if not people:
            return source
    subjects = [e for e in people if is_subject(ctx.doc[ctx.char_token(e.end - 1)])]
    chosen = (subjects or people)[-1]
    return Source(chosen.canonical, source.text, source.start, source.end, "person")


def organisation_meant(ctx: Index, tok: Token, sentence: int,
                       span: tuple[int, int]) -> Source | None:
    """"Acme Corp reported ... The company said": a definite description of an organisation
    ("the company", "the chip firm", "the council" for Birmingham City Council) is the one
    organisation it fits named as a subject in the nearest sentences before it; the words as
    written stay its text."""
    facilities = lexicon.words("entity_words", "speaking_facilities")
    held = tok.head if tok.dep_ == "appos" else tok  # "The Santa Clara-based firm": the firm
    if tok.lemma_.lower() in role_nouns() \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in held.lefts) \
            or any(c.dep_ in ("poss", "prep", "appos") or (c.pos_ == "PROPN" and c.ent_type_
                   not in ("GPE", "LOC", "NORP")) for c in tok.children):
        return None
    orgs = {e.canonical for e in ctx.entities if e.label == "ORG" or (  # mislabelled: "Nvidia"
        e.label == "PERSON" and " " not in e.canonical and not names.is_given_name(e.canonical))
        or (e.label == "FAC" and e.canonical.split()[-1].lower() in facilities)}
    named = [e for e in ctx.entities if e.canonical in orgs and e.end <= tok.idx
             and not ctx.in_quote(e.start)
             and ctx.sentence_of(ctx.char_token(e.start)) >= sentence - ANAPHOR_SENTENCES
             and _main_subject(_holder(ctx.doc[ctx.char_token(e.end - 1)]))]
    generic = tok.lemma_.lower() in words("organisation_anaphors")
    fitting = {e.canonical for e in named if tok.lemma_.lower() in e.canonical.lower().split()
               or (generic and _company_like(e.canonical))}
    if not fitting and all(c.dep_ == "det" for c in tok.lefts):
        # "the department" long after "said the State Department" (not "the UK ministry"):
        # a word of one name
        named = [e for e in ctx.entities if e.canonical in orgs and e.end <= tok.idx
                 and not ctx.in_quote(e.start)]
        fitting = {e.canonical for e in named if tok.lemma_.lower() in e.canonical.lower().split()}
    if len(fitting) != 1:
        return None  # none, or two organisations it could be ("Fleet ... Norstar ...")
    named = [e for e in named if e.canonical in fitting]
    return Source(named[-1].canonical, ctx.text[span[0]:span[1]], span[0], span[1], "body")


def document_issuer(ctx: Index, tok: Token, sentence: int) -> Source | None:
    """"Acme disclosed the losses in a filing. The filing said ...": the document named again
    with "the" is the one the subject of a nearby earlier sentence put something in."""
    lemma = tok.lemma_.lower()
    for index in range(sentence - 1, max(sentence - NEAR_SENTENCES, 0) - 1, -1):
        for t in ctx.sents[index]:
            if t.lemma_.lower() != lemma or t.dep_ != "pobj" \
                    or t.head.lower_ not in words("medium_prepositions"):
                continue
            verb = t.head.head  # "disclosed the losses in a filing": up to the verb
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ in SUBJECTS), None)
            entity = ctx.entity_at.get(subject.i) if subject is not None else None
            if entity is not None and entity.label in ("ORG", "PERSON"):
                return Source(entity.canonical, entity.text, entity.start, entity.end,
                              "person" if entity.label == "PERSON" else "body")
    return None
