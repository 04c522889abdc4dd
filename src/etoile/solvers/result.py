"""Solver-neutral helpers that turn a solver's answer into an honest :class:`SolveReport`.

A plan is called optimal only when the solver proved it; a run stopped by the clock says so.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from etoile.domain import SolveReport, SolveStatus

_CP_SAT: dict[object, SolveStatus] = {
    cp_model.OPTIMAL: SolveStatus.OPTIMAL,
    cp_model.FEASIBLE: SolveStatus.FEASIBLE,
    cp_model.INFEASIBLE: SolveStatus.INFEASIBLE,
    cp_model.MODEL_INVALID: SolveStatus.MODEL_INVALID,
}


def cp_sat_status(code: cp_model.CpSolverStatus | int, *, timed_out: bool) -> SolveStatus:
    """Map a CP-SAT status code; UNKNOWN becomes TIMED_OUT when the limit was reached."""
    if code in _CP_SAT:
        return _CP_SAT[code]
    return SolveStatus.TIMED_OUT if timed_out else SolveStatus.UNKNOWN


def make_report(
    solver: str,
    status: SolveStatus,
    *,
    objective: float | None,
    bound: float | None,
    seconds: float,
    terms: dict[str, float] | None = None,
    seed: int | None = None,
    workers: int | None = None,
    notes: list[str] | None = None,
) -> SolveReport:
    """A report with the gap computed from objective and bound.

    The gap is 0 only for a proven optimum; a plan without a proof keeps its measured gap,
    even when that gap happens to be 0 (objective equal to the bound but not yet proved).
    """
    gap: float | None = None
    if status is SolveStatus.OPTIMAL:
        gap, bound = 0.0, objective
    elif status.has_plan and objective is not None and bound is not None:
        gap = SolveReport.relative_gap(objective, bound)
    return SolveReport(
        solver=solver,
        status=status,
        objective=objective if status.has_plan else None,
        bound=bound,
        gap=gap,
        seconds=round(seconds, 3),
        terms=terms or {},
        seed=seed,
        workers=workers,
        notes=notes or [],
    )


def cp_sat_report(
    solver: cp_model.CpSolver,
    code: cp_model.CpSolverStatus | int,
    *,
    time_limit: float,
    terms: dict[str, float] | None = None,
    seed: int | None = None,
    workers: int | None = None,
    notes: list[str] | None = None,
) -> SolveReport:
    """The report of a finished CP-SAT solve."""
    seconds = solver.wall_time
    timed_out = seconds >= 0.95 * time_limit or solver.deterministic_time >= 0.95 * time_limit
    status = cp_sat_status(code, timed_out=timed_out)
    objective = solver.objective_value if status.has_plan else None
    bound = solver.best_objective_bound if code != cp_model.INFEASIBLE else None
    return make_report(
        "cp-sat",
        status,
        objective=objective,
        bound=bound,
        seconds=seconds,
        terms=terms,
        seed=seed,
        workers=workers,
        notes=notes,
    )
