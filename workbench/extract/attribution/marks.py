"""Quote marks read from their context, not their shape alone: straight and curly, double and
single (headlines and some outlets quote in single marks), with apostrophes told apart. An
unbalanced mark is skipped and the rest kept. A quote left open at the end of a paragraph, or
broken off by a new opening mark after a full sentence, continues in the next piece (news
style): the pieces share a ``chain``. A quoted title of a work is no quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from workbench import lexicon
from workbench.extract.attribution.index import words
from workbench.lexicon import singular
from workbench.model import Article, Entity, Section

DOUBLE = "\"“”„«»"
SINGLE = "'‘’‹›"
OPENING = "“„«‘‹"
CLOSING = "”»’›"
_MARK = re.compile(f"[{DOUBLE}{SINGLE}]")
_BEFORE_OPEN = "([{—–-/" + DOUBLE + SINGLE
_AFTER_CLOSE = ".,;:!?)]}—–-/…" + DOUBLE + SINGLE
_SENTENCE_END = re.compile(r"[.!?…][\s)]*$")
_FIRST_END = re.compile(r"[.!?…](?=\s+[A-Z“\"‘'])")
WORK_LABEL = "WORK_OF_ART"
NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT"})
NAME_NOUN_REACH = 2
_SO_CALLED = re.compile(r"\bso[- ]called\s*$", re.IGNORECASE)
MIN_OPEN_WORDS = 6
MIN_UNCLOSED_WORDS = 4
MAX_OPEN_WORDS = 120
LIST_REACH = 240
# a quoted title earlier in the same list, with what joins it to the next one
_LISTED = re.compile(f"[{DOUBLE}][^{DOUBLE}]{{1,80}}[{DOUBLE}]\\s*,?\\s*(?:and|or|&)?\\s*$")
_LIST_OPENER = re.compile(r"\b(?:such as|including|like)$")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Quoted words: ``start:end`` the inner text, ``open``/``close`` the marks' outer bounds."""

    start: int
    end: int
    open: int
    close: int
    chain: int


def quote_spans(article: Article) -> list[QuoteSpan]:
    """Quoted stretches of every section: double marks first, then single ones outside them
    (where double marks quote most, a single-mark stretch around double-quoted ones is a
    stray mark's, not a quote holding quotes)."""
    text = article.text
    sections = article.sections
    doubles = _layer(text, sections, DOUBLE, (), first_chain=0)
    singles = _layer(text, sections, SINGLE, [(s.open, s.close) for s in doubles],
                     first_chain=len(doubles) + 1)
    if len(doubles) > len(singles):  # a text that quotes in double marks nests single ones
        singles = [s for s in singles
                   if not any(s.open < d.open and d.close < s.close for d in doubles)]
    singles_out = [(s.open, s.close) for s in singles]
    doubles = [d for d in doubles if not any(a < d.open and d.close < b for a, b in singles_out)]
    return sorted(doubles + singles, key=lambda s: s.start)


def _layer(text: str, sections: Sequence[Section], marks: str,
           outside: Sequence[tuple[int, int]], *, first_chain: int) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    chain = first_chain
    carried = False
    for number, section in enumerate(sections):
        lo, hi = section.start, section.end
        found = [(m.start(), role) for m in _MARK.finditer(text, lo, hi)
                 if m.group() in marks and not any(a <= m.start() < b for a, b in outside)
                 and (role := _role(text, m.start(), lo, hi)) is not None]
        pending: int | None = None
        for k, (i, role) in enumerate(found):
            if role == "open" or (role == "either" and pending is None):
                if pending is not None:
                    if _SENTENCE_END.search(text, pending + 1, i) and i - pending > 20:
                        out.append(_span(text, pending, i, chain if carried else chain + 1))
                        chain, carried = out[-1].chain, True
                    else:
                        if (end := _unclosed_end(text, pending, i, (lo, hi), marks)) is not None:
                            out.append(_span(text, pending, end,
                                             chain if carried else chain + 1))
                            chain = out[-1].chain
                        carried = False
                pending = i
            elif pending is not None:
                if role == "weak" and _stronger_close(found, k):
                    continue
                out.append(_span(text, pending, i + 1, chain if carried else chain + 1))
                chain, carried = out[-1].chain, False
                pending = None
        nxt = sections[number + 1] if number + 1 < len(sections) else None
        continues = nxt is not None and text[nxt.start:nxt.start + 1] in marks \
            and nxt.kind == "paragraph"
        if pending is not None and (continues or (marks == DOUBLE and (
                _introduced(text, pending, lo, hi)
                or (nxt is None and _opens_last(text, pending, lo, hi))))):
            out.append(_span(text, pending, hi, chain if carried else chain + 1))
            chain, carried = out[-1].chain, True
        else:
            carried = False
    return [s for s in out if s.end > s.start and any(ch.isalnum() for ch in text[s.start:s.end])]


def _opens_last(text: str, at: int, lo: int, hi: int) -> bool:
    """The article's last paragraph opens with a double mark that nothing closes (a quote of
    several paragraphs whose end the text lost): whole sentences with no other double mark
    quote to the paragraph's end."""
    inner = text[at + 1:hi].strip()
    return not text[lo:at].strip() and len(inner.split()) >= MIN_OPEN_WORDS \
        and bool(_SENTENCE_END.search(inner)) and not any(c in DOUBLE for c in inner)


def _unclosed_end(text: str, at: int, nxt: int, section: tuple[int, int],
                  marks: str) -> int | None:
    """'“It’s the least we can do. The couple had flown in ... Oleh said: “...': a mark
    opening a sentence and never closed, with words of the story before the next opening
    mark, quotes its first sentence (news copy whose paragraph breaks were lost)."""
    lo, hi = section
    before = text[lo:at].rstrip()
    if before and before[-1] not in ".!?…:" + DOUBLE + SINGLE and not _said_comma(before):
        return None
    found = _FIRST_END.search(text, at + 1, nxt)
    if found is None or len(text[at + 1:found.end()].split()) < MIN_UNCLOSED_WORDS \
            or any(text[j] in marks and _role(text, j, lo, hi) is not None
                   for j in range(at + 1, found.end())):
        return None
    return found.end()


def _introduced(text: str, at: int, lo: int, hi: int) -> bool:
    """'X said: "A full sentence ...' left open at the end of its paragraph (the closing mark
    dropped): a double mark right after "word:", before whole sentences with no other mark
    and of a paragraph's length, quotes to the end."""
    before = text[lo:at].rstrip()
    inner = text[at + 1:hi].strip()
    return ((before.endswith(":") and before[-2:-1].isalpha()) or _said_comma(before)) \
        and MIN_OPEN_WORDS <= len(inner.split()) <= MAX_OPEN_WORDS \
        and bool(_SENTENCE_END.search(inner)) and not _MARK.search(inner)


def _said_comma(before: str) -> bool:
    """'Jane Roe said, "...': the text before a mark ends with a speech verb and a comma, so
    the mark opens the words said (even where the writer never closed them)."""
    if not before.endswith(","):
        return False
    head = before[:-1].split()
    if not head:
        return False
    word = head[-1].lower()
    lemmas = words("speech_verbs")
    return word in lexicon.words("reporting", "past") or word in lemmas \
        or (word.endswith("s") and word[:-1] in lemmas)


def _stronger_close(found: list[tuple[int, str]], k: int) -> bool:
    """Is there a real closing mark before the next opening one (so "s'" is a possessive)?"""
    for _, role in found[k + 1:]:
        if role == "open":
            return False
        if role in ("close", "either"):
            return True
    return False


def _span(text: str, open_at: int, close_end: int, chain: int) -> QuoteSpan:
    """The inner words between a mark at ``open_at`` and an end (after a closing mark)."""
    close_mark = close_end - 1 if text[close_end - 1] in DOUBLE + SINGLE else close_end
    start, end = open_at + 1, close_mark
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return QuoteSpan(start, end, open_at, close_end, chain)


def _role(text: str, i: int, lo: int, hi: int) -> str | None:
    """"open", "close", "either" (a straight mark), "weak" (s' closing) or None (apostrophe)."""
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    single = ch in SINGLE
    if single and ((prev.isalnum() and nxt.isalnum()) or (prev.isspace() and nxt.isspace())):
        return None
    left = prev.isspace() or prev in _BEFORE_OPEN
    right = nxt.isspace() or nxt in _AFTER_CLOSE
    if left and not right:
        if single and not (nxt.isalnum() or nxt in DOUBLE):
            return None
        if single and text[i + 1:i + 3].isdigit() and text[i + 3:i + 4] in ("s", " "):
            return None
        return "open"
    if right and not left:
        if single and prev in "sS" and re.match(r"\s+[a-z]", text[i + 1:i + 4]):
            return "weak"
        return "close"
    if ch in OPENING:
        return "open"
    if ch in CLOSING:
        return "close"
    return None if single else "either"


def titles_of_works(article: Article, spans: Sequence[QuoteSpan],
                    entities: Sequence[Entity]) -> set[QuoteSpan]:
    """The spans that quote a title or a name, and every other span of the same words."""
    found = {s for s in spans if is_title_of_work(article, s, entities)}
    named = {article.text[s.start:s.end] for s in found}
    return found | {s for s in spans if article.text[s.start:s.end] in named}


def is_title_of_work(article: Article, span: QuoteSpan, entities: Sequence[Entity]) -> bool:
    """"the film "War and Peace"", 'the "NewsNow" account', 'the group "Anonymous"', a code
    ('the number "EST. P-4410"'): a quoted title, name or code, not words anyone said."""
    text = article.text
    tokens = text[span.start:span.end].split()
    small = words("title_small_words")
    quoted = text[span.start:span.end]
    if any(c.isdigit() for c in quoted) and not any(c.islower() for c in quoted) \
            and any(c.isupper() for c in quoted):
        return True  # 'the establishment number "EST. P-4410"', 'flight "NZ 102"': a code
    if not tokens or not all(w[:1].isupper() or w.lower() in small for w in tokens[:1]) \
            or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in tokens):
        return False  # a title's words are capitalised; a number may follow ('Section 301')
    if any(e.label == WORK_LABEL and e.start <= span.start and span.end <= e.end
           for e in entities):
        return True
    if any(e.label in NAME_LABELS and e.start == span.start and e.end == span.end
           for e in entities) and not _SO_CALLED.search(text, max(0, span.open - 12), span.open):
        return True  # a name in quote marks ('joins "Morning Brief"', 'the group "Anonymous"')
    after = [w.strip(",.;:").lower() for w in text[span.close:span.close + LIST_REACH].split()
             if w[:1].isalnum()][:NAME_NOUN_REACH]
    named_by = words("name_nouns") | words("work_nouns")
    if after and (after[0] in named_by or (len(after) > 1 and after[1] in named_by
                                           and text[span.close:].split()[0][:1].isupper())):
        return True  # 'the "NewsNow" Twitter account', '"Face the Nation" show'
    if _owned_by_organisation(text, span, entities):
        return True  # 'told CNN's "State of the Union"': a programme
    lead = _list_lead(text[max(0, span.open - LIST_REACH):span.open], lower=False).split()
    if not lead:
        return False
    if lead[-1][:1].isupper() and lead[-1].endswith(("'s", "’s")):
        return True  # 'the Disney Channel's "The Descendants"': a name's work, not speech
    return _work_noun(lead[-1].strip(",:").lower())


def _owned_by_organisation(text: str, span: QuoteSpan, entities: Sequence[Entity]) -> bool:
    """Does an organisation's possessive stand right before the quote marks?"""
    lead = text[max(0, span.open - 3):span.open].rstrip()
    if not lead.endswith(("'s", "’s")):
        return False
    owner = span.open - (len(text[:span.open]) - len(text[:span.open].rstrip())) - 2
    return any(e.label == "ORG" and e.end == owner for e in entities)


def _work_noun(word: str) -> bool:
    return word in words("work_nouns") or singular(word) in words("work_nouns")


def _list_lead(text: str, *, lower: bool = True) -> str:
    """What comes before a list of quoted titles and its opener ("hits such as "A", "B" and
    "C"": "hits"), lower-cased unless ``lower`` is false."""
    while (found := _LISTED.search(text)) is not None:
        text = text[:found.start()]
    text = text.rstrip(" ,:")
    opener = _LIST_OPENER.search(text.lower())
    if opener is not None:
        text = text[:opener.start()]
    text = text.rstrip(" ,:")
    return text.lower() if lower else text
