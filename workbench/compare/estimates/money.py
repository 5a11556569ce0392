"""Amounts of money read through their purpose (``concepts.json`` ``money_purposes``): "$800
million in military aid", "a €500 million package of weapons", "security assistance worth
$1 billion". A query naming a purpose ("military aid to Ukraine") answers with the amounts
stated for it, never those of another purpose (humanitarian aid, a defence budget); a purpose
that includes others ("aid") answers with theirs too.

An amount is read as given, whether sent, pledged or approved: aid is reported as it is
committed, so "will send $100 million in military aid" is an amount of military aid.
"""

from __future__ import annotations

from functools import cache

from workbench import lexicon
from workbench.compare.estimates import concepts
from workbench.compare.phrases import Token, phrase_at, phrase_ending, tokens
from workbench.lexicon import names

WINDOW = 6  # words searched on each side of an amount for its purpose
SUBJECT_REACH = 24  # words searched before an amount for the subject it is the level of
_INSIDE_PHRASE = frozenset({"'s", "’s", "'", "’", "-", "$", "€", "£", "%"})  # no clause break


@cache
def currencies() -> frozenset[str]:
    table = lexicon.load("units")
    return frozenset(str(code) for code in table["currency_codes"].values())


def is_money(unit: str | None) -> bool:
    return unit is not None and unit in currencies()


@cache
def _forms() -> dict[tuple[str, ...], str]:
    forms: dict[tuple[str, ...], str] = {}
    for purpose, entry in concepts.data()["money_purposes"].items():
        for form in entry["forms"]:
            forms[tuple(t.word for t in tokens(form))] = purpose
    return forms


def includes(purpose: str) -> frozenset[str]:
    """A purpose with those it includes ("aid": military and humanitarian aid)."""
    entry = concepts.data()["money_purposes"][purpose]
    return frozenset({purpose, *entry.get("includes", [])})


def purpose_in(words: list[str]) -> tuple[str, str] | None:
    """The purpose a query's words name, longest first, with its words."""
    forms = _forms()
    best: tuple[int, str, str] | None = None
    for i in range(len(words)):
        n = phrase_at(words, i, forms)
        if n and (best is None or n > best[0]):
            best = (n, forms[tuple(words[i:i + n])], " ".join(words[i:i + n]))
    return (best[1], best[2]) if best else None


def _named(word: str) -> bool:
    """A country or demonym between an amount and its purpose ("$200 million to Ukraine
    for weapons", "$1 billion in U.S. weapons")."""
    return (names.country_code(word.removesuffix("'s")) or names.demonym_code(word)) is not None


def recipients(sentence: str) -> set[str]:
    """Countries money goes to: named right after "to", "for" or "into" ("flow into India",
    "aid for Moldova")."""
    words = [t.word for t in tokens(sentence)]
    found = set()
    for i, word in enumerate(words[:-1]):
        if word in concepts.data()["recipient_prepositions"]:
            after = words[i + 2] if words[i + 1] == "the" and i + 2 < len(words) else words[i + 1]
            code = names.country_code(after.removesuffix("'s"))
            if code is not None:
                found.add(names.country_name(code))
    return found


def understand(topic: str) -> concepts.Concept | None:
    """A query naming a purpose of money ("military aid to Ukraine", "money for weapons");
    None when it names none, or only goods with no word of money ("weapons delivered")."""
    said = [t.word for t in tokens(topic) if not t.is_break]
    found = purpose_in(said)
    if found is None:
        return None
    purpose, words = found
    goods = words in concepts.data()["money_goods"]
    if goods and not set(said) & set(concepts.data()["money_words"]) and "$" not in topic:
        return None  # "weapons delivered to Ukraine" counts weapons
    return concepts.Concept(purpose, words, includes(purpose), frozenset(), None, None,
                            frozenset(), money=True)


def purpose_near(left: list[Token], right: list[Token]) -> tuple[str, str] | None:
    """The purpose of an amount: after it over link words ("$800 million in new military
    aid", "$1 billion worth of weapons"), else before it ("military aid worth $800
    million", "a security assistance package of $1 billion")."""
    links = set(concepts.data()["money_links"])
    forms = _forms()
    words = [t.word for t in right][:WINDOW]
    for i in range(len(words)):
        n = phrase_at(words, i, forms)
        if n:
            return forms[tuple(words[i:i + n])], " ".join(words[i:i + n])
        if words[i] not in links and not _named(words[i]):
            break
    words = [t.word for t in left][-WINDOW:]
    for i in range(len(words) - 1, -1, -1):
        n = phrase_ending(words, i, forms)
        if n:
            return forms[tuple(words[i + 1 - n:i + 1])], " ".join(words[i + 1 - n:i + 1])
        if words[i] not in links and not _named(words[i]):
            return _subject_of(left)
    return None


def _subject_of(left: list[Token]) -> tuple[str, str] | None:
    """The purpose an amount is the level of: its clause's subject, over a verb of level and
    the dates and figures of a change ("the average ransom demand in 2021 jumped to $2.2
    million", "aid last year was $40 million", "demands increased 144% to $2.2 million"). The
    subject may carry modifiers up to its clause's start ("the physical damage to the region's
    roads and bridges from the storm has reached an estimated $3 billion")."""
    forms = _forms()
    passable = set(concepts.data()["money_links"]) | set(concepts.data()["money_tally_links"])
    kept = list(left)[-SUBJECT_REACH:]
    words = [t.word for t in kept]
    verb = False
    for i in range(len(words) - 1, -1, -1):
        n = phrase_ending(words, i, forms)
        if n and verb:
            return forms[tuple(words[i + 1 - n:i + 1])], " ".join(words[i + 1 - n:i + 1])
        word = words[i]
        if verb:  # the subject: a noun phrase and its modifiers, up to the clause's start
            if kept[i].is_break and word not in _INSIDE_PHRASE:
                return None
            continue
        if word in concepts.data()["money_tally_verbs"]:
            verb = True
        elif not (word in passable or word[0].isdigit() or word in {"%", "$", "€", "£"}
                  or _named(word)):
            return None
    return None
