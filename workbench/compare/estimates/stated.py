"""Who stated a number: the claim's source as one body (:mod:`~workbench.compare.estimates.
sources`), else the speaker of the quote holding it, else a source its own sentence names that
the claims left out ("according to figures posted by the United Nations", "Associated Press
journalists saw ...", "..., the general staff announced"). A sentence going on from the one
before ("Of those, ...", "In addition, ...") keeps that sentence's claim.
"""

from __future__ import annotations

import re
from functools import cache

from workbench.compare import phrases
from workbench.compare.estimates import concepts, sources
from workbench.lexicon import names
from workbench.model import ArticleFacts, Claim, Quantity

NAME_WINDOW = 20  # characters around a name searched for "according to" or a reporting verb
TRAILING_WORDS = 8  # words a trailing source may take (", the army's general staff said")
AFTER_VERB = 3  # words after a trailing source's verb ("said on Sunday")
TITLE_WORDS = 8  # words before a mention of a source that may be its title
APPOSITION_WORDS = 10  # words of a phrase set off by commas next to a name ("the mayor of ...")
SUBJECT_WORDS = 5  # words of the subject a sentence opens with, before its first break
ANNOUNCED_WORDS = 4  # words after an announcing verb that may hold its noun of figures
OWNER_WORDS = 2  # more of them when they name whose figures they are
OPENING_WORDS = 5  # words of a sentence's opening phrase, before its first comma
ANAPHOR_WORDS = 3  # words of a definite source that may stand for a body named before it
ANTECEDENT_CHARS = 1500  # characters before it searched for that body
STEM_FROM = 5  # surnames longer than this match in any spelling of their last letter
# a body's name going on after its head word: "the interior ministry of Moldova"
# words that cannot stand between a name and its stating verb: they open another phrase
_NOT_BETWEEN = frozenset({"and", "or", "but", "in", "of", "from", "with", "to", "for", "on",
                          "at", "by", "as", "while", "whose", "which", "that"})
# what ends a phrase set off next to a name: punctuation, a full stop but not an initial's ("U.N.")
_CLAUSE_END = re.compile(r"[,;:(]|(?<!\b[A-Z])\.")
_CLAUSE_END_QUOTED = re.compile(r"[,;:()\"“”\n]|(?<!\b[A-Z])\.")
# a name going on past the entity found in it: "United Nations High Commissioner for Refugees"
_NAME_TAIL = re.compile(  # "... High Commissioner", "Ukraine's Prosecutor General"
    r"(?:['’]s(?=\s+[A-Z]))?(?:\s+(?:(?:for|of|on|the|and)\s+)*[A-Z][\w'’.-]*)+")
_NAMED_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def source_of(facts: ArticleFacts, quantity: Quantity, sentence: tuple[int, int],
              claim: Claim | None) -> tuple[str | None, sources.Body, Claim | None]:
    """The source of quantity in ``sentence`` as written, its body, and the claim it comes
    from (``claim``, else the one the sentence goes on from). A source the sentence itself
    names as a body wins over a claim's source named outside the sentence, over a bare name
    and, unless it is the press too, over the press relaying it ("Romanian Interior Minister
    Lucian Bode said ..., according to Reuters"), but not over one that states the number
    after it ("..., while an AP investigation concluded that 600 ..."); a reported source of
    no kind (a bare name) replaces none."""
    claim = claim or _continued(facts, sentence)
    earlier = _pronoun_subject(facts, sentence)
    if earlier is not None:
        return earlier[0], earlier[1], claim
    if claim is not None and claim.source:
        body = _body(facts, claim, sentence)
        if body.kind == sources.UNATTRIBUTED:
            body = _behind(facts, claim)
        outside = claim.source_start is not None and not (
            sentence[0] <= claim.source_start < sentence[1])
        named = body.kind not in ("other", "media", sources.UNATTRIBUTED)  # a kind of body,
        # not only a name, nor words naming no body ("By day 21 ... the Prosecutor said")
        if outside or not named:
            span = (claim.source_start or 0, claim.source_end or 0)
            ahead = not outside and span[1] <= quantity.start  # a source stating the number
            here = _reported(facts, (span[1], sentence[1]) if ahead else sentence,
                             media=outside or body.kind == "other", exclude=span, kinded=True)
            if here is not None:
                return here[0], here[1], claim
        nearer = _between(facts, claim, quantity)
        if nearer is not None:
            return nearer[0], nearer[1], claim
        return claim.source, body, claim
    speaker = _speaker_of(facts, quantity)
    if speaker:
        body = sources.body_of(speaker, speaker, elsewhere=_titles(facts, speaker),
                               home=_home(facts))
        here = (_reported(facts, sentence, media=True, kinded=True) if body.kind == "other"
                else None)
        return (here[0], here[1], claim) if here else (speaker, body, claim)
    here = _reported(facts, sentence, media=True)
    if here is not None:
        return here[0], here[1], claim
    opening = _stated_ahead(facts, quantity, sentence)
    if opening is not None:
        return source_of(facts, quantity, sentence, opening)
    around = (_headline(facts, quantity, sentence)
              or _opening_body(facts, (sentence[0], quantity.start), verb=True)
              or _announced(facts, quantity, sentence))  # "Oryx counted 460 tanks ..."
    if around is not None:
        return around[0], around[1], claim
    return facts.article.outlet, sources.UNKNOWN, claim


def _announced(facts: ArticleFacts, quantity: Quantity,
               sentence: tuple[int, int]) -> tuple[str, sources.Body] | None:
    """A body announcing figures before the number: in the clause before a colon of its own
    sentence ("The General Staff gave new figures on Monday: Russia has lost 600 tanks"), else
    in the sentence right before ("The UNHCR published new data. More than 4 million ...")."""
    text = facts.article.text
    colon = text.rfind(":", sentence[0], quantity.start)
    if colon != -1:
        return _announcer(facts, (sentence[0], colon))
    before = next((s for s in reversed(facts.sentences) if s[1] <= sentence[0]), None)
    if before is None or before[1] <= len(facts.article.title):
        return None
    return _announcer(facts, before)


def _announcer(facts: ArticleFacts,
               clause: tuple[int, int]) -> tuple[str, sources.Body] | None:
    """The body a clause opens with when an announcing verb follows it, then a noun of
    figures ("The UNHCR published new data"); the body the noun's words name when they say
    whose figures they are ("The Kyiv Independent shared the Armed Forces' estimates")."""
    text = facts.article.text
    words = phrases.tokens(text, clause[0], clause[1])
    verbs = set(sources.data()["announcing_verbs"])
    at = next((k for k, t in enumerate(words) if t.word in verbs), None)
    if at is None:
        return None
    opening = max((k + 1 for k in range(at) if words[k].is_break), default=0)
    if not 0 < at - opening <= SUBJECT_WORDS:  # the subject opens the verb's own clause
        return None
    nouns = set(sources.data()["announced_nouns"])
    noun_at = next((k for k in range(at + 1, min(len(words), at + 1 + ANNOUNCED_WORDS
                                                 + OWNER_WORDS)) if words[k].word in nouns),
                   None)
    if noun_at is None:
        return None
    if noun_at > at + 1:  # "The Kyiv Independent shared the Ukrainian Armed Forces' estimates"
        owner = text[words[at + 1].start:words[noun_at - 1].end]
        body = sources.body_of(None, owner, home=_home(facts))
        named = any(w[:1].isupper() for w in owner.split())
        if named and _acceptable(body, media=True, kinded=True):
            return owner, body  # the figures are theirs, not the outlet's who passes them on
    if noun_at > at + ANNOUNCED_WORDS:
        return None
    phrase = text[words[opening].start:words[at - 1].end]
    body = sources.body_of(None, phrase, home=_home(facts))
    return (phrase, body) if _acceptable(body, media=True, kinded=True) else None


def _headline(facts: ArticleFacts, quantity: Quantity,
              sentence: tuple[int, int]) -> tuple[str, sources.Body] | None:
    """The source a headline gives the same number ("Ukraine says at least 50 killed in ..."
    over "At least 50 people were killed ..."): its name before a reporting verb, or a name
    next to one."""
    title = facts.article.title
    if not title or sentence[0] < len(title) or not facts.article.text.startswith(title):
        return None
    same = [q for q in facts.quantities if q.end <= len(title) and q.value == quantity.value]
    if not same:
        return None
    return _reported(facts, (0, len(title)), media=True, kinded=True) or _opening_body(
        facts, (0, len(title)), verb=True)


def _stated_ahead(facts: ArticleFacts, quantity: Quantity,
                  sentence: tuple[int, int]) -> Claim | None:
    """The claim earlier in the number's sentence whose source opens it, when the number goes
    on its list ("Ukrainians say they have killed 11,000 troops, downed dozens of aircraft and
    ...": the claims keep only the first count)."""
    for claim in reversed(facts.claims):
        if (claim.source and claim.source_start is not None
                and sentence[0] <= claim.source_start <= claim.start
                and sentence[0] <= claim.start and claim.end <= quantity.start
                and not _stops(facts.article.text[claim.end:quantity.start])):
            return claim
    return None


def _stops(between: str) -> bool:
    """Words between a claim and a later number that end what the claim states: a stop, a
    semicolon or a stating verb of another clause ("..., while the UN said ...")."""
    if re.search(r"[;:.!?]", between):
        return True
    return bool({t.word for t in phrases.tokens(between)} & _stating())


def _between(facts: ArticleFacts, claim: Claim,
             quantity: Quantity) -> tuple[str, sources.Body] | None:
    """A second source stating the number between the claim's source and it ("The city council
    said 300 died, while an Associated Press investigation concluded that as many as 600
    ...")."""
    if claim.source_end is None or not claim.start <= claim.source_end < quantity.start:
        return None
    return _reported(facts, (claim.source_end, quantity.start), media=True, kinded=True,
                     trailing=False)


def _pronoun_subject(facts: ArticleFacts,
                     sentence: tuple[int, int]) -> tuple[str, sources.Body] | None:
    """"It also said 115 ...": a sentence whose subject is "it" or "they" stating the number
    keeps the body the sentence before named as its subject ("The General Staff put ..."); "he"
    or "she" the one person it named."""
    words = [t.word for t in phrases.tokens(facts.article.text, sentence[0], sentence[1])][:3]
    if words[:1] not in (["it"], ["they"], ["he"], ["she"]) or not set(words[1:3]) & _stating():
        return None
    before = next((s for s in reversed(facts.sentences) if s[1] <= sentence[0]), None)
    if before is None:
        return None
    if words[0] in ("he", "she"):
        return _person_in(facts, before)
    return _reported(facts, before, media=True, kinded=True) or _opening_body(facts, before)


def _person_in(facts: ArticleFacts,
               sentence: tuple[int, int]) -> tuple[str, sources.Body] | None:
    """"Ukraine's prosecutor general, Iryna Venediktova, visited Bucha. She said 410 ...":
    the one person the sentence before names, with the titles the article gives them, if they
    make a body of a kind."""
    people = {e.canonical for e in facts.entities
              if e.label == "PERSON" and sentence[0] <= e.start < sentence[1]}
    if len(people) != 1:
        return None
    name = people.pop()
    body = sources.body_of(name, name, elsewhere=_titles(facts, name), home=_home(facts))
    return (name, body) if _acceptable(body, media=True, kinded=True) else None


def _opening_body(facts: ArticleFacts, sentence: tuple[int, int], *,
                  verb: bool = False) -> tuple[str, sources.Body] | None:
    """The body a sentence opens with as its subject, up to its first break ("Oryx, an open
    source tracker, counts ...", "The General Staff put ..."), or with ``verb`` up to its
    first reporting verb ("Ukraine says ..."), if it names a body of a kind."""
    text = facts.article.text
    words = phrases.tokens(text, sentence[0], sentence[1])
    stops = _stating() if verb else frozenset()
    end = next((k for k, t in enumerate(words) if t.is_break or t.word in stops), len(words))
    if not 0 < end <= SUBJECT_WORDS or (verb and (end == len(words)
                                                  or words[end].word not in stops)):
        return None
    phrase = text[words[0].start:words[end - 1].end]
    if not any(w[:1].isupper() for w in phrase.split()[1:] or phrase.split()):
        return None
    body = sources.body_of(None, phrase, home=_home(facts))
    return (phrase, body) if _acceptable(body, media=True, kinded=True) else None


def _speaker_of(facts: ArticleFacts, quantity: Quantity) -> str | None:
    for quote in facts.quotes:
        if quote.start <= quantity.start and quantity.end <= quote.end:
            return quote.speaker
    return None


def _behind(facts: ArticleFacts, claim: Claim) -> sources.Body:
    """The body behind a source that names none ("a report", "figures"): the one named in
    the phrase right after it ("a report in a Russian tabloid", "figures from the UN")."""
    if claim.source_end is None:
        return sources.UNKNOWN
    text = facts.article.text
    words = phrases.tokens(text, claim.source_end, min(claim.end, claim.source_end
                                                         + sources.CONTEXT_CHARS))
    if not words or words[0].word not in sources.data()["behind_prepositions"]:
        return sources.UNKNOWN
    end = next((k for k, t in enumerate(words) if t.is_break or t.word in _stating()),
               len(words))
    if end < 2:
        return sources.UNKNOWN
    phrase = text[words[1].start:words[end - 1].end]
    return sources.body_of(None, phrase, home=_home(facts))


def _body(facts: ArticleFacts, claim: Claim, sentence: tuple[int, int]) -> sources.Body:
    text = facts.article.text
    before = ""
    if claim.source_start is not None:
        floor = sentence[0] if claim.source_start >= sentence[0] else 0
        start = max(floor, claim.source_start - sources.CONTEXT_CHARS)
        before = text[start:claim.source_start]
    at = claim.source_start if claim.source_start is not None else claim.start
    earlier = _antecedent(facts, claim.source_text or claim.source or "", at)
    if earlier is None:
        earlier = _described_before(facts, claim.source_text or claim.source or "", at)
    if earlier is not None:
        return earlier
    body = sources.body_of(claim.source, claim.source_text, before,
                           elsewhere=_titles(facts, claim.source), home=_home(facts))
    if body.family == sources.UNATTRIBUTED:
        body = _described_after(facts, claim) or body
    return sources.placed(body, _place_after(facts, claim)) if body.kind == \
        "unnamed officials" else body


def _described_after(facts: ArticleFacts, claim: Claim) -> sources.Body | None:
    """The body of a source its words name no kind of, from the apposition right after it
    ("according to Memo, an independent group monitoring arrests", "said Kovac, the
    country's finance minister"); None when there is none or it names no body either."""
    if claim.source_end is None:
        return None
    text = facts.article.text
    after = text[claim.source_end:claim.source_end + sources.CONTEXT_CHARS * 2]
    if not after.startswith(", "):
        return None
    for phrase in _apposition(_CLAUSE_END.split(after[2:])[0]):
        body = sources.body_of(claim.source, phrase, home=_home(facts))
        if body.family != sources.UNATTRIBUTED:
            return body
    return None


def _antecedent(facts: ArticleFacts, written: str, at: int) -> sources.Body | None:
    """The body a definite source stands for ("the ministry said", "the agency said"): the
    nearest earlier mention of its head word named more fully, with a name or a country
    ("the Russian defence ministry", "the UN refugee agency"), if it is a body of a kind."""
    text = facts.article.text
    if text[max(0, at - 4):at].lower() == "the ":
        written = f"the {written}"  # the source as the claims give it: "ministry"
    words = written.split()
    if not 2 <= len(words) <= ANAPHOR_WORDS or words[0].lower() != "the" or any(
            w[:1].isupper() for w in words[1:]):
        return None
    head = words[-1].lower()
    floor = max(0, at - ANTECEDENT_CHARS)
    for match in reversed(list(re.finditer(rf"\b{re.escape(head)}\b", text[floor:at],
                                           re.IGNORECASE))):
        end = floor + match.end()
        phrase = sources.title_before(text[max(0, end - sources.CONTEXT_CHARS * 2):end])
        named_of = _NAMED_OF.match(text, end)
        phrase += named_of.group(0) if named_of else ""  # "the interior ministry of Moldova"
        if not any(w[:1].isupper() for w in phrase.split() if w.lower() not in ("the", "a")):
            continue  # "the ministry" again
        body = sources.body_of(None, phrase, home=None)
        if body.kind not in (sources.UNATTRIBUTED, "other", "unnamed officials"):
            return body
    return None


def _described_before(facts: ArticleFacts, written: str, at: int) -> sources.Body | None:
    """The body of a source described in lower-case words only ("a senior defense official
    said"), read from the nearest earlier mention of its head word that names a country ("a
    senior U.S. defense official briefed reporters"): the same person described again. None
    for bare words ("officials") and for sources naming a body of their own."""
    words = written.split()
    if not words or len(words) > ANAPHOR_WORDS + 1 or any(w[:1].isupper() for w in words):
        return None
    if sources.bare([t.word for t in phrases.tokens(written)]):
        return None
    if sources.body_of(written, written).kind not in ("government", "military",
                                                      "unnamed officials"):
        return None
    found = _antecedent(facts, f"the {words[-1]}", at)
    return found if found is not None and found.country is not None else None


def _place_after(facts: ArticleFacts, claim: Claim) -> str:
    """The place named right after a source ("officials in the port city of Mykolaiv",
    "authorities in Moscow"): the words after "in" up to a break or a stating verb."""
    if claim.source_end is None:
        return ""
    text = facts.article.text
    words = phrases.tokens(text, claim.source_end, claim.source_end + sources.CONTEXT_CHARS * 2)
    if not words or words[0].word != "in":
        return ""
    end = next((k for k, t in enumerate(words) if t.is_break or t.word in _stating()),
               len(words))
    return text[words[1].start:words[end - 1].end] if end > 1 else ""


def _continued(facts: ArticleFacts, sentence: tuple[int, int]) -> Claim | None:
    """A sentence continuing the one before ("Of those, 787,300 went to Poland", "In
    addition, 143 helicopters", "In Bucha alone, 403 bodies") keeps that sentence's claim and
    source: the claim closing it, else the last one in it ("..., according to the ministry.")."""
    opening = [t.word for t in phrases.tokens(facts.article.text, sentence[0], sentence[1])]
    words = opening[:4]
    cues = (*phrases.phrases("nested_cues"), *concepts.phrases_of("continuation_cues"))
    clause = opening[:opening.index(",")] if "," in opening[:OPENING_WORDS + 1] else []
    if not any(tuple(words[:len(p)]) == p for p in cues) and not (
            clause and clause[-1] in concepts.data()["continuation_closers"]):
        return None  # "In addition, ...", "Of those, ...", "In Bucha alone, ..."
    before = [c for c in facts.claims if c.end <= sentence[0] and c.source
              and facts.article.text[c.end:sentence[0]].strip() in ("", ".", "\"", "”")]
    if not before:
        previous = next((s for s in reversed(facts.sentences) if s[1] <= sentence[0]), None)
        before = [c for c in facts.claims if previous is not None and c.source
                  and previous[0] <= c.start and c.end <= previous[1]]
    return before[-1] if before else None


def _titles(facts: ArticleFacts, name: str | None) -> tuple[str, ...]:
    """The words a source carries elsewhere in its article, first mention first: before each
    mention of its surname (in any spelling of its ending: "Zelensky", "Zelenskyy"), past its
    given names, the few words since the last break ("OHCHR spokeswoman Liz Throssell") or
    an apposition closed by a comma ("the city's mayor, Ivan Petrov"); after it, an
    apposition ("Anatoly Fedoruk, Bucha's mayor,")."""
    if not name:
        return ()
    text = facts.article.text
    surname = name.split()[-1]
    stem = surname[:-1] if len(surname) > STEM_FROM else surname
    given = {w for e in facts.entities if e.label == "PERSON"
             and e.canonical.split()[-1].startswith(stem) for w in e.canonical.split()[:-1]}
    if not any(e.label == "PERSON" and e.canonical.split()[-1].startswith(stem)
               for e in facts.entities):
        return ()  # titles are a person's
    found: list[str] = []
    for match in re.finditer(rf"\b{re.escape(stem)}\w*", text):
        start = match.start()
        while (words := text[max(0, start - sources.CONTEXT_CHARS):start].split()) \
                and words[-1] in given:
            start = text.rindex(words[-1], 0, start)
        found.extend(_before_name(text, start))
        after = text[match.end():match.end() + sources.CONTEXT_CHARS * 2]
        if after.startswith(", "):
            found.extend(_apposition(_CLAUSE_END.split(after[2:])[0]))
    return tuple(found)


def _before_name(text: str, start: int) -> list[str]:
    """The title right before a name ("Kyiv Mayor") or, closed by a comma, an apposition
    ("The city's mayor, ...")."""
    before = text[max(0, start - sources.CONTEXT_CHARS * 2):start]
    if before.rstrip().endswith(","):
        words = _CLAUSE_END_QUOTED.split(before.rstrip()[:-1])[-1].split()
        while words and words[0].lower() in _stating():
            words = words[1:]  # "..., said the region's governor, Ivan Petrov"
        return _apposition(" ".join(words))
    return [sources.title_before(before, most=TITLE_WORDS)]


def _apposition(phrase: str) -> list[str]:
    """A phrase set off by commas next to a name, when it opens as a noun phrase does ("the
    governor of ...", "Bucha's mayor", "Ukrainian head of ...", "director of ..."), not a
    clause or an adverbial ("In Kyiv", "who said")."""
    words = phrase.split()
    if not words or len(words) > APPOSITION_WORDS:
        return []
    first = words[0]
    opens = (first.lower() in ("the", "a", "an") or first.endswith(("'s", "’s"))
             or sources.country_in(first) is not None
             or (first.isalpha() and first.islower() and first not in _clause_openers()))
    return [phrase.strip()] if opens else []


@cache
def _clause_openers() -> frozenset[str]:
    """Words opening a clause or an adverbial after a name, not an apposition ("who said",
    "in Kyiv")."""
    return _stating() | frozenset(sources.data()["clause_openers"])


def _home(facts: ArticleFacts) -> str | None:
    """The country an article is set in: the country of the towns and regions it names most
    often (a town named once only when its country is named too or none is), else the country it
    names most often (a country named is often an actor, a town where things happen), else
    that of the people it names most often."""
    towns: dict[str, int] = {}
    countries: dict[str, int] = {}
    peoples: dict[str, int] = {}
    for e in facts.entities:
        if e.label == "NORP" and e.country:
            peoples[e.country] = peoples.get(e.country, 0) + 1
        if e.label == "GPE":
            country = e.country or names.country_of(e.canonical)
            if country is None:
                continue
            tally = countries if names.is_country(e.canonical) else towns
            tally[country] = tally.get(country, 0) + 1
    towns = {c: n for c, n in towns.items() if c in countries or n > 1 or not countries}
    # one town of a country never named, among countries named, may be a word taken for a
    # town ("Mach 3")
    tally = towns or countries or peoples  # else the people it names ("Ukrainian")
    return max(tally, key=lambda c: tally[c]) if tally else None


@cache
def _aiming() -> frozenset[str]:
    """Reporting verbs that, before "to", say what a subject goes on doing or means to do, not
    what it states ("Russia continues to invade", "vowed to fight")."""
    return frozenset(sources.data()["aiming_verbs"])


@cache
def _stating() -> frozenset[str]:
    return phrases.reporting_words() | frozenset(sources.data()["stating_verbs"])


def _reported(facts: ArticleFacts, sentence: tuple[int, int], *, media: bool,
              exclude: tuple[int, int] = (0, 0), kinded: bool = False,
              trailing: bool = True) -> tuple[str, sources.Body] | None:
    """A source the claims left out: a name right after "according to" or next to a
    reporting or witnessing word in the number's sentence ("a UN report showed", "the United
    Nations said", "Associated Press journalists saw"), else a trailing phrase before a
    reporting verb (", the Ukrainian general staff announced Sunday") unless not ``trailing``.
    Media count only with ``media``."""
    text = facts.article.text
    said = _stating()
    for e in facts.entities:
        if not (sentence[0] <= e.start < sentence[1]) or e.label not in (
                "ORG", "GPE", "PERSON", "NORP") or exclude[0] <= e.start < exclude[1]:
            continue
        near = [t.word for t in phrases.tokens(text, max(sentence[0], e.start - NAME_WINDOW),
                                               e.start)]
        near = near[:-1] if near[-1:] == ["the"] else near
        tail = _NAME_TAIL.match(text, e.end, sentence[1])
        end = tail.end() if tail else e.end  # "the United Nations High Commissioner ... said"
        after = [t.word for t in phrases.tokens(text, end, min(sentence[1], end + NAME_WINDOW))]
        if (near[-2:] == ["according", "to"] or near[-3:-1] == ["according", "to"]
                or _subject_of(after, said) or (near[-1:] == ["by"] and said & set(near[-3:]))):
            before = text[max(sentence[0], e.start - sources.CONTEXT_CHARS):e.start]
            written = text[e.start:end] + _head_after(after, said)
            body = sources.body_of(e.canonical, written, before,
                                   elsewhere=_titles(facts, e.canonical), home=_home(facts))
            if _acceptable(body, media=media, kinded=kinded):
                return e.canonical, body
    closing = _trailing(text, sentence) if trailing else None
    if closing is not None:
        body = _antecedent(facts, closing, sentence[0]) or sources.body_of(
            None, closing, home=_home(facts))
        if _acceptable(body, media=media, kinded=True):
            return closing, body
    return None


def _head_after(after: list[str], said: frozenset[str]) -> str:
    """The words between a name and its reporting verb, when they name a body ("Mariupol
    officials said", "Ukrainian police said"): " officials"; else ""."""
    verb = next((k for k, w in enumerate(after[:3]) if w in said), 0)
    words = after[:verb]
    if not words or (sources.kind_of(words) is None and not sources.bare(words)):
        return ""
    return " " + " ".join(words)


def _acceptable(body: sources.Body, *, media: bool, kinded: bool) -> bool:
    """A body found in the sentence: named at all, of a kind (not a bare name) where
    ``kinded``, and not the press unless ``media``."""
    if body.kind == sources.UNATTRIBUTED or (kinded and body.kind == "other"):
        return False
    return media or body.kind != "media"


def _subject_of(after: list[str], said: frozenset[str]) -> bool:
    """A reporting or witnessing verb within a few words after a name, with no punctuation
    between ("the United Nations said", "AP journalists saw", not "Russia, he added", not
    "Russia continues to invade")."""
    for k, word in enumerate(after[:3]):
        if word in said:
            return not (after[k + 1:k + 2] == ["to"] and word in _aiming())  # "continues to"
        if not word[0].isalnum() or word in _NOT_BETWEEN:
            return False  # "Ukrainians -- and in reports of ...": another clause
    return False


def _trailing(text: str, sentence: tuple[int, int]) -> str | None:
    """The words between a sentence's last comma and the reporting verb closing it:
    "..., the Ukrainian armed forces' general staff announced Sunday." -> "the Ukrainian
    armed forces' general staff"."""
    words = phrases.tokens(text, *sentence)
    said = phrases.reporting_words() - {"according"}
    for k in range(len(words) - 1, max(-1, len(words) - 2 - AFTER_VERB), -1):
        if words[k].word not in said:
            continue
        comma = next((j for j in range(k - 1, max(-1, k - 2 - TRAILING_WORDS), -1)
                      if words[j].word == ","), None)
        if comma is None or comma + 1 >= k:
            return None
        if any(w.is_break or w.word[0].isdigit() for w in words[comma + 1:k]):
            return None
        return text[words[comma + 1].start:words[k - 1].end]
    return None
