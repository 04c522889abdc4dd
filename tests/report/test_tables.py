"""Honest words for a solver run: "optimal" only when proved, a gap otherwise."""

from __future__ import annotations

import pytest

from etoile.domain import SolveReport, SolveStatus
from etoile.i18n import Translator
from etoile.report.tables import verdict

EN = Translator("en")


def run(status: str, **kw: float | None) -> SolveReport:
    return SolveReport(status=SolveStatus(status), **kw)


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        (run("optimal", objective=10.0, bound=10.0, gap=0.0), "Optimal: proved to be the best."),
        (run("feasible", objective=100.0, bound=101.0, gap=0.01),
         "Within 1.00% of the proven bound."),
        # No gap given: computed from objective and bound, |100 - 102| / 100.
        (run("feasible", objective=100.0, bound=102.0), "Within 2.00% of the proven bound."),
        # A gap too small to print is shown as the smallest printable one, never as 0.00%.
        (run("feasible", objective=1e6, bound=1e6 + 1, gap=1e-6),
         "Within 0.01% of the proven bound."),
        # A gap of zero without the optimal status is still not called optimal.
        (run("feasible", objective=5.0, bound=5.0, gap=0.0), "Within 0.00% of the proven bound."),
        (run("feasible", objective=5.0), "A plan, but no proven bound: how good it is is unknown."),
        (run("timed_out"), "No plan found."),
        (run("infeasible"), "No plan found."),
    ],
)  # fmt: skip
def test_verdicts(report: SolveReport, expected: str) -> None:
    assert verdict(EN, report) == expected


def test_a_verdict_in_french() -> None:
    report = run("feasible", objective=100.0, bound=100.4, gap=0.004)
    assert verdict(Translator("fr"), report) == "À 0,40\xa0% au plus de la borne prouvée."
