"""Entities: spaCy's named entities, repaired where news text breaks them, with one canonical name.

Repairs: a headline in Title Case yields spurious names, so a title entity is kept only when the
body names it too or it is a known place; possessives and leading articles are trimmed from the
canonical name; a later surname-only mention takes the full name given earlier ("Akiba" is
"Takeo Akiba"); countries go by one name ("DPRK", "U.S." -> North Korea, United States); a
demonym (NORP "Russian") names its country.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from workbench import names
from workbench.model import Article, Entity

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT",
                         "LAW", "WORK_OF_ART", "LANGUAGE"})


def entities(doc: Doc, article: Article) -> list[Entity]:
    """Every named entity in the article, in text order, each with its canonical name."""
    spans = [span for span in doc.ents if span.label_ in KEPT_LABELS]
    spans = [trimmed for span in spans if (trimmed := names.trim_span(span)) is not None]
    body_texts = {s.text for s in spans if article.section_kind(s.start_char) != "title"}
    found: list[Entity] = []
    for span in spans:
        section = article.section_kind(span.start_char)
        label = names.relabel(span.text, span.label_)
        if label is None:
            continue
        if section == "title" and not _title_entity_ok(span, label, body_texts):
            continue
        found.append(
            Entity(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                section=section,
                label=label,
                canonical=names.canonical(span.text, label),
                country=names.country_of(span.text) if label in ("NORP", "GPE") else None,
            )
        )
    return names.link_mentions(found)


def _title_entity_ok(span: Span, label: str, body_texts: set[str]) -> bool:
    """Headline casing fools NER; keep title names the body repeats or that are known places."""
    if span.text in body_texts:
        return True
    if label in ("GPE", "NORP", "LOC") and names.country_of(span.text) is not None:
        return True
    return any(span.text in other or other in span.text for other in body_texts if len(other) > 3)


def by_canonical(found: Sequence[Entity]) -> dict[str, list[Entity]]:
    """Mentions grouped by canonical name."""
    groups: dict[str, list[Entity]] = {}
    for entity in found:
        groups.setdefault(entity.canonical, []).append(entity)
    return groups
