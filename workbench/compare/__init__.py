"""Comparing claims across articles and checking numbers inside one.

    from workbench import compare
    table = compare.estimates(corpus, "Belarusian troops")
    compare.write_estimates(table, sys.stdout, fmt="table")

``estimates`` groups every counted number into measurables (what is counted, the entities
qualifying it, the event and its time) and judges each measurable's estimates against each
other; :mod:`workbench.compare.consistency` checks the numbers of one article against each other.
"""

from workbench.compare.chart import article_checks, brief, chart
from workbench.compare.table import estimates, verdicts, write_estimates

__all__ = ["article_checks", "brief", "chart", "estimates", "verdicts", "write_estimates"]
