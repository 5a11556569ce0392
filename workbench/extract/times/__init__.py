"""Time expressions: surface forms (``patterns``), readers of calendar dates (``absolute``)
and of expressions relative to the publication date (``relative``), with the clause's tense
(``tense``) deciding which way a bare weekday points; ``find`` keeps the best reading."""

from workbench.extract.times.find import times

__all__ = ["times"]
