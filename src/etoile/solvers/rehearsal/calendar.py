"""The season's rehearsal calendar: a rolling horizon of small exact CP-SAT models.

Decomposition (``docs/rehearsals.md``): the needs of all productions of both houses are taken
in order of their deadline (the first show they prepare), in batches of at most
:data:`BATCH_CALLS` calls of one production; each batch is solved exactly by
:class:`~etoile.solvers.rehearsal.model.PartModel` around everything placed before it (rooms,
staff, dancers' days and weeks), then fixed. A call that cannot be placed is left out and
explained. The report's objective is the overtime of the whole calendar (minutes), its bound
is 0 (nothing can do better than no overtime): the calendar is called optimal only when it is
complete and has no overtime.

The batches are placed here, first by the greedy placer; then a need still short has its
window opened earlier (at most :data:`EARLIER_WEEKS`, never before the rehearsal period) and a
group call with no time for the whole group is placed in parts (:mod:`.split`), neither in a
repair; CP-SAT's part (a batch solved again
exactly, the needs still short reopened at the end) is in :mod:`etoile.solvers.rehearsal.exact`,
and what a placed calendar comes to (its overtime, the plan's rehearsals) in
:mod:`etoile.solvers.rehearsal.entries`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from etoile.domain import RehearsalKind, SolveReport, SolveStatus
from etoile.problems.rehearsal import RehearsalProblem, open_earlier
from etoile.solvers.cpsat import WALL_FLOOR
from etoile.solvers.rehearsal.entries import overtime
from etoile.solvers.rehearsal.exact import (
    MIN_SECONDS,
    REOPEN_MOST,
    REOPEN_SHARE,
    reopen,
    solve_exact,
)
from etoile.solvers.rehearsal.fixed import Fixed, Placement
from etoile.solvers.rehearsal.greedy import Greedy
from etoile.solvers.rehearsal.params import ProgressFn, RehearsalParams
from etoile.solvers.rehearsal.split import split_short
from etoile.solvers.result import make_report

BATCH_CALLS = 40
"""Largest batch of calls solved at once (whole needs; a need is never split)."""

_RANK = {
    RehearsalKind.STAGE: 0,
    RehearsalKind.DRESS: 0,
    RehearsalKind.COMPANY: 1,
    RehearsalKind.COACHING: 1,
    RehearsalKind.LEARNING: 2,
}

WALL_PER_CALL = 0.1
"""Wall seconds the stage's safety cap allows each call beside its CP-SAT budget: the greedy
placer is not counted in deterministic time (it places a call in about 3 ms on the demo
season)."""


@dataclass
class CalendarResult:
    """The placed calls, the unplaced ones, and the honest report."""

    placements: list[Placement]
    unplaced: list[int]
    report: SolveReport
    batches: list[dict[str, float]] = field(default_factory=list)


def batches(problem: RehearsalProblem) -> list[list[int]]:
    """Calls in batches: the stage and dress rehearsals first, then company and coaching
    calls, then learning, each by deadline; needs whole, at most :data:`BATCH_CALLS` of one
    production and one house per batch."""
    by_need: dict[int, list[int]] = {}
    for call in problem.calls:
        by_need.setdefault(call.need, []).append(call.index)
    # Stage and dress calls first (the whole opening cast, one stage, one week), then company
    # and coaching calls (a few weeks), then learning (the widest windows), each by deadline.
    order = sorted(
        by_need,
        key=lambda k: (
            _RANK[problem.needs[k].kind],
            problem.needs[k].deadline,
            problem.needs[k].production,
            k,
        ),
    )
    out: list[list[int]] = []
    current: list[int] = []
    last: tuple[str, str] | None = None
    for k in order:
        calls = by_need[k]
        # One house a batch: a guest's preparation at home is a call of the host's
        # production in another house, and a part model is of one house.
        key = (problem.needs[k].production, problem.needs[k].house)
        if current and (key != last or len(current) + len(calls) > BATCH_CALLS):
            out.append(current)
            current = []
        current += calls
        last = key
    if current:
        out.append(current)
    return out


def solve_calendar(
    problem: RehearsalProblem,
    params: RehearsalParams | None = None,
    progress: ProgressFn | None = None,
    started: float | None = None,
    keep: list[Placement] | None = None,
    prefer: list[Placement] | None = None,
    busy: Sequence[tuple[int, dt.date, int, int]] = (),
    earlier: bool = True,
) -> CalendarResult:
    """Place every call of ``problem`` (see the module notes).

    ``params.time_limit`` is the deterministic budget of the CP-SAT models: each batch the
    greedy placer leaves incomplete gets a share of what the batches before it left, in
    proportion to its calls left out against the calls still to place, at least
    :data:`~etoile.solvers.rehearsal.exact.MIN_SECONDS` while the budget lasts, never more than
    what is left. The greedy placer always runs to the end: nothing depends on the wall clock,
    so the same problem, seed and workers give the same calendar on any machine. Only a
    wall-clock safety cap of ``max(WALL_FLOOR, wall_factor x time_limit) + WALL_PER_CALL x
    calls`` seconds from ``started`` leaves the last batches out, with a note, should the
    placer ever run away.

    Parameters
    ----------
    problem
        The rehearsal problem.
    params
        The solver's settings (defaults when None).
    progress
        Called with each batch's production (its title), the batch's number and the number
        of batches.
    started
        When the stage started, a :func:`time.perf_counter` reading (now when None).
    keep
        Placements decided before (a published calendar being repaired): they stay exactly
        where they are, and only the other calls are placed around them; the calls of a day
        are then not reordered.
    prefer
        Placements wished for (the published slot of a call whose dancers changed): each one
        that keeps every hard rule around the kept calls and the wishes before it is taken,
        and stays too; the others are placed as usual.
    busy
        (dancer, local day, start, end) times taken by calls outside the problem (a repair's
        history): every rule of the dancer's day and week counts them.
    earlier
        Whether a need whose calls do not fit its window may have it opened earlier
        (:data:`EARLIER_WEEKS`); a repair keeps its windows and takes a dancer the calendar
        cannot ready out of their first shows instead.
    """
    params = params or RehearsalParams()
    started = time.perf_counter() if started is None else started
    allowed = max(WALL_FLOOR, params.wall_factor * params.time_limit)
    cap = started + allowed + WALL_PER_CALL * len(problem.calls)
    fixed = Fixed(problem)
    for room, closed in problem.closed.items():
        tz = problem.timezones[problem.rooms[room].house]
        for day in sorted(closed):
            fixed.block_room(
                room, day, problem.clock.at(tz, day, 0), problem.clock.at(tz, day, 24 * 60)
            )
    for dancer, day, start, end in busy:
        fixed.block_dancer(dancer, day, start, end)
    greedy = Greedy(problem, fixed)
    for placement in keep or []:
        fixed.add(placement)
        greedy.pinned.add(placement.call)
    for placement in prefer or []:
        if placement.call not in greedy.pinned and greedy.fits(placement):
            fixed.add(placement)
            greedy.pinned.add(placement.call)
    parts = [
        [c for c in part if c not in greedy.pinned]
        for part in batches(problem)
        if any(c not in greedy.pinned for c in part)
    ]
    unplaced: list[int] = []
    stats: list[dict[str, float]] = []
    exact = 0
    missing_solution = False
    to_go = len(problem.calls) - len(greedy.pinned)
    skipped = 0
    spent = 0.0  # deterministic seconds of the CP-SAT models so far
    notes: list[str] = []
    for i, calls in enumerate(parts):
        need = problem.needs[problem.calls[calls[0]].need]
        if progress is not None:
            progress(need.label.split(":")[0], i + 1, len(parts))
        if time.perf_counter() >= cap:
            # The safety cap, never reached in normal use: the rest is left out (timed out).
            missing_solution = True
            skipped += 1
            unplaced += calls
            to_go -= len(calls)
            stats.append({"calls": len(calls), "left": len(calls), "seconds": 0.0})
            continue
        left = greedy.place(calls)
        left = _repair(problem, greedy, left)
        to_go -= len(calls)
        seconds = 0.0
        if left and params.exact:
            # What is left of the budget, shared by the calls still to place.
            remaining = params.time_limit - spent
            share = max(MIN_SECONDS, remaining * len(left) / max(1, to_go + len(left)))
            budget = min(remaining, share)
            if budget >= MIN_SECONDS / 2:
                exact += 1
                left, part = solve_exact(problem, calls, left, fixed, greedy, params, budget)
                missing_solution |= not part.status.has_plan
                seconds = part.deterministic_seconds
                spent += round(seconds, 3)
                notes += part.notes
            else:
                missing_solution = True
        unplaced += left
        stats.append({"calls": len(calls), "left": len(left), "seconds": seconds})
    # A last repair pass: the calls placed by later batches may now be moved out of the way.
    order = sorted(unplaced, key=lambda c: (problem.needs[problem.calls[c].need].deadline, c))
    unplaced = _repair(problem, greedy, order)
    replaced: set[int] = set()
    if unplaced and earlier and time.perf_counter() < cap:
        unplaced, opened = _open_earlier(problem, greedy, unplaced)
        if opened:
            notes.append(
                f"{len(opened)} need(s) whose calls did not fit their window opened earlier: "
                + "; ".join(opened)
            )
        unplaced, split, replaced = split_short(problem, greedy, unplaced)
        if split:
            notes.append(
                f"{len(split)} group call(s) with no time for the whole group placed in parts: "
                + "; ".join(split)
            )
    if unplaced and params.exact and not greedy.pinned and time.perf_counter() < cap:
        share = min(params.time_limit - spent, REOPEN_SHARE * params.time_limit, REOPEN_MOST)
        unplaced, more = reopen(problem, unplaced, fixed, greedy, params, share)
        spent += more
        exact += more > 0
    placements = sorted(fixed.placements.values(), key=lambda p: (p.start, p.call))
    if params.order_calls and not greedy.pinned:
        from etoile.solvers.rehearsal.order import order_days

        placements = order_days(problem, placements)
    daily, weekly = overtime(problem, placements)
    notes.insert(
        0,
        f"rolling horizon: {len(parts)} batches of at most {BATCH_CALLS} calls, placed "
        f"first by the greedy placer, {exact} finished by CP-SAT; "
        f"{len(placements)} of {len(problem.calls) - len(replaced)} calls placed",
    )
    if skipped:
        notes.append(
            f"the wall-clock safety cap ({cap - started:g} s) ran out before {skipped} "
            "batch(es): their calls are left out, and another run may differ"
        )
    if unplaced:
        minutes = sum(problem.calls[c].minutes for c in unplaced)
        notes.append(f"{len(unplaced)} call(s), {minutes / 60:g} h, could not be placed")
        status = SolveStatus.INFEASIBLE if not missing_solution else SolveStatus.TIMED_OUT
    elif daily + weekly == 0:
        status = SolveStatus.OPTIMAL
    else:
        status = SolveStatus.FEASIBLE
    report = make_report(
        "greedy + cp-sat",
        status,
        objective=float(daily + weekly) if status.has_plan else None,
        bound=0.0,
        seconds=time.perf_counter() - started,
        deterministic_seconds=spent,
        terms={"daily_overtime": float(daily), "weekly_overtime": float(weekly)},
        seed=params.seed,
        workers=params.workers,
        notes=notes,
    )
    return CalendarResult(placements, unplaced, report, stats)


EARLIER_WEEKS = 8
"""Most weeks the calendar opens a need's window earlier when its calls do not fit in it
(a week at a time; never before the house's rehearsal period or a guest's arrival): a
ballet master starts a cast's coaching or a debutant's learning sooner rather than leave
them short at the opening (``docs/rehearsals.md``, "Windows opened earlier"). At 4, the
demo's seed-2 plan kept a company group of The Sleeping Beauty 1.3 h short (28 errors); at 8
its window opened from 15 Dec instead of 12 Jan and every call was placed."""


def _open_earlier(
    problem: RehearsalProblem, greedy: Greedy, unplaced: list[int]
) -> tuple[list[int], list[str]]:
    """Each need still short, its window opened a week earlier at a time (at most
    :data:`EARLIER_WEEKS`), its calls left out placed by the greedy placer (at their earliest
    option: in the week just opened, or by moving a placed call) until they all fit. Returns
    the calls still unplaced, and a line for each need opened earlier (its label and new
    first day)."""
    left = list(unplaced)
    opened = []
    for k in sorted(
        {problem.calls[c].need for c in unplaced}, key=lambda k: (problem.needs[k].deadline, k)
    ):
        need = problem.needs[k]
        if need.earliest is None or any(c in greedy.pinned for c in _calls_of(problem, k)):
            continue
        first = need.first_day
        for weeks in range(1, EARLIER_WEEKS + 1):
            short = [c for c in left if problem.calls[c].need == k]
            day = max(need.earliest, need.first_day - dt.timedelta(weeks=weeks))
            if not short or day >= problem.needs[k].first_day:
                break
            open_earlier(problem, k, day)
            first = day
            still = set(_repair(problem, greedy, greedy.place(short)))
            left = [c for c in left if c not in short or c in still]
        if first < need.first_day:
            opened.append(f"{need.label} from {first:%d %b} (was {need.first_day:%d %b})")
    if opened:
        # The calls moved earlier may leave room for the others still out (a stage call in
        # the opening week), and the calls in their way may now move to the days opened.
        left = _repair(problem, greedy, left)
    return left, opened


def _calls_of(problem: RehearsalProblem, k: int) -> list[int]:
    return [c.index for c in problem.calls if c.need == k]


def _repair(problem: RehearsalProblem, greedy: Greedy, calls: list[int]) -> list[int]:
    """``calls`` less those :meth:`Greedy.repair` places, in order; once a call of a need
    cannot be placed, the later calls of that need (same dancers, same window) are not tried
    again."""
    left = []
    failed: set[int] = set()
    for c in calls:
        need = problem.calls[c].need
        if need in failed or not greedy.repair(c):
            failed.add(need)
            left.append(c)
    return left
