"""What a cue reports: the characters of the material, whether the cue verb is part of it
("denied responsibility"), and whether it precedes the cue ("..., officials said").

The parse hangs a report on its cue in several ways, some of them misparses; each reader
below recognises one and the first that does decides. Their order is the order of trust:
a clausal complement after the cue, one before it, the words after a naming verb, a that-
clause misparsed as a relative clause, an object plus a subjectless verb, an object verb's
object, a content noun's that-clause, a parenthetical cue, a cue after a comma, and a cue
parsed as the subject of the clause it reports.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Span, Token

from workbench.extract.attribution.index import (
    SUBJECTS,
    Index,
    cue_lemma,
    cue_verbs,
    relative_pronouns,
    words,
)

POSTPOSED_WINDOW = 8
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_PRESENT = frozenset({"VBZ", "VBP"})
_PAST = frozenset({"VBD", "VBN"})
# what follows a cue's object and still belongs to it: "estimated the loss at $2bn", "put
# the cost as high as $5m"
_OBJECT_ADJUNCTS = frozenset({"prep", "advmod", "npadvmod", "oprd", "acomp"})
_OWN_MATERIAL = frozenset({"ccomp", "xcomp", "attr", "oprd"})
_UNITS = frozenset({"%", "‰"})  # punctuation to spaCy, a number's unit to a reader
_CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "("})
_NOUN_PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART", "NUM", "PUNCT", "ADV", "AUX"})


class Reported(NamedTuple):
    content: tuple[int, int] | None
    predicate: bool = False
    postposed: bool = False


class Cue(NamedTuple):
    """A cue verb as the readers see it: its index, token, sentence and complements."""

    ctx: Index
    tok: Token
    lemma: str
    sentence: Span
    before: list[Token]
    after: list[Token]
    obj: Token | None


Reader = Callable[[Cue], Reported | None]


def reported(ctx: Index, tok: Token) -> Reported:
    """The material ``tok`` reports, by the first reader that recognises its shape."""
    lemma = cue_lemma(tok)
    comps = [c for c in tok.children
             if (c.dep_ == "ccomp" or (c.dep_ == "xcomp" and lemma in words("xcomp_verbs"))
                 or _gerund_subject(c))
             and not any(m.dep_ == "mark" and m.lower_ in words("open_marks")
                         for m in c.children)]
    comps = [c for c in comps if _postposed_comma(c) is None and _told_to(tok, lemma, c)]
    cue = Cue(ctx, tok, lemma, ctx.sents[ctx.sentence_of(tok.i)],
              [c for c in comps if c.i < tok.i], [c for c in comps if c.i > tok.i],
              _object_of(tok, lemma))
    readers = CLAUSE_READERS if lemma in words("clause_verbs") else READERS
    for reader in readers:
        found = reader(cue)
        if found is not None:
            return found
    return Reported(None)


def _gerund_subject(comp: Token) -> bool:
    """"noted making the decision now would save money": a gerund subject of the reported
    clause, misparsed as the cue's complement with the clause under it."""
    return comp.dep_ == "xcomp" and comp.tag_ == "VBG" and comp.i > comp.head.i \
        and any(c.dep_ == "ccomp" and any(g.dep_ in SUBJECTS for g in c.children)
                for c in comp.children)


def _told_to(tok: Token, lemma: str, comp: Token) -> bool:
    """"warned residents to avoid the lake": a warning's infinitive follows its object right
    away (not "warned Congress in a letter that ... 'to provide ...'", a misparse)."""
    if comp.dep_ != "xcomp" or lemma not in words("object_xcomp_verbs"):
        return True
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and comp.left_edge.i == obj.right_edge.i + 1


def _complement_after(cue: Cue) -> Reported | None:
    """"X said (that) ...": the clause after the cue; a predicate verb keeps its subject, and
    so does an infinitive ("promised to resign": the promise is the point)."""
    if not cue.after:
        return None
    tok = cue.tok
    predicate = cue.lemma in words("predicate_verbs")
    infinitive = all(c.dep_ == "xcomp" and not _gerund_subject(c) for c in cue.after)
    start = _predicate_start(tok) if predicate or infinitive \
        else max(tok.i + 1, min(c.left_edge.i for c in cue.after))
    if cue.obj is not None and tok.i < cue.obj.i < start and not predicate and not infinitive \
            and cue.lemma not in words("addressee_verbs") \
            and not any(g.dep_ in SUBJECTS for c in cue.after for g in c.children):
        start = cue.obj.left_edge.i  # "argued the freeing of imports would not ...": the
        #                              object is the subject the clause was parsed without
    end = _continued_end(cue, _contrast_end(cue, max(c.right_edge.i for c in cue.after)))
    end = _second_that(cue, end)
    while end > start and (tok.doc[end].dep_ == "cc" or (tok.doc[end].is_punct
                                                         and tok.doc[end].text not in _UNITS)):
        end -= 1  # "said A and warned B": the "and" belongs to neither; "rose 5%" keeps "%"
    while start < end and (tok.doc[start].is_punct or (tok.doc[start].lower_ == "that"
                                                       and tok.doc[start].dep_ != "det")):
        start += 1
    return Reported(cue.ctx.chars(start, end), predicate)


def _second_that(cue: Cue, end: int) -> int:
    """'said he was proud of the campaign, but that the gap had grown': a second that-clause
    the parse joins to the cue is reported too."""
    for conj in cue.tok.rights:
        if conj.dep_ == "conj" and conj.i > end and conj.lemma_.lower() not in cue_verbs() \
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in conj.children):
            end = conj.right_edge.i
    return end


def _contrast_end(cue: Cue, end: int) -> int:
    """'said it was not based on A, but on B': a verbless "but on B" closing the sentence,
    which the parse hangs on the cue, still belongs to the reported clause."""
    rest = [t for t in cue.tok.doc[end + 1:cue.sentence.end] if not t.is_punct]
    if len(rest) < 2 or rest[0].dep_ != "cc" or any(t.pos_ in ("VERB", "AUX") for t in rest):
        return end
    return rest[-1].i


def _continued_end(cue: Cue, end: int) -> int:
    """'said the road was closed and will reopen on Monday': a verb without a subject that
    the parse joins to a past cue but that a modal or the present tense puts in the reported
    clause ('said A and left' is the speaker's own act)."""
    tok = cue.tok
    for conj in tok.rights:
        if conj.dep_ != "conj" or conj.i <= end or conj.lemma_.lower() in cue_verbs() \
                or any(c.dep_ in SUBJECTS for c in conj.children):
            continue
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in conj.children)
        if modal or (conj.tag_ in _PRESENT and tok.tag_ in _PAST):
            end = conj.right_edge.i
    return end


def _complement_before(cue: Cue) -> Reported | None:
    """"..., X said" parsed with the clause as the cue's complement."""
    if not cue.before:
        return None
    end = max(c.right_edge.i for c in cue.before)
    tail = _adjunct_after(cue.tok)
    if tail is not None:  # "A is down, figures show, with B waiting": the sentence is reported
        return Reported(cue.ctx.chars(cue.sentence.start, tail), postposed=True)
    return Reported(cue.ctx.chars(cue.sentence.start, end), postposed=True)


def _adjunct_after(tok: Token) -> int | None:
    """The end of an adjunct set off by a comma after a postposed cue (", with ..."), which
    belongs to the clause reported, not to the cue; else None. A participle there (", adding
    ...", ", reacting to ...") is the speaker's own."""
    doc = tok.doc
    for child in tok.rights:
        if child.dep_ == "prep" and doc[child.i - 1].text == "," \
                and child.lower_ in words("adjunct_prepositions"):
            return child.right_edge.i
    return None


def _named(cue: Cue) -> Reported | None:
    """'called it "transparently false"', 'urged them "to come"': quotes only; a naming
    verb with an object and what it is called ('described the plan as reckless') states
    that much, the verb with it."""
    if cue.lemma not in words("naming_verbs") and cue.lemma not in words("no_claim_verbs"):
        return None
    if _calls_it_something(cue.tok, cue.lemma):
        return Reported(cue.ctx.chars(cue.tok.i, cue.tok.right_edge.i), predicate=True)
    return Reported(cue.ctx.chars(cue.tok.i + 1, cue.tok.right_edge.i))


def _calls_it_something(tok: Token, lemma: str) -> bool:
    """'called the plan "reckless"', 'described him as smart': an object and its predicate."""
    if lemma not in words("secondary_predicate_verbs"):
        return False
    called = [c for c in tok.rights if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp")
              or (c.dep_ == "prep" and c.lower_ == "as")]
    # "cited a deal reached in May as proof": "as" parsed onto the participle of the object
    for obj in (c for c in tok.rights if c.dep_ == "dobj"):
        called += [t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "as"
                   and t.head.dep_ == "acl" and t.head.tag_ == "VBN"]
    has_object = any(c.dep_ == "dobj" for c in tok.children) \
        or any(t.pos_ in ("NOUN", "PROPN", "PRON") and t.i < c.i for c in called for t in c.subtree)
    return bool(called) and has_object


def _stray_that(cue: Cue) -> Reported | None:
    """'said at the time that X ...', misparsed as a relative clause on "time"."""
    clause = _stray_that_clause(cue.tok)
    if clause is None:
        return None
    return Reported(cue.ctx.chars(clause.left_edge.i + 1, clause.right_edge.i))


def _object_and_verb(cue: Cue) -> Reported | None:
    """'insisted its "operation" had support': an object and a verb without a subject."""
    verb = _headless_verb(cue.tok, cue.obj)
    if cue.obj is None or verb is None:
        return None
    return Reported(cue.ctx.chars(cue.obj.left_edge.i, verb.right_edge.i))


def _object(cue: Cue) -> Reported | None:
    """"denied responsibility for the attack": the verb and its object are the point."""
    obj = cue.obj
    if obj is None or cue.lemma not in words("object_verbs"):
        return None
    end = max([obj.right_edge.i] + [c.right_edge.i for c in cue.tok.rights
                                     if c.dep_ in _OBJECT_ADJUNCTS and c.i > obj.i
                                     and not any(t.text in _CLAUSE_BREAKS
                                                 for t in c.doc[obj.i:c.i])])
    end = max(end, _infinitive_after(obj, cue.sentence.end))
    start = max(_predicate_start(cue.tok), cue.sentence.start)
    return Reported(cue.ctx.chars(start, end), predicate=True)


def _infinitive_after(obj: Token, end: int) -> int:
    """"forecasting revenue to be about $93bn": the infinitive right after the object says
    what is forecast of it, wherever the parse hung it; else the object's own end."""
    at = obj.right_edge.i + 1
    if at >= end - 1:
        return obj.right_edge.i
    to = obj.doc[at]
    verb = to.head
    if to.lower_ != "to" or to.dep_ != "aux" or verb.i <= at or verb.left_edge.i != at:
        return obj.right_edge.i
    return min(verb.right_edge.i, end - 1)


def _content_noun(cue: Cue) -> Reported | None:
    """"voiced the claim that ...", "expressed confidence that ...": the that-clause of a
    content noun, without its "that"."""
    obj = cue.obj
    if obj is None or obj.lemma_.lower() not in words("content_nouns"):
        return None
    clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp")
                   and c.left_edge.lower_ == "that"), None)
    if clause is None:
        return None
    return Reported(cue.ctx.chars(clause.left_edge.i + 1, clause.right_edge.i))


def _inside_commas(cue: Cue) -> Reported | None:
    """"Kurpasi, he said, was ...": the whole sentence is reported."""
    if not _parenthetical(cue.tok, cue.sentence.start, cue.sentence.end):
        return None
    return Reported(cue.ctx.chars(cue.sentence.start, cue.sentence.end - 1), postposed=True)


def _after_comma(cue: Cue) -> Reported | None:
    """"..., a senior official said" hanging off the clause it reports. A cue with an object or
    a clause of its own after it is no postposed cue: what its comma closes is an adverbial
    ("In a short ruling, the judge stated the rule ...", "After years of work, teams found
    ...")."""
    tok, sentence = cue.tok, cue.sentence
    comma = _postposed_comma(tok)
    if not (tok.head.i <= tok.i and (tok.dep_ == "parataxis" or comma is not None)):
        return None
    if any(c.dep_ in _OWN_MATERIAL or (c.dep_ == "dobj" and cue.lemma not in
                                         words("addressee_verbs")) for c in tok.rights):
        return None  # "..., she told reporters" keeps its comma: the object is who heard it
    if tok.right_edge.i + 1 < sentence.end - 1 and tok.doc[tok.right_edge.i + 1].text == ",":
        # "The system, she wrote, reduces ...": the whole sentence is reported
        return Reported(cue.ctx.chars(sentence.start, sentence.end - 1), postposed=True)
    end = comma if comma is not None else tok.left_edge.i
    return Reported(cue.ctx.chars(sentence.start, end - 1), postposed=True)


def _as_subject(cue: Cue) -> Reported | None:
    """"that some reports claim is linked to ...", parsed as the subject of its clause."""
    tok = cue.tok
    if tok.dep_ not in ("nsubj", "nsubjpass", "csubj") or tok.head.i <= tok.i:
        return None
    return Reported(cue.ctx.chars(tok.i + 1, tok.head.right_edge.i))


READERS: tuple[Reader, ...] = (_complement_after, _complement_before, _named, _stray_that,
                               _object_and_verb, _object, _content_noun, _inside_commas,
                               _after_comma, _as_subject)
# a clause verb reports only a that-clause after it, its own or its object's ("recognized that
# ...", "expressed concern that ..."), never its object alone ("recognized the state")
CLAUSE_READERS: tuple[Reader, ...] = (_complement_after, _content_noun)


def _object_of(tok: Token, lemma: str) -> Token | None:
    """The cue's object: its direct object, or the object of the preposition that makes a
    phrasal cue ("called for a ceasefire")."""
    direct = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if direct is not None or " " not in lemma:
        return direct
    word = lemma.split()[-1]
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == word:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _predicate_start(tok: Token) -> int:
    """Where "Russia has denied responsibility" begins: its subject, else the verb (also
    after a relative pronoun: "a channel which claims to show ..." is "claims to show ...")."""
    subject = next((c for c in tok.lefts if c.dep_ in SUBJECTS), None)
    if subject is None or subject.lower_ in relative_pronouns():
        return tok.i
    return subject.left_edge.i


def _stray_that_clause(tok: Token) -> Token | None:
    """'said at the time that X ...', misparsed as a relative clause on "time": that clause."""
    for prep in tok.rights:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            for clause in pobj.rights:
                if clause.dep_ == "relcl" and clause.left_edge.lower_ == "that" \
                        and any(c.dep_ in SUBJECTS and c.i > clause.left_edge.i
                                for c in clause.children):
                    return clause
    return None


def _headless_verb(tok: Token, obj: Token | None) -> Token | None:
    """'insisted its "operation" had support', misparsed as object plus a verb without subject:
    the finite verb after the object, which with it is the clause reported. The parse may hang
    that verb on the cue ("said the terms, as an alternative, were ...") or on the object
    ("stated the decision to hire counsel falls within ..."); a verb the cue's own "and" joins
    ("said a prayer and left") is the speaker's act, not what was said."""
    if obj is None or tok.lemma_.lower() not in words("speech_verbs"):
        return None
    found = [c for c in tok.rights if c.dep_ in ("conj", "advcl") and c.i > obj.i] \
        + [c for c in obj.rights if c.dep_ == "acl"]
    for child in sorted(found, key=lambda t: t.i):
        if child.tag_ in _FINITE \
                and not any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in child.children) \
                and not any(t.dep_ == "cc" and t.head.i == tok.i
                            for t in tok.doc[obj.right_edge.i + 1:child.i]):
            return child
    return None


def _parenthetical(tok: Token, lo: int, hi: int) -> bool:
    """A cue between commas inside the clause it reports: "X, officials said on Friday, was"."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    if not subjects or any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return False
    first = subjects[-1].left_edge.i
    last = max([tok.i] + [c.right_edge.i for c in tok.rights
                          if c.dep_ in ("prep", "npadvmod", "advmod", "dobj", "dative")])
    doc = tok.doc
    return lo < first - 1 and last + 2 < hi and doc[first - 1].text == "," \
        and doc[last + 1].text == ","


def _postposed_comma(tok: Token) -> int | None:
    """", a senior official said" after the clause it reports, hanging off that clause (a
    common misparse): the comma before a cue whose subject alone follows it, else None."""
    if tok.lemma_.lower() not in cue_verbs() or tok.head.i > tok.i:
        return None
    if any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return None
    if tok.lemma_.lower() not in words("addressee_verbs") \
            and any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children):
        return None  # "..., industry expressed grave concern": a clause of its own
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects or subjects[-1].lower_ in relative_pronouns():
        return None
    i = min(subjects[-1].left_edge.i, tok.i) - 1
    while i > 0 and tok.i - i <= POSTPOSED_WINDOW and tok.doc[i].pos_ in _NOUN_PHRASE_POS \
            and tok.doc[i].text not in (",", "—", "–"):
        i -= 1
    return i if i > 0 and tok.doc[i].text in (",", "—", "–") else None
