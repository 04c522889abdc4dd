"""The soft goals of one part: place every call, then as little overtime as possible."""

from __future__ import annotations

from dataclasses import dataclass

from ortools.sat.python import cp_model

from etoile.problems.rehearsal import RehearsalProblem
from etoile.solvers.rehearsal.dancer_work import Overtime
from etoile.solvers.rehearsal.variables import Variables

UNPLACED_WEIGHT = 100
"""A minute of rehearsal that cannot be placed costs as much as 100 minutes of overtime: the
calendar is first complete, then cheap."""


@dataclass
class Terms:
    """The linear expressions of the goals (minutes)."""

    unplaced: cp_model.LinearExpr
    daily_overtime: cp_model.LinearExpr
    weekly_overtime: cp_model.LinearExpr

    def total(self) -> cp_model.LinearExpr:
        """What the model minimises."""
        return cp_model.LinearExpr.weighted_sum(
            [self.unplaced, self.daily_overtime, self.weekly_overtime], [UNPLACED_WEIGHT, 1, 1]
        )


def make_objective(
    model: cp_model.CpModel, problem: RehearsalProblem, v: Variables, overtime: Overtime
) -> Terms:
    """Minimise the weighted unplaced minutes plus the daily and weekly overtime."""
    minutes = [problem.calls[c].minutes for c in v.calls]
    placed = cp_model.LinearExpr.weighted_sum([cv.placed for cv in v.calls.values()], minutes)
    terms = Terms(
        unplaced=sum(minutes) - placed,
        daily_overtime=cp_model.LinearExpr.sum(overtime.daily),
        weekly_overtime=cp_model.LinearExpr.sum(overtime.weekly),
    )
    model.minimize(terms.total())
    return terms
