"""What a number measures or counts: money, percent, a unit of measure, or a noun in the parse.

Works on spaCy tokens of one sentence. Money is a lower-case ISO 4217 code (``usd``, ``gbp``),
measures their singular name (``kilometer``), counts the singular lemma of the counted noun
(``troop``; ``people`` is ``person``) with the noun phrase as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from spacy.tokens import Span, Token

from workbench import lexicon

NOUNS = frozenset({"NOUN", "PROPN"})
INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")
HYPHENS = frozenset({"-", "–", "—"})
MAX_WORDS = 3
MAX_GAP = 8
CONNECTORS = frozenset({"to", "from", "vs", "vs.", "versus", "than"})
MODIFIERS = frozenset({"compound", "nummod", "amod", "nmod"})


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit written right after (or before) the number, and the tokens it takes."""

    name: str
    kind: str  # money, percent, measure
    end: int  # sentence-local index after the unit's last token
    factor: Decimal = Decimal(1)


@dataclass(frozen=True, slots=True)
class Counted:
    """The noun a number counts: its unit and its noun phrase as written."""

    unit: str | None
    object: str | None = None
    start: int | None = None
    end: int | None = None
    measure: bool = False
    singular_noun: bool = False
    stop: int | None = None  # the document token after the noun
    proper: bool = False  # a singular capitalised name (12 Elm Street)


@cache
def _data() -> dict:
    return lexicon.load("units")


@cache
def _measures() -> dict[tuple[str, ...], str]:
    return {tuple(k.split()): v for k, v in _data()["measures"].items()}


@cache
def _percent() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.split()) for p in _data()["percent"])


@cache
def _points() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.split()) for p in _data()["percentage_points"])


@cache
def _adjectives() -> dict[tuple[str, ...], str]:
    return {tuple(k.split()): v for k, v in _data()["currency_adjectives"].items()}


def time_units() -> frozenset[str]:
    """Units of time (``time_words.json`` 'units': year, months, hrs)."""
    return lexicon.words("time_words", "units")


@cache
def parallel_level_units() -> frozenset[str]:
    """Units of a level that a bare level of the next clause's change shares (index points)."""
    return frozenset(_data()["parallel_level_units"])


@cache
def currency_codes() -> frozenset[str]:
    """Every ISO code a currency word, sign or code maps to."""
    data = _data()
    return frozenset({*data["currency_words"].values(), *data["currency_symbols"].values(),
                      *data["currency_codes"].values()})


def against_words() -> frozenset[str]:
    """Words setting one amount against the next: ``from``, ``vs``, ``against``."""
    return lexicon.words("units", "against_words")


def currency_symbol(text: str) -> str | None:
    """The ISO code of a currency sign or code written before a number (``$``, ``US$``, ``USD``)."""
    data = _data()
    code = data["currency_symbols"].get(text)
    if code is None and text.isupper():
        code = data["currency_codes"].get(text.lower())
    return code


def spaced_country(country: str, sign: str) -> str | None:
    """The ISO code of a currency sign whose country stands apart before it (``C $6``,
    ``US $89``), from ``units.json`` 'spaced_currency_countries' only (not the article ``A``)."""
    if country not in _data()["spaced_currency_countries"]:
        return None
    return _data()["currency_symbols"].get(country + sign)


def sign_written_on(sign: str, word: str) -> tuple[str, str] | None:
    """A currency sign whose country is written onto the digits after it (``$`` + ``US4.2m``,
    ``$`` + ``A6,100``): the ISO code and the digits."""
    for k in range(1, 3):
        head, rest = word[:k], word[k:]
        if head.isalpha() and head.isupper() and rest[:1].isdigit():
            code = _data()["currency_symbols"].get(sign + head)
            if code is not None:
                return code, rest
    return None


def glued_unit(suffix: str, *, plural_follows: bool,
               written: str = "") -> tuple[str, str, Decimal] | None:
    """A suffix written onto digits: (name, kind, factor) for ``km``, ``%``, ``p``, ``m``;
    a capital ``C`` or ``F`` (``written`` is the token as written) is a temperature."""
    written = written.removesuffix(".")  # "32C." where the token kept the full stop
    cased = _data()["case_measures"].get(written[-len(suffix):]) if suffix else None
    if cased is not None:
        return cased, "measure", Decimal(1)  # 200Nm (newton metres), 7nm (nanometres)
    temperature = _data()["glued_temperatures"].get(written[-1:])
    if temperature is not None and suffix == written[-1:].lower():
        return temperature, "measure", Decimal(1)
    capital = _data()["glued_capital_measures"].get(written[-1:])
    if capital is not None and suffix == written[-1:].lower():
        return capital, "measure", Decimal(1)  # 65W
    if suffix == "%" or suffix in _data()["glued_percent"]:
        return "percent", "percent", Decimal(1)
    if len(suffix) == 1 and written[-1:].isupper():
        return None  # 5G, 4K, 3D: a name
    if suffix == "m" and plural_follows:
        return "", "scale", Decimal(1_000_000)
    if suffix in _data()["glued_measures"]:
        return _measures().get((suffix,), suffix), "measure", \
            Decimal(1)
    if suffix in _data()["glued_subunits"]:
        return _data()["subunits"][suffix], "money", Decimal("0.01")
    return None


def temperature_after(sent: Span, j: int, name: str) -> Unit | None:
    """A degree glued onto the digits and its scale written after: ``0.9deg C``."""
    if name != "degree" or j >= len(sent):
        return None
    scale = _data()["glued_temperatures"].get(sent[j].text)
    return Unit(scale, "measure", j + 1) if scale is not None else None


def unit_after(sent: Span, j: int, *, scaled: bool, money: str | None) -> Unit | None:
    """The unit written from sentence token ``j`` on: percent, currency word, cents, measure.

    A noun hyphenated onto the number is its unit too (``a 3-point drop``, ``a 10-storey block``).
    """
    lower = [_undashed(t.lower_) for t in sent[j : j + MAX_WORDS + 2]]
    if not lower:
        return None
    hyphen = lower[0] in HYPHENS and len(sent) > j + 1 and sent[j].whitespace_ == ""
    if hyphen:
        lower = lower[1:]
    skip = 1 if hyphen else 0
    cased = _data()["case_measures"].get(sent[j].text)
    if cased is not None and len(sent[j].text) == 1 and j + 1 < len(sent) \
            and sent[j + 1].tag_ in ("NNS", "NNPS"):
        cased = None  # "60 C" is hot; "2 C grades" are marks
    if cased is not None:
        return Unit(cased, "measure", j + 1)
    for size in range(min(MAX_WORDS, len(lower)), 0, -1):
        words = tuple(lower[:size])
        end = j + skip + size
        if not hyphen and words in _points():
            return Unit("percentage point", "percent", end)
        if not hyphen and words in _percent():
            return Unit("percent", "percent", end)
        if money is None:
            code = _currency_word(sent, j + skip, words, scaled=scaled)
            if code is not None:
                return Unit(code, "money", end)
            sub = _subunit(words, hyphen=hyphen)
            if sub is not None:
                if len(words) == 1 and words[0] in _data()["shared_subunits"]:
                    sub = _sentence_currency(sent) or sub
                return Unit(sub, "money", end, Decimal("0.01"))
        if words in _measures() and (size > 1 or len(words[0]) > 1 or hyphen
                                     or not words[0].isalnum()):
            return Unit(_measures()[words], "measure", end)
    if hyphen and sent[j + 1].pos_ == "NOUN" and sent[j + 1].tag_ == "NN":
        return Unit(lemma(sent[j + 1]), "measure", j + 2)
    return None


def _undashed(word: str) -> str:
    """A word without a dash left on its end before a space ("287 miles- and ...")."""
    return word[:-1] if len(word) > 2 and word[-1] in HYPHENS and word[-2].isalpha() else word


def measure_at(sent: Span, j: int) -> tuple[str, int] | None:
    """A unit of measure written from sentence token ``j`` on (``square foot``, ``km``,
    ``miles-`` with a dash left on it): its name and where its words end."""
    lower = tuple(_undashed(t.lower_) for t in sent[j : j + MAX_WORDS])
    for size in range(len(lower), 0, -1):
        name = _measures().get(lower[:size])
        if name is not None and (size > 1 or len(lower[0]) > 1):
            return name, j + size
    return None


def _subunit(words: tuple[str, ...], *, hyphen: bool) -> str | None:
    """The currency of ``cents`` or ``pence``, or of ``U.S. cents``, ``Canadian cents``."""
    subunits = _data()["subunits"]
    if hyphen or words[-1] not in subunits:
        return None
    if len(words) == 1:
        return str(subunits[words[0]])
    return _adjectives().get(words[:-1])


def _sentence_currency(sent: Span) -> str | None:
    """The one currency the sentence's currency words name ("20.10 rupees a kilo, up five
    cents": rupees), or None when it names none or several."""
    codes = {_currency_word(sent, k, (token.lower_,), scaled=True)
             for k, token in enumerate(sent) if token.lower_ in _data()["currency_words"]}
    codes.discard(None)
    return codes.pop() if len(codes) == 1 else None


def _currency_word(sent: Span, j: int, words: tuple[str, ...], *, scaled: bool) -> str | None:
    """``pounds``, ``mln dlrs``, ``Canadian dlrs``, ``Swiss francs``: the ISO code or None."""
    data = _data()
    for cut in range(len(words) - 1, -1, -1):
        adjective, name = words[:cut], " ".join(words[cut:])
        if adjective and adjective not in _adjectives():
            continue
        token = sent[j + len(words) - 1]
        in_money = token.ent_type_ == "MONEY"
        code = data["currency_words"].get(name)
        if code is None and name in data["ambiguous_currency_words"] \
                and (scaled or in_money or adjective):
            code = data["ambiguous_currency_words"][name]
        if code is None:
            continue
        weight = name in data["weight_currency_words"]
        if weight and not (scaled or in_money or adjective):
            return None  # "a 500-pound bomb": a weight
        if adjective:
            national = _adjectives()[adjective]
            return national if not weight or national != "usd" else code
        return _by_country(sent, name, code)
    return None


def _cue_pattern(cue: str) -> str:
    """A cue word as a pattern: whole words where it opens or ends with a letter."""
    before = r"(?<![a-z])" if cue[:1].isalpha() else ""
    after = r"(?![a-z])" if cue[-1:].isalpha() else ""
    return before + re.escape(cue) + after


@cache
def _country_cues() -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    return {word: tuple((code, re.compile("|".join(_cue_pattern(c) for c in cues)))
                        for code, cues in codes.items())
            for word, codes in _data()["currency_countries"].items()}


def _by_country(sent: Span, name: str, code: str) -> str:
    """The code of a currency word several countries use, settled by the one country the
    article's words name ("francs" in a story on Paris or Zurich); else the word's own."""
    cues = _country_cues().get(name.removesuffix("s"))
    if cues is None:
        return code
    text = sent.doc.text.lower()
    named = [found for found, pattern in cues if pattern.search(text)]
    return named[0] if len(named) == 1 else code


QUOTE_DENOMINATORS = frozenset({"2", "4", "8", "16", "32", "64"})


def quoted_price(sent: Span, start: int, end: int) -> bool:
    """A number written in fractions of a dollar (``50-3/4``, ``3/8``) in a clause about a
    stock, as US markets quoted prices until 2001: ``TWA stock fell 3/8 to 30-5/8``."""
    written = sent[start:end].text
    if "/" not in written or written.rpartition("/")[2] not in QUOTE_DENOMINATORS:
        return False
    if end < len(sent) and sent[end].lower_ == "of":
        return False  # 3/4 of the shares: a part
    nouns = lexicon.words("units", "quoted_price_nouns")
    return any(t.lower_ in nouns for t in sent[:start])


def counted(sent: Span, first: int, last: int, after: int, value: float) -> Counted | None:
    """The noun counted by the number in tokens ``first..last`` (sentence-local), if any."""
    noun = _head_noun(sent, first, last, after)
    start = after
    if noun is None:
        noun = _modified_plural(sent, after)
    if noun is None:
        noun, start = _partitive(sent, after)
        if noun is not None and value != 1 and noun.tag_ not in ("NNS", "NNPS") \
                and not noun.text.isupper():
            return None  # day 100 of the war
    if noun is None or noun.lower_ in _data()["pronoun_heads"] or noun.pos_ == "PRON":
        return None
    local = noun.i - sent.start
    if value > 1:
        noun = _compound_first(sent, _coordinated_plural(noun), after)
        local = noun.i - sent.start
    measure = _measures().get((noun.lower_,)) or _data()["currency_words"].get(noun.lower_)
    if local < start or local - start > MAX_GAP:
        start = local
    phrase = sent[start : local + 1]
    return Counted(
        unit=measure or _multiword(phrase, lemma(noun)),
        object=phrase.text,
        start=phrase.start_char,
        end=phrase.end_char,
        measure=measure is not None,
        singular_noun=noun.tag_ in ("NN", "NNP"),
        stop=noun.i + 1,
        proper=noun.tag_ == "NNP" and noun.text.istitle() and noun.is_alpha,
    )


def subject_counted(sent: Span, number: int) -> Counted | None:
    """What a bare number of a change counts, read from the clause's subject: "the number of
    people waiting rose to 58,024" (people), "patients waiting fell from 4,597" (patients),
    "those waiting decreased to 302,693" (persons)."""
    verb = sent[number]
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                and sent.start <= c.i < verb.i]
    if verb.pos_ not in ("VERB", "AUX") or not subjects:
        return None
    subject = subjects[-1]
    data = _data()
    if subject.lower_ in data["total_nouns"]:
        of = next((c for c in subject.children if c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in NOUNS), None) \
            if of is not None else None
        if noun is None or noun.tag_ not in ("NNS", "NNPS"):
            return None
        return Counted(lemma(noun), noun.text, noun.idx, noun.idx + len(noun.text))
    described = any(c.dep_ in ("acl", "relcl") for c in subject.children)
    if not described:
        return None
    if subject.lower_ in ("those", "these"):
        return Counted("person")
    if subject.pos_ == "NOUN" and subject.tag_ == "NNS":
        return Counted(lemma(subject), subject.text, subject.idx,
                       subject.idx + len(subject.text))
    return None


def collective_counted(sent: Span, number: int) -> Counted | None:
    """People a bare number counts as the size of a group: "a population of around 1.5
    million", "a crowd of 20,000" (persons)."""
    tok = sent[number]
    for _ in range(3):
        if tok.lower_ == "of" or tok.head.i == tok.i:
            break
        tok = tok.head
    group = tok.head
    if tok.lower_ != "of" or group.i >= tok.i \
            or group.lemma_.lower() not in _data()["people_groups"]:
        return None
    return Counted("person", group.text, group.idx, group.idx + len(group.text))


def elliptic(sent: Span, after: int) -> bool:
    """The number stands for more of something named before: ``300 more``, ``40 others``,
    ``five of them``."""
    if after >= len(sent):
        return False
    word = sent[after].lower_
    if word in _data()["pronoun_heads"]:
        return True
    return word == "of" and after + 1 < len(sent) and sent[after + 1].pos_ == "PRON"


def _head_noun(sent: Span, first: int, last: int, after: int) -> Token | None:
    """The noun right of the number that the parse makes its head (through a range's words)."""
    lo, hi = sent.start + first, sent.start + last
    for k in range(hi, lo - 1, -1):
        head = sent.doc[k]
        while lo <= head.i <= hi and head.head.i != head.i:
            head = head.head
        for _ in range(2):  # through a model name: "12 BM-21 Grad launchers"
            if head.pos_ in NOUNS or head.dep_ not in MODIFIERS or head.head.i <= head.i:
                break
            head = head.head
        if lo <= head.i <= hi or head.pos_ not in NOUNS:
            continue
        if sent.start + after <= head.i <= sent.start + after + MAX_GAP and not any(
            (t.is_punct and t.text not in HYPHENS) or t.is_space or t.lower_ in CONNECTORS
            for t in sent.doc[sent.start + after : head.i]
        ):
            while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in NOUNS \
                    and not any(t.is_space for t in sent.doc[head.i + 1:head.head.i]):
                head = head.head  # never across a paragraph break: a headline's last noun
            return head
    return None


def _modified_plural(sent: Span, after: int) -> Token | None:
    """``1.5 million registered Chicago voters`` where the parse hangs the number elsewhere: a
    plural noun right after it whose words between all modify it."""
    for k in range(after, min(len(sent), after + MAX_GAP + 1)):
        token = sent[k]
        if token.tag_ in ("NNS", "NNPS") and k > after:
            between = sent[after:k]
            if all(t.head.i in range(sent.start + after, token.i + 1)
                   and t.dep_ in ("amod", "compound") for t in between):
                return token
            return None
        if token.dep_ not in ("amod", "compound") or token.is_punct:
            return None
    return None


def _partitive(sent: Span, after: int) -> tuple[Token | None, int]:
    """``three of the five missiles``, ``hundreds of schools``: the noun after ``of``."""
    if after >= len(sent) or sent[after].lower_ != "of":
        return None, after
    of = sent[after]
    for child in of.children:
        if child.dep_ == "pobj" and child.pos_ in NOUNS:
            start = after + 1
            while start < len(sent) and sent[start].lower_ in _data()["partitive_determiners"]:
                start += 1
            return child, start
    return None, after


def _multiword(phrase: Span, head: str) -> str:
    """The whole name when the phrase ends in one whose head alone misleads (prime minister)."""
    words = [t.lower_ for t in phrase[:-1]] + [head]
    for size in range(min(len(words), 4), 1, -1):
        name = " ".join(words[-size:])
        if name in _multiword_nouns():
            return name
    return head


@cache
def _multiword_nouns() -> frozenset[str]:
    return frozenset(_data()["multiword_nouns"])


def _compound_first(sent: Span, noun: Token, after: int) -> Token:
    """``the 400,000 vehicle target``, ``a 10,000 seat stadium``: a singular head whose first
    compound noun, right after the number, is what is counted."""
    if noun.tag_ != "NN" or after >= len(sent) or lemma(noun) != noun.lower_:
        return noun  # "two army servicemen": a plural the tagger missed
    first = sent[after]
    if first.i < noun.i and first.pos_ == "NOUN" and first.tag_ == "NN" \
            and first.dep_ == "compound":
        return first
    return noun


def _coordinated_plural(noun: Token) -> Token:
    """``three coal and shipping owners``: a singular head coordinated with the plural."""
    if noun.tag_ in ("NNS", "NNPS"):
        return noun
    for child in noun.children:
        if child.dep_ == "conj" and child.pos_ in NOUNS and child.tag_ in ("NNS", "NNPS") \
                and not any(c.dep_ == "nummod" for c in child.children):
            return child
    return noun


def lemma(token: Token) -> str:
    """The singular, lower-case lemma of a counted noun (``people`` -> ``person``)."""
    text = INVISIBLE.sub("", token.text)
    lower, base = text.lower(), INVISIBLE.sub("", token.lemma_.lower())
    if lower == "people":
        return "person"
    if text.isupper():
        return lower
    if text.endswith("s") and text[:-1].isupper():
        return lower[:-1]
    if lower.endswith("men") and base == lower:
        return lower[:-3] + "man"
    if not lower.endswith("s") or lower.endswith("ss"):
        return base
    if lower in _data()["f_plurals"]:
        return base
    if lower.endswith("uses") and base.endswith("us"):
        return base
    return lexicon.singular(lower)
