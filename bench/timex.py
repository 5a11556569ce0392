"""Time expressions on newswire TimeML (TempEval-3 style): spans and normalised TIMEX3 values.

    .venv/bin/python bench/timex.py --data DIR             # DEV and HELD-OUT figures
    .venv/bin/python bench/timex.py --data DIR --detail    # and every DEV miss, extra, wrong value

``DIR`` holds TimeML files (``*.tml``: TimeBank, AQUAINT or TE3-Platinum of TempEval-3, kept
outside the project; no sentence of them enters it). Each file's creation time (the TIMEX3 whose
``functionInDocument`` is ``CREATION_TIME``) is given to the package as the article's
``published`` date; the body (``<TEXT>``, every tag but TIMEX3 dropped, its text kept) goes
through as one article without title, one paragraph per non-blank line, all files in one batch.
Each gold TIMEX3 of the body is matched to at most one of our times, by span overlap (the
largest overlap first). Reported, the TempEval-3 way:

* span P/R/F1 **strict** (same offsets) and **relaxed** (any overlap);
* **value accuracy**: right values among the relaxed matches; **value P/R/F1**: right values over
  all of ours / all gold ones;
* per gold type (DATE, TIME, DURATION, SET): recall and value accuracy only (our kinds do not
  say which TIMEX3 type a time is, so there is no per-type precision).

The facts contract has no repeated times: SET ("weekly", "every day") is out of it. The headline
lines score DATE, TIME and DURATION only (our times overlapping a SET are then left out); the
``all types`` line keeps SET.

Our values are put into TIMEX3 form here only (``timex_value``): dates, months, years, quarters
(``2024-Q3``), seasons (``2024-SU``), weeks, durations (``P3D``, ``PXY``) and ``PRESENT_REF`` are
written as TIMEX3 writes them already; a decade ``198`` is ``198X``; a range that is exactly one
ISO week, calendar month or year is that week, month or year; a clock time keeps hours and
minutes. A part of the day is not written (our "Friday night" is the day, as most gold
TIMEX3 of this kind are). Gold values are compared without a trailing unspecified part
(``1968-XX`` is ``1968``) and without seconds, and a counted number of decades or centuries in
years, the contract's form of the same length (``P2DE`` is ``P20Y``; ``PXDE`` stays).

The files are split in two halves by sorted file name: DEV (even index), whose misses may be
read (``--detail`` lists DEV files only), and HELD-OUT (odd index), which is only ever scored.
"""

from __future__ import annotations

import argparse
import calendar
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

CONTRACT_TYPES = ("DATE", "TIME", "DURATION")
TYPES = ("DATE", "TIME", "DURATION", "SET")
OUR_TYPE = {"time": "TIME", "duration": "DURATION"}  # every other kind is a DATE


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class Ours:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Doc:
    name: str
    dct: str
    paragraphs: list[str]
    gold: list[Gold]


def read_tml(path: Path) -> Doc:
    """The body as paragraphs (the article's text: paragraphs joined by a blank line), the
    creation date and the gold TIMEX3 of the body at offsets into that text."""
    root = ET.parse(path).getroot()
    dct = next((t.get("value", "") for t in root.iter("TIMEX3")
                if t.get("functionInDocument") == "CREATION_TIME"), "")
    body = root.find("TEXT")
    if body is None:
        raise SystemExit(f"timex: {path} has no TEXT")
    pieces: list[str] = []
    spans: list[tuple[int, int, ET.Element]] = []

    def walk(node: ET.Element) -> None:
        pieces.append(node.text or "")
        for child in node:
            start = sum(map(len, pieces))
            walk(child)
            if child.tag == "TIMEX3":
                spans.append((start, sum(map(len, pieces)), child))
            pieces.append(child.tail or "")

    walk(body)
    raw = "".join(pieces)
    # lines -> paragraphs; map raw offsets to offsets in the joined text
    paragraphs: list[str] = []
    shift: list[tuple[int, int, int]] = []  # raw start, raw end, joined start
    joined = 0
    pos = 0
    for line in raw.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            shift.append((pos + lead, pos + lead + len(stripped), joined))
            paragraphs.append(stripped)
            joined += len(stripped) + 2
        pos += len(line) + 1
    text = "\n\n".join(paragraphs)
    gold = []
    for start, end, node in spans:
        piece = next(((a, b, j) for a, b, j in shift if a <= start < b), None)
        if piece is None:
            continue
        a, b, j = piece
        s, e = j + start - a, j + min(end, b) - a
        gold.append(Gold(s, e, text[s:e], node.get("type", ""), node.get("value", "")))
    return Doc(path.name, dct[:10], paragraphs, gold)


def gold_value(value: str) -> str:
    """A TIMEX3 value without its unspecified tail or seconds: ``1968-XX`` -> ``1968``; a
    counted number of decades or centuries in years, as the contract writes them (``P2DE`` ->
    ``P20Y``)."""
    value = re.sub(r"(?:-XX)+$", "", value.strip())
    if m := re.fullmatch(r"P(\d+)(DE|CE)", value):  # "two decades": P2DE is our P20Y
        return f"P{int(m[1]) * (10 if m[2] == 'DE' else 100)}Y"
    return re.sub(r"(T\d\d:\d\d):\d\d$", r"\1", value)


def timex_value(kind: str, resolved: str | None) -> str:
    """Our resolved value written as TIMEX3 writes it (see the module docstring)."""
    if not resolved:
        return ""
    if re.fullmatch(r"\d{3}", resolved):
        return f"{resolved}X"
    if kind == "range" and (m := re.fullmatch(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)", resolved)):
        first, last = date.fromisoformat(m[1]), date.fromisoformat(m[2])
        if first.weekday() == 0 and last == first + timedelta(days=6):
            year, week, _ = first.isocalendar()
            return f"{year:04d}-W{week:02d}"
        if first.day == 1 and last.year == first.year and last.month == first.month \
                and last.day == calendar.monthrange(first.year, first.month)[1]:
            return f"{first.year:04d}-{first.month:02d}"
        if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) \
                and first.year == last.year:
            return f"{first.year:04d}"
    return re.sub(r"(T\d\d:\d\d):\d\d$", r"\1", resolved)


def extract(docs: list[Doc]) -> list[list[Ours]]:
    """Our times of each document, the creation date given as its publication date."""
    from workbench.ingest.build import build_article
    from workbench.pipeline import extract_articles

    articles = [build_article(source="timex", title="", captions=[], credits=[],
                              paragraphs=doc.paragraphs, article_id_=f"timex-{i}",
                              published=doc.dct or None)
                for i, doc in enumerate(docs)]
    out: list[list[Ours]] = [[] for _ in docs]
    for record in extract_articles(articles):
        if hasattr(record, "times"):
            index = int(record.article.id.rsplit("-", 1)[1])
            out[index] = [Ours(t.start, t.end, t.text, OUR_TYPE.get(t.kind, "DATE"),
                               timex_value(t.kind, t.resolved)) for t in record.times]
    return out


def match(gold: list[Gold], ours: list[Ours]) -> list[tuple[int, int]]:
    """Pairs (gold index, our index), one to one, the largest overlap first."""
    pairs = sorted(((min(g.end, o.end) - max(g.start, o.start), gi, oi)
                    for gi, g in enumerate(gold) for oi, o in enumerate(ours)
                    if min(g.end, o.end) > max(g.start, o.start)), reverse=True)
    used_g: set[int] = set()
    used_o: set[int] = set()
    out = []
    for _, gi, oi in pairs:
        if gi not in used_g and oi not in used_o:
            used_g.add(gi)
            used_o.add(oi)
            out.append((gi, oi))
    return out


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Tally:
    gold: int = 0
    ours: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0

    def add(self, other: Tally) -> None:
        for field in ("gold", "ours", "strict", "relaxed", "value"):
            setattr(self, field, getattr(self, field) + getattr(other, field))

    def recall_line(self) -> str:
        def r(hits: int) -> str:
            return f"{hits / self.gold:.3f}" if self.gold else "  -  "
        acc = f"{self.value / self.relaxed:.3f}" if self.relaxed else "  -  "
        return (f"{self.gold:4d}      | strict R {r(self.strict)}         | relaxed R "
                f"{r(self.relaxed)}         | value acc {acc} R {r(self.value)}")

    def line(self) -> str:
        def prf(hits: int) -> str:
            p = hits / self.ours if self.ours else 0.0
            r = hits / self.gold if self.gold else 0.0
            return f"{p:.3f} {r:.3f} {f1(p, r):.3f}"
        acc = self.value / self.relaxed if self.relaxed else 0.0
        return (f"{self.gold:4d} {self.ours:4d} | strict {prf(self.strict)} | relaxed "
                f"{prf(self.relaxed)} | value acc {acc:.3f} P/R/F1 {prf(self.value)}")


def tally(gold: list[Gold], ours: list[Ours], types: tuple[str, ...]) -> Tally:
    """Counts over the gold of ``types``; ours overlapping a gold of another type are left out."""
    other = [g for g in gold if g.type not in types]
    kept_gold = [g for g in gold if g.type in types]
    kept_ours = [o for o in ours
                 if not any(min(g.end, o.end) > max(g.start, o.start) for g in other)]
    t = Tally(gold=len(kept_gold), ours=len(kept_ours))
    for gi, oi in match(kept_gold, kept_ours):
        g, o = kept_gold[gi], kept_ours[oi]
        t.relaxed += 1
        t.strict += (g.start, g.end) == (o.start, o.end)
        t.value += gold_value(g.value) == o.value
    return t


def per_type(gold: list[Gold], ours: list[Ours], kind: str) -> Tally:
    """Recall-side counts for the gold of one type, matched against all of ours."""
    t = Tally(gold=sum(g.type == kind for g in gold))
    for gi, oi in match(gold, ours):
        g, o = gold[gi], ours[oi]
        if g.type != kind:
            continue
        t.relaxed += 1
        t.strict += (g.start, g.end) == (o.start, o.end)
        t.value += gold_value(g.value) == o.value
    return t


def report(name: str, docs: list[Doc], preds: list[list[Ours]], idx: list[int]) -> None:
    print(f"{name} ({len(idx)} files)          gold ours |        P     R     F1 |"
          "         P     R     F1 |")
    total, every = Tally(), Tally()
    kinds = {k: Tally() for k in TYPES}
    for i in idx:
        total.add(tally(docs[i].gold, preds[i], CONTRACT_TYPES))
        every.add(tally(docs[i].gold, preds[i], TYPES))
        for k in TYPES:
            kinds[k].add(per_type(docs[i].gold, preds[i], k))
    print(f"  DATE+TIME+DURATION   {total.line()}")
    print(f"  all types            {every.line()}")
    for k in TYPES:
        print(f"  {k:<20} {kinds[k].recall_line()}")


def show(doc: Doc, ours: list[Ours]) -> None:
    pairs = match(doc.gold, ours)
    matched_g = {gi: oi for gi, oi in pairs}
    matched_o = {oi for _, oi in pairs}
    print(f"== {doc.name} (DCT {doc.dct})")
    for gi, g in enumerate(doc.gold):
        if gi not in matched_g:
            print(f"  MISS   {g.type:<8} {g.text!r} {g.value}")
            continue
        o = ours[matched_g[gi]]
        if gold_value(g.value) != o.value or (g.start, g.end) != (o.start, o.end):
            mark = "VALUE " if gold_value(g.value) != o.value else "SPAN  "
            print(f"  {mark} {g.type:<8} {g.text!r} {g.value}  ours {o.text!r} {o.value}")
    for oi, o in enumerate(ours):
        if oi not in matched_o:
            print(f"  EXTRA  {o.type:<8} {o.text!r} {o.value}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True,
                        help="a directory of TimeML .tml files (kept outside the project)")
    parser.add_argument("--detail", action="store_true",
                        help="list every miss, extra, span and value error of the DEV half")
    args = parser.parse_args(argv)
    files = sorted(args.data.glob("*.tml"))
    if not files:
        raise SystemExit(f"timex: no .tml file in {args.data}")
    docs = [read_tml(f) for f in files]
    preds = extract(docs)
    dev = [i for i in range(len(docs)) if i % 2 == 0]
    held = [i for i in range(len(docs)) if i % 2 == 1]
    if args.detail:
        for i in dev:
            show(docs[i], preds[i])
    report("DEV", docs, preds, dev)
    report("HELD-OUT", docs, preds, held)
    report("ALL", docs, preds, dev + held)
    return 0


if __name__ == "__main__":
    sys.exit(main())
