"""One article's index for attribution: its sentences (never across a section), the
quoted stretches, the entity at each token, and the small readings every attribution rule
needs (a name cleaned of quote marks, a noun phrase's end, the agent of "a statement by X").
Built once per article and shared by the cues, the speakers, the quotes and the claims.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from workbench import lexicon
from workbench.extract import sentences
from workbench.lexicon import names
from workbench.model import Article, Entity

SourceKind = Literal["person", "group", "body"]

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
MARKS = "\"'“”‘’«»„"
_EDGE_CHARS = frozenset(f"{MARKS},.;:!?—–-")
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


def words(key: str) -> frozenset[str]:
    """A list from ``data/attribution.json`` as a lower-case set."""
    return lexicon.words("attribution", key)

def cue_verbs() -> frozenset[str]:
    return lexicon.reporting_verbs()


def cue_lemma(tok: Token) -> str:
    """A cue verb's lemma, with its particle or preposition when the two are one cue
    ("ruled out", "called for", "pointed to")."""
    lemma = tok.lemma_.lower()
    for child in tok.rights:
        if child.dep_ in ("prt", "prep") and f"{lemma} {child.lower_}" in words("phrasal_cues"):
            return f"{lemma} {child.lower_}"
    return lemma


def role_nouns() -> frozenset[str]:
    """Nouns that name a person by role ("the mayor", "a spokesman"): entity_words' roles."""
    return lexicon.words("entity_words", "roles")


@cache
def organisation_nouns() -> frozenset[str]:
    """Lower-case words that name a body: those that end an organisation's name ("ministry",
    "times") and the organisations safe to name alone ("kremlin", "nato")."""
    return lexicon.words("entity_words", "org_words") | frozenset(
        name.lower() for name in names.standalone_orgs())


def misread_name(tok: Token) -> bool:
    """A name the parse read as a verb ("Hecking, however, was ..." tagged a gerund): a
    capitalised word the same text tags a proper noun elsewhere ("Dieter Hecking")."""
    return tok.pos_ != "PROPN" and tok.is_title and any(
        t.text == tok.text and t.pos_ == "PROPN" for t in tok.doc if t.i != tok.i)


def relative_pronouns() -> frozenset[str]:
    return lexicon.words("grammar", "relative_pronouns")


def reflexive_pronouns() -> frozenset[str]:
    return lexicon.words("grammar", "reflexive_pronouns")


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` without edge spaces, punctuation and quote marks; None if empty.
    One step per character trimmed, so a flood of quote marks costs its length, once."""
    a, b = start, end
    while a < b and _is_edge(text[a]):
        a += 1
    while b > a and _is_edge(text[b - 1]):
        b -= 1
    return (a, b) if b > a else None


def _is_edge(ch: str) -> bool:
    return ch.isspace() or ch in _EDGE_CHARS


def clean_name(text: str) -> str:
    """A source's name as written, without quote marks, extra spaces or a trailing 's."""
    text = _NAME_MARKS.sub("", text).replace("<", "").replace(">", "")
    if text.count("(") > text.count(")"):
        text = text[:text.rindex("(")]
    text = " ".join(text.split())
    return _POSSESSIVE.sub("", text).strip(" ,")


class Index:
    """Per-article lookups: sentences, quoted characters, the entity at each token."""

    def __init__(self, doc: Doc, article: Article, entities: Sequence[Entity],
                 quoted: Sequence[tuple[int, int]]) -> None:
        self.doc = doc
        self.article = article
        self.text = article.text
        self.token_starts: list[int] = doc.to_array(IDX).tolist()
        self.sents = sentences.pieces(doc, article)
        self.sent_starts = [s.start for s in self.sents]
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


def is_document(noun: Token) -> bool:
    """Does the word name a document or data that speaks for its issuer ("the report",
    "Documents", "new figures")? A capitalised plural keeps its s in the lemma."""
    nouns = words("document_nouns")
    return noun.lemma_.lower() in nouns or noun.lower_.removesuffix("s") in nouns


def document_agent(noun: Token) -> Token | None:
    """"a statement released by X", "a report from X": X speaks, not the document."""
    if not is_document(noun):
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in words("agent_prepositions"):
            return _issuer(child)
        if child.dep_ == "acl":
            for agent in child.children:
                if agent.dep_ == "agent" or (agent.dep_ == "prep"
                                             and agent.lower_ in words("agent_prepositions")):
                    return _issuer(agent)
    return None


def _issuer(prep: Token) -> Token | None:
    """The object of "from"/"by" when it names who issued the document: not a time
    ("data from 2022", "figures from last month")."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if pobj is None or pobj.like_num or pobj.ent_type_ in ("DATE", "TIME", "CARDINAL"):
        return None
    return pobj


def np_end(tok: Token) -> int:
    """Last token of a noun phrase's own words (no relative clause, trailing comma or words
    set off by a spaced dash: "according to Pollstar - behind the Eagles - ...")."""
    end = tok.i
    for child in tok.rights:
        if child.dep_ in ("relcl", "acl", "punct", "cc", "conj") \
                or any(spaced_dash(t) for t in tok.doc[end + 1:child.i]):
            break
        end = child.right_edge.i
    return end


def spaced_dash(tok: Token) -> bool:
    """A dash standing between spaces, not the hyphen inside "Hill-Ardoin"."""
    return tok.text in ("-", "–", "—") and bool(tok.whitespace_) and tok.i > 0 \
        and bool(tok.doc[tok.i - 1].whitespace_)
