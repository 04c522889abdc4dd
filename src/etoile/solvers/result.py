"""Solver-neutral helpers that turn a solver's answer into an honest :class:`SolveReport`.

A plan is called optimal only when the solver proved it; a run stopped by its budget says so.
CP-SAT's own statuses are mapped in :mod:`etoile.solvers.cpsat`.
"""

from __future__ import annotations

from etoile.domain import SolveReport, SolveStatus


def make_report(
    solver: str,
    status: SolveStatus,
    *,
    objective: float | None,
    bound: float | None,
    seconds: float,
    deterministic_seconds: float | None = None,
    terms: dict[str, float] | None = None,
    seed: int | None = None,
    workers: int | None = None,
    notes: list[str] | None = None,
) -> SolveReport:
    """A report with the gap computed from objective and bound.

    ``seconds`` is wall-clock time; ``deterministic_seconds`` the CP-SAT work it took (None
    for a solver without a deterministic clock). The gap is 0 only for a proven optimum; a
    plan without a proof keeps its measured gap, even when that gap happens to be 0
    (objective equal to the bound but not yet proved).

    Parameters
    ----------
    solver
        The solver's name, e.g. ``"cp-sat"`` or ``"greedy"``.
    status
        What the solver says of its answer.
    objective, bound
        The best plan's value and the best proven bound (None when unknown); a proven optimum's
        bound is its objective.
    seconds, deterministic_seconds
        Wall-clock time and CP-SAT work, both rounded to the millisecond.
    terms
        The objective by soft goal.
    seed, workers
        The solver's random seed and threads, when it has them.
    notes
        What the reader must know about the run.

    Returns
    -------
    SolveReport
        Without an objective when the status has no plan.
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
        deterministic_seconds=(
            None if deterministic_seconds is None else round(deterministic_seconds, 3)
        ),
        terms=terms or {},
        seed=seed,
        workers=workers,
        notes=notes or [],
    )
