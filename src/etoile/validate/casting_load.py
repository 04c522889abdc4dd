"""Casting rule "Rehearsal load over the dancer's time", checked from the plan alone.

What a dancer must rehearse for a production (company calls, learning, coaching, stage and
dress) must fit in ``labor.rehearsal_load_share`` of their rehearsal time between the start
of its calls and their first show in it. The rule is stated in ``docs/casting.md``; this is
the independent check of the solver's encoding (:mod:`etoile.problems.casting_load`), written
from the season file's definitions. It shares only its name (:mod:`etoile.i18n.labor_rules`)
with the rule's own module, :mod:`etoile.solvers.labor.rehearsal_load`.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterator

from etoile.domain import ExchangeMove, Performance, Plan, Season
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
        load = _load(season, cast, dancer_id, production_id, roles, danced, openings, stay)
        start, free = _time(season, dancer_id, production_id, first.day, openings, stays)
        share = season.company[season.dancers[dancer_id].owner].labor.rehearsal_load_share
        most = math.floor(share * free + 1e-9)
        if load > most:
            dancer = season.dancers[dancer_id].item.name
            title = season.productions[production_id].item.title
            yield Violation(
                LOAD_OVER_TIME,
                Severity.ERROR,
                (dancer_id, production_id),
                (load - most) / 60,
                f"{dancer} needs {load / 60:g} h of calls for {title} before their first show "
                f"on {first.day:%d %b %Y}: {free / 60:g} h free since {start:%d %b}, of which "
                f"at most {most / 60:g} h ({share:.0%}) may go to this production",
            )


def _load(
    season: Season,
    cast: Cast,
    dancer_id: str,
    production_id: str,
    roles: set[str],
    danced: dict[tuple[str, str], list[Performance]],
    openings: dict[str, Performance],
    stay: ExchangeMove | None = None,
) -> int:
    """Minutes of calls: the longest company calls, learning and coaching, stage and dress.

    A guest (on ``stay``) learns a solo role or a lead partly at home before departure: that
    part is not called at the host."""
    dancer = season.dancers[dancer_id].item
    production = season.productions[production_id].item
    needs = production.rehearsal
    company = 0
    total = 0
    for role in (r for r in production.roles if r.id in roles):
        hours = learning_hours(season, dancer, role)
        here = hours - home_preparation(season, stay, hours) if stay is not None else hours
        if role.lead:
            casts = _casts(season, cast, danced[dancer_id, production_id], dancer_id, role.id)
            total += round(60 * here) + casts * round(60 * needs.coaching_hours_per_cast)
        elif role.count > 1:  # an ensemble part is learnt in the company calls
            company = max(company, round(60 * max(needs.company_hours, hours)))
        else:
            company = max(company, round(60 * needs.company_hours))
            total += round(60 * here)
    total += company
    opening = openings[production_id]
    if any(p.id == opening.id for p in danced[dancer_id, production_id]):
        labor = season.company[season.productions[production_id].owner].labor
        each = min(labor.max_call_minutes, production.running_minutes)
        total += (needs.stage_rehearsals + needs.dress_rehearsals) * each
    return total


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
    first_show: dt.date,
    openings: dict[str, Performance],
    stays: dict[str, list[ExchangeMove]],
) -> tuple[dt.date, int]:
    """(first day of calls, minutes the dancer can rehearse from then to the day before)."""
    owned = season.dancers[dancer_id]
    dancer, home = owned.item, owned.owner
    house = season.productions[production_id].owner
    house_labor = season.company[house].labor
    production = season.productions[production_id].item
    weeks = production.rehearsal.lead_weeks
    lead = house_labor.rehearsal_lead_weeks if weeks is None else weeks
    period = season.start - dt.timedelta(days=7 * house_labor.rehearsal_lead_weeks)
    start = max(period, openings[production_id].day - dt.timedelta(days=7 * lead))
    labor = season.company[home].labor
    per_day = max(0, labor.max_daily_rehearsal_minutes - labor.class_minutes)
    days_in_week: dict[tuple[int, int], int] = defaultdict(int)
    day = start
    while day < first_show:
        if dancer.absent_on(day) is None and _present(stays[dancer_id], home, house, day):
            year, week, _ = day.isocalendar()
            days_in_week[year, week] += 1
        day += dt.timedelta(days=1)
    free = sum(
        min(
            labor.max_weekly_rehearsal_minutes, per_day * min(n, labor.max_consecutive_working_days)
        )
        for n in days_in_week.values()
    )
    return start, free


def _present(moves: list[ExchangeMove], home: str, house: str, day: dt.date) -> bool:
    if house == home:
        return not any(m.depart <= day <= m.return_ for m in moves)
    return any(m.host == house and m.start <= day <= m.end for m in moves)


RULES = [rehearsal_load]
