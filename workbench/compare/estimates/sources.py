"""Sources normalised into bodies (``data/sources.json``): "Ukraine's military", "Ukrainian
military", "Armed Forces of Ukraine" and "the General Staff" are one body, of one country
(Ukraine) and one kind (military). Kinds: government, military, UN agency, local officials,
media, unnamed officials; a number nobody is said to have stated is unattributed.

A body is read from the claim's source as the extractors canonicalised it, the words the
source was written with, and the words just before them ("Kyiv Mayor Vitali Klitschko").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from workbench import lexicon
from workbench.compare.phrases import Token, reporting_words, tokens
from workbench.lexicon import names

UNATTRIBUTED = "unattributed"
CONTEXT_CHARS = 40  # words before a source that may carry its title or country
TITLE_WORDS = 6  # of them, the last words that may be its title


def data() -> dict[str, Any]:
    table: dict[str, Any] = lexicon.load("sources")
    return table


@dataclass(frozen=True, slots=True)
class Body:
    """Who stated a number, as one body."""

    name: str  # "Ukraine military", "United Nations", "Reuters", "unattributed"
    country: str | None
    kind: str  # government, military, UN agency, local officials, media, unnamed officials
    family: str  # the body rolled up for comparison: "Ukraine military", "US government"


UNKNOWN = Body(UNATTRIBUTED, None, UNATTRIBUTED, UNATTRIBUTED)


@cache
def _kinds() -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """Each kind's cues as words: lower case, but a cue written with capitals ("WHO", "AP")
    keeps them and matches only as written (not the pronoun "who")."""
    return tuple((kind, tuple(tuple(_cased(cue, t) for t in tokens(cue)) for cue in cues))
                 for kind, cues in data()["kinds"])


def _has(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1))


def _cased(text: str, token: Token) -> str:
    raw = text[token.start:token.end].replace("’", "'")
    return raw if raw != raw.lower() else token.word


def words_of(text: str) -> list[str]:
    """The words of ``text`` as kinds are read in them: lower case, and an acronym ("WHO",
    "AP") or capitalised word also as written, so a cased cue can match it."""
    return [text[t.start:t.end].replace("’", "'") for t in tokens(text)]


@cache
def _cues_by_first_word() -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """Every cue by its first word (lower case), with the rank of its kind."""
    grouped: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for rank, (_, cues) in enumerate(_kinds()):
        for cue in cues:
            if cue:
                grouped.setdefault(cue[0].lower(), []).append((rank, cue))
    return {word: tuple(found) for word, found in grouped.items()}


def _matches(words: list[str], at: int, cue: tuple[str, ...]) -> bool:
    """Does ``cue`` stand at ``words[at]``: a lower-case cue word in any case, a cased one as
    written ("WHO" is not "who")."""
    if at + len(cue) > len(words):
        return False
    return all(w.removesuffix("'s") == c if c != c.lower() else w.lower().removesuffix("'s") == c
               for w, c in zip(words[at:at + len(cue)], cue, strict=True))


def kind_of(words: list[str]) -> str | None:
    """The first kind whose cue words stand in ``words`` (as written, :func:`words_of`;
    "CNN's" is "CNN")."""
    by_first = _cues_by_first_word()
    best: int | None = None
    for i, word in enumerate(words):
        for rank, cue in by_first.get(word.lower().removesuffix("'s"), ()):
            if (best is None or rank < best) and _matches(words, i, cue):
                best = rank
    return None if best is None else _kinds()[best][0]


def country_in(text: str, *, places: bool = False) -> str | None:
    """The country a source's words name by name or demonym ("Ukraine's military"); with
    ``places``, also by a town or region in it ("Kyiv Regional Police" -> Ukraine)."""
    raw = [w.strip(".,;:()\"'’") for w in text.replace("’s", " ").replace("'s", " ").split()]
    words = [w for w in raw if w]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i:i + size])
            if not phrase[:1].isupper():
                continue
            code = names.country_code(phrase)
            person = size == 1 and i + 1 < len(words) and words[i + 1][:1].isupper() and (
                names.is_given_name(phrase))  # "Antony Blinken" names no town (Antony)
            country = names.country_name(code) if code else (
                names.country_of(phrase) if places and not person else None)
            if country is not None:
                return country
    return None


def body_of(source: str | None, written: str | None, before: str = "", *,
            elsewhere: tuple[str, ...] = (), home: str | None = None) -> Body:
    """The body behind a source: its kind from cue words (the source's own first, then the
    title words right before it, then the titles it carries elsewhere in the article:
    "Bucha mayor Anatoly Fedoruk"), its country from the names in them or
    the country of an institution it names ("the Kremlin"); an institution named without a
    country ("the Interior Ministry") is of the article's ``home`` country. A body of several
    countries ("NATO") is its own; a capital standing for its country ("Moscow said") is its
    government; a government body named by a town ("Mariupol authorities") is local; words
    naming no body ("figures", "reports") are unattributed."""
    if not source and not written:
        return UNKNOWN
    own = " ".join(w for w in (source, written) if w)
    own_words = words_of(own)
    if _only([t.word for t in tokens(written or source or "")], "not_bodies"):
        return UNKNOWN
    lowered = [w.lower().removesuffix("'s") for w in own_words]  # "Nato's numbers"
    several = _several(lowered)
    if several is not None:
        return Body(source or several, None, "international", str(data()["families"]["other"]))
    if _any(lowered, "non_governmental"):
        return Body(source or own, None, "international", "other")  # "the OSCE"
    if _unnamed(lowered) or _bare([t.word for t in tokens(written or source or "")]):
        return Body(_name("unnamed officials", None, own), None, "unnamed officials",
                    "unnamed officials")  # "sources", "sources familiar with the estimates"
    seat = _capital(written or source or "")
    national = bool(source and names.is_country(source)
                    and (not written or names.is_country(written)))
    if national or seat is not None:
        nation = seat or str(source)
        return Body(_name("government", nation, nation), nation, "government",
                    family("government", nation))  # "Ukraine said", "Moscow said"
    title = title_before(before)
    own_kind = kind_of(own_words)
    kind = own_kind or kind_of(words_of(title))
    titled = _titled(elsewhere)
    kind = kind or (kind_of(words_of(titled)) if titled else None)
    country = (country_in(own) or _institution([w.lower() for w in own_words])
               or country_in(title) or _town_country(own) or country_in(title, places=True)
               or country_in(titled) or _institution([t.word for t in tokens(titled)]))
    if kind is None and source and names.is_country(source):
        kind = "government"  # "Ukraine said"
    people = _people(words_of(written or source or ""))
    if kind is None and people is not None:
        country, kind = people, "government"  # "the Ukrainians say"
    if kind is None and not any(w[:1].isupper() for w in own.split()):
        return UNKNOWN  # "reports", "attacks": no body named
    if kind is None and country is not None and _bare(_unplaced(written or source or "")):
        kind = "government"  # "American sources", "Ukrainian officials"
    if kind is None:
        return Body(source or own, country, "other", UNATTRIBUTED)  # a name of no body
    if own_kind == "government" and _town_country(own):
        kind = "local officials"  # "Mariupol authorities"
    bare_words = [t.word for t in tokens(written or source or "")]
    if kind in ("government", "military") and country is None:
        if _bare(bare_words) or home is None:
            kind = "unnamed officials"
        else:
            country = home
    return Body(_name(kind, country, source or own), country, kind, family(kind, country))


def _titled(titles: tuple[str, ...]) -> str:
    """Of the titles a name carries in its article, the first of the kind most of them name
    ("Ukrainian President" three times outweighs "forces" in a headline's clause)."""
    kinds = [(kind_of(words_of(t)), t) for t in titles]
    votes: dict[str, int] = {}
    for kind, _ in kinds:
        if kind is not None:
            votes[kind] = votes.get(kind, 0) + 1
    if not votes:
        return ""
    best = max(votes.values())
    return next(t for kind, t in kinds if kind is not None and votes[kind] == best)


def placed(body: Body, place: str) -> Body:
    """Unnamed officials placed by the phrase after them: "officials in Mykolaiv" are local,
    "authorities in Moscow" or "officials in Poland" that country's government."""
    if body.kind != "unnamed officials":
        return body
    country = _capital(place) or country_in(place)
    if country is not None:
        return Body(_name("government", country, country), country, "government",
                    family("government", country))
    town = country_in(place, places=True)
    if town is None:
        return body
    return Body(_name("local officials", town, body.name), town, "local officials",
                "local officials")


def _capital(text: str) -> str | None:
    """The country whose capital ``text`` is, less an article ("Moscow", "Washington")."""
    words = tuple(t.word for t in tokens(text) if t.word != "the")
    return data()["capitals"].get(" ".join(words))


def capital(name: str) -> str | None:
    """The country whose capital ``name`` stands for ("Moscow" -> Russia), in any case."""
    return _capital(name)


def title_before(before: str, *, most: int = TITLE_WORDS) -> str:
    """The words right before a source that may be its title ("Kyiv Mayor"): the last few,
    after any number or punctuation ("12,000 troops, Ukraine" has none)."""
    before = before.rsplit("\n", 1)[-1]  # a paragraph ends any title
    words = tokens(before)
    said = reporting_words()
    cut = max((i for i, t in enumerate(words) if (t.is_break and not _abbreviated(words, i))
               or t.word[0].isdigit()
               or t.word in said or (t.word == "to" and i and words[i - 1].word == "according")),
              default=-1)  # "... according to the country's Health Minister"
    kept = words[cut + 1:]
    while sum(t.word != "." for t in kept) > most or (kept[:1] and kept[0].word == "."):
        kept = kept[1:]  # an abbreviation's full stops are no words of their own
    return before[kept[0].start:kept[-1].end] if kept else ""


def _abbreviated(words: list[Token], i: int) -> bool:
    """Is ``words[i]`` the full stop of an abbreviation ("Gov.", "Dr.", the letters of
    "U.N."), which ends no title?"""
    if words[i].word != "." or i == 0 or words[i - 1].end != words[i].start:
        return False
    before = words[i - 1].word
    return (len(before) == 1 and before.isalpha()) or before in _abbreviations()


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(str(w) for w in data()["title_abbreviations"])


def _town_country(text: str) -> str | None:
    """The country of a town a source's words name ("Mariupol city council" -> Ukraine),
    None when they name a country."""
    found = country_in(text, places=True)
    return None if found is None or country_in(text) else found


def _only(words: list[str], name: str) -> bool:
    """Are ``words`` (less articles) one of the phrases of list ``name``?"""
    stripped = tuple(w for w in words if w not in ("the", "a", "an", "new", "official"))
    return stripped in {tuple(t.word for t in tokens(p)) for p in data()[name]}


def _any(words: list[str], name: str) -> bool:
    """Does one of the phrases of list ``name`` stand in ``words``?"""
    return any(_has(words, tuple(t.word for t in tokens(p))) for p in data()[name])


def _unnamed(words: list[str]) -> bool:
    """"sources familiar with the estimates", "officials briefed on": a bare source whose
    words go on with one of the 'bare_tails'."""
    for bare in data()["bare"]:
        head = [t.word for t in tokens(bare)]
        if words[:len(head)] == head and any(
                _has(words[len(head):len(head) + 3], tuple(t.word for t in tokens(tail)))
                for tail in data()["bare_tails"]):
            return True
    return False


def _people(words: list[str]) -> str | None:
    """The country of a people named by its plural demonym alone ("the Ukrainians"), also
    after lower-case words taken into the source with it ("course of the war Ukrainians")."""
    named = [w for w in words if w.lower() != "the"]
    if len(named) > 1 and all(w.islower() for w in named[:-1]):
        named = named[-1:]  # "Across the course of the war Ukrainians say": the people
    if len(named) != 1 or not named[0].endswith("s") or not named[0][:1].isupper():
        return None
    code = names.demonym_code(named[0])
    return names.country_name(code) if code else None


def _several(words: list[str]) -> str | None:
    """The body of several countries a source's words name ("NATO", "the European Union")."""
    for cue in data()["international"]:
        if _has(words, tuple(t.word for t in tokens(cue))):
            return cue
    return None


def _institution(words: list[str]) -> str | None:
    """The country of an institution named by its seat ("the Kremlin", "the Pentagon")."""
    for seat, country in data()["institutions"].items():
        if _has(words, tuple(t.word for t in tokens(seat))):
            return str(country)
    return None


def bare(words: list[str]) -> bool:
    """Do ``words`` (lower case) name nobody in particular ("officials", "sources")?"""
    return _bare(words)


def _unplaced(text: str) -> list[str]:
    """A source's words without the country or demonym naming whose it is."""
    return [t.word for t in tokens(text) if names.country_code(t.word) is None
            and names.demonym_code(t.word) is None]


def _bare(words: list[str]) -> bool:
    bare = {tuple(t.word for t in tokens(p)) for p in data()["bare"]}
    stripped = tuple(w for w in words if w not in ("the", "a", "an"))
    return stripped in bare or tuple(words) in bare


def _name(kind: str, country: str | None, source: str) -> str:
    pattern = str(data()["bodies"].get(kind, "{name}"))
    if "{country}" in pattern and country is None:
        return source if kind not in ("unnamed officials", "local officials") else kind
    return pattern.format(country=country or "", name=source)


def family(kind: str, country: str | None) -> str:
    """Bodies rolled up: a country's military apart from its government where the lexicon
    keeps them apart, other countries' governments together."""
    table = data()["families"]
    if kind not in ("government", "military"):
        return kind
    if country is None:
        return "unnamed officials"
    if country not in table["own_family"]:
        return str(table["other"])
    short = table["short"].get(country, country)
    if kind == "military" and country not in table["military_apart"]:
        kind = "government"
    return f"{short} {kind}"
