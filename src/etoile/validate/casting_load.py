"""Casting rule "Rehearsal load over the dancer's time", checked from the plan alone.

What a dancer must rehearse for a production (company calls, coaching, stage and dress) must
fit in ``labor.rehearsal_load_share`` of their rehearsal time between the start of its calls
and their first show in it; the learning of a solo role or a lead may start earlier (twice the
hours at the season's learning pace before the show, at least the production's lead weeks),
so for each start of a window, what falls in the windows starting then or later must fit in
the time from it. The rule is stated in ``docs/casting.md``; this is
the independent check of the solver's encoding (:mod:`etoile.problems.casting_load`), written
from the season file's definitions. It shares only its name (:mod:`etoile.i18n.labor_rules`)
with the rule's own module, :mod:`etoile.solvers.labor.rehearsal_load`.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterator

from etoile.domain import ExchangeMove, LaborRules, Performance, Plan, Season
from etoile.i18n.labor_rules import LOAD_OVER_TIME
from etoile.validate.eligibility import home_preparation, learning_hours
from etoile.validate.focus import in_focus
from etoile.validate.violation import Severity, Violation

Cast = dict[tuple[str, str], set[str]]
"""(performance, role) -> the dancers cast."""


def rehearsal_load(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Each dancer's calls for each production fit in their share of free time before it."""
    if plan is None:
        return
    held: dict[tuple[str, str], set[str]] = defaultdict(set)
    danced: dict[tuple[str, str], list[Performance]] = defaultdict(list)
    cast: Cast = defaultdict(set)
    for a in plan.casting:
        perf = season.performances[a.performance].item
        held[a.dancer, perf.production].add(a.role)
        danced[a.dancer, perf.production].append(perf)
        cast[a.performance, a.role].add(a.dancer)
    stays: dict[str, list[ExchangeMove]] = defaultdict(list)
    for move in plan.exchange:
        stays[move.dancer].append(move)
    openings: dict[str, Performance] = {}
    for owned in sorted(season.performances.values(), key=lambda o: (o.item.start, o.item.id)):
        openings.setdefault(owned.item.production, owned.item)
    for (dancer_id, production_id), roles in sorted(held.items()):
        if not in_focus(dancer_id):
            continue  # its violations name the dancer
        first = min(danced[dancer_id, production_id], key=lambda p: (p.start, p.id))
        house = season.productions[production_id].owner
        stay = next(
            (m for m in stays[dancer_id] if m.host == house and m.start <= first.day <= m.end),
            None,
        )
        calls, learnt = _load(season, cast, dancer_id, production_id, roles, danced, openings, stay)
        start = _calls_start(season, production_id, openings)
        begins = {
            r: _learning_start(season, production_id, h, first.day) for r, h in learnt.items()
        }
        share = season.company[season.dancers[dancer_id].owner].labor.rehearsal_load_share
        for t in sorted({start, *begins.values()}):
            inside = [r for r, b in begins.items() if b >= t]
            load = (calls if start >= t else 0) + sum(round(60 * learnt[r]) for r in inside)
            free = _time(season, dancer_id, production_id, t, first.day, stays)
            most = math.floor(share * free + 1e-9)
            if load > most:
                dancer = season.dancers[dancer_id].item.name
                title = season.productions[production_id].item.title
                learning = ", ".join(season.roles[r].item.name for r in sorted(inside))
                what = f"{title}" + (f" (learning {learning})" if inside else "")
                yield Violation(
                    LOAD_OVER_TIME,
                    Severity.ERROR,
                    (dancer_id, production_id),
                    (load - most) / 60,
                    f"{dancer} needs {load / 60:g} h of calls for {what} before their first show "
                    f"on {first.day:%d %b %Y}: {free / 60:g} h free since {t:%d %b}, of which "
                    f"at most {most / 60:g} h ({share:.0%}) may go to them",
                )
                break  # one violation per dancer and production: the earliest window short


def _load(
    season: Season,
    cast: Cast,
    dancer_id: str,
    production_id: str,
    roles: set[str],
    danced: dict[tuple[str, str], list[Performance]],
    openings: dict[str, Performance],
    stay: ExchangeMove | None = None,
) -> tuple[int, dict[str, float]]:
    """(Minutes of the production's calls: the longest company calls, coaching, stage and
    dress; role -> hours to learn in calls of its own at the house).

    A guest (on ``stay``) learns a solo role or a lead partly at home before departure: that
    part is not called at the host."""
    dancer = season.dancers[dancer_id].item
    production = season.productions[production_id].item
    needs = production.rehearsal
    company = 0
    total = 0
    learnt: dict[str, float] = {}
    for role in (r for r in production.roles if r.id in roles):
        hours = learning_hours(season, dancer, role)
        here = hours - home_preparation(season, stay, hours) if stay is not None else hours
        if (role.lead or role.count == 1) and here > 0:  # learnt in calls of its own
            learnt[role.id] = here
        if role.lead:
            casts = _casts(season, cast, danced[dancer_id, production_id], dancer_id, role.id)
            total += casts * round(60 * needs.coaching_hours_per_cast)
        elif role.count > 1:  # an ensemble part is learnt in the company calls
            company = max(company, round(60 * max(needs.company_hours, hours)))
        else:
            company = max(company, round(60 * needs.company_hours))
    total += company
    opening = openings[production_id]
    if any(p.id == opening.id for p in danced[dancer_id, production_id]):
        labor = season.company[season.productions[production_id].owner].labor
        each = min(_house_day(labor)[2], math.ceil(production.running_minutes / 30) * 30)
        total += (needs.stage_rehearsals + needs.dress_rehearsals) * each
    return total, learnt


def _lead(season: Season, production_id: str) -> int:
    """Days the production's calls start before its opening."""
    house_labor = season.company[season.productions[production_id].owner].labor
    weeks = season.productions[production_id].item.rehearsal.lead_weeks
    return 7 * (house_labor.rehearsal_lead_weeks if weeks is None else weeks)


def _period(season: Season, production_id: str) -> dt.date:
    """The first day of the production's house's rehearsal period."""
    house_labor = season.company[season.productions[production_id].owner].labor
    return season.start - dt.timedelta(days=7 * house_labor.rehearsal_lead_weeks)


def _calls_start(season: Season, production_id: str, openings: dict[str, Performance]) -> dt.date:
    """The first day of the production's calls: its lead before opening, within the period."""
    opening = openings[production_id].day
    return max(
        _period(season, production_id), opening - dt.timedelta(days=_lead(season, production_id))
    )


def _learning_start(season: Season, production_id: str, hours: float, show: dt.date) -> dt.date:
    """The first day a role of ``hours`` may be learnt for a show on ``show``: twice the hours
    at the season's learning pace before it, at least the production's lead, within the
    period."""
    pace = max(season.casting_weights.learning_hours_per_week, 1e-9)
    days = max(_lead(season, production_id), math.ceil(2.0 * hours / pace * 7))
    return max(_period(season, production_id), show - dt.timedelta(days=days))


def _casts(
    season: Season, cast: Cast, shows: list[Performance], dancer_id: str, role_id: str
) -> int:
    """Casts a lead is coached in: one per partner in the partner role (a couple is a cast),
    or one when the role has no single partner role."""
    role = season.roles[role_id].item
    partner = season.roles[role.partner].item if role.partner in season.roles else None
    if role.count != 1 or partner is None or partner.id == role.id or partner.count != 1:
        return 1
    mine = [p.id for p in shows if dancer_id in cast.get((p.id, role_id), ())]
    partners = {e for perf in mine for e in cast.get((perf, partner.id), ())}
    return max(1, len(partners - {dancer_id}))


def _time(
    season: Season,
    dancer_id: str,
    production_id: str,
    start: dt.date,
    first_show: dt.date,
    stays: dict[str, list[ExchangeMove]],
) -> int:
    """Minutes the dancer can rehearse at the production's house from ``start`` to the day
    before ``first_show``."""
    owned = season.dancers[dancer_id]
    dancer, home = owned.item, owned.owner
    house = season.productions[production_id].owner
    labor = season.company[home].labor
    per_day = _day_minutes(season.company[house].labor, labor)
    days_in_week: dict[tuple[int, int], int] = defaultdict(int)
    day = start
    while day < first_show:
        if dancer.absent_on(day) is None and _present(stays[dancer_id], home, house, day):
            year, week, _ = day.isocalendar()
            days_in_week[year, week] += 1
        day += dt.timedelta(days=1)
    return sum(
        min(
            labor.max_weekly_rehearsal_minutes, per_day * min(n, labor.max_consecutive_working_days)
        )
        for n in days_in_week.values()
    )


def _house_day(house: LaborRules) -> tuple[int, int, int]:
    """(services, service minutes, longest call) of a house's day, from its labour rules alone
    (30-minute grid): the first service starts at ``earliest_call``; each lasts at most
    ``max_call_minutes``, ``break_after_minutes`` and the day's span less class; the next starts
    ``break_minutes`` later, and is there only while class plus the day stay within
    ``max_daily_span_minutes``, the evening leaves ``min_rest_between_days_hours`` before the
    next class, and the day ends before midnight (at most three). A call is at most a service
    and, so that it fits a show day, at most ``max_rehearsal_minutes_on_show_day`` (when that
    is at least an hour)."""
    grid = 30
    opens = math.ceil((house.earliest_call.hour * 60 + house.earliest_call.minute) / grid) * grid
    room = min(
        house.max_call_minutes,
        house.break_after_minutes - house.class_minutes,
        house.max_daily_span_minutes - house.class_minutes,
    )
    service = max(grid, room // grid * grid)
    pause = math.ceil(house.break_minutes / grid) * grid
    rest = round(house.min_rest_between_days_hours * 60)
    ends = [opens + service]
    while len(ends) < 3:
        end = ends[-1] + pause + service
        within_span = house.class_minutes + end - opens <= house.max_daily_span_minutes
        rested = 24 * 60 + opens - house.class_minutes - end >= rest
        if not (within_span and rested and end <= 24 * 60 - grid):
            break
        ends.append(end)
    show_day = house.max_rehearsal_minutes_on_show_day // grid * grid
    return len(ends), service, min(service, show_day) if show_day >= 2 * grid else service


def _day_minutes(house: LaborRules, own: LaborRules) -> int:
    """Minutes of calls a day without a show at the house holds for a dancer under contract
    ``own``: whole calls of the house's longest call in each of its services
    (:func:`_house_day`), at most the dancer's daily limit less class."""
    services, service, call = _house_day(house)
    held = services * (service // call) * call
    return max(0, min(held, own.max_daily_rehearsal_minutes - own.class_minutes))


def _present(moves: list[ExchangeMove], home: str, house: str, day: dt.date) -> bool:
    if house == home:
        return not any(m.depart <= day <= m.return_ for m in moves)
    return any(m.host == house and m.start <= day <= m.end for m in moves)


RULES = [rehearsal_load]
