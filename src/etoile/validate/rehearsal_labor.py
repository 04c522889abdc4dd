"""Every dancer's labour rules over the rehearsal calendar, with amounts.

The dancer's own (home house's) rules apply wherever they dance. Work is class (before the
day's first call), calls and shows; each rule looks only at days or weeks with a call, so that
what is the casting's business (shows alone) is not reported twice. Daily and weekly minutes
over the limits are overtime: warnings (paid, not forbidden), summed by
:func:`rehearsal_objective`.

The names come from :mod:`etoile.i18n.labor_rules`, the one thing these checks share with the
solvers' side of each rule (:mod:`etoile.solvers.labor`).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from itertools import pairwise

from etoile.domain import LaborRules, Plan, Season
from etoile.i18n.labor_rules import (
    DAILY_OVERTIME,
    DANCER_AWAY,
    IN_A_ROW,
    NO_BREAK,
    REST_DAYS,
    SHOW_DAY,
    SPAN,
    TWO_SHOW_DAY,
    WEEKLY_OVERTIME,
    WEEKLY_REST,
)
from etoile.validate.core import Rule
from etoile.validate.focus import in_focus
from etoile.validate.rehearsal_facts import (
    PREP_MINUTES,
    RehearsalFacts,
    minutes,
    overlapping_pairs,
)
from etoile.validate.sharing import shared
from etoile.validate.violation import Severity, Violation

DANCER_DOUBLE = "Dancer in two calls at once"
NEAR_SHOW = "Call too close to a show"


def _v(rule: str, ids: tuple[str, ...], amount: float, msg: str, soft: bool = False) -> Violation:
    severity = Severity.WARNING if soft else Severity.ERROR
    return Violation(rule, severity, ids, round(float(amount), 2), msg)


def whereabouts(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """A called dancer is at the house, not travelling, resting after a crossing or absent,
    and in one call at a time. Amounts: 1, or minutes of overlap."""
    if plan is None:
        return
    facts = shared(RehearsalFacts, season, plan)
    for d, calls in sorted(facts.calls_of.items()):
        if not in_focus(d, *(r.id for r in calls)):
            continue  # every violation here names the dancer and their calls
        for r in calls:
            day = r.start.date()
            absence = season.dancers[d].item.absent_on(day)
            if absence is not None or not facts.present(d, r.company, day):
                why = f"absent ({absence.reason.value})" if absence else "away or travelling"
                yield _v(DANCER_AWAY, (r.id, d), 1, f"{facts.name(d)} is called on {day} but {why}")
        for a, b, overlap in overlapping_pairs(calls):
            if overlap > 0:
                yield _v(
                    DANCER_DOUBLE,
                    (a.id, b.id, d),
                    overlap,
                    f"{facts.name(d)} is in {a.id} and {b.id} at once ({overlap:g} min)",
                )


def _called(facts: RehearsalFacts) -> Iterator[tuple[str, LaborRules]]:
    """Each dancer with calls, in id order, and their labour rules; inside a focused check,
    only the dancers in focus (every violation of the rules below names the dancer)."""
    for d in sorted(facts.calls_of):
        if in_focus(d):
            yield d, facts.labor(d)


def show_days(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """On a show day: no call on a two-show day (when the rules say so), calls end
    :data:`PREP_MINUTES` before the first curtain, and at most
    ``max_rehearsal_minutes_on_show_day`` of calls."""
    if plan is None:
        return
    facts = shared(RehearsalFacts, season, plan)
    for d, labor in _called(facts):
        for day, spans in facts.days(d).items():
            shows = [s for s in spans if s.show]
            calls = [s for s in spans if not s.show]
            if not shows or not calls:
                continue
            ids = (d, day.isoformat())
            if len(shows) >= 2 and labor.no_rehearsal_on_two_show_day:
                yield _v(
                    TWO_SHOW_DAY,
                    ids,
                    len(calls),
                    f"{facts.name(d)} dances twice on {day} and is called to rehearse",
                )
            limit = shows[0].start - dt.timedelta(minutes=PREP_MINUTES)
            late = max(minutes(c.end - limit) for c in calls)
            if late > 0:
                yield _v(
                    NEAR_SHOW,
                    ids,
                    late,
                    f"{facts.name(d)}'s call on {day} ends {late:g} "
                    f"min too close to the {shows[0].start:%H:%M} curtain",
                )
            total = sum(minutes(c.end - c.start) for c in calls)
            if total > labor.max_rehearsal_minutes_on_show_day:
                yield _v(
                    SHOW_DAY,
                    ids,
                    total - labor.max_rehearsal_minutes_on_show_day,
                    f"{facts.name(d)} rehearses {total:g} min on show day {day} (limit "
                    f"{labor.max_rehearsal_minutes_on_show_day})",
                )


def working_days(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """On a day with a call: span from class to the end of work, and a break after
    ``break_after_minutes`` of work (gaps shorter than ``break_minutes`` count as work);
    between two working days (one with a call), ``min_rest_between_days_hours``."""
    if plan is None:
        return
    facts = shared(RehearsalFacts, season, plan)
    for d, labor in _called(facts):
        for day, spans in facts.days(d).items():
            calls = [s for s in spans if not s.show]
            if not calls:
                continue
            start = calls[0].start - dt.timedelta(minutes=labor.class_minutes)
            end = max(s.end for s in spans)
            over = minutes(end - start) - labor.max_daily_span_minutes
            if over > 0:
                yield _v(
                    SPAN,
                    (d, day.isoformat()),
                    over,
                    f"{facts.name(d)} works "
                    f"{minutes(end - start):g} min on {day}, class to last call or show",
                )
            stretch_start, stretch_end, worst = start, calls[0].start, 0.0
            for c in calls:
                if minutes(c.start - stretch_end) >= labor.break_minutes:
                    stretch_start = c.start
                stretch_end = max(stretch_end, c.end)
                worst = max(worst, minutes(stretch_end - stretch_start))
            if worst > labor.break_after_minutes:
                yield _v(
                    NO_BREAK,
                    (d, day.isoformat()),
                    worst - labor.break_after_minutes,
                    f"{facts.name(d)} works {worst:g} min without a "
                    f"{labor.break_minutes}-min break on {day}",
                )
        blocks = facts.blocks(d)
        need = labor.min_rest_between_days_hours * 60
        for (day_a, _, end_a, call_a), (day_b, start_b, _, call_b) in pairwise(blocks):
            rest = minutes(start_b - end_a)
            if (day_b - day_a).days == 1 and (call_a or call_b) and rest < need:
                yield _v(
                    REST_DAYS,
                    (d, day_b.isoformat()),
                    need - rest,
                    f"{facts.name(d)} rests {rest / 60:.1f} h before {day_b} "
                    f"(at least {labor.min_rest_between_days_hours:g} h)",
                )


def weeks(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """In each ISO week with a call, a rest of ``weekly_rest_hours`` overlapping the week; no
    run of more than ``max_consecutive_working_days`` working days that holds a call."""
    if plan is None:
        return
    facts = shared(RehearsalFacts, season, plan)
    for d, labor in _called(facts):
        blocks = facts.blocks(d)
        call_weeks = sorted(
            {day - dt.timedelta(days=day.weekday()) for day, _, _, c in blocks if c}
        )
        # Each rest between two working days as (start of the day before, rest start, rest
        # end), with open rests before the first and after the last. Both starts and the
        # rest ends grow from one to the next (a day ends after it starts).
        gaps = [(a[1], a[2], b[1]) for a, b in pairwise(blocks)]
        if blocks:
            far = dt.timedelta(days=3650)
            first_start, last_start, last_end = blocks[0][1], blocks[-1][1], blocks[-1][2]
            gaps = [
                (first_start - far, first_start - far, first_start),
                *gaps,
                (last_start, last_end, last_end + far),
            ]
        ends = [b for _, _, b in gaps]
        for monday in call_weeks:
            lo = dt.datetime.combine(monday, dt.time(0), blocks[0][1].tzinfo)
            hi = lo + dt.timedelta(days=7)
            rests = []
            for day_start, a, b in gaps[bisect_right(ends, lo) :]:  # the rests ending after lo
                if day_start >= hi:
                    break  # this rest and every later one start after the week
                if a < hi:
                    rests.append(minutes(b - a))
            best = max(rests, default=0.0)
            if best < labor.weekly_rest_hours * 60:
                yield _v(
                    WEEKLY_REST,
                    (d, monday.isoformat()),
                    labor.weekly_rest_hours - best / 60,
                    f"{facts.name(d)}'s longest rest in the week of {monday} is "
                    f"{best / 60:.1f} h (at least {labor.weekly_rest_hours:g} h)",
                )
        days = [(day, c) for day, _, _, c in blocks]
        run: list[tuple[dt.date, bool]] = []
        for day, c in [*days, (None, False)]:
            if run and day is not None and (day - run[-1][0]).days == 1:
                run.append((day, c))
                continue
            if len(run) > labor.max_consecutive_working_days and any(x for _, x in run):
                yield _v(
                    IN_A_ROW,
                    (d, run[0][0].isoformat()),
                    len(run) - labor.max_consecutive_working_days,
                    f"{facts.name(d)} works {len(run)} days in a row from {run[0][0]}",
                )
            run = [(day, c)] if day is not None else []


def _overtime(season: Season, plan: Plan) -> Iterator[Violation]:
    facts = shared(RehearsalFacts, season, plan)
    for d, labor in _called(facts):
        week: dict[dt.date, float] = defaultdict(float)
        for day, spans in facts.days(d).items():
            calls = sum(minutes(s.end - s.start) for s in spans if not s.show)
            if not calls:
                continue
            week[day - dt.timedelta(days=day.weekday())] += calls
            over = labor.class_minutes + calls - labor.max_daily_rehearsal_minutes
            if over > 0:
                yield _v(
                    DAILY_OVERTIME,
                    (d, day.isoformat()),
                    over,
                    f"{facts.name(d)} rehearses {over:g} min over the day's limit on {day}",
                    True,
                )
        for monday, total in sorted(week.items()):
            over = total - labor.max_weekly_rehearsal_minutes
            if over > 0:
                yield _v(
                    WEEKLY_OVERTIME,
                    (d, monday.isoformat()),
                    over,
                    f"{facts.name(d)} rehearses {over:g} min over the week's limit from {monday}",
                    True,
                )


def overtime(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Soft: minutes of calls plus class over ``max_daily_rehearsal_minutes`` a day, and of
    calls over ``max_weekly_rehearsal_minutes`` an ISO week (warnings)."""
    if plan is not None:
        yield from _overtime(season, plan)


def rehearsal_objective(season: Season, plan: Plan) -> dict[str, float]:
    """The calendar's soft terms recomputed from the plan: daily and weekly overtime minutes.

    Parameters
    ----------
    season
        The season, for each dancer's labour rules.
    plan
        The plan, with its calls and casting.

    Returns
    -------
    dict[str, float]
        ``daily_overtime`` and ``weekly_overtime``: the minutes over, summed over dancers and
        days (weeks), unweighted.
    """
    found = list(_overtime(season, plan))
    return {
        "daily_overtime": sum(v.amount for v in found if v.rule == DAILY_OVERTIME),
        "weekly_overtime": sum(v.amount for v in found if v.rule == WEEKLY_OVERTIME),
    }


RULES: list[Rule] = [whereabouts, show_days, working_days, weeks, overtime]
