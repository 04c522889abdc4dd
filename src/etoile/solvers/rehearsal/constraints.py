"""Hard rules of rooms, staff and calls, one function per family (dancers: :mod:`.labor`)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from itertools import pairwise

from ortools.sat.python import cp_model

from etoile.domain import RehearsalKind
from etoile.problems.rehearsal import RehearsalProblem
from etoile.problems.rehearsal_time import monday
from etoile.solvers.rehearsal.fixed import Fixed
from etoile.solvers.rehearsal.variables import Variables

Constraint = Callable[[cp_model.CpModel, RehearsalProblem, Variables, Fixed], None]


def _fixed_intervals(
    model: cp_model.CpModel, spans: list[tuple[int, int]], lo: int, hi: int
) -> list[cp_model.IntervalVar]:
    return [
        model.new_fixed_size_interval_var(a, b - a, "fixed") for a, b in spans if b > lo and a < hi
    ]


def _horizon(problem: RehearsalProblem, v: Variables) -> tuple[int, int]:
    opts = [o for c in v.calls for o in problem.calls[c].options]
    if not opts:
        return 0, 0
    return min(o.lo for o in opts), max(o.hi for o in opts) + 24 * 60


def one_call_per_room(
    model: cp_model.CpModel, problem: RehearsalProblem, v: Variables, fixed: Fixed
) -> None:
    """A studio (or stage) holds one call at a time; the studio is big enough by construction."""
    lo, hi = _horizon(problem, v)
    by_room: dict[int, list[cp_model.IntervalVar]] = defaultdict(list)
    for cv in v.calls.values():
        for r, iv in cv.room_interval.items():
            by_room[r].append(iv)
    for r, ivs in by_room.items():
        model.add_no_overlap(ivs + _fixed_intervals(model, fixed.room.get(r, []), lo, hi))


def one_call_per_leader(
    model: cp_model.CpModel, problem: RehearsalProblem, v: Variables, fixed: Fixed
) -> None:
    """A ballet master leads one call at a time, on days they work, within their weekly hours."""
    lo, hi = _horizon(problem, v)
    by_staff: dict[int, list[cp_model.IntervalVar]] = defaultdict(list)
    week_load: dict[
        tuple[int, dt.date], list[tuple[int, cp_model.IntVar, list[cp_model.IntVar]]]
    ] = defaultdict(list)
    for c, cv in v.calls.items():
        call = problem.calls[c]
        weeks: dict[dt.date, list[cp_model.IntVar]] = defaultdict(list)
        for k, o in enumerate(call.options):
            weeks[monday(o.day)].append(cv.option[k])
        for s, lit in cv.staff.items():
            by_staff[s].append(cv.staff_interval[s])
            off = problem.staff[s].unavailable
            for k, o in enumerate(call.options):
                if o.day in off:
                    model.add_bool_or([cv.option[k].Not(), lit.Not()])
            for week, ys in weeks.items():
                week_load[s, week].append((call.minutes, lit, ys))
    for s, ivs in by_staff.items():
        model.add_no_overlap(ivs + _fixed_intervals(model, fixed.staff.get(s, []), lo, hi))
    for (s, week), items in week_load.items():
        cap = problem.staff[s].weekly_minutes - fixed.staff_week.get((s, week), 0)
        if sum(m for m, _, _ in items) <= cap:
            continue
        terms = []
        for minutes, lit, ys in items:
            both = model.new_bool_var("staff_week")
            model.add(both >= lit + sum(ys) - 1)
            terms.append(minutes * both)
        model.add(sum(terms) <= max(0, cap))


def one_call_per_dancer(
    model: cp_model.CpModel, problem: RehearsalProblem, v: Variables, fixed: Fixed
) -> None:
    """A dancer is in one call at a time (shows are kept clear by the options)."""
    lo, hi = _horizon(problem, v)
    by_dancer: dict[int, list[cp_model.IntervalVar]] = defaultdict(list)
    for c, cv in v.calls.items():
        for d in problem.calls[c].dancers:
            by_dancer[d].append(cv.interval)
    for d, ivs in by_dancer.items():
        spans = _fixed_intervals(model, fixed.dancer.get(d, []), lo, hi)
        if len(ivs) + len(spans) > 1:
            model.add_no_overlap(ivs + spans)


def calls_in_order(
    model: cp_model.CpModel, problem: RehearsalProblem, v: Variables, fixed: Fixed
) -> None:
    """The calls of one need are placed in order (no symmetric orders), earlier ones first;
    stage rehearsals come before the dress rehearsal."""
    by_need: dict[int, list[int]] = defaultdict(list)
    for c in sorted(v.calls):
        by_need[problem.calls[c].need].append(c)
    for calls in by_need.values():
        for a, b in pairwise(calls):
            va, vb = v.calls[a], v.calls[b]
            model.add_implication(vb.placed, va.placed)
            model.add(vb.start >= va.start + problem.calls[a].minutes).only_enforce_if(vb.placed)
    stage: dict[str, list[int]] = defaultdict(list)
    dress: dict[str, list[int]] = defaultdict(list)
    for c in v.calls:
        need = problem.needs[problem.calls[c].need]
        if need.kind is RehearsalKind.STAGE:
            stage[need.production].append(c)
        elif need.kind is RehearsalKind.DRESS:
            dress[need.production].append(c)
    for production, dresses in dress.items():
        for a in stage.get(production, []):
            for b in dresses:
                va, vb = v.calls[a], v.calls[b]
                model.add(vb.start >= va.start + problem.calls[a].minutes).only_enforce_if(
                    [va.placed, vb.placed]
                )


CONSTRAINTS: list[Constraint] = [
    one_call_per_room,
    one_call_per_leader,
    one_call_per_dancer,
    calls_in_order,
]
