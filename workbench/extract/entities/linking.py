"""Mentions of one thing joined under one canonical name, within an article and across a corpus.

People go by their fullest name ("Tanaka" and "Mr Tanaka" are "Hiroshi Tanaka"; a surname
shared by two full names stays as written); acronyms by their full form when the article spells
it out ("IAEA" is "International Atomic Energy Agency"); short names of organisations by the one
fuller name that holds all their words ("Culture Committee", "ABC"); two spellings of one town by
the first ("Kiev", "Kyiv"); case variants by the usual case ("LONDON", "Nato"); shortened
words by the full ones ("Man Utd" is "Manchester United").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from workbench.extract.entities.teams import club_town
from workbench.lexicon import places
from workbench.lexicon.names import (
    GAZETTEER_LABELS,
    acronym_key,
    demonym_code,
    entity_words,
    initials,
    is_country,
    is_given_name,
    is_known_org,
    is_place,
    person_name,
    person_parts,
    spelled_initials,
    unique,
)
from workbench.model import Entity

ACRONYM_LETTERS = 4

LINKABLE_TO_PERSON = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
ACRONYM_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"})
ABBREVIATED_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
REGION_KINDS = frozenset({"region", "subdivision"})


def link_mentions(found: Sequence[Entity]) -> list[Entity]:
    """One canonical name per thing in an article: people by their fullest name, acronyms by
    their full form, places by their first spelling, case variants by the usual case."""
    linked = _link_people(list(found))
    linked = _link_teams(linked)
    linked = _link_case(linked)
    linked = _link_abbreviated(linked)
    linked = _link_acronyms(linked)
    linked = _link_orgs(linked)
    return _link_places(linked)


def _runs(parts: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Is ``parts`` a contiguous run of ``whole``?"""
    n = len(parts)
    return any(whole[i:i + n] == parts for i in range(len(whole) - n + 1))


def sound(word: str) -> str:
    """A spelling key under which transliterations of one name meet: "Zelensky", "Zelenskyy",
    "Zelenskiy" and "Zelenskij"; "Kovalyov" and "Kovaliov"; "Gnatenko" and "Hnatenko";
    "Shevchuck" and "Shevchuk"; "Kravetz" and "Kravets"; "Abdullah" and "Abdulla"; "Müller" and
    "Muller" ("Johnston" stays apart from "Johnson")."""
    key = "".join(ch for ch in unicodedata.normalize("NFKD", word.lower())
                  if not unicodedata.combining(ch))
    key = key.replace("kh", "h").replace("ck", "k").replace("tz", "ts")
    if len(key) >= 6:  # "Gnatenko"/"Hnatenko"; short names differ by it ("Hall", "Gall")
        key = key.replace("g", "h")
    key = key.replace("y", "i").replace("j", "i")
    if len(key) > 4 and key.endswith(("ah", "eh")):  # "Abdullah"/"Abdulla", "Fatimah"
        key = key[:-1]
    return "".join(ch for i, ch in enumerate(key) if i == 0 or ch != key[i - 1])


def _edits(a: str, b: str) -> int:
    """How many letters must change, go or come to turn ``a`` into ``b`` (Levenshtein)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        diagonal, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (ca != cb))
    return row[-1]


def given_names_agree(a: str, b: str) -> bool | None:
    """Do two first names name one person? True for one name however transliterated
    ("Mykhailo"/"Mykhaylo", "Volodymyr"/"Vladimir", "Mohammed"/"Muhammad": same first and last
    letter, at most two letters apart), None when one is an initial of the other ("V."), False
    otherwise ("Joe"/"Hunter", "Maria"/"Mario", "Daniel"/"Daniela")."""
    ka, kb = sound(a.rstrip(".")), sound(b.rstrip("."))
    if ka == kb:
        return True
    if min(len(ka), len(kb)) == 1:
        return None if ka[0] == kb[0] else False
    return (ka[0] == kb[0] and ka[-1] == kb[-1] and min(len(ka), len(kb)) >= 5
            and _edits(ka, kb) <= 2)


Key = tuple[str, ...]


def _key(parts: tuple[str, ...]) -> Key:
    """Name parts by sound, middle initials left out ("Vladimir V. Putin" is "Vladimir
    Putin")."""
    kept = [p for i, p in enumerate(parts)
            if i in (0, len(parts) - 1) or not _INITIAL.match(p)]
    return tuple(sound(p) for p in kept)


_INITIAL = re.compile(r"^[A-Z]\.?$")


def _full_names(found: Sequence[Entity]) -> dict[Key, str]:
    """Each person's fullest name: the spelling key of its parts -> canonical. Spellings of one
    name go by the one written most often (then the shortest); a shorter full name takes the one
    longer name that contains it ("Mendes Costa" in "Luis Mendes Costa Jr.") or has its first
    and last names ("Anna Kowalska" in "Anna Maria Kowalska"); transliterations of one full name
    are one ("Vladimir Zelensky", "Volodymyr Zelenskyy")."""
    spellings: dict[Key, Counter[str]] = {}
    for e in found:
        parts = person_parts(e.canonical)
        if e.label == "PERSON" and len(parts) > 1:
            spellings.setdefault(_key(parts), Counter())[e.canonical] += 1
    folded = _join_transliterations(spellings)
    by_key = {key: max(counts, key=lambda name: (counts[name], -len(name)))
              for key, counts in spellings.items()}
    fullest: dict[Key, str] = {}
    for key, name in by_key.items():
        longer = [other for other in by_key if len(other) > len(key) and (
            _runs(key, other) or _middle_names(key, by_key[other]))]
        owner = unique(by_key[o] for o in longer)
        fullest[key] = owner if owner else name
    for other, key in folded.items():
        fullest[other] = fullest[key]
    return fullest


def _join_transliterations(spellings: dict[Key, Counter[str]]) -> dict[Key, Key]:
    """"Vladimir Zelensky" and "Volodymyr Zelenskyy": one surname by sound and first names that
    agree however transliterated are one person, whose spellings are counted together (in
    place); the keys folded into another, with the key they went to."""
    folded: dict[Key, Key] = {}
    keys = sorted(spellings, key=lambda k: -sum(spellings[k].values()))
    for i, key in enumerate(keys):
        if key not in spellings:
            continue
        for other in keys[i + 1:]:
            if other not in spellings or len(other) != len(key) or other[1:] != key[1:]:
                continue
            first = person_parts(next(iter(spellings[key])))[0]
            second = person_parts(next(iter(spellings[other])))[0]
            if given_names_agree(first, second):
                spellings[key].update(spellings.pop(other))
                folded[other] = key
    return folded


def _middle_names(key: Key, longer: str) -> bool:
    """Is ``longer`` the name of ``key`` with first names or initials between its first and
    last name ("Anna Maria Kowalska" for "Anna Kowalska"; not "Anna Nowak Kowalska")?"""
    parts = person_parts(longer)
    return (_key(parts)[0], _key(parts)[-1]) == (key[0], key[-1]) and all(
        is_given_name(p) or _INITIAL.match(p) for p in parts[1:-1])


def _owner(parts: tuple[str, ...], fullest: dict[Key, str]) -> str | None:
    """The one full name whose surname (else any run of names) is ``parts``; among several,
    the one that starts with a first name ("Olena Marchuk", not "Team Marchuk")."""
    key = _key(parts)
    for fits in (lambda full: full[-len(key):] == key, lambda full: _runs(key, full)):
        owners = {name for full, name in fullest.items() if fits(full)}
        if len(owners) > 1:
            owners = {name for name in owners if is_given_name(person_parts(name)[0])}
        if owners:
            return unique(owners)
    return None


def _link_people(found: list[Entity]) -> list[Entity]:
    fullest = _full_names(found)
    linked = []
    for e in found:
        parts = person_parts(e.canonical)
        if e.label == "PERSON" and _key(parts) in fullest:
            e = replace(e, canonical=fullest[_key(parts)])
        elif e.label == "PERSON" or (e.label in LINKABLE_TO_PERSON and len(parts) == 1
                                      and not is_country(e.canonical)):
            owner = _owner(parts, fullest)
            if owner is not None:
                e = replace(e, canonical=owner, label="PERSON", country=None)
        linked.append(e)
    return linked


def _link_teams(found: list[Entity]) -> list[Entity]:
    """"Mumbai City" in an article that names "Mumbai City FC" is the club."""
    clubs = {town: e.canonical for e in found if e.label == "ORG"
             and (town := club_town(e.canonical)) is not None}
    if not clubs:
        return found
    return [replace(e, canonical=clubs[e.canonical], label="ORG", country=None)
            if e.canonical in clubs else e for e in found]


def _link_abbreviated(found: list[Entity]) -> list[Entity]:
    """A name whose words shorten, one for one, the words of the one longer name in the article
    ("Man City" and "Manchester City", "Man Utd" and "Manchester United", "Mt. Sinai Hospital"
    and "Mount Sinai Hospital") is that name."""
    names = {e.canonical for e in found if e.label in ABBREVIATED_LABELS}
    longer: dict[str, str] = {}
    for short in names:
        words = short.split()
        if len(words) < 2:
            continue
        owners = [name for name in names if name != short and len(name) > len(short)
                  and len(name.split()) == len(words)
                  and all(_shortens(w, full) for w, full in zip(words, name.split(), strict=True))]
        if len(owners) == 1:
            longer[short] = owners[0]
    if not longer:
        return found
    label = {e.canonical: e.label for e in found}
    return [replace(e, canonical=longer[e.canonical], label=label[longer[e.canonical]])
            if e.canonical in longer and e.label in ABBREVIATED_LABELS else e for e in found]


def _shortens(word: str, full: str) -> bool:
    """Is ``word`` ``full`` or its abbreviation: its first letter, then some of its letters in
    order ("Man", "Utd", "Mt.", "Natl")?"""
    if word == full:
        return True
    letters = word.rstrip(".")
    if len(letters) < 2 or len(letters) >= len(full) or letters[0] != full[0] \
            or not letters.isalpha():
        return False
    rest = iter(full[1:].lower())
    return all(ch in rest for ch in letters[1:].lower())


def _link_acronyms(found: list[Entity]) -> list[Entity]:
    """"IAEA" and "International Atomic Energy Agency" in one article are one organisation."""
    full_forms: dict[str, set[str]] = {}
    connectors = entity_words("connectors")  # "Mumbai City FC" is MCFC; "NATO office" no NATO
    for e in found:
        if e.label in ACRONYM_LABELS and len(e.canonical.split()) > 1:
            spelled = all(w[:1].isupper() or w in connectors for w in e.canonical.split())
            for initial in {initials(e.canonical)} | ({spelled_initials(e.canonical)} if spelled
                                                       else set()):
                full_forms.setdefault(initial, set()).add(e.canonical)
    groups: dict[str, str] = {}
    for e in found:
        # "DfT" tagged as a person is an acronym all the same
        key = acronym_key(e.canonical) if e.label in ACRONYM_LABELS | {"PERSON"} else None
        if key and (full := unique(full_forms.get(key, ()))):
            groups[e.canonical] = full
    if not groups:
        return found
    members = set(groups) | set(groups.values())
    org = {e.canonical for e in found if e.canonical in members and e.label == "ORG"}
    linked = []
    for e in found:
        if e.canonical in members:
            name = groups.get(e.canonical, e.canonical)
            label = "ORG" if name in org or e.canonical in org or any(
                groups.get(o) == name for o in org) else e.label
            e = replace(e, canonical=name, label=label)
        linked.append(e)
    return linked


def _org_words(name: str) -> tuple[str, ...]:
    """An organisation's name words, without a leading country ("US State Department")."""
    words = tuple(w.strip(",") for w in name.replace("&", " & ").split())
    while len(words) > 1 and (is_country(words[0]) or demonym_code(words[0])):
        words = words[1:]
    return words


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


def _link_orgs(found: list[Entity]) -> list[Entity]:
    """A short name of an organisation takes the one fuller name in the article that begins
    like it and holds all its words: "Culture Committee" is "Culture, Media & Sport
    Committee", "ABC" is "ABC News"; a one-word name the tagger took for a person or place
    ("Santos" of "Santos Ltd") too; a one-word name (not a place's, nor a generic word) the one
    fuller proper name the article gave it before ("Acme Widget Holdings ... Acme said"; not
    "the Biden administration ... Biden said"); a name takes the one name
    that adds only its country before it ("Coast Guard", "US Coast Guard"); a state or region
    keeps its own name ("Pennsylvania", not "Pennsylvania Senate")."""
    orgs = {e.canonical: _org_words(e.canonical) for e in found if e.label == "ORG"
            or _speaking_facility(e)}
    first: dict[str, int] = {}
    for e in found:
        first.setdefault(e.canonical, e.start)
    generic = entity_words("org_words")
    connectors = entity_words("connectors") | {"&"}
    fuller: dict[str, str] = {}
    labels: dict[str, set[str]] = {}
    for e in found:
        labels.setdefault(e.label, set()).add(e.canonical)
    shorts = {e.canonical: _org_words(e.canonical) for e in found if e.label == "ORG" or (
        e.label in ("PERSON", "GPE", "LOC") and " " not in e.canonical
        and not is_country(e.canonical)
        and not (e.label in ("GPE", "LOC") and _region(e.canonical))) or _unknown_place(e)}
    places = labels.get("GPE", set()) | labels.get("LOC", set())
    for short, words in shorts.items():
        if not words:
            continue  # a name of generic words only ("The Group") names nothing to link
        longer = {name: other for name, other in orgs.items()
                  if len(other) > len(words) and other[0] == words[0]
                  and _subsequence(words, other)
                  and (len(words) > 1 or all(w in generic for w in other[1:]))}
        if not longer and len(words) == 1 and short in generic and (
                short not in entity_words("bodies_alone")):
            # "the Exchange": the one organisation whose name ends in the word
            longer = {name: other for name, other in orgs.items()
                      if len(other) > 1 and other[-1] == short}
        if not longer and len(words) == 1 and short not in labels.get("GPE", ()) \
                and short not in generic:
            longer = {name: other for name, other in orgs.items()
                      if len(other) > 1 and other[0] == short and first[name] < first[short]
                      and all(w[:1].isupper() or w in connectors for w in other[1:])}
        # "Alfa Bank" and "Russian Alfa Bank" are one fuller name
        owner = unique(longer) or (min(longer, key=len) if len(set(longer.values())) == 1
                                   else None)
        # "Coast Guard" and "US Coast Guard": the one name that only adds its country
        # and "Wolf Project" and "Yellowstone Wolf Project": the one that adds a place the
        # article names
        national = [name for name, other in orgs.items()
                    if len(name) > len(short) and name.endswith(" " + short) and (
                        other == words or name[:-len(short)].strip() in places)]
        if owner is None and len(national) == 1:
            owner = national[0]
        if owner is not None:
            fuller[short] = owner
    if not fuller:
        return found
    return [replace(e, canonical=fuller[e.canonical], label="ORG", country=None)
            if e.canonical in fuller and e.label in ("ORG", "PERSON", "GPE", "LOC") else e
            for e in found]


def _speaking_facility(entity: Entity) -> bool:
    """"St. Mary's Hospital", "Riverside University": a place whose name ends in the word of a
    body that speaks, an organisation too for its short forms."""
    words = entity.canonical.split()
    return entity.label == "FAC" and len(words) > 1 \
        and words[-1].lower() in entity_words("speaking_facilities")


def _unknown_place(entity: Entity) -> bool:
    """A name of several words the tagger took for a place no gazetteer knows ("St. Mary" of
    "St. Mary's Hospital"): it may be an organisation's short form."""
    return entity.label == "GPE" and " " in entity.canonical \
        and not is_country(entity.canonical) and places.lookup(entity.canonical) is None \
        and entity.canonical.split()[-1] not in entity_words("place_words")  # "X County"


def _region(name: str) -> bool:
    """A state or region ("Pennsylvania", "Wales"): its own place, never the short name of an
    organisation named after it ("Pennsylvania Senate")."""
    place = places.lookup(name)
    return place is not None and place.kind in REGION_KINDS


def _link_places(found: list[Entity]) -> list[Entity]:
    """Two spellings of one town ("Kiev", "Kyiv") take the article's first."""
    first: dict[str, str] = {}
    linked = []
    for e in found:
        place = places.lookup(e.canonical) if e.label in GAZETTEER_LABELS else None
        if place is not None and not is_country(e.canonical):
            e = replace(e, canonical=first.setdefault(place.ident, e.canonical))
        linked.append(e)
    return linked


def _link_case(found: list[Entity]) -> list[Entity]:
    """"LONDON" and "London", "Nato" and "NATO": the spelling written most often (not all-caps
    when another exists)."""
    spellings: dict[str, Counter[str]] = {}
    for e in found:
        spellings.setdefault(e.canonical.lower(), Counter())[e.canonical] += 1
    # capitals the body writes ("UPS (UPS) shares"), not a headline's shouting ("NAVY")
    written = {e.text for e in found if e.section != "title" and e.text.isupper()}
    best = {}
    for key, counts in spellings.items():
        if len(counts) > 1:
            best[key] = max(counts, key=lambda s: (not s.isupper() or is_known_org(s)
                                                   or (_acronym(s) and s in written),
                                                   counts[s]))
    if not best:
        return found
    return [replace(e, canonical=best.get(e.canonical.lower(), e.canonical)) for e in found]


def _acronym(name: str) -> bool:
    """"UPS", "IBM": a short all-capitals name that is no place ("ROME" in a dateline is
    Rome) keeps its capitals over a spelling that writes it as a word ("Ups")."""
    return name.isupper() and name.isalpha() and len(name) <= ACRONYM_LETTERS \
        and not is_place(name.title())


def link_corpus(articles: Sequence[list[Entity]]) -> list[list[Entity]]:
    """Across a corpus, one person goes by one name (see :func:`corpus_names`)."""
    names = corpus_names((e.canonical, e.text) for ents in articles for e in ents
                         if e.label == "PERSON")
    return [[replace(e, canonical=names.get(e.canonical, e.canonical))
             if e.label == "PERSON" else e for e in ents] for ents in articles]


def corpus_names(people: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``{canonical name: corpus-wide name}`` for a corpus whose PERSON mentions are
    ``people`` (canonical name, words as written). Full names whose surnames are one name
    transliterated ("Zelensky", "Zelenskyy", "Zelenskiy") and whose first names agree
    ("Volodymyr", "Vladimir"; an initial joins the one person it fits) take the spelling written
    most often; a surname-only mention takes the one person corpus-wide whose surname it is, and
    surname-only spellings of one name with no full name go by the most frequent one. Two
    people who share a surname but not a first name stay apart ("Joe Biden", "Hunter Biden").
    The answer depends on the mentions, never on their order, so the fact store computes it
    from its tables as well."""
    written: Counter[str] = Counter()  # full names, by how often each is written as it is
    alone: dict[str, Counter[str]] = {}
    singles: set[str] = set()
    for canonical, text in people:
        parts = person_parts(canonical)
        if len(parts) > 1:
            written[canonical] += person_name(text) == canonical
        elif len(parts) == 1:
            singles.add(canonical)
            if parts[0][:1].isupper():
                alone.setdefault(sound(parts[0]), Counter())[canonical] += 1
    person = _people(written)
    by_surname: dict[str, set[str]] = {}
    for name, canonical in person.items():
        by_surname.setdefault(sound(person_parts(name)[-1]), set()).add(canonical)
    names = dict(person)
    for single in singles:
        key = sound(person_parts(single)[0])
        owner = unique(by_surname[key]) if key in by_surname else (
            _most_written(alone[key]) if key in alone else None)
        if owner is not None:
            names[single] = owner
    return names


def _most_written(counts: Counter[str]) -> str:
    """The spelling written most often, then the shortest, then the first in order."""
    return min(counts, key=lambda name: (-counts[name], len(name), name))


def _people(written: Counter[str]) -> dict[str, str]:
    """Each full name -> the spelling of its person written most often. Names join when their
    surnames meet under :func:`sound` and their first names agree; a name whose first name is
    an initial joins the one person it fits (whose name it never becomes), and stays apart when
    it fits none or several."""
    groups: dict[str, list[list[str]]] = {}  # surname key -> people, each a list of spellings
    initials: list[str] = []
    for name in sorted(written, key=lambda n: (-written[n], n)):
        parts = person_parts(name)
        if len(sound(parts[0].rstrip("."))) == 1:
            initials.append(name)
            continue
        people = groups.setdefault(sound(parts[-1]), [])
        # against each person's most written name, so a chain of near spellings cannot drift
        match = [p for p in people if given_names_agree(parts[0], person_parts(p[0])[0])]
        if len(match) == 1:
            match[0].append(name)
        else:
            people.append([name])
    for name in initials:
        parts = person_parts(name)
        fits = [p for p in groups.get(sound(parts[-1]), [])
                if given_names_agree(parts[0], person_parts(p[0])[0]) is not False]
        if len(fits) == 1:
            fits[0].append(name)
        else:
            groups.setdefault(sound(parts[-1]), []).append([name])
    person: dict[str, str] = {}
    for people in groups.values():
        for spellings in people:
            whole = [n for n in spellings if n not in initials] or spellings
            best = _most_written(Counter({n: written[n] for n in whole}))
            person.update(dict.fromkeys(spellings, best))
    return person
