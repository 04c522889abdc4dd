"""Use case: re-plan after events (an injury, a withdrawal, a show cancelled or added).

1. The events are applied to the season (an absence joins the dancer's absences; a show is
   removed or added) and to the plan (stays not begun by a withdrawn dancer are cancelled; a
   cancelled show's cast is released).
2. The casting is repaired with the fewest changed places, then people, then the casting goals
   (:mod:`etoile.solvers.repair`); shows before ``as_of`` never change.
3. The rehearsal calendar is repaired: the calls the new plan needs are compiled again, every
   one the published calendar already has (same production, kind, dancers, roles, length, and
   still possible then) stays where it is, and only the others are placed around them
   (:func:`recalendar`).
4. The forecast is drawn again, the plan checked by the validator, and the changes listed per
   person (:func:`etoile.report.changes.diff_plans`); optionally, each vacated place's
   candidates are ranked with what choosing them would cost (:mod:`.replan_options`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from etoile.domain import (
    AbsenceEvent,
    EventFile,
    PerformanceAdded,
    PerformanceCancelled,
    Plan,
    Rehearsal,
    Season,
    SolveReport,
    StudioUnavailable,
    VenueUnavailable,
    WithdrawalEvent,
)
from etoile.forecast import DEFAULT_PARAMS, run_forecast
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.problems.rehearsal import compile_rehearsal
from etoile.report.changes import PlanDiff, diff_plans
from etoile.seasonfile.errors import InputError, Problem
from etoile.services.replan_options import ReplacementOption, replacement_options
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.plan import from_assignments, to_assignments
from etoile.solvers.rehearsal.calendar import solve_calendar, to_rehearsals
from etoile.solvers.rehearsal.explain import explain_unplaced
from etoile.solvers.rehearsal.fixed import Placement
from etoile.solvers.rehearsal.params import RehearsalParams
from etoile.solvers.repair import CastRepair, repair_cast
from etoile.validate import Severity, Violation, validate


@dataclass
class Replan:
    """The new season and plan, what changed, and whether the minimum was proven."""

    season: Season
    plan: Plan
    diff: PlanDiff
    repair: CastRepair
    violations: list[Violation]
    notes: list[str] = field(default_factory=list)
    options: list[ReplacementOption] = field(default_factory=list)
    """For each vacated place, the candidates ranked with their costs."""

    @property
    def errors(self) -> list[Violation]:
        """The violations that break a hard rule."""
        return [v for v in self.violations if v.severity is Severity.ERROR]


def check_events(season: Season, plan: Plan, events: EventFile, file: str) -> None:
    """Raise an InputError naming each event that does not fit the season or the plan."""
    problems = []
    if events.season != season.id:
        problems.append(Problem(file, "season", f"expected {season.id!r}", events.season))
    for i, event in enumerate(events.events):
        where = f"events[{i}]"
        if isinstance(event, AbsenceEvent | WithdrawalEvent) and event.dancer not in season.dancers:
            problems.append(Problem(file, f"{where}.dancer", "no such dancer", event.dancer))
        if isinstance(event, WithdrawalEvent) and not any(
            m.dancer == event.dancer for m in plan.exchange
        ):
            problems.append(
                Problem(file, f"{where}.dancer", "has no stay in the plan", event.dancer)
            )
        if isinstance(event, PerformanceCancelled) and event.performance not in season.performances:
            problems.append(
                Problem(file, f"{where}.performance", "no such performance", event.performance)
            )
        if isinstance(event, StudioUnavailable) and event.studio not in season.studios:
            problems.append(Problem(file, f"{where}.studio", "no such studio", event.studio))
        if isinstance(event, VenueUnavailable) and event.venue not in season.venues:
            problems.append(Problem(file, f"{where}.venue", "no such venue", event.venue))
        if isinstance(event, PerformanceAdded):
            if event.company not in season.company:
                problems.append(Problem(file, f"{where}.company", "no such company", event.company))
            if event.performance.id in season.performances:
                problems.append(
                    Problem(file, f"{where}.performance.id", "already exists", event.performance.id)
                )
    if problems:
        raise InputError(problems)


def apply_events(season: Season, plan: Plan, events: EventFile) -> tuple[Season, Plan]:
    """The season and plan as the events leave them, before any repair."""
    data: dict[str, Any] = season.model_dump(mode="json", by_alias=True)
    companies = {c["id"]: c for c in data["companies"]}
    dancers = {d["id"]: d for c in data["companies"] for d in c["dancers"]}
    exchange = list(plan.exchange)
    cancelled: set[str] = set()
    for event in events.events:
        if isinstance(event, AbsenceEvent):
            absence = {"start": event.start.isoformat(), "end": event.end.isoformat()}
            absence |= {"reason": event.reason.value, "note": event.note}
            dancers[event.dancer].setdefault("absences", []).append(absence)
        elif isinstance(event, WithdrawalEvent):
            exchange = [
                m
                for m in exchange
                if m.dancer != event.dancer
                or (events.as_of is not None and m.depart < events.as_of.date())
            ]
        elif isinstance(event, PerformanceCancelled):
            cancelled.add(event.performance)
            for c in data["companies"]:
                c["performances"] = [p for p in c["performances"] if p["id"] != event.performance]
        elif isinstance(event, StudioUnavailable | VenueUnavailable):
            closed = {"start": event.start.isoformat(), "end": event.end.isoformat()}
            where = "studios" if isinstance(event, StudioUnavailable) else "venues"
            place = event.studio if isinstance(event, StudioUnavailable) else event.venue
            for c in data["companies"]:
                for room in c[where]:
                    if room["id"] == place:
                        room.setdefault("closed", []).append(closed)
            if isinstance(event, VenueUnavailable):  # no show in a closed theatre
                for c in data["companies"]:
                    gone = [
                        p["id"]
                        for p in c["performances"]
                        if p["venue"] == event.venue
                        and event.contains(dt.datetime.fromisoformat(p["start"]).date())
                    ]
                    cancelled.update(gone)
                    c["performances"] = [p for p in c["performances"] if p["id"] not in gone]
        else:
            show = event.performance.model_dump(mode="json", by_alias=True)
            companies[event.company]["performances"].append(show)
    new_season = Season.model_validate(data)
    new_plan = plan.model_copy(
        update={
            "exchange": exchange,
            "casting": [a for a in plan.casting if a.performance not in cancelled],
        }
    )
    return new_season, new_plan


def replan(
    season: Season,
    plan: Plan,
    events: EventFile,
    params: CastingParams | None = None,
    draws: int = 2000,
    options: int = 0,
) -> Replan:
    """Apply ``events`` and repair ``plan`` with the fewest changes (module notes); with
    ``options``, that many candidates of each vacated place are costed and ranked."""
    params = params or CastingParams(time_limit=10.0)
    new_season, base = apply_events(season, plan, events)
    problem = compile_casting(new_season, base)
    old = from_assignments(problem, base)
    frozen = {
        k for k, slot in enumerate(problem.slots) if _past(events, problem.shows[slot.show].start)
    }
    notes: list[str] = []
    avoid = _unready(new_season, base, problem)
    repair = repair_cast(problem, new_season.casting_weights, old, frozen, params, avoid=avoid)
    ranked: list[ReplacementOption] = []
    whole = repair.applied_to(old)
    casting = to_assignments(problem, whole, base, new_season.id)
    notes += repair.notes
    if options:
        ranked = replacement_options(new_season, base, problem, old, frozen, whole, params, options)
    new_plan, calendar = recalendar(new_season, base, casting, events, params)
    reports = dict(plan.reports)
    reports["rehearsals"] = calendar
    reports["repair"] = repair.report
    forecast = run_forecast(new_season, new_plan, DEFAULT_PARAMS, draws, params.seed).forecast
    new_plan = new_plan.model_copy(update={"reports": reports, "forecast": forecast})
    diff = diff_plans(new_season, plan, new_plan, before=season)
    violations = validate(new_season, new_plan)
    return Replan(new_season, new_plan, diff, repair, violations, notes, ranked)


def _unready(season: Season, plan: Plan, problem: CastingProblem) -> frozenset[tuple[int, int]]:
    """(place, dancer) pairs a repair should avoid: the dancer would need calls the published
    calendar does not have. Either they do not know the role and do not dance it yet in the
    run (learning calls to add), or their calls that day exceed their house's show-day limit."""
    minutes: dict[tuple[str, dt.date], int] = defaultdict(int)
    for call in plan.rehearsals:
        for who in call.dancers:
            minutes[who, call.start.date()] += int((call.end - call.start).total_seconds() // 60)
    held = {(a.performance, a.dancer) for a in plan.casting}
    dancing = {(a.role, a.dancer) for a in plan.casting}
    found: set[tuple[int, int]] = set()
    for k, slot in enumerate(problem.slots):
        show = problem.shows[slot.show]
        role = problem.roles[slot.role]
        for d in slot.candidates:
            dancer = problem.dancers[d]
            if (show.id, dancer.id) in held:
                continue
            if slot.role not in dancer.known and (role.id, dancer.id) not in dancing:
                found.add((k, d))
                continue
            used = minutes.get((dancer.id, show.day), 0)
            limit = season.company[dancer.company].labor.max_rehearsal_minutes_on_show_day
            if used > limit:
                found.add((k, d))
    return frozenset(found)


def _past(events: EventFile, start_minutes: int) -> bool:
    """Whether a show (minutes since the epoch, UTC) is before ``as_of``."""
    return events.frozen(dt.datetime.fromtimestamp(60 * start_minutes, tz=dt.UTC))


def recalendar(
    season: Season, before: Plan, after: Plan, events: EventFile, params: CastingParams
) -> tuple[Plan, SolveReport]:
    """``after`` with the calendar repaired: every call it still needs that the published
    calendar has (same production, kind, dancers, roles and length) stays where it was, and
    may still be there (its dancers free that day); calls in the past stay as they were; only
    the other calls are placed, around the kept ones. Returns the plan and the stage's report.
    """
    problem = compile_rehearsal(season, after)
    rooms = {room.id: i for i, room in enumerate(problem.rooms)}
    leaders = {leader.id: i for i, leader in enumerate(problem.staff)}
    published: dict[tuple[object, ...], list[Rehearsal]] = defaultdict(list)
    for r in sorted(before.rehearsals, key=lambda r: (r.start, r.id)):
        length = int((r.end - r.start).total_seconds() // 60)
        published[
            r.production, r.kind, tuple(sorted(r.dancers)), tuple(sorted(r.roles)), length
        ].append(r)
    keep: list[Placement] = []
    used: set[str] = set()
    for c, wanted in enumerate(problem.calls):
        need = problem.needs[wanted.need]
        dancers = tuple(sorted(problem.dancers[d] for d in wanted.dancers))
        key = (need.production, need.kind, dancers, tuple(sorted(need.roles)), wanted.minutes)
        for old in published.get(key, []):
            if old.id in used or old.studio not in rooms or not old.staff:
                continue
            start = problem.clock.minute(old.start)
            day = old.start.astimezone(ZoneInfo(problem.timezones[need.house])).date()
            fits = events.frozen(old.start) or (
                day not in problem.closed.get(rooms[old.studio], frozenset())
                and any(o.day == day and o.lo <= start <= o.hi for o in wanted.options)
            )
            if (
                fits
                and rooms[old.studio] in wanted.rooms
                and leaders.get(old.staff[0], -1) in wanted.staff
            ):
                keep.append(Placement(c, day, start, rooms[old.studio], leaders[old.staff[0]]))
                used.add(old.id)
                break
    settings = RehearsalParams(
        time_limit=params.time_limit, workers=params.workers, seed=params.seed
    )
    result = solve_calendar(problem, settings, keep=keep)
    moved: list[str] = []
    stuck = sorted({problem.needs[problem.calls[c].need].production for c in result.unplaced})
    for production in stuck:
        # Calls of this production find no room around the published ones: let its published
        # calls move too (more changes, a calendar that holds), when that places more.
        freed = [
            p
            for p in keep
            if problem.needs[problem.calls[p.call].need].production == production
            and not events.frozen(problem.clock.moment("UTC", p.start))
        ]
        retry = solve_calendar(problem, settings, keep=[p for p in keep if p not in freed])
        if len(retry.unplaced) < len(result.unplaced):
            keep = [p for p in keep if p not in freed]
            result = retry
            moved.append(production)
    calls = to_rehearsals(problem, result.placements)
    # What happened before ``as_of`` and is no longer needed is history: it stays.
    calls += [c for c in before.rehearsals if events.frozen(c.start) and c.id not in used]
    notes = [
        f"{len(keep)} of {len(before.rehearsals)} published calls kept in place; "
        f"{len(result.placements) - len(keep)} placed anew"
        + (f"; the published calls of {', '.join(moved)} were free to move" if moved else ""),
        *result.report.notes[1:],
        *explain_unplaced(problem, result.unplaced),
    ]
    report = result.report.model_copy(update={"notes": notes})
    return after.model_copy(update={"rehearsals": calls}), report
