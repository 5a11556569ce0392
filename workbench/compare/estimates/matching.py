"""From the words of a query ("Belarusian troops", "Russian soldiers killed") to measurables.

A query names what is counted (plural or singular), optionally the entities qualifying it
(countries by name, alias or demonym: "Byelorussia", "Belarusian"), the event ("killed") and a
date. What is counted and what happened are read through the concept lexicon
(:mod:`~workbench.compare.estimates.concepts`): "civilians killed" finds "40 people died" and
"the death toll rose to 300", each row with the reason it matched ("people ≈ civilians, died ≈
killed"). Names go through :mod:`workbench.lexicon.names`, so the aliases are those of the
whole package. An owner ("Russian tanks") must be named; a place or origin ("fled Ukraine")
must not be contradicted by another owner.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from workbench.compare import phrases
from workbench.compare.estimates import concepts, dating, money, qualify, sides, sources
from workbench.compare.estimates.measurables import Estimate
from workbench.compare.estimates.reading import Reading
from workbench.compare.units import normal_unit, plural
from workbench.lexicon import names

_ISO_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?(?:/\d{2,4}(?:-\d{2}){0,2})?")
_WORD = re.compile(r"[A-Za-z][A-Za-z.'’\-]*[A-Za-z.]|[A-Za-z]")
_NUMBER = re.compile(r"\d[\d,.]*")  # a number written in digits
MAX_NAME_WORDS = 4


@dataclass(frozen=True, slots=True)
class Query:
    """What a topic asks for: unit candidates, qualifying names, event and time."""

    text: str
    units: tuple[tuple[str, str | None], ...]  # (unit family, event implied by the noun)
    names: tuple[str, ...]  # whose or where: "Russia"
    owners: tuple[str, ...]  # whose: "Russian", "from Russia"
    places: tuple[str, ...]  # where: "in Russia"
    event: str | None
    dates: tuple[str, ...]
    has_event_word: bool = False
    concept: concepts.Concept | None = None
    required: tuple[str, ...] = ()  # words the lexicon cannot read: each must be in the sentence
    inside: bool = False  # its place is "inside" or "within" a country: counts held there

    def matches(self, estimate: Estimate) -> bool:
        return self.reason(estimate) is not None

    def reason(self, estimate: Estimate) -> str | None:
        """Why ``estimate`` answers the query ("people ≈ civilians, died ≈ killed, in Kyiv"),
        None when it does not."""
        if self.concept is None or estimate.reading is None:
            return self.plain_reason(estimate)
        reason = self._concept_reason(self.concept, estimate, estimate.reading)
        if reason is None or not self.required:
            return reason
        said = {t.word for t in phrases.tokens(f"{estimate.lead} {estimate.sentence}")}
        if not all(any(w.startswith(_stem(r)) for w in said) for r in self.required):
            return None
        return reason + ", " + ", ".join(f"'{r}' in the sentence" for r in self.required)

    def may_match(self, *, unit: str, event: str | None, read: bool, family: str | None = None,
                  read_event: str | None = None, aside: bool = False) -> bool:
        """False when an estimate of this ``unit`` and ``event`` cannot answer the query, from
        what its number reads as (``read``: a reading; its counted ``family``, ``read_event``;
        ``aside``: a part, a hypothetical or a combined count; see :func:`sketch`): the first
        tests of :meth:`reason`, which a stored corpus runs on a few columns before rebuilding
        any estimate. Keep the two in step (a test checks that every estimate :meth:`reason`
        keeps passes here)."""
        concept = self.concept
        if concept is None or not read:
            return any(self._unit_ok(u, implied, unit, event) for u, implied in self.units)
        if family is None or not (family in concept.counted or family in concept.owned):
            return False
        return not aside and (concept.event is None or read_event in concept.events)

    def _concept_reason(self, concept: concepts.Concept, estimate: Estimate,
                        reading: Reading) -> str | None:
        family = reading.family
        if family is None or not (family in concept.counted or (
                family in concept.owned and self._owned(estimate))):
            return None
        if reading.part or reading.hypothetical or reading.combined:
            return None
        if concept.event is not None and reading.event not in concept.events:
            return None
        words = [t.word for t in phrases.tokens(estimate.sentence)]
        if concepts.contrasted(concept, family, words) is not None:
            return None
        if dating.earlier(estimate, running=concept.money):
            return None
        where = self._names_reason(estimate)
        if where is None:
            return None
        parts = [_counted_reason(concept, reading)]
        if concept.event is not None and reading.event_words:
            said = reading.event_words
            parts.append(said if said == concept.event_words
                         else f"{said} ≈ {concept.event_words}")
        if where:
            parts.append(where)
        if self.dates and not all(estimate.key.time is not None and date in estimate.key.time
                                  for date in self.dates):
            return None
        return ", ".join(parts)

    def _owned(self, estimate: Estimate) -> bool:
        """A broader count owned, in its own words, by the query's owner: "498 Russian
        deaths", "15,000 Russians" for Russian soldiers killed; not when the sentence makes
        the owner the country invaded ("549 Ukrainians killed since Russia invaded"): its
        people are civilians too."""
        owners = _nations(estimate.key.owners)
        if not owners and self.owners:
            side = _side(estimate).owner  # "Ukrainian forces lost 35 men"
            owners = {side} if side else set()
        return bool(self.owners) and all(
            _name_in(name, owners) and not sides.at_home(estimate.sentence, name)
            for name in self.owners)

    def _names_reason(self, estimate: Estimate) -> str | None:
        """Owners must be named (in the noun phrase, else in the sentence); other names must
        not be contradicted by the estimate's own owners. "" when the query names nobody."""
        key = estimate.key
        pool = set(key.qualifiers) if key.qualifiers else set(estimate.mentions)
        owners = _nations(key.owners if key.qualifiers else estimate.mentions)
        said: list[str] = []
        read = _side(estimate) if self.owners and not key.owners else sides.Side()
        for name in self.owners:
            if read.owner is not None:
                if not _covers(name, read.owner):
                    return None  # the other side's
                said.append(f"of {name} (its side in the sentence)")
                continue
            if read.not_owner is not None and _covers(name, read.not_owner):
                return None  # the side that killed or destroyed them
            if _name_in(name, owners):
                said.append(f"of {name}")
                continue
            if key.owners or estimate.possessed or _countries(estimate.named) - _members(name):
                return None  # another owner, "its soldiers", or a place of another country
            said.append(f"{name} unstated")
        owning = {o for o in owners if any(_covers(n, o) for n in self.owners)}
        for name in self.places:  # a town is in its country: Kharkiv is in Ukraine
            if key.places and not _name_in(name, _with_countries(key.places)):
                return None
            found = _name_in(name, _with_countries(tuple(pool)))
            money_ = self.concept is not None and self.concept.money  # a donor is no place
            if not found and not money_ and (
                    _countries(_where(estimate)) - _members(name) - owning):
                return None  # a place of another country named (not the owner: "UK troops")
            if money_ and not found and money.recipients(estimate.sentence) - _members(name):
                return None  # money for another country
            if not found and self.inside and _homes(estimate) and not _internal(estimate):
                return None  # "10 million forced from their homes" may have left the country
            if not found and not money_ and _several_places(estimate):
                return None  # "4 million fled to neighbouring countries": none of them alone
            said.append(f"in {name}" if found else f"{name} unstated")
        for name in self.names:
            if key.owners and not _name_in(name, _with_countries(key.qualifiers)):
                return None
            if self.concept is not None and _inside(name, self.concept, estimate):
                return None
            found = _name_in(name, pool)
            said.append(f"{name}" if found else f"{name} unstated")
        return ", ".join(said)

    def plain_reason(self, estimate: Estimate) -> str | None:
        """The unit and event as the measurable keys them, for queries the lexicon cannot
        read."""
        return "same unit and event" if self._plain(estimate) else None

    def _plain(self, estimate: Estimate) -> bool:
        key = estimate.key
        if not any(self._unit_ok(unit, implied, key.unit, key.event)
                   for unit, implied in self.units):
            return False
        if self.has_event_word and self.event != key.event:
            return False
        if key.qualifiers:
            pools = (set(key.qualifiers), set(key.owners), set(key.places))
        else:  # nothing qualifies the noun itself: the names around it in its sentence
            pools = (set(estimate.mentions),) * 3
        for wanted, pool in zip((self.names, self.owners, self.places), pools, strict=True):
            if not all(_name_in(name, pool) for name in wanted):
                return False
        return all(key.time is not None and date in key.time for date in self.dates)

    def _unit_ok(self, unit: str, implied: str | None, key_unit: str,
                 key_event: str | None) -> bool:
        if unit != key_unit:
            return False
        return implied is None or implied == key_event


def _counted_reason(concept: concepts.Concept, reading: Reading) -> str:
    wanted = concepts.label(concept.family)
    if reading.noun is None:
        how = "tally" if reading.tally else "toll" if reading.toll else "no noun"
        return f"{how} ≈ {wanted}"
    if concept.money:  # an amount: its purpose as written
        said = reading.noun.words
        return f"for {said}" if reading.family == concept.family else f"for {said} ≈ {wanted}"
    said = plural(reading.noun.words)
    how = "tally: " if reading.tally else "toll: " if reading.toll else ""
    if reading.family == concept.family:
        return how + said
    return f"{how}{said} ≈ {wanted}"


def _inside(name: str, concept: concepts.Concept, estimate: Estimate) -> bool:
    """People who left a country are not counted in its towns ("500 refugees sheltering in
    Donetsk", "40 people fleeing the fighting found shelter near Lviv" are displaced inside
    Ukraine, not people who fled it)."""
    towns = [p for p in estimate.key.places if not names.is_country(p)]
    if not towns and not _countries(estimate.named) - {name}:
        towns = list(estimate.places)  # only the country's own towns named in the sentence
    if concept.event not in phrases.data()["origin_events"] or not towns:
        return False
    return all(names.country_of(town) in _members(name) for town in towns)


def _side(estimate: Estimate) -> sides.Side:
    """The side owning a count whose noun phrase names nobody, read from its sentence."""
    at = estimate.quantity.start - estimate.sentence_start
    said = estimate.reading.event_words if estimate.reading is not None else None
    lowered = estimate.sentence.lower()
    before = said is not None and said in lowered[:at] and said not in lowered[at:]
    if estimate.possessed:
        return sides.Side()
    return sides.side(estimate.sentence, at, source_country=estimate.body.country,
                      event_before=before)


def _where(estimate: Estimate) -> tuple[str, ...]:
    """The places a sentence names as where things are: a possessive names whose, not where
    ("Russia's war displaced 10 million people" says nothing of where they are)."""
    return tuple(n for n in estimate.named
                 if not re.search(rf"\b{re.escape(n)}['’]s\b", estimate.sentence))


def _countries(found: tuple[str, ...]) -> set[str]:
    """The countries of the names in a sentence: countries, and the country of each town."""
    countries = set()
    for name in found:
        country = names.country_of(name) if names.is_place(name) else None
        if country is not None:
            countries.add(country)
    return countries


def sketch(estimate: Estimate) -> dict[str, object]:
    """What :meth:`Query.may_match` reads of an estimate, as its keyword arguments."""
    reading = estimate.reading
    return {
        "unit": estimate.key.unit, "event": estimate.key.event, "read": reading is not None,
        "family": reading.family if reading is not None else None,
        "read_event": reading.event if reading is not None else None,
        "aside": reading is not None and (reading.part or reading.hypothetical
                                          or reading.combined),
    }


def elsewhere(estimates: list[Estimate], *, among: list[Estimate] | None = None,
              ranked: list[str] | None = None,
              countries: dict[int, list[str]] | None = None) -> set[int]:
    """For a query naming no place: estimates whose sentences name only countries outside
    the answer's theatre (the two countries most named across the matched estimates and
    across ``among``: every estimate of the corpus, or ``ranked``, those countries already
    counted over it by :func:`ranked_countries`), when they
    name the theatre not at all: "air strikes on Aleppo killed 1,700 civilians" in a corpus
    about Ukraine; and those naming only towns of the second country ("180 people were
    evacuated to Belgorod" when most answers are in Ukraine). Returns their ids.

    ``countries`` gives :func:`countries_of` each estimate (by ``id``) when it is known
    already: a stored corpus keeps it, so the gazetteer need not be read."""
    def of(e: Estimate) -> list[str]:
        return countries[id(e)] if countries is not None else countries_of(e)

    if ranked is None:
        ranked = ranked_countries(of(e) for e in (estimates if among is None else among))
    if not ranked:
        return set()
    theatre = set(ranked[:2]) | set(ranked_countries(of(e) for e in estimates)[:2])
    home = ranked[0]
    out = set()
    for e in estimates:
        named = set(of(e))
        if home not in named and (named - theatre or e.places):
            out.add(id(e))  # another country named, or only towns of another
    return out


def countries_of(estimate: Estimate) -> list[str]:
    """The countries an estimate's sentence names (a town counts as its country), sorted."""
    return sorted(_countries(estimate.mentions))


def ranked_countries(named: Iterable[Iterable[str]]) -> list[str]:
    """Countries by how many estimates name them, most first; ties in name order."""
    tally: dict[str, int] = {}
    for countries in named:
        for country in countries:
            tally[country] = tally.get(country, 0) + 1
    return sorted(tally, key=lambda c: (-tally[c], c))


def _with_countries(places: tuple[str, ...]) -> set[str]:
    """Names with the countries of those that are towns or regions."""
    return set(places) | {c for p in places if (c := names.country_of(p)) is not None}


def _nations(owners: Iterable[str]) -> set[str]:
    """Owners with the country each capital among them stands for ("Moscow has lost 500
    troops" are Russia's)."""
    found = set(owners)
    return found | {c for o in found if (c := sources.capital(o)) is not None}


def _name_in(name: str, pool: set[str]) -> bool:
    """Is ``name`` in ``pool``, or, for a group of countries ("NATO", "Eastern Europe"), one of
    its members?"""
    return any(_covers(name, p) for p in pool)


def _covers(name: str, other: str) -> bool:
    """Is ``other`` the name ``name``, or a member of the group ``name`` names?"""
    return name.lower() == other.lower() or other in names.group_members(name)


def _members(name: str) -> set[str]:
    """The countries a name stands for: itself, or a group's members."""
    return {name} | names.group_members(name)


def parse(topic: str) -> Query:
    """Read a topic: names first (longest first), then event words, the rest are nouns.
    A demonym or "from X" names whose the things are; "in X", "at X" where they are."""
    dates = tuple(_ISO_DATE.findall(topic))
    text = _ISO_DATE.sub(" ", topic)
    words = [m.group(0).strip(".") for m in _WORD.finditer(text)]
    used = [False] * len(words)
    roles: dict[str, list[str]] = {"any": [], "owner": [], "place": []}
    for size in range(MAX_NAME_WORDS, 0, -1):
        for i in range(len(words) - size + 1):
            if any(used[i:i + size]):
                continue
            phrase = " ".join(words[i:i + size])
            name = _name_of(phrase, first=i == 0)
            if name is not None:
                roles[_role(phrase, words[i - 1].lower() if i else "")].append(name)
                used[i:i + size] = [True] * size
    lowered = [w.lower() for w in words]
    unnamed = [w for w, named in zip(lowered, used, strict=True) if not named]
    forms = phrases.event_forms()
    event: str | None = None
    has_event = False
    i = 0
    while i < len(words):
        n = 0 if used[i] else phrases.phrase_at(lowered, i, forms)
        if n and not any(used[i:i + n]):
            event = forms[tuple(lowered[i:i + n])]
            has_event = True
            used[i:i + n] = [True] * n
            i += n
        else:
            i += 1
    rest = [lowered[i] for i in range(len(words)) if not used[i]]
    units: list[tuple[str, str | None]] = []
    for size in (2, 1):
        for i in range(len(rest) - size + 1):
            unit, implied = normal_unit(" ".join(rest[i:i + size]), None)
            if (unit, implied) not in units:
                units.append((unit, implied))
    if event is not None:
        _, event = normal_unit("thing", event)
    concept = concepts.understand(text) or money.understand(text)
    if not units and concept is None:
        raise ValueError(f"topic {topic!r} names nothing counted; try e.g. 'North Korean troops'")
    required = concepts.unread(concept, unnamed) if concept is not None else ()
    internal = set(concepts.data()["internal_prepositions"])
    inside = any(lowered[i - 1] in internal for i in range(1, len(words))
                 if used[i] and words[i][:1].isupper())
    return Query(topic, tuple(units), tuple(roles["any"]), tuple(roles["owner"]),
                 tuple(roles["place"]), event, dates, has_event, concept, required, inside)


def _homes(estimate: Estimate) -> bool:
    """Is the count's event worded by homes left ("forced from their homes", "uprooted"),
    which counts those who left the country too, not a bare "displaced"?"""
    said = estimate.reading.event_words if estimate.reading is not None else None
    return bool(said) and bool(set(str(said).split()) & set(concepts.data()["home_words"]))


def _several_places(estimate: Estimate) -> bool:
    """Does the sentence say its count went to several countries at once ("fled to
    neighbouring countries", "hosted by other countries")?"""
    words = [t.word for t in phrases.tokens(estimate.sentence)]
    table = _plural_destinations()
    return any(phrases.phrase_at(words, i, table) for i in range(len(words)))


@cache
def _plural_destinations() -> dict[tuple[str, ...], str]:
    return {tuple(t.word for t in phrases.tokens(p)): p
            for p in concepts.data()["plural_destinations"]}


def _internal(estimate: Estimate) -> bool:
    """Does the number's own stretch of its sentence (from the number before it to the next)
    say its count is held inside the country ("internally", "within the country", "IDPs")?"""
    sentence = estimate.sentence
    at = estimate.quantity.start - estimate.sentence_start
    numbers = [m.start() for m in _NUMBER.finditer(sentence)]
    start = max((n for n in numbers if n < at - 1), default=0)
    end = min((n for n in numbers if n > at + len(estimate.quantity.text)), default=len(sentence))
    words = {t.word for t in phrases.tokens(sentence[start:end])}
    return bool(words & set(concepts.data()["internal_markers"]))


def _stem(word: str) -> str:
    """A query word's stem as a prefix of its inflections ("displaced" -> "displa", matching
    "displacement"); short words whole."""
    return word[:max(4, len(word) - 3)]


def _role(phrase: str, preposition: str) -> str:
    if qualify.is_demonym(phrase) or preposition in phrases.data()["owner_prepositions"]:
        return "owner"
    if names.group_of(phrase) is not None and preposition not in (
            phrases.data()["place_prepositions"]):
        return "owner"  # "NATO troops": an alliance's, as "Russian troops" are Russia's
    if preposition in phrases.data()["place_prepositions"]:
        return "place"
    return "any"


def _name_of(phrase: str, *, first: bool) -> str | None:
    """The name a query phrase means: a country for names, aliases and demonyms, else the
    phrase itself when every word is capitalised (not counting a capital that opens the query)."""
    country = qualify.country(phrase)
    if country is not None:
        return country
    group = names.group_of(phrase)
    if group is not None:  # "NATO troops", "in Eastern Europe"
        return group
    if not first and all(word[:1].isupper() for word in phrase.split()):
        return names.strip_name(phrase)
    return None
