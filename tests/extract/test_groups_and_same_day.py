"""A bare number that sizes a group of people counts persons ("a population of 1.5 million"),
and a weekday set on the day the story is already on ("Later Thursday, she is going to ...")
is that day, not the next one. Sentences in war news and other domains, with negatives."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.conftest import make_article
from workbench import extract
from workbench.extract.times import times

# (text, the number's value, unit)
GROUPS = [
    ("Burned vehicles were filmed as the population of around 1.5million fought back.",
     1500000.0, "person"),
    ("A crowd of 20,000 gathered outside the stadium on Saturday.", 20000.0, "person"),
    ("The town, with a population of 12,000, voted on Sunday.", 12000.0, "person"),
    # negative: a sum of money after "of" is no head count
    ("The council has a budget of 3 million this year.", 3000000.0, None),
]


@pytest.mark.parametrize(("text", "value", "unit"), GROUPS)
def test_group_size_counts_persons(nlp: Language, text: str, value: float,
                                   unit: str | None) -> None:
    article = make_article(text)
    found = [q for q in extract.quantities(nlp(article.text), article) if q.value == value]
    assert [q.unit for q in found] == [unit]


# (text, published, the weekday as written, resolved)
SAME_DAY = [
    ("The president traveled to Ohio on Thursday. Later Thursday, he is going to Dayton for a "
     "fundraiser.", "2022-10-21", "Later Thursday", "2022-10-20"),
    ("Troops crossed the river on Monday. Later Monday, the army is expected to issue a "
     "statement.", "2024-03-05", "Later Monday", "2024-03-04"),
    # negative: with no earlier mention of that day, a future tense points ahead
    ("Later Thursday, he is going to Dayton for a fundraiser.", "2022-10-18", "Later Thursday",
     "2022-10-20"),
]


@pytest.mark.parametrize(("text", "published", "written", "value"), SAME_DAY)
def test_same_day_weekday(nlp: Language, text: str, published: str, written: str,
                          value: str) -> None:
    article = make_article(text, published=published)
    found = {t.text: t.resolved for t in times(nlp(article.text), article)}
    assert found.get(written) == value, found
