"""When a guest may stay, and whether a lead fits the stay: the geometry of a candidate.

A stay's residence starts on the first day the terms allow or just in time to learn the first
lead of a host run (:func:`run_starts`, :func:`learn_days` under the guest rule, after the
preparation at home), and ends on a host show day or after the minimum or maximum stay
(:func:`windows`). A lead inside the residence is open to the guest only when what is left to
learn, the coaching and the stage calls fit in their working time there
(:func:`time_in_residence`, the casting's rehearsal-load rule).
"""

from __future__ import annotations

import datetime as dt
import math

from etoile.domain import Dancer, ExchangeMove, ExchangeTerms, Performance, Role, Season
from etoile.problems.casting_load import (
    TimeOf,
    Windows,
    calls_start,
    learned_here,
    limit,
    role_minutes,
    stage_minutes,
)


def add_days(a: dt.date, n: int) -> dt.date:
    """The day ``n`` days after ``a`` (before it when ``n`` is negative)."""
    return a + dt.timedelta(days=n)


def learn_days(hours: float, pace: float, prepared_days: int = 0) -> int:
    """Days (in residence, for a guest) needed to learn a role at a pace.

    Parameters
    ----------
    hours
        Hours to learn (nothing to learn when 0 or less).
    pace
        Hours learnt a week.
    prepared_days
        Days of learning at that pace before (a guest's preparation at home).

    Returns
    -------
    int
        Whole days, never negative; 0 when the preparation covers it all.
    """
    return 0 if hours <= 0 else max(0, math.ceil(hours * 7 / pace - 1e-9) - prepared_days)


def windows(
    terms: ExchangeTerms, starts_at: list[tuple[dt.date, int]], show_days: list[dt.date]
) -> list[tuple[dt.date, dt.date]]:
    """(start, end) residences aligned with the host's shows.

    A stay starts on the first day the terms allow, or just in time to learn a run's lead by
    its first show. It ends on a host show day, or after the minimum or maximum stay.

    Parameters
    ----------
    terms
        The exchange terms: window, travel and rest days, minimum and maximum stay.
    starts_at
        (first day of a run, days in residence to learn its lead, after the preparation at
        home).
    show_days
        The days of the host's shows the dancer could dance.

    Returns
    -------
    list[tuple[datetime.date, datetime.date]]
        Sorted; empty when the window leaves no room for travel and rest.
    """
    lead_in = terms.travel_days + terms.rest_days_on_arrival
    first_start = add_days(terms.window.start, lead_in)
    last_end = add_days(terms.window.end, -terms.travel_days)
    if last_end < first_start:
        return []
    starts = {first_start}
    for day, learn in starts_at:
        s = add_days(day, -learn)
        if first_start <= s <= last_end:
            starts.add(s)
    found = set()
    for s in starts:
        ends = {
            *show_days,
            add_days(s, terms.min_stay_days - 1),
            add_days(s, terms.max_stay_days - 1),
        }
        for e in ends:
            length = (e - s).days + 1
            if terms.min_stay_days <= length <= terms.max_stay_days and e <= last_end:
                found.add((s, e))
    return sorted(found)


def run_starts(days: list[dt.date]) -> list[dt.date]:
    """First day of each run of shows (a gap of more than 3 days starts a new run)."""
    days = sorted(set(days))
    return [d for i, d in enumerate(days) if i == 0 or (d - days[i - 1]).days > 3]


def time_in_residence(
    season: Season, dancer: Dancer, role: Role, perf: Performance, stay: ExchangeMove, home: str
) -> bool:
    """The casting's rehearsal-load rule (:mod:`etoile.problems.casting_load`) for a guest.

    The coaching of one cast, and the stage and dress rehearsals when ``perf`` opens the run,
    fit in the house's share of the guest's working time in residence from the production's
    first calls to the day before; with what is left to learn after the preparation at home,
    in the time from the start of the role's learning window (:class:`Windows`).

    Parameters
    ----------
    season
        The season.
    dancer
        The guest.
    role
        The lead they would dance, with one partner.
    perf
        Their first show in the production.
    stay
        The stay at the host.
    home
        The guest's own house, whose labour rules they keep.

    Returns
    -------
    bool
        True when the load fits.
    """
    production = season.productions[perf.production].item
    _, alone, coaching = role_minutes(season, dancer, role, production, stay)
    host = season.performances[perf.id].owner
    shows = [p.day for p in season.company[host].performances if p.production == production.id]
    opening = min(shows)
    here = learned_here(season, dancer, role, stay)
    learn = min(alone, round(60 * here))
    calls = alone - learn + coaching
    if perf.day == opening:
        calls += stage_minutes(season.company[host], production)
    labor = season.company[home].labor
    first = calls_start(season, host, production, opening)
    time = TimeOf(labor, dancer, [stay], home, season.company[host])
    window = Windows(season, host, production, first, {0: here} if learn else {})
    for start, with_calls, roles in window.nested(perf.day):
        load = (calls if with_calls else 0) + (learn if roles else 0)
        if load > limit(labor.rehearsal_load_share, time.span(start, perf.day)):
            return False
    return True
