"""Reports: notebooks run headless with papermill, exported as offline HTML pages with an index.

    from workbench import report
    report.build(corpus="seeds", out=Path("reports"), parameters={"top_n": 15})
"""

from workbench.report.params import declared, parse_parameters
from workbench.report.runner import NOTEBOOKS, BuildError, available, build

__all__ = ["NOTEBOOKS", "BuildError", "available", "build", "declared", "parse_parameters"]
