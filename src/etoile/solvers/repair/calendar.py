"""The calendar repair: the published rehearsal calendar changed as little as the new cast allows.

- data: the season and the plans before and after the casting repair, the events (``as_of``:
  what came before it is history), the solver settings;
- kept: every call the new plan needs that the published calendar has (same production, kind,
  dancers, roles and length) stays where it was, when it may still be there;
- wished: a call whose dancers changed takes the published slot of its nearest twin when every
  rule holds there (:mod:`.published`);
- placed: only the other calls, around those, by the rehearsal solver
  (:func:`~etoile.solvers.rehearsal.calendar.solve_calendar`: its variables, constraints and
  objective, the overtime); a production whose calls find no room has its published calls
  freed to move (:func:`_free_to_move`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from etoile.domain import AbsenceEvent, EventFile, Plan, Season, SolveReport
from etoile.problems.rehearsal import RehearsalProblem, compile_rehearsal
from etoile.problems.rehearsal_time import GRID
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.rehearsal.calendar import CalendarResult, solve_calendar
from etoile.solvers.rehearsal.entries import to_rehearsals
from etoile.solvers.rehearsal.explain import explain_unplaced
from etoile.solvers.rehearsal.fixed import Placement
from etoile.solvers.rehearsal.params import RehearsalParams
from etoile.solvers.repair.published import published_slots


def recalendar(
    season: Season,
    before: Plan,
    after: Plan,
    events: EventFile,
    params: CastingParams,
    short_before: frozenset[str] = frozenset(),
) -> tuple[Plan, SolveReport]:
    """``after`` with the calendar repaired: every call it still needs that the published
    calendar has (same production, kind, dancers, roles and length) stays where it was, and
    may still be there (its dancers free that day); a call whose dancers changed takes its
    nearest twin's published slot when every rule holds there; calls in the past stay as they
    were; only the other calls are placed, around those. A production whose calls still find
    no room has its published calls freed to move, unless it was short in the published plan
    already (``short_before``) and none of the calls left out is of a dancer the events or the
    new casting touched: its own trouble is not the repair's. Returns the plan and the stage's
    report."""
    problem = compile_rehearsal(season, after, events.as_of)
    if events.as_of is not None:
        problem = not_before(problem, problem.clock.minute(events.as_of))
    old_shows = {(a.dancer, a.performance) for a in before.casting}
    new_shows = {(a.dancer, a.performance) for a in after.casting}
    recast = {d for d, _ in old_shows ^ new_shows}
    keep, same, changed = published_slots(problem, before, events, recast)
    prefer = same + changed
    settings = RehearsalParams(
        time_limit=params.time_limit, workers=params.workers, seed=params.seed
    )
    busy = _history_busy(problem, before, events, keep)
    result = solve_calendar(problem, settings, keep=keep, prefer=prefer, busy=busy, earlier=False)
    moved: list[str] = []
    touched = recast | {e.dancer for e in events.events if isinstance(e, AbsenceEvent)}
    stuck = sorted(
        {
            problem.needs[problem.calls[c].need].production
            for c in result.unplaced
            if problem.needs[problem.calls[c].need].production not in short_before
            or touched.intersection(problem.dancers[d] for d in problem.calls[c].dancers)
        }
    )
    for production in stuck:
        found = _free_to_move(problem, settings, events, result, keep, prefer, production, busy)
        if found is not None:
            result, keep, prefer, scope = found
            moved.append(f"{scope} of {production}")
    # What happened before ``as_of`` is history: it stays as it was, under its id (the calls
    # kept from it stand for it); a new call that would take one of its ids gets another one.
    history = [c for c in before.rehearsals if events.frozen(c.start)]
    taken = {c.id for c in history}
    calls = []
    for call in to_rehearsals(problem, result.placements):
        if events.frozen(call.start):
            continue
        if call.id in taken:
            call = call.model_copy(update={"id": _fresh(call.id, taken)})
        taken.add(call.id)
        calls.append(call)
    calls += history
    placed = set(result.placements)
    # A past call may stand for the calls of each part of a group split since: count it once.
    stayed = len({(p.start, p.room) for p in keep}) + len(placed.intersection(same))
    joined = len(placed.intersection(changed))
    notes = [
        f"{stayed} of {len(before.rehearsals)} published calls kept in place, "
        f"{joined} more in place with their dancers changed; "
        f"{len(result.placements) - stayed - joined} placed anew"
        + (f"; published calls free to move: {', '.join(moved)}" if moved else ""),
        *result.report.notes[1:],
        *explain_unplaced(problem, result.unplaced),
    ]
    report = result.report.model_copy(update={"notes": notes})
    return after.model_copy(update={"rehearsals": calls}), report


def _history_busy(
    problem: RehearsalProblem, before: Plan, events: EventFile, keep: list[Placement]
) -> list[tuple[int, dt.date, int, int]]:
    """The times of the published calls before ``as_of`` that no kept call stands for, for
    each of their dancers the problem has: history the new calls' rules must count (a
    dancer's days in a row, their week's hours), as (dancer, local day, start, end)."""
    covered = {(d, p.start) for p in keep for d in problem.calls[p.call].dancers}
    index = {name: i for i, name in enumerate(problem.dancers)}
    busy = []
    for call in before.rehearsals:
        if not events.frozen(call.start):
            continue
        start, end = problem.clock.minute(call.start), problem.clock.minute(call.end)
        for name in call.dancers:
            d = index.get(name)
            if d is not None and (d, start) not in covered:
                busy.append((d, call.start.date(), start, end))
    return busy


def not_before(problem: RehearsalProblem, cutoff: int) -> RehearsalProblem:
    """``problem`` with the options of its calls narrowed to starts at or after axis minute
    ``cutoff`` (``as_of``: a new call cannot be placed in the past), on their grid."""
    calls = []
    for call in problem.calls:
        if all(o.lo >= cutoff for o in call.options):
            calls.append(call)  # all to come: nothing to narrow
            continue
        options = []
        for o in call.options:
            if o.hi < cutoff:
                continue
            if o.lo >= cutoff:
                options.append(o)
                continue
            lo = o.lo + -(-(cutoff - o.lo) // GRID) * GRID
            if lo <= o.hi:
                options.append(replace(o, lo=lo))
        calls.append(replace(call, options=tuple(options)))
    return replace(problem, calls=calls)


def _fresh(id_: str, taken: set[str]) -> str:
    """``id_`` with the first suffix ``.r1``, ``.r2`` ... not in ``taken``."""
    n = 1
    while f"{id_}.r{n}" in taken:
        n += 1
    return f"{id_}.r{n}"


def _free_to_move(
    problem: RehearsalProblem,
    settings: RehearsalParams,
    events: EventFile,
    result: CalendarResult,
    keep: list[Placement],
    prefer: list[Placement],
    production: str,
    busy: list[tuple[int, dt.date, int, int]],
) -> tuple[CalendarResult, list[Placement], list[Placement], str] | None:
    """Calls of ``production`` find no room around the published ones: the calendar again
    with its published calls free to move (more changes, a calendar that holds), first those
    of the dancers whose calls are left out ("some"), then all of them ("all"); the first
    that leaves none of its calls out, or else the one that places the most, if it places
    more than ``result``: (result, kept, wished, scope). Past calls never move."""
    own = {
        c
        for c, call in enumerate(problem.calls)
        if problem.needs[call.need].production == production
    }
    waiting = {d for c in result.unplaced if c in own for d in problem.calls[c].dancers}
    near = {c for c in own if waiting.intersection(problem.calls[c].dancers)}
    best = None
    for scope, free in (("some", near), ("all", own)):

        def stays(p: Placement, free: set[int] = free) -> bool:
            return p.call not in free or events.frozen(problem.clock.moment("UTC", p.start))

        kept, wished = [p for p in keep if stays(p)], [p for p in prefer if stays(p)]
        retry = solve_calendar(
            problem, settings, keep=kept, prefer=wished, busy=busy, earlier=False
        )
        if len(retry.unplaced) < len((best[0] if best else result).unplaced):
            best = (retry, kept, wished, scope)
        if best is not None and not own.intersection(best[0].unplaced):
            break
    return best
