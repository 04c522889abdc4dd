"""The season's rehearsal calendar: a rolling horizon of small exact CP-SAT models.

Decomposition (``docs/rehearsals.md``): the needs of all productions of both houses are taken
in order of their deadline (the first show they prepare), in batches of at most
:data:`BATCH_CALLS` calls of one production; each batch is solved exactly by
:class:`~etoile.solvers.rehearsal.model.PartModel` around everything placed before it (rooms,
staff, dancers' days and weeks), then fixed. A call that cannot be placed is left out and
explained. The report's objective is the overtime of the whole calendar (minutes), its bound
is 0 (nothing can do better than no overtime): the calendar is called optimal only when it is
complete and has no overtime.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from etoile.domain import Rehearsal, SolveReport, SolveStatus
from etoile.problems.rehearsal import RehearsalProblem
from etoile.solvers.rehearsal.fixed import Fixed, Placement
from etoile.solvers.rehearsal.model import PartModel
from etoile.solvers.rehearsal.params import ProgressFn, RehearsalParams
from etoile.solvers.result import make_report

BATCH_CALLS = 40
"""Largest batch of calls solved at once (whole needs; a need is never split)."""


@dataclass
class CalendarResult:
    """The placed calls, the unplaced ones, and the honest report."""

    placements: list[Placement]
    unplaced: list[int]
    report: SolveReport
    batches: list[dict[str, float]] = field(default_factory=list)


def batches(problem: RehearsalProblem) -> list[list[int]]:
    """Calls in batches: needs by deadline, whole, at most :data:`BATCH_CALLS` of one
    production per batch."""
    by_need: dict[int, list[int]] = {}
    for call in problem.calls:
        by_need.setdefault(call.need, []).append(call.index)
    order = sorted(
        by_need, key=lambda k: (problem.needs[k].deadline, problem.needs[k].production, k)
    )
    out: list[list[int]] = []
    current: list[int] = []
    production = None
    for k in order:
        calls = by_need[k]
        same = production == problem.needs[k].production
        if current and (not same or len(current) + len(calls) > BATCH_CALLS):
            out.append(current)
            current = []
        current += calls
        production = problem.needs[k].production
    if current:
        out.append(current)
    return out


def solve_calendar(
    problem: RehearsalProblem,
    params: RehearsalParams | None = None,
    progress: ProgressFn | None = None,
) -> CalendarResult:
    """Place every call of ``problem`` (see the module notes)."""
    params = params or RehearsalParams()
    started = time.perf_counter()
    fixed = Fixed(problem)
    parts = batches(problem)
    total = max(1, len(problem.calls))
    unplaced: list[int] = []
    stats: list[dict[str, float]] = []
    proven = True
    missing_solution = False
    for i, calls in enumerate(parts):
        need = problem.needs[problem.calls[calls[0]].need]
        if progress is not None:
            progress(need.label.split(":")[0], i + 1, len(parts))
        budget = max(0.5, params.time_limit * len(calls) / total)
        part = PartModel(problem, calls, fixed, need.house).solve(params, budget)
        if part.code not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            missing_solution = True
        proven &= part.code == cp_model.OPTIMAL
        placed = {p.call for p in part.placements}
        for p in part.placements:
            fixed.add(p)
        unplaced += [c for c in calls if c not in placed]
        stats.append({"calls": len(calls), "seconds": part.seconds, **part.terms})
    placements = sorted(fixed.placements.values(), key=lambda p: (p.start, p.call))
    if params.order_calls:
        from etoile.solvers.rehearsal.order import order_days

        placements = order_days(problem, placements)
    overtime = sum(s.get("daily_overtime", 0) + s.get("weekly_overtime", 0) for s in stats)
    notes = [
        f"rolling horizon: {len(parts)} batches of at most {BATCH_CALLS} calls, "
        f"{len(placements)} of {len(problem.calls)} calls placed"
    ]
    if unplaced:
        minutes = sum(problem.calls[c].minutes for c in unplaced)
        notes.append(f"{len(unplaced)} call(s), {minutes / 60:g} h, could not be placed")
        status = SolveStatus.INFEASIBLE if not missing_solution else SolveStatus.TIMED_OUT
    elif proven and overtime == 0:
        status = SolveStatus.OPTIMAL
    else:
        status = SolveStatus.FEASIBLE
    report = make_report(
        "cp-sat",
        status,
        objective=float(overtime) if status.has_plan else None,
        bound=0.0,
        seconds=time.perf_counter() - started,
        terms={
            "daily_overtime": float(sum(s.get("daily_overtime", 0) for s in stats)),
            "weekly_overtime": float(sum(s.get("weekly_overtime", 0) for s in stats)),
        },
        seed=params.seed,
        workers=params.workers,
        notes=notes,
    )
    return CalendarResult(placements, unplaced, report, stats)


def to_rehearsals(problem: RehearsalProblem, placements: list[Placement]) -> list[Rehearsal]:
    """The placed calls as plan entries, in the local time of their house."""
    out = []
    for p in sorted(placements, key=lambda p: (p.start, p.call)):
        call = problem.calls[p.call]
        need = problem.needs[call.need]
        tz = problem.timezones[need.house]
        out.append(
            Rehearsal(
                id=f"{need.production}.{need.kind.value}.{call.need}.{call.seq + 1}",
                company=need.house,
                production=need.production,
                kind=need.kind,
                start=problem.clock.moment(tz, p.start),
                end=problem.clock.moment(tz, p.start + call.minutes),
                studio=problem.rooms[p.room].id,
                staff=[problem.staff[p.staff].id],
                dancers=[problem.dancers[d] for d in call.dancers],
                roles=list(need.roles),
            )
        )
    return out
