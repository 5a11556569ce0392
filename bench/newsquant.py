"""Quantity extraction on NewsQuant, the news-sentence test set of the CQE paper.

    .venv/bin/python bench/newsquant.py                       # DEV and HELD-OUT figures
    .venv/bin/python bench/newsquant.py --data PATH --detail  # and every DEV miss and extra

NewsQuant (Almasian et al., EMNLP 2023; github.com/vivkaz/CQE,
``data/formatted_test_set/NewsQuant.json``) is a list of sentences, each with the quantities its
authors labelled: ``value`` (a number, or a range "a-b"), ``unit``, ``normalized_unit`` and
``change`` (``=``, ``~``, ``<``, ``>``, ``up``, ``down``). The file is kept outside the project
(default ``../eval/newsquant/NewsQuant.json``); no sentence of it enters the project.

Each sentence goes through the package as a one-paragraph article (no title), all in one batch.
Our quantities are mapped to the set's fields:

* value: a ``range`` is the pair (low, high), anything else its ``value``;
* change: ``approx`` is ``~``, ``upper_bound`` ``<`` and ``lower_bound`` ``>``; else a change by
  an amount (``change_kind`` "by") is ``up`` or ``down``; else ``=`` (a new or old level, "rose
  5% to 164p", is ``=``, as the set labels it). A bounded change ("climbed more than 3%") holds
  both a bound and a direction in our record, and the set's one field keeps the bound: so the
  bound is written first (set after reading the DEV half, 2026-12-07);
* unit: ours (a singular lemma, money as an ISO code, a rate as ``per``) is put into the set's
  vocabulary by ``OURS`` below (``usd`` -> dollar, ``percent`` -> percentage, ``person`` ->
  people, ...), then both sides go through ``canonical``: lower case, British spelling of the
  metric units (kilometre, litre), one name for the US dollar, an age ("year of age") in
  years, as our contract states it (set after reading the DEV half; the blind figures did not
  use it). A count matches when ours equals
  the set's normalized unit or its last word (the set keeps modifiers: "different boss";
  our unit is the head noun, the phrase being in ``object``). No unit is "-".

Scoring follows ``evaluate_models.py`` of github.com/satya77/CQE_Evaluation: values equal
within a relative 1e-5, a range only to a range; precision over all our quantities, recall over
all labelled ones, per sentence. One difference, on purpose: each labelled quantity is matched
to at most one of ours and each of ours to at most one labelled (theirs may count a change match
several times). value+unit and value+change are each counted over the same matching, which
prefers a candidate right on unit and change.

The set is split in two halves: DEV (even item index), whose misses may be read (``--detail``
lists DEV items only), and HELD-OUT (odd index), which is only ever scored.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "eval" / "newsquant" / "NewsQuant.json"

# our unit -> the set's normalized unit
OURS = {
    "percent": "percentage", "person": "people", "time": "count",
    "usd": "dollar", "aud": "australian dollar", "cad": "canadian dollar",
    "hkd": "hong kong dollar", "nzd": "new zealand dollar", "sgd": "singapore dollar",
    "eur": "euro", "gbp": "pound sterling", "cny": "chinese yuan", "jpy": "japanese yen",
    "ils": "shekel", "dkk": "danish krone", "inr": "indian rupee", "rub": "russian ruble",
    "degree celsius": "celsius", "degree fahrenheit": "fahrenheit", "pound": "pound-mass",
    "tonne": "ton", "megaton": "megaton", "gigatonne": "gigaton",
    "milliampere hour": "milliampere-hour",
}
SPELLING = {"meter": "metre", "liter": "litre", "kilometer": "kilometre",
            "centimeter": "centimetre", "millimeter": "millimetre", "nanometer": "nanometre",
            "micrometer": "micrometre", "milliliter": "millilitre",
            "united states dollar": "dollar", "us dollar": "dollar",
            "year of age": "year", "month of age": "month"}
SYMBOLS = {"approx": "~", "upper_bound": "<", "lower_bound": ">"}


def canonical(unit: str | None) -> str:
    if not unit or unit.strip() in ("", "-"):
        return "-"
    text = " ".join(unit.lower().split())
    for american, british in SPELLING.items():
        text = f" {text} ".replace(f" {american} ", f" {british} ").strip()
    return text


def our_unit(q: dict[str, Any]) -> str:
    unit = q.get("unit")
    if not unit:
        return "-"
    name = OURS.get(unit, unit)
    if q.get("per"):
        name = f"{name} per {OURS.get(q['per'], q['per'])}"
    return canonical(name)


def our_change(q: dict[str, Any]) -> str:
    if q["qualifier"] in SYMBOLS:
        return SYMBOLS[q["qualifier"]]
    if q.get("change") and q.get("change_kind") == "by":
        return "up" if q["change"] == "increase" else "down"
    return "="


def our_value(q: dict[str, Any]) -> float | tuple[float, float]:
    if q["qualifier"] == "range" and q.get("low") is not None and q.get("high") is not None:
        return (float(q["low"]), float(q["high"]))
    return float(q["value"])


def gold_value(raw: str) -> float | tuple[float, float]:
    """The set's decoding: a string holding '-' after its first character is a range."""
    raw = str(raw)
    if "E" not in raw and not raw.startswith("-") and "-" in raw:
        a, b = raw.split("-")[:2]
        return (float(a), float(b))
    return float(raw)


def values_match(a: float | tuple[float, float], b: float | tuple[float, float]) -> bool:
    if isinstance(a, tuple) != isinstance(b, tuple):
        return False
    if isinstance(a, tuple) and isinstance(b, tuple):
        return all(math.isclose(x, y, rel_tol=1e-5, abs_tol=1e-8)
                   for x, y in zip(a, b, strict=True))
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8)  # type: ignore[arg-type]


def units_match(gold_unit: str, ours: str) -> bool:
    gold = canonical(gold_unit)
    if gold == ours:
        return True
    return " " in gold and " per " not in gold and gold.rsplit(" ", 1)[1] == ours


def extract(sentences: list[str]) -> list[list[dict[str, Any]]]:
    """Our quantities of each sentence, the sentence being a one-paragraph article."""
    from dataclasses import asdict

    from workbench.ingest.build import build_article
    from workbench.pipeline import extract_articles

    articles = [build_article(source="newsquant", title="", captions=[], credits=[],
                              paragraphs=[text], article_id_=f"newsquant-{i}",
                              published="2020-01-01")
                for i, text in enumerate(sentences)]
    out: list[list[dict[str, Any]]] = [[] for _ in sentences]
    for record in extract_articles(articles):
        if hasattr(record, "quantities"):
            index = int(record.article.id.rsplit("-", 1)[1])
            out[index] = [asdict(q) for q in record.quantities]
    return out


def match(gold: list[dict[str, Any]], ours: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, our index) of equal values, the best-agreeing first."""
    candidates = []
    for g, item in enumerate(gold):
        gv = gold_value(item["value"])
        for o, q in enumerate(ours):
            if values_match(gv, our_value(q)):
                unit = units_match(item["normalized_unit"], our_unit(q))
                change = item["change"] == our_change(q)
                candidates.append((-(2 * unit + change), g, o))
    pairs, used_g, used_o = [], set(), set()
    for _, g, o in sorted(candidates):
        if g not in used_g and o not in used_o:
            pairs.append((g, o))
            used_g.add(g)
            used_o.add(o)
    return pairs


def prf(tp: int, gold: int, ours: int) -> str:
    p = tp / ours if ours else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.3f}/{r:.3f}/{f:.3f}"


def score(items: list[dict[str, Any]], preds: list[list[dict[str, Any]]],
          indexes: list[int], *, detail: bool = False) -> str:
    n_gold = n_ours = tp_value = tp_unit = tp_change = 0
    for i in indexes:
        gold, ours = items[i]["quantities"], preds[i]
        n_gold += len(gold)
        n_ours += len(ours)
        pairs = match(gold, ours)
        tp_value += len(pairs)
        tp_unit += sum(units_match(gold[g]["normalized_unit"], our_unit(ours[o]))
                       for g, o in pairs)
        tp_change += sum(gold[g]["change"] == our_change(ours[o]) for g, o in pairs)
        if detail:
            show(i, items[i], ours, pairs)
    return (f"{n_gold:5d} {n_ours:5d}   value {prf(tp_value, n_gold, n_ours)}   "
            f"value+unit {prf(tp_unit, n_gold, n_ours)}   "
            f"value+change {prf(tp_change, n_gold, n_ours)}")


def show(i: int, item: dict[str, Any], ours: list[dict[str, Any]],
         pairs: list[tuple[int, int]]) -> None:
    gold = item["quantities"]
    paired_g = {g: o for g, o in pairs}
    paired_o = {o for _, o in pairs}
    lines = []
    for g, label in enumerate(gold):
        if g not in paired_g:
            lines.append(f"  miss   {label['value']} {label['normalized_unit']!r} "
                         f"{label['change']}")
            continue
        q = ours[paired_g[g]]
        if not units_match(label["normalized_unit"], our_unit(q)):
            lines.append(f"  unit   {label['value']} {label['normalized_unit']!r} "
                         f"ours {our_unit(q)!r}")
        if label["change"] != our_change(q):
            lines.append(f"  change {label['value']} {label['change']} ours {our_change(q)} "
                         f"({q['qualifier']}, {q.get('change')}/{q.get('change_kind')})")
    for o, q in enumerate(ours):
        if o not in paired_o:
            lines.append(f"  extra  {our_value(q)} {our_unit(q)!r} {our_change(q)} "
                         f"[{q['text']}]")
    if lines:
        print(f"#{i}: {item['text']}")
        print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="NewsQuant.json (kept outside the project)")
    parser.add_argument("--detail", action="store_true",
                        help="list every miss, wrong unit or change and extra of the DEV half")
    args = parser.parse_args(argv)
    if not args.data.exists():
        raise SystemExit(f"newsquant: {args.data} not found; fetch data/formatted_test_set/"
                         "NewsQuant.json of github.com/vivkaz/CQE and save it there")
    items = json.loads(args.data.read_text(encoding="utf-8"))
    preds = extract([item["text"] for item in items])
    dev = [i for i in range(len(items)) if i % 2 == 0]
    held = [i for i in range(len(items)) if i % 2 == 1]
    if args.detail:
        score(items, preds, dev, detail=True)
    print(f"NewsQuant: {len(items)} sentences; P/R/F1")
    print("half      gold  ours")
    print(f"DEV      {score(items, preds, dev)}")
    print(f"HELD-OUT {score(items, preds, held)}")
    print(f"ALL      {score(items, preds, dev + held)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
