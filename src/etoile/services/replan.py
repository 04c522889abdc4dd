"""Use case: re-plan after events (an injury, a withdrawal, a show cancelled or added).

1. The events are applied to the season (an absence joins the dancer's absences; a show is
   removed or added) and to the plan (stays not begun by a withdrawn dancer are cancelled; a
   cancelled show's cast is released).
2. The casting is repaired with the fewest changed places, then people, then the casting goals
   (:mod:`etoile.solvers.repair`); shows before ``as_of`` never change.
3. The rehearsal calendar is repaired: the calls the new plan needs are compiled again, every
   one the published calendar already has (same production, kind, dancers, roles, length, and
   still possible then) stays where it is, a call whose dancers changed takes the published
   slot of its nearest twin when every rule holds there, and only the others are placed
   around them (:func:`recalendar`). A dancer the new calendar leaves short of hours before
   their first show (and the published one did not) is taken out of the production's first
   shows, and steps 2 and 3 run again (at most :data:`READY_ROUNDS` times).
4. The forecast is drawn again, the plan checked by the validator, and the changes listed per
   person (:func:`etoile.report.changes.diff_plans`); optionally, each vacated place's
   candidates are ranked with what choosing them would cost (:mod:`.replan_options`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any
from zoneinfo import ZoneInfo

from etoile.domain import (
    AbsenceEvent,
    EventFile,
    PerformanceAdded,
    PerformanceCancelled,
    Plan,
    Rehearsal,
    RehearsalKind,
    Season,
    SolveReport,
    SolveStatus,
    StudioUnavailable,
    VenueUnavailable,
    WithdrawalEvent,
)
from etoile.forecast import DEFAULT_PARAMS, run_forecast
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.problems.casting_data import ShowData
from etoile.problems.casting_load import role_minutes
from etoile.problems.rehearsal import RehearsalProblem, compile_rehearsal
from etoile.problems.rehearsal_time import GRID
from etoile.report.changes import PlanDiff, diff_plans
from etoile.seasonfile.errors import InputError, Problem
from etoile.services.replan_options import ReplacementOption, replacement_options
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.plan import from_assignments, to_assignments
from etoile.solvers.rehearsal.calendar import CalendarResult, solve_calendar, to_rehearsals
from etoile.solvers.rehearsal.explain import explain_unplaced
from etoile.solvers.rehearsal.fixed import Placement
from etoile.solvers.rehearsal.params import RehearsalParams
from etoile.solvers.repair import CastRepair, repair_cast
from etoile.solvers.result import make_report
from etoile.validate import Severity, Violation, validate
from etoile.validate.rehearsal import HOURS_SHORT, readiness


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


READY_ROUNDS = 3
"""At most this many times a repair is taken again with the dancers the calendar cannot ready
left out of their first shows (module notes, step 3)."""


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
    compiled = compile_casting(new_season, base)
    old = from_assignments(compiled, base)
    frozen = {
        k for k, slot in enumerate(compiled.slots) if _past(events, compiled.shows[slot.show].start)
    }
    avoid = _unready(new_season, base, compiled, events.as_of)
    # Readiness the published plan already lacked is not the repair's to mend.
    published_short = {(v.rule, v.entities) for v in readiness(season, plan)}
    short_before = frozenset(entities[0] for _, entities in published_short)
    barred: set[tuple[int, int]] = set()
    seen: set[tuple[str, ...]] = set()  # readiness already short in an earlier round
    casting_s = calendar_s = 0.0
    casting_work = calendar_work = 0.0  # deterministic seconds, summed like the wall's
    notes: list[str] = []
    bound: float | None = None
    for round_ in range(READY_ROUNDS + 1):
        problem = _without(compiled, barred)
        repair = repair_cast(problem, new_season.casting_weights, old, frozen, params, avoid=avoid)
        if round_ == 0 and repair.proven:
            bound = float(repair.changes)  # no repair that also readies everyone does better
        whole = repair.applied_to(old)
        casting = to_assignments(problem, whole, base, new_season.id)
        new_plan, calendar = recalendar(new_season, base, casting, events, params, short_before)
        casting_s += repair.report.seconds
        calendar_s += calendar.seconds
        casting_work += repair.report.deterministic_seconds or 0.0
        calendar_work += calendar.deterministic_seconds or 0.0
        short = [
            v
            for v in readiness(new_season, new_plan)
            if v.rule == HOURS_SHORT
            and (v.rule, v.entities) not in published_short
            and v.entities[0] not in repair.unready  # forced: nobody ready could take them
        ]
        unready = _not_ready(problem, new_season, plan, new_plan, short, frozen, seen)
        seen |= {v.entities for v in short}
        more = {pair for pairs in unready.values() for pair in pairs} - barred
        if not short or not more or round_ == READY_ROUNDS:
            break
        notes += [
            f"{v.message}: not ready in time; taken out of {len(pairs - barred)} more "
            "place(s) of the production's first shows"
            for v, pairs in unready.items()
            if pairs - barred
        ]
        barred |= more
    notes += [
        f"{new_season.productions[p].item.title}: no dancer the calendar can have ready in "
        "time can take its broken places; they go to dancers who will be short of rehearsal "
        "hours (the errors below say how short): a ballet master's call"
        for p in repair.unready
    ]
    notes += repair.notes
    ranked: list[ReplacementOption] = []
    if options:
        ranked = replacement_options(new_season, base, problem, old, frozen, whole, params, options)
    reports = dict(plan.reports)
    reports["rehearsals"] = calendar.model_copy(
        update={"seconds": calendar_s, "deterministic_seconds": round(calendar_work, 3)}
    )
    repair.report = repair.report.model_copy(
        update={"seconds": casting_s, "deterministic_seconds": round(casting_work, 3)}
    )
    if barred:
        # The dancers left out were chosen by rule, not by the solver: the first round's proven
        # minimum bounds every repair that readies everyone; reached, it is proven too.
        repair.proven = bound == repair.changes
        repair.report = make_report(
            repair.report.solver,
            SolveStatus.OPTIMAL if repair.proven else SolveStatus.FEASIBLE,
            objective=repair.report.objective,
            bound=0.0 if bound is None else bound,
            seconds=casting_s,
            deterministic_seconds=casting_work,
            terms=repair.report.terms,
            seed=params.seed,
            workers=params.workers,
            notes=repair.report.notes,
        )
    reports["repair"] = repair.report
    forecast = run_forecast(new_season, new_plan, DEFAULT_PARAMS, draws, params.seed).forecast
    new_plan = new_plan.model_copy(update={"reports": reports, "forecast": forecast})
    diff = diff_plans(new_season, plan, new_plan, before=season)
    violations = validate(new_season, new_plan)
    return Replan(new_season, new_plan, diff, repair, violations, notes, ranked)


def _without(problem: CastingProblem, barred: set[tuple[int, int]]) -> CastingProblem:
    """``problem`` with each (place, dancer) of ``barred`` no longer a candidate."""
    if not barred:
        return problem
    slots = tuple(
        replace(slot, candidates=tuple(d for d in slot.candidates if (k, d) not in barred))
        for k, slot in enumerate(problem.slots)
    )
    return replace(problem, slots=slots)


def _not_ready(
    problem: CastingProblem,
    season: Season,
    published: Plan,
    plan: Plan,
    short: list[Violation],
    frozen: set[int],
    seen: set[tuple[str, ...]],
) -> dict[Violation, set[tuple[int, int]]]:
    """(place, dancer) pairs to leave out for each readiness violation ``short`` of ``plan``:
    for each dancer short of hours in a production (of a coaching cast, its members new to
    the production's places, or else both), their places in the production from their first
    show there for as many days as the hours missing take at the house's daily limit; when
    the violation was ``seen`` in an earlier round already (the calendar has less room than
    the daily limit), every place of theirs in the production that the published plan did not
    give them. Never a place before ``as_of``."""
    place = {
        (problem.shows[slot.show].id, problem.roles[slot.role].id): k
        for k, slot in enumerate(problem.slots)
    }
    index = {dancer.id: i for i, dancer in enumerate(problem.dancers)}
    shows = {p.id: p for c in season.companies for p in c.performances}
    before = {(a.performance, a.role, a.dancer) for a in published.casting}
    found: dict[Violation, set[tuple[int, int]]] = {}
    for v in short:
        found[v] = set()
        production, kind, *rest = v.entities
        who = rest[:2] if kind == "coaching" else rest[:1]
        mine = [a for a in plan.casting if shows[a.performance].production == production]
        newcomers = [
            d
            for d in who
            if any(a.dancer == d and (a.performance, a.role, a.dancer) not in before for a in mine)
        ]
        for d in newcomers or who:
            held = sorted(
                (shows[a.performance].start, a.performance, a.role) for a in mine if a.dancer == d
            )
            if not held or d not in index:
                continue
            labor = season.company[season.productions[production].owner].labor
            days = math.ceil(v.amount * 60 / labor.max_daily_rehearsal_minutes)
            last = held[0][0].date() + dt.timedelta(days=days)
            for start, show, role in held:
                k = place.get((show, role))
                if k is not None and k not in frozen and start.date() <= last:
                    found[v].add((k, index[d]))
            if v.entities in seen:  # short again: only the places published for them
                found[v] |= {
                    (k, index[d])
                    for k, slot in enumerate(problem.slots)
                    if problem.shows[slot.show].production == production
                    and index[d] in slot.candidates
                    and k not in frozen
                    and (problem.shows[slot.show].id, problem.roles[slot.role].id, d) not in before
                }
    return found


def _unready(
    season: Season, plan: Plan, problem: CastingProblem, as_of: dt.datetime | None = None
) -> frozenset[tuple[int, int]]:
    """(place, dancer) pairs a repair should avoid: the dancer would need calls the published
    calendar does not have. Either they do not know the role and do not dance it yet in the
    run (learning calls to add), or their calls that day exceed their house's show-day limit,
    or (with ``as_of``) the calls they still lack for the place (company calls, learning,
    coaching as a new cast) do not fit the days from ``as_of`` to the show at their house's
    daily limit: a dancer told on the opening day cannot learn a ballet by the evening; or
    the show would make one more working day in a row than their limit, between the calls and
    shows the published plan gives them."""
    minutes: dict[tuple[str, dt.date], int] = defaultdict(int)
    had: dict[tuple[str, str], list[Rehearsal]] = defaultdict(list)
    worked: dict[str, set[dt.date]] = defaultdict(set)
    for call in plan.rehearsals:
        length = int((call.end - call.start).total_seconds() // 60)
        for who in call.dancers:
            minutes[who, call.start.date()] += length
            had[who, call.production].append(call)
            worked[who].add(call.start.date())
    day_of = {s.id: s.day for s in problem.shows}
    for a in plan.casting:
        if a.performance in day_of:
            worked[a.dancer].add(day_of[a.performance])
    held = {(a.performance, a.role, a.dancer) for a in plan.casting}
    dancing = {(a.role, a.dancer) for a in plan.casting}
    wants: dict[tuple[str, str], tuple[int, int, int]] = {}  # role_minutes, by dancer, role
    found: set[tuple[int, int]] = set()
    for k, slot in enumerate(problem.slots):
        show = problem.shows[slot.show]
        role = problem.roles[slot.role]
        for d in slot.candidates:
            dancer = problem.dancers[d]
            if (show.id, role.id, dancer.id) in held:
                continue
            if slot.role not in dancer.known and (role.id, dancer.id) not in dancing:
                found.add((k, d))
                continue
            labor = season.company[dancer.company].labor
            used = minutes.get((dancer.id, show.day), 0)
            if used > labor.max_rehearsal_minutes_on_show_day or _in_a_row(
                worked[dancer.id], show.day, dancer.max_consecutive_days
            ):
                found.add((k, d))
                continue
            if as_of is None:
                continue
            if (dancer.id, role.id) not in wants:
                part = season.roles[role.id].item
                person = season.dancers[dancer.id].item
                production = season.productions[show.production].item
                wants[dancer.id, role.id] = role_minutes(season, person, part, production)
            tz = ZoneInfo(season.company[show.company].timezone)
            days = (show.day - as_of.astimezone(tz).date()).days
            room = max(0, days) * labor.max_daily_rehearsal_minutes
            if days >= 0:
                room += labor.max_rehearsal_minutes_on_show_day
            if sum(wants[dancer.id, role.id]) > room and _no_time(
                had[dancer.id, show.production], show, role.id, wants[dancer.id, role.id], room
            ):
                found.add((k, d))
    return frozenset(found)


def _in_a_row(days: set[dt.date], day: dt.date, most: int) -> bool:
    """Whether working ``day`` too would make more than ``most`` working ``days`` in a row."""
    if day in days:
        return False
    one = dt.timedelta(days=1)
    before = after = 0
    while day - (before + 1) * one in days:
        before += 1
    while day + (after + 1) * one in days:
        after += 1
    return before + 1 + after > most


def _no_time(
    calls: list[Rehearsal], show: ShowData, role: str, wants: tuple[int, int, int], room: int
) -> bool:
    """Whether the minutes a dancer still lacks to dance ``role`` in ``show`` (``wants``:
    company, own and coaching minutes, less their published ``calls`` of the production that
    end before it: company calls, and learning calls of the role) exceed ``room``, the
    minutes the days from ``as_of`` to the show hold at their house's daily limits; a lead's
    coaching as a new cast is always to be had."""
    company_min, own, coaching = wants
    curtain = dt.datetime.fromtimestamp(60 * show.start, tz=dt.UTC)

    def done(kind: RehearsalKind) -> int:
        return sum(
            int((c.end - c.start).total_seconds() // 60)
            for c in calls
            if c.kind is kind
            and c.end <= curtain
            and (kind is not RehearsalKind.LEARNING or role in c.roles)
        )

    need = max(0, company_min - done(RehearsalKind.COMPANY))
    need += max(0, own - done(RehearsalKind.LEARNING)) + coaching
    return need > room


def _past(events: EventFile, start_minutes: int) -> bool:
    """Whether a show (minutes since the epoch, UTC) is before ``as_of``."""
    return events.frozen(dt.datetime.fromtimestamp(60 * start_minutes, tz=dt.UTC))


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
        _not_before(problem, problem.clock.minute(events.as_of))
    old_shows = {(a.dancer, a.performance) for a in before.casting}
    new_shows = {(a.dancer, a.performance) for a in after.casting}
    recast = {d for d, _ in old_shows ^ new_shows}
    keep, same, changed = _published_slots(problem, before, events, recast)
    prefer = same + changed
    settings = RehearsalParams(
        time_limit=params.time_limit, workers=params.workers, seed=params.seed
    )
    busy = _history_busy(problem, before, events, keep)
    result = solve_calendar(problem, settings, keep=keep, prefer=prefer, busy=busy)
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


def _not_before(problem: RehearsalProblem, cutoff: int) -> None:
    """Narrow the options of ``problem``'s calls to starts at or after axis minute ``cutoff``
    (``as_of``: a new call cannot be placed in the past), on their grid."""
    calls = []
    for call in problem.calls:
        options = []
        for o in call.options:
            if o.hi < cutoff:
                continue
            lo = o.lo if o.lo >= cutoff else o.lo + -(-(cutoff - o.lo) // GRID) * GRID
            if lo <= o.hi:
                options.append(replace(o, lo=lo))
        calls.append(replace(call, options=tuple(options)))
    problem.calls = calls


def _fresh(id_: str, taken: set[str]) -> str:
    """``id_`` with the first suffix ``.r1``, ``.r2`` ... not in ``taken``."""
    n = 1
    while f"{id_}.r{n}" in taken:
        n += 1
    return f"{id_}.r{n}"


def _published_slots(
    problem: RehearsalProblem, before: Plan, events: EventFile, recast: set[str]
) -> tuple[list[Placement], list[Placement], list[Placement]]:
    """The published slots of ``problem``'s calls: the same calls (same dancers) where they
    were and may still be, kept (in the past, or none of their dancers is ``recast``: their
    shows changed) or else wished (the new shows may make one break a rule, say a call on
    the show day of a dancer who takes a place); calls whose dancers or roles changed, wished
    where the unused published call of their production, kind and length with the most of
    their dancers was, the same roles first (a past one only when they all came to it and it
    had their roles: it stands for the call, kept)."""
    rooms = {room.id: i for i, room in enumerate(problem.rooms)}
    leaders = {leader.id: i for i, leader in enumerate(problem.staff)}

    def slot(c: int, old: Rehearsal) -> Placement | None:
        """Call ``c`` where ``old`` is, when its options, rooms and leaders allow it (anything
        before ``as_of`` stays)."""
        wanted = problem.calls[c]
        if old.studio not in rooms or not old.staff or old.staff[0] not in leaders:
            return None
        room, leader = rooms[old.studio], leaders[old.staff[0]]
        start = problem.clock.minute(old.start)
        house = problem.needs[wanted.need].house
        day = old.start.astimezone(ZoneInfo(problem.timezones[house])).date()
        fits = events.frozen(old.start) or (
            day not in problem.closed.get(room, frozenset())
            and any(o.day == day and o.lo <= start <= o.hi for o in wanted.options)
        )
        if fits and room in wanted.rooms and leader in wanted.staff:
            return Placement(c, day, start, room, leader)
        return None

    def kind(c: int) -> tuple[object, ...]:
        need = problem.needs[problem.calls[c].need]
        return (need.production, need.kind, problem.calls[c].minutes)

    def covers(c: int, old: Rehearsal) -> bool:
        """Whether ``old`` rehearsed call ``c``'s roles: the same ones, or (a call that
        happened) at least those: a dancer who has left some places since took part."""
        roles = set(problem.needs[problem.calls[c].need].roles)
        if events.frozen(old.start):
            return roles <= set(old.roles)
        return roles == set(old.roles)

    def dancers(c: int) -> frozenset[str]:
        return frozenset(problem.dancers[d] for d in problem.calls[c].dancers)

    published: dict[tuple[object, ...], list[Rehearsal]] = defaultdict(list)
    for r in sorted(before.rehearsals, key=lambda r: (r.start, r.id)):
        length = int((r.end - r.start).total_seconds() // 60)
        published[r.production, r.kind, length].append(r)
    kept: list[Placement] = []
    same: list[Placement] = []
    used: set[str] = set()
    history: set[tuple[int, str]] = set()  # (need, past call) pairs already standing
    for c in range(len(problem.calls)):
        for old in published.get(kind(c), []):
            if old.id in used or frozenset(old.dancers) != dancers(c) or not covers(c, old):
                continue
            placement = slot(c, old)
            if placement is not None:
                sure = events.frozen(old.start) or not recast.intersection(old.dancers)
                (kept if sure else same).append(placement)
                used.add(old.id)
                history.add((problem.calls[c].need, old.id))
                break
    changed: list[Placement] = []
    found = {p.call for p in kept + same}

    def free(c: int, old: Rehearsal) -> bool:
        """Whether ``old`` may stand for call ``c``: a call to come, unused; a call that
        happened, with at least ``c``'s roles, not yet used by ``c``'s need (a group split
        since, each part had it)."""
        if not events.frozen(old.start):
            return old.id not in used
        return covers(c, old) and (problem.calls[c].need, old.id) not in history

    for c in range(len(problem.calls)):
        if c in found:
            continue
        mine = dancers(c)
        for old in sorted(
            (r for r in published.get(kind(c), []) if free(c, r)),
            # A group that lost or gained a dancer may have lost or gained a role with them.
            key=lambda r: (-len(mine.intersection(r.dancers)), not covers(c, r), r.start, r.id),
        ):
            if not mine.intersection(old.dancers):
                break
            if events.frozen(old.start) and not mine <= set(old.dancers):
                continue  # a call that happened had the dancers it had, no newcomer
            placement = slot(c, old)
            if placement is not None:
                # A past call whose dancers all came stands for it (someone has left since).
                (kept if events.frozen(old.start) else changed).append(placement)
                used.add(old.id)
                history.add((problem.calls[c].need, old.id))
                break
    return kept, same, changed


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
        retry = solve_calendar(problem, settings, keep=kept, prefer=wished, busy=busy)
        if len(retry.unplaced) < len((best[0] if best else result).unplaced):
            best = (retry, kept, wished, scope)
        if best is not None and not own.intersection(best[0].unplaced):
            break
    return best
