"""Readiness in a repair: which replacements the published calendar cannot have ready.

A repair (:mod:`.casting`) changes who dances; the calendar repair (:mod:`.calendar`) then
has to rehearse the newcomers before their shows. These helpers keep the two honest with each
other, on the casting problem's indices:

- data: the casting problem, the published plan (its calls and shows), ``as_of``;
- :func:`unready`: (place, dancer) pairs a repair should avoid (tried first, then dropped:
  ``avoid`` of :func:`~etoile.solvers.repair.casting.repair_cast`): the dancer would need calls
  the published calendar lacks and the days left cannot hold;
- :func:`not_ready`: after a calendar repair, the places to take a dancer it left short of
  hours out of (the production's first shows), for the next round;
- :func:`without`: the problem with those (place, dancer) pairs no longer candidates.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_right
from collections import defaultdict
from dataclasses import replace
from itertools import accumulate
from zoneinfo import ZoneInfo

from etoile.domain import Plan, Rehearsal, RehearsalKind, Season
from etoile.problems.casting import CastingProblem
from etoile.problems.casting_data import ShowData
from etoile.problems.casting_load import role_minutes
from etoile.solvers.labor.days_in_a_row import run_through
from etoile.validate import Violation


def without(problem: CastingProblem, barred: set[tuple[int, int]]) -> CastingProblem:
    """``problem`` with each (place, dancer) of ``barred`` no longer a candidate."""
    if not barred:
        return problem
    slots = tuple(
        replace(slot, candidates=tuple(d for d in slot.candidates if (k, d) not in barred))
        for k, slot in enumerate(problem.slots)
    )
    return replace(problem, slots=slots)


def not_ready(
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


def unready(
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
    today: dict[str, dt.date] = {}  # as_of's day at each house
    done: _Done = {}  # minutes rehearsed, by the end of each call
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
            if used > labor.max_rehearsal_minutes_on_show_day or in_a_row(
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
            if show.company not in today:
                tz = ZoneInfo(season.company[show.company].timezone)
                today[show.company] = as_of.astimezone(tz).date()
            days = (show.day - today[show.company]).days
            room = max(0, days) * labor.max_daily_rehearsal_minutes
            if days >= 0:
                room += labor.max_rehearsal_minutes_on_show_day
            if sum(wants[dancer.id, role.id]) > room and _no_time(
                had[dancer.id, show.production],
                show,
                role.id,
                wants[dancer.id, role.id],
                room,
                done,
                (dancer.id, show.production),
            ):
                found.add((k, d))
    return frozenset(found)


_Done = dict[tuple[str, str, RehearsalKind, str | None], tuple[list[dt.datetime], list[int]]]


def in_a_row(days: set[dt.date], day: dt.date, most: int) -> bool:
    """Whether working ``day`` too would make more than ``most`` working ``days`` in a row
    (counted by the rule's own :func:`~etoile.solvers.labor.days_in_a_row.run_through`)."""
    return day not in days and run_through(day, days.__contains__) > most


def _no_time(
    calls: list[Rehearsal],
    show: ShowData,
    role: str,
    wants: tuple[int, int, int],
    room: int,
    done: _Done,
    whose: tuple[str, str],
) -> bool:
    """Whether the minutes a dancer still lacks to dance ``role`` in ``show`` (``wants``:
    company, own and coaching minutes, less their published ``calls`` of the production that
    end before it: company calls, and learning calls of the role) exceed ``room``, the
    minutes the days from ``as_of`` to the show hold at their house's daily limits; a lead's
    coaching as a new cast is always to be had. ``done`` keeps, by (dancer, production)
    ``whose``, kind, and role for learning calls, the calls' ends in order and the minutes
    rehearsed by each."""
    company_min, own, coaching = wants
    curtain = dt.datetime.fromtimestamp(60 * show.start, tz=dt.UTC)

    def rehearsed(kind: RehearsalKind) -> int:
        key = (*whose, kind, role if kind is RehearsalKind.LEARNING else None)
        if key not in done:
            mine = sorted(
                (c.end, int((c.end - c.start).total_seconds() // 60))
                for c in calls
                if c.kind is kind and (kind is not RehearsalKind.LEARNING or role in c.roles)
            )
            done[key] = (
                [end for end, _ in mine],
                list(accumulate((m for _, m in mine), initial=0)),
            )
        ends, total = done[key]
        return total[bisect_right(ends, curtain)]  # the calls that end by the curtain

    need = max(0, company_min - rehearsed(RehearsalKind.COMPANY))
    need += max(0, own - rehearsed(RehearsalKind.LEARNING)) + coaching
    return need > room
