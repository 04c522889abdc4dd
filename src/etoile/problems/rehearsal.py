"""The rehearsal problem: every call a season needs, with where and when it may go.

:func:`compile_rehearsal` turns a season and a plan (its casting and exchange) into index-based
data for the calendar solver: the :class:`~etoile.problems.rehearsal_calls.Need` of each
production cut into calls of at most a service, and for each call its dancers, the rooms big
enough, the staff who may lead it (for a guest's preparation at home, any ballet master or
répétiteur of their house), and its **options**: the (day, service) windows in which it
may start, already narrowed by every dancer's day rule (away, absent, shows, rest). The solver
chooses one option, a start, a room and a leader per call.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from etoile.domain import LaborRules, Plan, Season, StaffKind
from etoile.problems.rehearsal_calls import Need
from etoile.problems.rehearsal_days import DancerDays, DayRule
from etoile.problems.rehearsal_needs import production_needs
from etoile.problems.rehearsal_preparation import preparation_needs
from etoile.problems.rehearsal_time import GRID, Clock, Service, call_minutes, days, services

LEADERS = (StaffKind.BALLET_MASTER, StaffKind.REPETITEUR)
"""Staff who can lead a call of a production they are listed for."""


@dataclass(frozen=True)
class Option:
    """A call may start in ``lo..hi`` (axis minutes, on the grid) on local ``day``."""

    day: dt.date
    service: int
    lo: int
    hi: int


@dataclass(frozen=True)
class Room:
    """A studio, or the stage of a venue (stage and dress calls; no capacity limit)."""

    id: str
    house: str
    capacity: int
    stage: bool = False


@dataclass(frozen=True)
class Leader:
    """A ballet master or répétiteur: the days they cannot work and their weekly minutes."""

    id: str
    house: str
    name: str
    productions: frozenset[str]
    unavailable: frozenset[dt.date]
    weekly_minutes: int


@dataclass(frozen=True)
class Call:
    """One call: ``minutes`` long, for need ``need`` (its ``seq``-th call)."""

    index: int
    need: int
    seq: int
    minutes: int
    dancers: tuple[int, ...]
    rooms: tuple[int, ...]
    staff: tuple[int, ...]
    options: tuple[Option, ...]


@dataclass(frozen=True)
class RehearsalProblem:
    """Index-based data of the calendar (see the module notes); frozen: a variant is made with
    ``replace``. The calendar being placed changes two things in its lists, in place: a need's
    window opened earlier (:func:`open_earlier`) and the needs and calls of a group call's
    parts, appended (:mod:`etoile.solvers.rehearsal.split`)."""

    season_id: str
    clock: Clock
    needs: list[Need]
    calls: list[Call]
    dancers: list[str]
    dancer_labor: list[LaborRules]
    rooms: list[Room]
    staff: list[Leader]
    services: dict[str, tuple[Service, ...]]
    timezones: dict[str, str]
    rules: DancerDays
    stage_days: dict[str, frozenset[dt.date]] = field(default_factory=dict)
    """Venue id -> days with a show there (no stage or dress call those days)."""
    closed: dict[int, frozenset[dt.date]] = field(default_factory=dict)
    """Room index -> days the studio or theatre cannot be used."""

    def day_rule(self, dancer: int, house: str, day: dt.date) -> DayRule:
        """The day rule of dancer ``dancer`` for a call of ``house`` on ``day``."""
        return self.rules.rule(self.dancers[dancer], house, day)


def compile_rehearsal(
    season: Season, plan: Plan, as_of: dt.datetime | None = None
) -> RehearsalProblem:
    """Compile every production's needs into calls and their options (module notes); with
    ``as_of`` (a repair), the plan's company groups that have had calls before it take
    nobody new."""
    clock = Clock.for_season(season.start)
    rules = DancerDays(season, plan, clock)
    needs: list[Need] = []
    svc = {c.id: services(c) for c in season.companies}
    # Calls of at most a service, and no longer than the show-day limit, so that a call also
    # fits the day of a show (two calls then fill a day without overtime).
    call_cap = {c.id: call_minutes(c) for c in season.companies}
    for company in season.companies:
        longest = call_cap[company.id]
        room = [s.capacity for s in company.studios]
        for production in company.productions:

            def available(dancer: str, day: dt.date, house: str = company.id) -> bool:
                return rules.available(dancer, house, day)

            needs += production_needs(
                season, plan, company.id, production, longest, room, available, as_of
            )
            # The guests' preparation of this production's roles, in their own houses.
            needs += preparation_needs(season, plan, company.id, production, call_cap)
    dancers = sorted({d for n in needs for d in n.dancers})
    index = {d: i for i, d in enumerate(dancers)}
    rooms = [Room(s.id, c.id, s.capacity) for c in season.companies for s in c.studios] + sorted(
        {Room(n.venue, n.house, 10**6, True) for n in needs if n.venue}, key=_room_key
    )
    staff = [
        Leader(
            s.id,
            c.id,
            s.name,
            frozenset(s.productions),
            frozenset(d for r in s.unavailable for d in days(r.start, r.end)),
            round(s.weekly_hours * 60),
        )
        for c in season.companies
        for s in c.staff
        if s.kind in LEADERS
    ]
    stage_days: dict[str, set[dt.date]] = {}
    for c in season.companies:
        for perf in c.performances:
            stage_days.setdefault(perf.venue, set()).add(perf.day)
    problem = RehearsalProblem(
        season.id,
        clock,
        needs,
        [],
        dancers,
        [rules.labor(d) for d in dancers],
        rooms,
        staff,
        svc,
        {c.id: c.timezone for c in season.companies},
        rules,
        {v: frozenset(ds) for v, ds in stage_days.items()},
        _closed(season, rooms),
    )
    for k, need in enumerate(needs):
        who = tuple(index[d] for d in need.dancers)
        fit = tuple(
            i
            for i, r in enumerate(rooms)
            if r.house == need.house
            and (r.id == need.venue if need.venue else not r.stage and r.capacity >= len(who))
        )
        # A guest's preparation at home is led by any ballet master or répétiteur of their
        # house (none of them rehearses the host's production).
        preparing = need.house != season.productions[need.production].owner
        leaders = tuple(
            i
            for i, s in enumerate(staff)
            if s.house == need.house and (preparing or need.production in s.productions)
        )
        # The calls of a need differ only in their length: their options are computed once
        # per length (a need's calls are mostly of one or two lengths).
        by_length: dict[int, tuple[Option, ...]] = {}
        for seq, minutes in enumerate(need.minutes):
            if minutes not in by_length:
                by_length[minutes] = tuple(call_options(problem, need, who, minutes, leaders))
            options = by_length[minutes]
            problem.calls.append(
                Call(len(problem.calls), k, seq, minutes, who, fit, leaders, options)
            )
    return problem


def _room_key(room: Room) -> tuple[str, str]:
    return (room.house, room.id)


def call_options(
    problem: RehearsalProblem,
    need: Need,
    who: tuple[int, ...],
    minutes: int,
    leaders: tuple[int, ...],
) -> list[Option]:
    """Every (day, service) window in which a call of ``need`` lasting ``minutes`` may start."""
    tz = problem.timezones[need.house]
    deadline = problem.clock.minute(need.deadline)
    found: list[Option] = []
    for day in days(need.first_day, need.last_day):
        if need.venue and day in problem.stage_days.get(need.venue, frozenset()):
            continue
        if not any(day not in problem.staff[s].unavailable for s in leaders):
            continue
        rules = [problem.day_rule(d, need.house, day) for d in who]
        if any(r.forbidden or (r.cap is not None and r.cap < minutes) for r in rules):
            continue
        lo_rule = max((r.lo for r in rules if r.lo is not None), default=None)
        hi_rule = min((r.hi for r in rules if r.hi is not None), default=None)
        for s, service in enumerate(problem.services[need.house]):
            base = problem.clock.at(tz, day, service.start)
            end = min(base + service.minutes, deadline)
            if hi_rule is not None:
                end = min(end, hi_rule)
            lo = base if lo_rule is None else max(base, lo_rule)
            lo = base + -(-(lo - base) // GRID) * GRID
            hi = base + (end - minutes - base) // GRID * GRID
            if lo <= hi:
                found.append(Option(day, s, lo, hi))
    return found


def open_earlier(problem: RehearsalProblem, k: int, first_day: dt.date) -> None:
    """Open need ``k``'s window at ``first_day`` (no earlier than its ``earliest``): the need
    and its calls' options are replaced in ``problem``'s lists, in place, so that a calendar
    being placed sees them (:func:`etoile.solvers.rehearsal.calendar.solve_calendar`, when the
    calls do not fit their window)."""
    need = problem.needs[k]
    if need.earliest is None:
        raise ValueError(f"the window of {need.label!r} is fixed")
    need = replace(need, first_day=max(first_day, need.earliest))
    problem.needs[k] = need
    by_length: dict[int, tuple[Option, ...]] = {}
    for call in problem.calls:
        if call.need != k:
            continue
        if call.minutes not in by_length:
            found = call_options(problem, need, call.dancers, call.minutes, call.staff)
            by_length[call.minutes] = tuple(found)
        problem.calls[call.index] = replace(call, options=by_length[call.minutes])


def _closed(season: Season, rooms: list[Room]) -> dict[int, frozenset[dt.date]]:
    """Room index -> closed days, from the studios' and the venues' ``closed`` ranges."""
    found = {}
    for i, room in enumerate(rooms):
        owned = season.venues.get(room.id) if room.stage else season.studios.get(room.id)
        ranges = owned.item.closed if owned is not None else []
        if ranges:
            found[i] = frozenset(d for r in ranges for d in days(r.start, r.end))
    return found
