"""Numbers compared: inside one article (do its parts add up?) and across articles (do the
sources' estimates of one measurable agree?).

    from workbench import compare
    compare.checks(facts)                          # one article's arithmetic, as Check records
    table = compare.estimates(corpus, "Belarusian troops")

``checks/`` reads one article's numbers as totals, parts and comparisons; ``estimates/`` keys
every counted number by its measurable (what is counted, whose, where, which event, when) and
judges each measurable's estimates against each other. ``phrases``, ``timing`` and ``units``
are the readings both share. Comparison takes facts only: it never reads files or parses.
"""

from workbench.compare.checks.consistency import checks
from workbench.compare.estimates.table import estimates, verdicts

__all__ = ["checks", "estimates", "verdicts"]
