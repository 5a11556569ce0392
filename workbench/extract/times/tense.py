"""What the parse says around a time expression: the tense of the clause that governs it.

A bare weekday or day-month is resolved by tense: "said on Tuesday" looks back from the
publication date, "will meet on Friday" and "is due to resume on Friday" look ahead.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from spacy.tokens import Doc, Token

from workbench import lexicon

Tense = Literal["past", "perfect", "present", "future", "conditional"]

MAX_CLIMB = 6


@cache
def _future_modals() -> frozenset[str]:
    return frozenset(lexicon.load("time_words")["future_modals"])


@cache
def _conditional_modals() -> frozenset[str]:
    return frozenset(lexicon.load("time_words")["conditional_modals"])


@cache
def _possibility_modals() -> frozenset[str]:
    return frozenset(lexicon.load("time_words")["possibility_modals"])


def under_modal(verb: Token | None) -> bool:
    """A bare verb after a modal of possibility or obligation ("could board", "may vote",
    "must leave"): what it tells has not happened yet. Not "could" of a past ability, denied
    ("could not say on Tuesday")."""
    if verb is None or verb.tag_ != "VB":
        return False
    modal = next((c for c in verb.children
                  if c.dep_ == "aux" and c.lower_ in _possibility_modals()), None)
    if modal is None:
        return False
    return not past_ability(verb)


def past_ability(verb: Token | None) -> bool:
    """"Could not reach", "could not be reached": a denied "could" tells of the past."""
    return verb is not None and verb.tag_ in ("VB", "VBN") \
        and any(c.dep_ == "aux" and c.lower_ == "could" for c in verb.children) \
        and any(c.dep_ == "neg" for c in verb.children)


@cache
def _future_governors() -> frozenset[str]:
    return frozenset(lexicon.load("time_words")["future_governors"])


def reporting_lemmas() -> frozenset[str]:
    return lexicon.reporting_verbs()


def token_at(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic root of the tokens covering ``start:end``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def misread_verb(token: Token) -> bool:
    """A present-tense verb the tagger took for a plural noun: it heads a clause with a
    preposition after it, right after its subject ("the festival returns in August", "the round
    ends on Monday")."""
    if token.tag_ != "NNS" or token.dep_ not in ("ccomp", "ROOT") or token.i == 0:
        return False
    subject = token.doc[token.i - 1]  # not a compound: "oil prices in focus" has no verb
    return subject.tag_ in ("NN", "NNP") and subject.dep_ != "compound" \
        and any(c.dep_ == "prep" for c in token.children)


def governing_verb(token: Token) -> Token | None:
    """The nearest verb or auxiliary at or above ``token`` in the parse."""
    current = token
    for _ in range(MAX_CLIMB):
        if (current.pos_ in ("VERB", "AUX") and current.dep_ != "amod") or misread_verb(current):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _is_past(verb: Token) -> bool:
    """A verb in the past tense or with a past-tense auxiliary ("was due", "were going")."""
    return verb.tag_ == "VBD" or any(
        c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass", "cop"))


def verb_tense(verb: Token, *, depth: int = 0) -> Tense | None:
    """``past``, ``perfect`` ("has said"), ``present``, ``future`` or ``conditional`` (future
    seen from the past: "would meet", "was due to meet") for the clause headed by ``verb``."""
    if misread_verb(verb):
        return "present"
    if past_ability(verb):
        return "past"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _future_modals() for a in auxes):
        return "future"
    if any(a.lower_ in _conditional_modals() for a in auxes):
        return "conditional"
    if verb.tag_ == "VB" or any(a.tag_ == "TO" for a in auxes):
        governor = verb.head
        if governor.i == verb.i:
            if not auxes and verb.tag_ == "VB" and _imperative(verb):
                return None  # "For more from Monday's meeting, see the video": no tense
            if any(t.i < verb.i and t.tag_ == "VBD" and t.dep_ != "ROOT"
                   and any(c.dep_ == "nsubj" for c in t.children) for t in verb.subtree):
                return "past"  # "On Monday, Lee urged staff to vote": the parse made "urged"
            return "future"  # a modifier; headline infinitive: "Minister to visit Kyiv on Friday"
        if governor.lemma_.lower() in _future_governors() or governor.lower_ in _future_governors():
            return "conditional" if _is_past(governor) else "future"
        if governor.lemma_ == "be" and verb.dep_ == "xcomp" and governor.i < verb.i:
            # "the road is to be rebuilt starting in December", "ministers are to meet"
            return "conditional" if _is_past(governor) else "future"
        if any(a.tag_ == "MD" for a in auxes):
            return "present"
        if governor.pos_ not in ("VERB", "AUX", "ADJ"):
            # "the first country to sign it on Monday" takes the tense of its clause;
            # a headline without one looks ahead ("Britons brace for Ofgem to announce ...")
            governor = governing_verb(governor) or verb
            if governor.i == verb.i:
                return "future"
        if depth < 2:
            return verb_tense(governor, depth=depth + 1)
        return None
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN":
        finite = next((a for a in auxes if a.tag_ in ("VBZ", "VBP", "VBD")), None)
        if finite is None and any(a.tag_ == "MD" for a in auxes):
            return "present"  # "could be seen on Friday": a modal, no tense of its own
        if finite is not None and finite.tag_ != "VBD":
            return "perfect" if finite.lemma_ == "have" else "present"
        if bare_participle(verb):
            return "past"  # what was done: "the fine, imposed Friday by the league"
        if finite is None and not auxes and verb.dep_ not in ("ROOT", "conj") and depth < 2:
            # a bare participle takes its clause's tense: "wants the deal signed by March"
            head = governing_verb(verb.head)
            if head is not None and head.i != verb.i:
                return verb_tense(head, depth=depth + 1)
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _future_governors() \
                and any(c.dep_ == "mark" for c in verb.children):
            # "urging that she start her sentence in April": what is urged lies ahead
            return "conditional" if _is_past(verb.head) else "future"
        if verb.dep_ == "advcl" and depth < 2 and verb.head.i != verb.i:
            head = governing_verb(verb.head)  # "will cost $799 when it ships in September"
            if head is not None and head.i != verb.i \
                    and verb_tense(head, depth=depth + 1) == "future":
                return "future"
        return "present"
    if verb.tag_ == "VBG":
        for a in auxes:
            if a.tag_ == "VBD":
                return "past"
            if a.tag_ in ("VBZ", "VBP"):
                return "present"
        if depth < 2 and verb.head.i != verb.i:
            head = governing_verb(verb.head)
            if head is not None and head.i != verb.i:
                return verb_tense(head, depth=depth + 1)
    return None


def bare_participle(verb: Token) -> bool:
    """A past participle without auxiliary hung on a noun or a clause ("the fine, imposed
    Friday"), not one under "if" or "once" ("if approved on Friday, the law will ...")."""
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)


def _imperative(verb: Token) -> bool:
    """A bare verb heading its sentence with no subject: "see the video", "read more"."""
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def tense_at(doc: Doc, start: int, end: int) -> tuple[Tense | None, Token | None]:
    """The tense governing the text at ``start:end`` and the verb that carries it.

    A participle or adjective of scheduling on the way up ("is scheduled for", "is due on",
    "set for") makes the clause future, or conditional when it is itself past ("was due on").
    """
    token = token_at(doc, start, end)
    if token is None:
        return None, None
    verb = governing_verb(token)
    if verb is None:
        return None, None
    if token.dep_ == "compound" and bare_participle(verb) and verb.head.i != verb.i:
        # "reporters embedded in the states ahead of the November midterms": a date naming
        # an event takes the tense of the clause, not of the participle on the way
        verb = governing_verb(verb.head) or verb
    current = token
    for _ in range(MAX_CLIMB):
        if current.tag_ in ("VBN", "JJ") and current.lemma_.lower() in _future_governors():
            return ("conditional" if _is_past(verb) or _is_past(current) else "future"), verb
        if current.i == verb.i or current.head.i == current.i:
            break
        current = current.head
    return verb_tense(verb), verb


def looks_ahead(verb: Token | None) -> bool:
    """A verb of expecting or planning ("expects", "plans", "aims"): its objects lie ahead."""
    return verb is not None and verb.lemma_.lower() in _future_governors()


def is_reporting(verb: Token | None) -> bool:
    return verb is not None and verb.lemma_.lower() in reporting_lemmas()


_PUNCT = ",.;:()[]\"'\u201c\u201d\u2018\u2019\u2014\u2013-"


def words_before(text: str, start: int, *, n: int = 1) -> str:
    """The ``n`` words before ``start``, lower-cased, stripped of punctuation ("" at the start)."""
    words = [w.lower().strip(_PUNCT) for w in text[max(0, start - 60):start].split()]
    words = [w for w in words if w]
    return " ".join(words[-n:])


def words_after(text: str, end: int, *, n: int = 1) -> str:
    """The ``n`` words after ``end``, lower-cased, stripped of punctuation."""
    words = [w.lower().strip(_PUNCT) for w in text[end:end + 60].split()]
    words = [w for w in words if w]
    return " ".join(words[:n])
