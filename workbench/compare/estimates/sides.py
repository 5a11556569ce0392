"""Whose the things a number counts are, read from its sentence when its noun phrase names
nobody: a side named with a military noun as the subject of a loss ("the Russian army has
lost 10,000 soldiers", "losses of Ukrainian troops stand at"), "our soldiers" (the source's
side), a side reporting its own losses ("the Ukrainian authorities reported 70 soldiers
killed"); and the side that cannot own them: the one doing the killing ("Ukrainian forces
destroyed 30 tanks", "Ukraine claimed to have killed 5,710 soldiers")."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.compare import phrases
from workbench.compare.estimates import concepts, sources
from workbench.compare.phrases import Token
from workbench.lexicon import names

AGENT_GAP = 4  # words between a side and the event it does or suffers ("has already lost")


@dataclass(frozen=True, slots=True)
class Side:
    """The country owning a count when its sentence says, and the one it cannot be."""

    owner: str | None = None
    not_owner: str | None = None


def side(sentence: str, number_at: int, *, source_country: str | None,
         event_before: bool) -> Side:
    """The side of a count at offset ``number_at`` of ``sentence``. ``event_before``: its
    event word stands before it, so the clause's subject did it ("killed 30 soldiers")."""
    words = phrases.tokens(sentence)
    before = [t for t in words if t.end <= number_at]
    breaks = set(concepts.data()["side_clause_breaks"])
    cut = max((i + 1 for i, t in enumerate(before) if t.word in breaks), default=0)
    before = before[cut:]
    ours = _ours(before, words)
    if ours and source_country:
        return Side(owner=source_country)
    enemy = set(concepts.data()["enemy_words"])
    if source_country and any(t.word in enemy for t in words):
        return Side(not_owner=source_country)  # "it downed 12 enemy aircraft"
    plain = [t.word for t in before]
    for country, at in reversed(_sides(before)):
        event, passive = _event_after(before[at + 1:at + 1 + AGENT_GAP + 1])
        suffered = at + 1 < len(plain) and concepts.noun_of(plain[at + 1]).implied_event
        if (_owning_at(plain, at) or event in concepts.data()["owning_events"] or passive
                or suffered or _after_loss(before, at)):  # "Ukrainian military deaths"
            return Side(owner=country)  # "Russian losses", "had lost", "were killed"
        if event in concepts.data()["agent_events"]:
            return Side(not_owner=country)
    listed = _list_owner(before)
    if listed is not None:
        return Side(owner=listed)
    admitted = _admitted(before)
    if admitted is not None:
        return Side(owner=admitted)
    own = _own_loss(before, source_country)
    if own is not None:
        return Side(owner=own)
    if event_before and source_country and _names_country(before, source_country):
        return Side(not_owner=source_country)  # "Ukraine claimed to have killed 500"
    return Side()


def _country(word: str) -> str | None:
    """The country of a demonym, a country's name or its capital standing for it, possessive
    or not ("Russia's", "Moscow")."""
    word = word.removesuffix("'s")
    code = names.demonym_code(word) or names.country_code(word)
    return names.country_name(code) if code else sources.capital(word)


def _sides(words: list[Token]) -> list[tuple[str, int]]:
    """Sides named with a military noun: "Russian forces", "Ukraine's army", "the Russian
    side", "forces of Ukraine": each country with the index of the noun's last word."""
    nouns = concepts.phrases_of("side_nouns")
    plain = [t.word for t in words]
    found = []
    for i, word in enumerate(plain):
        country = _country(word)
        if country is None or (i > 0 and plain[i - 1][0].isdigit()):
            continue  # "2,000 Russian troops" is a count, not a side doing something
        n = phrases.phrase_at(plain, i + 1, nouns) or _owning_at(plain, i + 1)
        if n:
            found.append((country, i + n))
        elif i >= 2 and plain[i - 1] == "of" and phrases.phrase_ending(plain, i - 2, nouns):
            found.append((country, i))
    return found


def _owning_at(words: list[str], i: int) -> int:
    """The length of an owning event's word at ``words[i]`` ("Russian losses"), else 0."""
    forms = concepts.event_forms()
    n = phrases.phrase_at(words, i, forms)
    return n if n and forms[tuple(words[i:i + n])] in concepts.data()["owning_events"] else 0


def _list_owner(words: list[Token]) -> str | None:
    """"2,800 Russian troops killed, 80 armoured vehicles destroyed and 17 jets downed": a
    count in a list takes the side named right after the list's first number."""
    plain = [t.word for t in words]
    numbers = [i for i, w in enumerate(plain) if w[0].isdigit()]
    if not numbers or not ({",", "and"} & set(plain[numbers[0]:])):
        return None
    first = numbers[0]
    for word in plain[first + 1:first + 3]:
        country = _country(word)
        if country is not None and not word.endswith("'s"):
            return country
    return None


def _admitted(words: list[Token]) -> str | None:
    """"Russia admits 10,000 soldiers dead", "the Russian defence ministry has formally
    acknowledged the deaths of 498": a side (or its body) admitting a count admits its own,
    unless it did the killing ("admitted killing 30")."""
    plain = [t.word for t in words]
    verbs = set(concepts.data()["admission_verbs"])
    for i, word in enumerate(plain):
        country = _country(word)
        if country is None:
            continue
        j = _past_body(plain, i + 1)
        if j < len(plain) and plain[j] in verbs and not _agent_between(plain[j + 1:]):
            return country
    return None


def _past_body(plain: list[str], i: int) -> int:
    """The index past a side's body noun ("defence ministry"), auxiliaries and adverbs in
    -ly ("has formally") from ``plain[i]``."""
    nouns = (*concepts.phrases_of("side_nouns"), *concepts.phrases_of("admitting_bodies"))
    i += phrases.phrase_at(plain, i, nouns)
    auxiliaries = set(phrases.data()["auxiliaries"])
    while i < len(plain) and (plain[i] in auxiliaries or plain[i].endswith("ly")):
        i += 1
    return i


def _agent_between(plain: list[str]) -> bool:
    """An agent event as a verb ("killing", "destroyed") between a verb and the number."""
    forms = concepts.event_forms()
    agents = set(concepts.data()["agent_events"])
    for i in range(len(plain)):
        n = phrases.phrase_at(plain, i, forms)
        if n and forms[tuple(plain[i:i + n])] in agents and plain[i + n - 1].endswith(
                ("ed", "ing", "down")):
            return True
    return False


def _own_loss(words: list[Token], source_country: str | None) -> str | None:
    """"Russia reported that it had lost 498 troops": a pronoun subject ("it", "they",
    "we") of an owning event ("had lost") reports its own side's count: the source's
    country, else the country named before it."""
    plain = [t.word for t in words]
    forms = concepts.event_forms()
    auxiliaries = set(phrases.data()["auxiliaries"])
    for i, word in enumerate(plain):
        if word not in concepts.data()["own_side_pronouns"]:
            continue
        j = i + 1
        while j < len(plain) and plain[j] in auxiliaries:
            j += 1
        n = phrases.phrase_at(plain, j, forms)
        if n and forms[tuple(plain[j:j + n])] in concepts.data()["owning_events"]:
            named = [c for w in plain[:i] if (c := _country(w)) is not None]
            return source_country or (named[-1] if named else None)
    return None


def _event_after(words: list[Token]) -> tuple[str | None, bool]:
    """The event word right after a side, over auxiliaries ("has already lost"), and
    whether it is passive ("were killed": they suffered it)."""
    plain = [t.word for t in words]
    auxiliaries = set(phrases.data()["auxiliaries"])
    forms = concepts.event_forms()
    for i in range(len(plain)):
        n = phrases.phrase_at(plain, i, forms)
        if n:
            passive = bool(set(plain[:i]) & set(concepts.data()["passive_auxiliaries"]))
            return forms[tuple(plain[i:i + n])], passive
        if plain[i] not in auxiliaries:
            return None, False
    return None, False


def _after_loss(words: list[Token], at: int) -> bool:
    """"combat losses of Russian troops": a side after a loss noun and "of"."""
    plain = [t.word for t in words]
    start = next((i for i in range(at, -1, -1) if _country(plain[i])), at)
    if start < 2 or plain[start - 1] != "of":
        return False
    forms = concepts.event_forms()
    n = phrases.phrase_ending(plain, start - 2, forms)
    return bool(n) and forms[tuple(plain[start - 1 - n:start - 1])] in (
        concepts.data()["owning_events"])


def _ours(before: list[Token], words: list[Token]) -> bool:
    """"our soldiers", "our forces": the source's own side."""
    plain = [t.word for t in words]
    nouns = concepts.phrases_of("side_nouns")
    return any(w == "our" and (phrases.phrase_at(plain, i + 1, nouns)
                               or concepts.form_at(plain, i + 1) is not None)
               for i, w in enumerate(plain)) and bool(before)


def _names_country(words: list[Token], country: str) -> bool:
    return any(_country(t.word) == country for t in words)


def at_home(sentence: str, country: str) -> bool:
    """Does the sentence make ``country`` the one the war is fought in: invaded ("the
    invasion of Ukraine", "invaded Iraq"), or another country invading ("since Russia began
    invading", "Russia's invasion")? Its people counted there are not only its soldiers."""
    plain = [t.word for t in phrases.tokens(sentence)]
    invasion = set(concepts.data()["invasion_words"])
    for i, word in enumerate(plain):
        if word not in invasion:
            continue
        after = plain[i + 1:i + 3]
        invaded = after[1] if after[:1] == ["of"] and len(after) > 1 else (after[:1] or [""])[0]
        if _country(invaded) == country and not word.startswith("invasion"):
            return True
        if after[:1] == ["of"] and _country(invaded) == country:
            return True
        invaders = [_country(w) for w in plain[max(0, i - 3):i]]
        if any(c is not None and c != country for c in invaders):
            return True
    return False
