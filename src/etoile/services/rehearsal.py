"""The rehearsal use case, shared by the CLI and ``plan_season``: a calendar for a cast plan."""

from __future__ import annotations

import time

from etoile.domain import Plan, Season, SolveStatus
from etoile.problems.rehearsal import compile_rehearsal
from etoile.solvers.rehearsal.calendar import solve_calendar
from etoile.solvers.rehearsal.entries import to_rehearsals
from etoile.solvers.rehearsal.explain import explain_unplaced
from etoile.solvers.rehearsal.params import ProgressFn, RehearsalParams
from etoile.validate.rehearsal_labor import rehearsal_objective

__all__ = ["RehearsalParams", "rehearse_season"]


def rehearse_season(
    season: Season,
    plan: Plan,
    params: RehearsalParams | None = None,
    progress: ProgressFn | None = None,
) -> Plan:
    """``plan`` with ``rehearsals`` (replacing any) and ``reports["rehearsals"]``.

    Calls that cannot be placed are left out; the report then says ``infeasible`` (or
    ``timed_out``) and its notes say which production cannot be ready and what is missing.
    The objective is recomputed from the calendar by the independent validator.
    ``params.time_limit`` is the deterministic budget of the calendar's CP-SAT models; the
    report's wall seconds count the whole stage, compiling included.

    Parameters
    ----------
    season
        The houses, studios, staff and labour rules.
    plan
        Its casting says who is called.
    params
        The calendar's settings (default :class:`RehearsalParams`).
    progress
        Told of each better calendar found.
    """
    params = params or RehearsalParams()
    started = time.perf_counter()  # the report's wall seconds (and the safety cap) count it
    problem = compile_rehearsal(season, plan)
    result = solve_calendar(problem, params, progress, started)
    calls = to_rehearsals(problem, result.placements)
    out = plan.model_copy(update={"rehearsals": calls})
    report = result.report
    notes = [*report.notes, *explain_unplaced(problem, result.unplaced)]
    update: dict[str, object] = {"notes": notes}
    if report.status.has_plan:
        terms = rehearsal_objective(season, out)
        objective = sum(terms.values())
        update |= {"terms": terms, "objective": objective}
        if objective != report.objective:
            update["status"] = SolveStatus.FEASIBLE
            update["gap"] = 1.0 if objective else 0.0
            notes.append("the calendar's overtime differs from the solver's")
    report = report.model_copy(update=update)
    return out.model_copy(update={"reports": {**out.reports, "rehearsals": report}})
