"""Records: articles, the facts found in them, and the problems met on the way.

Every fact is anchored in its article: ``article.text[fact.start:fact.end] == fact.text``.
Records are frozen; extractors build new ones and never change an article.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SectionKind = Literal["title", "caption", "paragraph"]
PublishedBasis = Literal["metadata", "caption", "dateline", "body"]


@dataclass(frozen=True, slots=True)
class Section:
    kind: SectionKind
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, cleaned: title, captions and paragraphs, each once."""

    id: str
    source: str
    title: str
    text: str
    sections: tuple[Section, ...]
    captions: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    published: str | None = None
    published_basis: PublishedBasis | None = None
    outlet: str | None = None
    url: str | None = None

    def section_at(self, offset: int) -> Section | None:
        """The section holding character ``offset``, or None between sections (sections are
        in text order and never overlap, so a binary search finds it)."""
        i = bisect_right(self.sections, offset, key=lambda section: section.start) - 1
        if i >= 0 and offset < self.sections[i].end:
            return self.sections[i]
        return None

    def fields(self) -> dict[str, Any]:
        """The article's own fields of the facts contract (sections aside), JSON-ready."""
        return {
            "id": self.id,
            "source": self.source,
            "outlet": self.outlet,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "published_basis": self.published_basis,
            "captions": list(self.captions),
            "credits": list(self.credits),
            "text": self.text,
        }

    def in_credit(self, offset: int) -> bool:
        """Is ``offset`` inside a photo credit printed at the end of a caption?"""
        section = self.section_at(offset)
        if section is None or section.kind != "caption":
            return False
        for credit in self.credits:
            at = self.text.rfind(credit, section.start, section.end)
            if at != -1 and at <= offset < at + len(credit):
                return True
        return False

    def section_kind(self, offset: int) -> SectionKind:
        section = self.section_at(offset)
        return section.kind if section else "paragraph"


@dataclass(frozen=True, slots=True)
class Problem:
    """Something that could not be read or extracted; the batch goes on without it."""

    source: str
    stage: str
    message: str
    line: int | None = None
    article: str | None = None

    def __str__(self) -> str:
        where = self.source + (f":{self.line}" if self.line is not None else "")
        if self.article:
            where += f" [{self.article}]"
        return f"{where}: {self.stage}: {self.message}"


@dataclass(frozen=True, slots=True)
class Anchored:
    """What every fact has: its words ``text == article.text[start:end]`` and the kind of
    section they lie in."""

    start: int
    end: int
    text: str
    section: SectionKind


@dataclass(frozen=True, slots=True)
class Entity(Anchored):
    label: str
    canonical: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Quantity(Anchored):
    value: float
    low: float | None
    high: float | None
    qualifier: Literal["exact", "approx", "upper_bound", "lower_bound", "range"]
    unit: str | None = None
    object: str | None = None
    object_start: int | None = None
    object_end: int | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None
    change: Literal["increase", "decrease"] | None = None  # rose 18 cents, fell to 5%
    change_kind: Literal["by", "to", "from"] | None = None  # by how much, the new, the old level
    per: str | None = None  # the unit of a rate: "$1,200 a month" -> month


@dataclass(frozen=True, slots=True)
class TimeExpr(Anchored):
    kind: Literal["date", "month", "year", "range", "duration", "time", "relative"]
    resolved: str | None
    basis: str


@dataclass(frozen=True, slots=True)
class Quote(Anchored):
    speaker: str | None
    cue: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None


@dataclass(frozen=True, slots=True)
class Claim(Anchored):
    source: str | None
    cue: str
    hedged: bool
    quantities: tuple[int, ...] = ()
    source_text: str | None = None
    source_start: int | None = None
    source_end: int | None = None


@dataclass(frozen=True, slots=True)
class Check:
    """An arithmetic check inside one article: do the parts add up to the total?"""

    kind: str
    total: float | None
    parts: tuple[float, ...]
    expected: float | None
    actual: float
    consistent: bool
    start: int
    end: int
    text: str
    note: str = ""


@dataclass(slots=True)
class ArticleFacts:
    """An article with every fact extracted from it."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    # sentences of the parse as (start, end) offsets, in order, never crossing a section
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def sentence_of(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The span of the sentence(s) holding ``text[start:end]``.

        Sentences come from the parse; where none were kept, the section stands for one.
        """
        stop = start + 1 if end is None or end <= start else end
        first = next((s for s in self.sentences if s[0] <= start < s[1]), None)
        last = next((s for s in self.sentences if s[0] < stop <= s[1]), None)
        if first is None or last is None:
            section = self.article.section_at(start)
            return (section.start, section.end) if section else (start, stop)
        return first[0], max(first[1], last[1])

    def to_dict(self) -> dict[str, Any]:
        """The facts contract (``spec/facts.md``) as one JSON-ready dict."""
        out = self.article.fields()
        out["sections"] = [asdict(s) for s in self.article.sections]
        for kind in FACT_KINDS:
            out[kind] = [_fact_dict(f) for f in getattr(self, kind)]
        out["checks"] = [_fact_dict(c) for c in self.checks]
        return out


FACT_KINDS = ("entities", "quantities", "times", "quotes", "claims")


def _fact_dict(fact: Any) -> dict[str, Any]:
    d = asdict(fact)
    for key, value in d.items():
        if isinstance(value, tuple):
            d[key] = list(value)
    return d
