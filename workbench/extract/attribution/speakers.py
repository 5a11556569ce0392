"""Speakers: who a quote or claim is attributed to, named as the article names them.

A source is found from the subject of a reporting cue and resolved: a pronoun ("he added",
"it said", "they believe") takes the latest earlier source of its kind, preferring subjects in
the nearest sentences; a definite role noun ("the mayor") takes the person the article gives
that role, or the person just quoted when nothing contradicts it; an unnamed official in the
lead takes the first person quoted by name after it; "officials" and "Ukraine's air force"
stay as written; a name takes its canonical form from the article's entities.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from workbench import lexicon
from workbench.extract.attribution import naming
from workbench.extract.attribution.index import (
    SUBJECTS,
    Index,
    Source,
    SourceKind,
    clean_name,
    document_agent,
    is_document,
    misread_name,
    organisation_nouns,
    relative_pronouns,
    role_nouns,
    words,
)
from workbench.model import Entity

LEAD_SENTENCES = 2
LOOKAHEAD_SENTENCES = 6
LOOKBACK_SENTENCES = 4
RECENT_SENTENCES = 4
NEAR_SENTENCES = 2
PLACE_LABELS = frozenset({"GPE", "LOC"})
HYPHENS = ("-", "–")


@cache
def _pronoun_kinds() -> dict[str, SourceKind]:
    table: dict[str, list[str]] = lexicon.load("attribution")["pronouns"]
    return {w: kind for kind, ws in table.items() for w in ws}  # type: ignore[misc]


@dataclass(frozen=True, slots=True)
class Antecedent:
    """A source or person named at ``start``: a subject? the source of an attribution?"""

    start: int
    sentence: int
    source: Source
    subject: bool
    spoke: bool = False


def _addressed(subject: Token) -> frozenset[str]:
    """Lower-case words of the people a subject's verb (or the verb it goes on to) addresses:
    whoever is asked or told is not the one asking."""
    verb = subject.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return frozenset(c.lower_ for v in verbs for c in v.children if c.dep_ in ("dobj", "dative"))


def _titled_conjunct(ctx: Index, tok: Token) -> Entity | None:
    """"said Acme president and CEO Jane Roe": a role joined by "and" to a person's name that
    carries a role of its own before it names one person, that one."""
    if tok.lemma_.lower() not in role_nouns():
        return None
    for conj in tok.children:
        entity = ctx.entity_at.get(conj.i)
        if conj.dep_ != "conj" or entity is None or entity.label != "PERSON":
            continue
        if any(c.dep_ == "cc" and c.lower_ == "and" and c.i < conj.i for c in tok.children) \
                and any(c.dep_ == "compound" and c.lower_ in role_nouns() and c.i < conj.i
                        and ctx.entity_at.get(c.i) is None for c in conj.children):
            return entity
    return None


def _age(tok: Token) -> str | None:
    """The number of an age epithet ("the 45-year-old": "45"), else None."""
    if tok.lower_ != "old":
        return None
    year = next((c for c in tok.children if c.lemma_.lower() == "year"), None)
    number = next((c for c in year.children if c.like_num), None) if year is not None else None
    return number.text if number is not None else None


def _age_owner(number: Token) -> Token | None:
    """Who an age belongs to: the name it follows ("Maria Ortiz, 67,") or the noun its
    "-year-old" describes, and what that noun stands beside ("The defendant, a 45-year-old
    father of three": the defendant)."""
    tok = number
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() != "year":
            return tok.head if tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN") \
                else tok
    return None


def _named_by_phrase(tok: Token) -> int:
    """The last token of a capitalised name that goes on in a phrase of capitalised words
    ("High Commissioner for Refugees"); else ``tok`` itself."""
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.i == tok.i + 1
                 and c.lower_ in ("for", "of", "on")), None)
    if prep is None or prep.right_edge.i != prep.i + 1 or prep.doc[prep.i + 1].pos_ != "PROPN":
        return tok.i
    return prep.i + 1


class Resolver:
    """Sources in text order; each resolved one becomes an antecedent for later pronouns."""

    def __init__(self, ctx: Index, subjects: Sequence[tuple[Token | None, int]]) -> None:
        """``subjects``: the subject token and sentence of every cue, for looking ahead."""
        self.ctx = ctx
        self.subjects = subjects
        self.mentions: list[Antecedent] = []
        self.titled: list[tuple[int, Source, frozenset[str]]] = []
        self.titles_of: dict[str, frozenset[str]] = {}
        for entity in ctx.entities:
            if entity.label not in ("PERSON", "ORG"):
                continue
            root = ctx.doc[ctx.char_token(entity.end - 1)]
            source = Source(entity.canonical, entity.text, entity.start, entity.end, "person")
            titles = naming.titles(ctx.doc, ctx.char_token(entity.start), root.i)
            if entity.label != "PERSON" and not titles & role_nouns():
                continue
            self.titled.append((entity.start, source, titles))
            self.titles_of[entity.canonical] = self.titles_of.get(entity.canonical,
                                                                  frozenset()) | titles
            if entity.section == "paragraph" and not ctx.in_quote(entity.start):
                self.mentions.append(Antecedent(entity.start, ctx.sentence_of(root.i), source,
                                              naming.is_subject(root)))
                pair = self._pair(entity, root)
                if pair is not None:
                    self.mentions.append(pair)
        self.mentions.sort(key=lambda m: m.start)
        self.titled.sort(key=lambda t: t[0])
        self.interviewers = frozenset(name for name, titles in self.titles_of.items()
                                      if titles & words("interviewer_roles"))

    def _pair(self, entity: Entity, root: Token) -> Antecedent | None:
        """People named together as a subject ("Director Jane Roe and Dr. Sam Poe have not seen
        ... They say"): a group a plural pronoun can take, named by both names."""
        if entity.label != "PERSON" or root.dep_ not in SUBJECTS:
            return None
        other = next((self.ctx.entity_at.get(c.i) for c in root.children if c.dep_ == "conj"),
                     None)
        if other is None or other.label != "PERSON" or other.canonical == entity.canonical:
            return None
        source = Source(f"{entity.canonical} and {other.canonical}",
                        self.ctx.text[entity.start:other.end], entity.start, other.end, "group")
        return Antecedent(entity.start, self.ctx.sentence_of(root.i), source, True)

    def resolve(self, tok: Token, sentence: int, *,
                reported: tuple[int, int] | None = None) -> Source | None:
        """The source ``tok`` names. ``reported``: the material of a cue after it ("...,
        he said"), in which a pronoun names only a person named as the subject of its main
        clause ("Doe also raised the matter, he said"; not "The offers came from Roe, he
        said", nor "The official suggested a deal, he said"), unless no one else can be
        meant: the one found inside gives way to someone who spoke before."""
        source = self._resolve(tok, sentence)
        if reported is not None and source is not None and tok.lower_ in _pronoun_kinds() \
                and reported[0] <= source.start < reported[1]:
            every = self.mentions
            self.mentions = [m for m in every if not reported[0] <= m.start < reported[1]
                             or (m.subject and not m.spoke
                                 and naming.main_subject(self.ctx, m.start, reported))]
            before = self._resolve(tok, sentence)
            self.mentions = every
            if before is not None and any(m.spoke and m.start < reported[0]
                                          and m.source.name == before.name for m in every):
                source = before
        if source is not None:
            mention = Antecedent(tok.idx, sentence, source, True, spoke=True)
            self.mentions.insert(bisect_right([m.start for m in self.mentions], tok.idx), mention)
        return source

    def _resolve(self, tok: Token, sentence: int, depth: int = 0) -> Source | None:
        low = tok.lower_
        if low in relative_pronouns() and tok.head.dep_ in ("relcl", "acl") and depth < 2:
            if self.ctx.in_quote(tok.head.head.idx):
                return None  # 'dubbed the "Stone Wall" - who ...': a nickname, not the speaker
            return self._resolve(tok.head.head, sentence, depth + 1)
        kind = _pronoun_kinds().get(low)
        if kind == "person" and tok.head.lemma_.lower() in words("answering_verbs"):
            asked = self._addressee(tok, sentence)
            if asked is not None:
                return asked
        if kind is not None:
            ahead = self._cataphor(tok, kind, sentence) if depth == 0 else None
            return ahead or self._same_sentence(tok, kind, sentence) \
                or self._antecedent(tok, kind, sentence, depth)
        if tok.pos_ in ("PRON", "DET") or (tok.pos_ == "NUM" and tok.like_num):
            return naming.one_of(self.ctx, tok)
        if tok.tag_ == "VBG" and not misread_name(tok):
            return None
        return self._document_or_name(tok, sentence, depth)

    def _document_or_name(self, tok: Token, sentence: int, depth: int) -> Source | None:
        agent = document_agent(tok) or self._issuer_named(tok)  # "a tweet from the Kyiv
        if agent is not None and depth < 2:                     # Independent said", "a UN report"
            return self._resolve(agent, sentence, depth + 1)
        if tok.lemma_.lower() in words("document_nouns") and tok.pos_ == "NOUN" \
                and any(c.lower_ == "the" for c in tok.lefts):
            issuer = self._recent_speaker(tok, sentence)  # "X said in a statement ... the
            if issuer is None and depth < 2:              # statement said": X
                issuer = self._issued_before(tok, sentence, depth)
            if issuer is not None:
                return issuer
        return self._named(tok) or self._described(tok, sentence)

    def _issuer_named(self, tok: Token) -> Token | None:
        """"A UN report found ...": the organisation or country named right before a document
        word is its issuer."""
        if not is_document(tok) or tok.i == 0:
            return None
        before = self.ctx.doc[tok.i - 1]
        entity = self.ctx.entity_at.get(before.i)
        if before.dep_ != "compound" or before.head.i != tok.i or entity is None \
                or entity.label not in ("ORG", "GPE") \
                or entity.canonical.lower() in organisation_nouns():  # "Hospital figures"
            return None
        return before

    def _issued_before(self, tok: Token, sentence: int, depth: int) -> Source | None:
        """"According to a bulletin by the agency, ... The bulletin says": the issuer the
        latest earlier mention of the same document gave it, outside quoted words."""
        lemma = tok.lemma_.lower()
        for earlier in reversed(self.ctx.doc[:tok.i]):
            if earlier.lemma_.lower() != lemma or self.ctx.in_quote(earlier.idx):
                continue
            agent = document_agent(earlier) or self._issuer_named(earlier)
            if agent is not None:
                found = self._resolve(agent, self.ctx.sentence_of(agent.i), depth + 1)
                if found is not None and (found.kind != "person"
                                          or self.ctx.entity_at.get(agent.i) is not None):
                    return found
        return None

    def _cataphor(self, tok: Token, kind: SourceKind, sentence: int) -> Source | None:
        """"Though he called the plan reckless, Judge X approved it": a pronoun in a clause
        put before its main clause names that clause's subject."""
        clause = tok.head
        piece = self.ctx.sents[sentence]
        if clause.dep_ != "advcl" or clause.left_edge.i != piece.start \
                or not any(c.dep_ == "mark" for c in clause.children):
            return None
        after = piece.doc[clause.right_edge.i + 1:piece.end]
        subject = next((c for c in after if c.dep_ == "nsubj" and c.head.i > c.i), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        found = self._named(subject) or self._described(subject, sentence)
        return found if found is not None and found.kind == kind else None

    def _same_sentence(self, tok: Token, kind: SourceKind, sentence: int) -> Source | None:
        """"Staff gave the reasons why they say ...", "While the board approved it, they
        stressed ...": a plural or body pronoun takes a subject before it in its own
        sentence, the one highest in the parse; "they" takes an organisation ("the board")
        when no group is there."""
        verb = tok.head
        after_report = verb.dep_ == "parataxis" \
            or (verb.dep_ == "ccomp" and verb.head.i < verb.i) \
            or any(c.dep_ in ("parataxis", "ccomp") and c.i < verb.i for c in verb.children)
        if kind == "person" or after_report:
            return None  # "..., they said", "A, it says, is B": the subjects are what is reported
        found: list[tuple[int, int, Source]] = []
        for cand in self.ctx.sents[sentence]:
            if cand.i >= tok.i or cand.dep_ not in SUBJECTS \
                    or cand.pos_ not in ("NOUN", "PROPN") or self.ctx.in_quote(cand.idx):
                continue
            source = self._named(cand) or self._described(cand, sentence)
            organisation = source is not None and source.kind == "body" \
                and cand.lemma_.lower() in organisation_nouns()
            if source is not None and (source.kind == kind or (kind == "group" and organisation)):
                exact = 0 if source.kind == kind else 1
                found.append((exact, len(list(cand.ancestors)), source))
        return min(found, key=lambda f: (f[0], f[1]))[2] if found else None

    def _addressee(self, tok: Token, sentence: int) -> Source | None:
        """"X asked Biden if ... 'Yes,' he replied": he is the one asked."""
        for index in range(sentence, max(sentence - NEAR_SENTENCES, -1) - 1, -1):
            for verb in reversed(self.ctx.sents[index]):
                if verb.i >= tok.i or verb.lemma_.lower() not in words("asking_verbs"):
                    continue
                for obj in verb.children:
                    if obj.dep_ in ("dobj", "dative"):
                        found = self._named(obj)
                        if found is not None and found.kind == "person":
                            return found
        return None

    def _named(self, tok: Token) -> Source | None:
        ctx = self.ctx
        entity = ctx.entity_at.get(tok.i)
        if entity is None:
            for child in tok.subtree:
                found = ctx.entity_at.get(child.i)
                if child.dep_ == "appos" and found is not None and (
                        found.label == "PERSON" or (found.label == "ORG" and child.i == tok.i + 1
                                                    and tok.pos_ == "NOUN")):
                    entity = found  # "the mayor, Jane Roe", "state broadcaster NRK"
                    break
        if entity is None:
            entity = _titled_conjunct(ctx, tok)
        if entity is not None and entity.label in PLACE_LABELS:
            named = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"),
                         None)  # "The Santa Clara, California-based chip firm said": the firm
            if named is not None:
                return self._described(named, self.ctx.sentence_of(named.i))
            if (led := naming.place_led(ctx, tok, entity)) is not None:
                return led  # "KCNC-TV CBS Colorado reported": the station, not the place
        if entity is not None:
            return Source(entity.canonical, entity.text, entity.start, entity.end,
                          naming.entity_kind(entity, tok))
        if tok.pos_ != "PROPN" and not misread_name(tok):
            return None
        first = tok.i
        while first > 0:
            before = ctx.doc[first - 1]
            if before.text in HYPHENS and not before.whitespace_ and first > 1 \
                    and not ctx.doc[first - 2].whitespace_ \
                    and ctx.doc[first - 2].pos_ == "PROPN":
                first -= 2  # "the S&P CoreLogic Case-Shiller Index": a hyphen inside the name
                continue
            if before.pos_ != "PROPN" or before.dep_ != "compound" \
                    or not first <= before.head.i <= tok.i or before.lower_ in role_nouns():
                break
            first -= 1
        name_like = first < tok.i and tok.lower_ not in organisation_nouns()
        span = ctx.chars(first, _named_by_phrase(tok)) if name_like \
            else naming.extent(ctx, tok, ctx.sentence_of(tok.i))
        if span is None:
            return None
        text = ctx.text[span[0]:span[1]]
        kind: SourceKind = "body" if tok.lower_ in organisation_nouns() else "person"
        name = clean_name(text)
        return Source(name, text, span[0], span[1], kind) if any(c.isalpha() for c in name) \
            else None

    def _described(self, tok: Token, sentence: int) -> Source | None:
        age = _age(tok)
        if age is not None:  # "said the 45-year-old": whom the article gave that age
            return self._aged(tok, age, sentence)
        ctx = self.ctx
        span = naming.extent(self.ctx, tok, sentence)
        if span is None:
            return None
        text = ctx.text[span[0]:span[1]]
        name = clean_name(text)
        lemma = tok.lemma_.lower()
        if not any(ch.isalpha() for ch in name) or lemma in words("strip_words"):
            return None
        plural = tok.tag_ in ("NNS", "NNPS") or lemma in words("collective_nouns")
        kind: SourceKind = "group" if plural else "person" if lemma in role_nouns() else "body"
        indefinite = words("indefinite_articles")
        if kind == "person" and any(c.dep_ in ("det", "poss") and c.lower_ not in indefinite
                                    for c in tok.lefts):
            found = self._agreeing(tok) or self._lead_speaker(tok, sentence)
            if found is None and any(c.lower_ == "the" for c in tok.lefts) \
                    and not any(c.dep_ in ("prep", "appos") for c in tok.rights):
                found = self._recent_person(tok, sentence) or self._next_named(tok, sentence) \
                    or naming.epithet(self.ctx, tok, sentence)
            if found is not None:
                return found
        if kind == "person" and sentence == ctx.lead_sentence and any(
                c.dep_ == "det" and c.lower_ in indefinite for c in tok.lefts):
            found = self._next_named(tok, sentence)  # "A nurse has described how ... Jane
            if found is not None:                     # Roe, 41, said": Jane Roe
                return found
        meant = naming.organisation_meant(ctx, tok, sentence, span) if kind == "body" else None
        return meant or Source(name, text, span[0], span[1], kind)

    def _aged(self, tok: Token, age: str, sentence: int) -> Source | None:
        """The person an age epithet stands for: the latest one given that age before it
        ("Maria Ortiz, 67, ...", "The defendant, a 45-year-old father of three, ..."), else
        the latest person subject nearby; never the epithet's words themselves."""
        doc = self.ctx.doc
        lo = self.ctx.sents[max(sentence - LOOKBACK_SENTENCES, 0)].start
        for cand in reversed(doc[lo:tok.i]):
            if cand.text != age or self.ctx.in_quote(cand.idx) or cand.head.i == tok.i:
                continue
            owner = _age_owner(cand)
            if owner is not None and owner.i != tok.i:
                return self._named(owner) or self._described(owner, self.ctx.sentence_of(owner.i))
        return naming.epithet(self.ctx, tok, sentence) if any(
            c.dep_ == "det" for c in tok.lefts) else None

    def _agreeing(self, tok: Token) -> Source | None:
        """The person the article gives this role ("the mayor" -> "Jane Doe, the mayor")."""
        need = {tok.lower_, tok.lemma_.lower()}
        extra = {t.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")
                 for t in c.subtree if t.is_alpha}
        matches = [(start, source) for start, source, titles in self.titled
                   if need & titles and extra <= titles]
        names = {source.name for _, source in matches}
        sentence = self.ctx.sentence_of(tok.i)
        speakers = [m for m in self.mentions if m.subject and m.source.name in names
                    and m.start < tok.idx and m.sentence >= sentence - RECENT_SENTENCES]
        if speakers:  # "The president added ..." after President Biden spoke: Biden
            return speakers[-1].source
        before = [m for m in matches if m[0] < tok.idx]
        if before:
            return before[-1][1]
        return matches[0][1] if matches else None

    def _recent_person(self, tok: Token, sentence: int) -> Source | None:
        """"The prime minister said" right after "..., Boris Johnson said": the same person,
        unless the article gives that person another role."""
        role = tok.lemma_.lower()
        addressed = _addressed(tok)  # "the host proceeded to ask Timberlake": not Timberlake
        speakers = [m for m in self.mentions if m.spoke and m.start < tok.idx
                    and m.source.kind == "person" and m.sentence >= sentence - RECENT_SENTENCES
                    and m.source.name.lower().split()[-1] not in addressed]
        for mention in reversed(speakers):  # "a Western official said ... the official said"
            if mention.source.name.lower().split()[-1] in (tok.lower_, role):
                return mention.source
        for mention in reversed(speakers):
            roles = self.titles_of.get(mention.source.name, frozenset()) & role_nouns()
            named_by = mention.source.name.lower().split()[-1]
            if named_by in role_nouns() and named_by not in (tok.lower_, role):
                continue  # "the coach said ... the captain said": another person
            if not roles or role in roles:
                return mention.source
        return None

    def _next_named(self, tok: Token, sentence: int) -> Source | None:
        """"The minister called it sobering. '...,' Jane Doe said": a role no one holds yet
        is the person named as a speaker in the next sentences, if given no other role."""
        role = tok.lemma_.lower()
        for subject, at in self.subjects:
            if subject is None or not sentence < at <= sentence + NEAR_SENTENCES:
                continue
            named = self._named(subject)
            if named is None or named.kind != "person" or named.name == named.text.lower():
                continue
            titles = self.titles_of.get(named.name)
            if titles is not None and (not titles or role in titles):
                return named  # "striker Tom Reed" is not "the head coach"
        return None

    def _recent_speaker(self, tok: Token, sentence: int) -> Source | None:
        """The latest nearby source that spoke through this document ("X said in a statement")."""
        lemma = tok.lemma_.lower()
        for m in reversed(self.mentions):
            if not m.spoke or m.start >= tok.idx or m.sentence < sentence - NEAR_SENTENCES:
                continue
            if any(t.lemma_.lower() == lemma and t.i < tok.i
                   and naming.issued_by(self.ctx, t, m.start)
                   for t in self.ctx.sents[m.sentence]):
                return m.source
        return naming.document_issuer(self.ctx, tok, sentence)  # "X ... in a filing"

    def _lead_speaker(self, tok: Token, sentence: int) -> Source | None:
        """In the lead, an unnamed official is the first person later quoted by name."""
        lead = self.ctx.lead_sentence
        if not lead <= sentence < lead + LEAD_SENTENCES \
                or tok.lemma_.lower() not in words("unnamed_roles"):
            return None
        last = sentence + LOOKAHEAD_SENTENCES
        for subject, at in self.subjects:
            if subject is not None and sentence < at <= last:
                named = self._named(subject)
                if named is not None and named.kind == "person":
                    return named
        return None

    def _antecedent(self, tok: Token, kind: SourceKind, sentence: int,
                    depth: int) -> Source | None:
        """The latest earlier source of this kind, preferring subjects in the nearest sentence;
        a person pronoun just after a person's quote or claim takes that speaker."""
        if kind == "person":
            speaker = self._last_speaker(tok, sentence)
            if speaker is not None:
                return speaker
        earlier = [m for m in self.mentions if m.start < tok.idx and m.source.kind == kind
                   and m.sentence >= sentence - LOOKBACK_SENTENCES]
        for reach in (NEAR_SENTENCES, LOOKBACK_SENTENCES):
            near = [m for m in earlier if m.sentence >= sentence - reach]
            subjects = [m for m in near if m.subject]
            if subjects or near:
                return self._interviewed((subjects or near)[-1], earlier)
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

    def _interviewed(self, chosen: Antecedent, earlier: Sequence[Antecedent]) -> Source:
        """"Correspondent X met commander Y. He told ...": not the correspondent who asks but
        the other person named in that sentence."""
        if chosen.source.name not in self.interviewers:
            return chosen.source
        met = [m for m in earlier if m.sentence == chosen.sentence
               and m.source.name not in self.interviewers]
        return met[-1].source if met else chosen.source

    def _last_speaker(self, tok: Token, sentence: int) -> Source | None:
        """The person who spoke last, when a pronoun continues their report within two
        sentences: "X said: '...' Y launched the war. '...,' he continued" -> X. Subjects in
        X's own sentence are what X reported and never take the pronoun; a subject in the
        narration between takes it unless quoted words open the pronoun's sentence and that
        subject's verb does not report too ("voiced concerns that ..."). A person subject
        before the pronoun in its own sentence, or a later source of another kind, leaves the
        nearest-subject rule in charge. Sentences quoted all through do not count as distance."""
        earlier = [m for m in self.mentions if m.start < tok.idx]
        spoken = [m for m in earlier if m.spoke]
        if not spoken:
            return None
        last = spoken[-1]
        if last.source.kind != "person" \
                or self._narrated(last.sentence, sentence) >= NEAR_SENTENCES:
            return None
        rivals = [m for m in earlier if m.start > last.start and m.subject
                  and m.source.kind == "person" and m.source.name != last.source.name
                  and m.sentence != last.sentence]
        if any(m.sentence == sentence or self._reports(m) for m in rivals):
            return None
        if rivals and not self._quoted_before(tok, sentence):
            return None
        return last.source

    def _narrated(self, first: int, last: int) -> int:
        """Sentences strictly between two that narrate: words quoted all through (a speaker's
        quote running on over paragraphs) or a stray mark are the speaker's turn, no gap."""
        return sum(1 for index in range(first + 1, last)
                   if any(t.is_alpha and not self.ctx.in_quote(t.idx)
                          for t in self.ctx.sents[index]))

    def _reports(self, mention: Antecedent) -> bool:
        """Is this subject's verb a report by another name: it takes a clause ("warned it would
        fail"), a noun with a that-clause ("voiced concerns that ..."), a thing said ("offered
        a stark message"), or gives a stance?"""
        verb = self.ctx.doc[self.ctx.char_token(mention.start)]
        while verb.dep_ not in SUBJECTS and verb.head.i != verb.i:
            verb = verb.head
        verb = verb.head
        said = words("utterance_nouns") | words("content_nouns")
        if any(c.dep_ == "dobj" and c.lemma_.lower() in said for c in verb.children):
            return True  # "Y offered a stark message: '...'": Y speaks next
        return verb.lemma_.lower() in words("stance_verbs") or any(c.dep_ == "ccomp" or (
            c.dep_ in ("dobj", "attr") and any(g.dep_ in ("acl", "ccomp") and any(
                k.dep_ == "mark" and k.lower_ == "that" for k in g.children)
                for g in c.children)) for c in verb.children)

    def _quoted_before(self, tok: Token, sentence: int) -> bool:
        """Does the pronoun's sentence open with quoted words ("'...,' he continued")?"""
        return any(self.ctx.in_quote(t.idx) for t in self.ctx.sents[sentence]
                   if t.is_alpha and t.i < tok.i)
