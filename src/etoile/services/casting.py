"""The casting use case, shared by the CLI and (later) the API: cast a season into a plan."""

from __future__ import annotations

import time

from etoile.domain import Plan, Season, SolveReport, SolveStatus
from etoile.problems.casting import compile_casting
from etoile.solvers.casting.explain import SlotExplanation, explain, precheck
from etoile.solvers.casting.model import solve_casting
from etoile.solvers.casting.params import CastingParams, ProgressFn
from etoile.solvers.casting.plan import from_assignments, to_assignments
from etoile.solvers.result import make_report
from etoile.validate.casting import casting_objective

__all__ = ["CastingParams", "cast_season", "explain_casting"]


def cast_season(
    season: Season,
    plan: Plan | None = None,
    params: CastingParams | None = None,
    progress: ProgressFn | None = None,
) -> Plan:
    """Cast every role of every performance of ``season``.

    The plan's exchange says who is a guest where and when; its casting, if any, is the
    starting point of the search. The returned plan carries the new casting and
    ``reports["casting"]``; when the season cannot be cast, the casting is left as it was and
    the report's notes explain each unfillable slot in a ballet master's words.

    ``params.time_limit`` is the search's *deterministic* budget (CP-SAT's count of work,
    :mod:`etoile.solvers.cpsat`): the same season, plan, seed and workers give the same plan on
    an idle or a loaded machine. Compiling and the greedy start are not counted; the report
    gives the wall seconds of the whole call and the deterministic seconds of the search apart.
    Only the explanation of an infeasible season may add up to half the budget more. The
    report's objective and terms are recomputed from the plan by the independent
    :func:`etoile.validate.casting.casting_objective`.

    Parameters
    ----------
    season
        What to cast.
    plan
        Its exchange and starting casting (None: no exchange, no start).
    params
        The solver's settings (default :class:`CastingParams`).
    progress
        Told of each better cast the search finds.
    """
    started = time.perf_counter()
    params = params or CastingParams()
    base = plan or Plan(season=season.id)
    problem = compile_casting(season, base)
    unfillable = precheck(problem)
    if unfillable:
        report = make_report(
            "cp-sat",
            SolveStatus.INFEASIBLE,
            objective=None,
            bound=None,
            seconds=0.0,
            seed=params.seed,
            workers=params.workers,
            notes=["pre-check: some roles have too few eligible dancers", *_texts(unfillable)],
        )
        return _with_report(base, report)
    hint = from_assignments(problem, base) if base.casting else None
    result = solve_casting(problem, season.casting_weights, params, progress, hint)
    report = result.report.model_copy(update={"seconds": round(time.perf_counter() - started, 3)})
    if report.status is SolveStatus.INFEASIBLE:
        found = explain(season, base, problem, time_limit=max(5.0, params.time_limit / 2))
        report = report.model_copy(update={"notes": [*report.notes, *_texts(found)]})
    if not report.status.has_plan:
        return _with_report(base, report)
    cast = to_assignments(problem, result.cast, base, season.id)
    return _with_report(cast, _recomputed(report, casting_objective(season, cast)))


def _recomputed(report: SolveReport, terms: dict[str, float]) -> SolveReport:
    """``report`` with the plan's own objective (a partial solve's helper variables may
    overstate it); the bound stays the solver's, a true lower bound, and the gap follows."""
    objective = sum(terms.values())
    update: dict[str, object] = {"objective": objective, "terms": terms}
    if report.status is SolveStatus.OPTIMAL and objective != report.objective:
        # Cannot happen when the model and the checker agree; never claim an unproved optimum.
        update["status"] = SolveStatus.FEASIBLE
        update["notes"] = [*report.notes, "the plan's objective differs from the solver's"]
    if update.get("status", report.status) is not SolveStatus.OPTIMAL and report.bound is not None:
        update["gap"] = SolveReport.relative_gap(objective, report.bound)
    return report.model_copy(update=update)


def explain_casting(season: Season, plan: Plan | None = None) -> list[SlotExplanation]:
    """Every slot that cannot be filled, with who could dance it and why each one cannot.

    Parameters
    ----------
    season
        The season to explain.
    plan
        Its exchange, which makes guests candidates; None for none.
    """
    return explain(season, plan)


def _texts(found: list[SlotExplanation]) -> list[str]:
    return [e.text() for e in found]


def _with_report(plan: Plan, report: object) -> Plan:
    return plan.model_copy(update={"reports": {**plan.reports, "casting": report}})
