"""Every dancer's labour rules in one part of the calendar, given what is already placed.

The options already keep calls inside the services and clear of shows, so the day's span, the
break and the rest between days hold by construction. Here, per dancer: the show-day limit
(hard), working days in a row and the weekly rest (hard, with the days of shows and of calls
placed earlier as fixed working days), and the daily and weekly overtime (soft, in minutes).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from etoile.problems.rehearsal import RehearsalProblem
from etoile.problems.rehearsal_time import DAY, monday
from etoile.solvers.rehearsal.fixed import Fixed
from etoile.solvers.rehearsal.variables import Variables

ONE = dt.timedelta(days=1)


@dataclass
class Overtime:
    """The soft terms: minutes over the daily and the weekly limits."""

    daily: list[cp_model.IntVar] = field(default_factory=list)
    weekly: list[cp_model.IntVar] = field(default_factory=list)


class _Dancer:
    """One dancer's days in the part: minutes per day as expressions, working-day literals."""

    def __init__(self, problem: RehearsalProblem, fixed: Fixed, house: str, dancer: int) -> None:
        self.p, self.fixed, self.house, self.d = problem, fixed, house, dancer
        self.labor = problem.dancer_labor[dancer]
        self.name = problem.dancers[dancer]
        self.tz = problem.timezones[house]
        self.calls: dict[dt.date, list[tuple[int, list[cp_model.IntVar]]]] = defaultdict(list)
        self.work: dict[dt.date, cp_model.IntVar] = {}

    def fixed_work(self, day: dt.date) -> bool:
        shows = self.p.rules.shows_on(self.name, day)
        return bool(shows) or (self.d, day) in self.fixed.day_span

    def end_of(self, day: dt.date) -> int:
        """The latest a working day may end (axis); the day's first minute when idle."""
        ends = [s.end for s in self.p.rules.shows_on(self.name, day)]
        if (self.d, day) in self.fixed.day_span:
            ends.append(self.fixed.day_span[self.d, day][1])
        if day in self.calls:
            ends.append(self.p.clock.at(self.tz, day, self.p.services[self.house][-1].end))
        return max(ends, default=self.p.clock.at(self.tz, day, 0))

    def start_of(self, day: dt.date) -> int:
        """The earliest a working day may start (class before a call); its last minute when idle."""
        starts = [s.start for s in self.p.rules.shows_on(self.name, day)]
        if (self.d, day) in self.fixed.day_span:
            starts.append(self.fixed.day_span[self.d, day][0] - self.labor.class_minutes)
        if day in self.calls:
            first = self.p.services[self.house][0].start - self.labor.class_minutes
            starts.append(self.p.clock.at(self.tz, day, first))
        return min(starts, default=self.p.clock.at(self.tz, day, DAY))


def dancer_rules(
    model: cp_model.CpModel, problem: RehearsalProblem, v: Variables, fixed: Fixed, house: str
) -> Overtime:
    """Add every dancer's labour constraints; return the overtime variables."""
    dancers: dict[int, _Dancer] = {}
    for c, cv in v.calls.items():
        call = problem.calls[c]
        by_day: dict[dt.date, list[cp_model.IntVar]] = defaultdict(list)
        for k, o in enumerate(call.options):
            by_day[o.day].append(cv.option[k])
        for d in call.dancers:
            one = dancers.setdefault(d, _Dancer(problem, fixed, house, d))
            for day, ys in by_day.items():
                one.calls[day].append((call.minutes, ys))
    out = Overtime()
    for one in dancers.values():
        _days(model, one, out)
        _weeks(model, one, out)
        _in_a_row(model, one)
        _weekly_rest(model, one)
    return out


def _days(model: cp_model.CpModel, one: _Dancer, out: Overtime) -> None:
    labor, fixed = one.labor, one.fixed
    for day, items in one.calls.items():
        minutes = sum(m * sum(ys) for m, ys in items)
        most = sum(m for m, _ in items)
        done = fixed.day_minutes.get((one.d, day), 0)
        rule = one.p.rules.rule(one.name, one.house, day)
        if rule.cap is not None and most + done > rule.cap:
            model.add(minutes + done <= rule.cap)
        cls = cp_model.LinearExpr.constant(labor.class_minutes)
        if (one.d, day) not in fixed.day_span:
            h = model.new_bool_var("works")
            for _, ys in items:
                model.add(h >= sum(ys))
            one.work[day] = h
            cls = cp_model.LinearExpr.term(h, labor.class_minutes)
        top = labor.class_minutes + most + done
        if top > labor.max_daily_rehearsal_minutes:
            ot = model.new_int_var(0, top - labor.max_daily_rehearsal_minutes, "day_ot")
            model.add(ot >= cls + minutes + done - labor.max_daily_rehearsal_minutes)
            out.daily.append(ot)


def _weeks(model: cp_model.CpModel, one: _Dancer, out: Overtime) -> None:
    weeks: dict[dt.date, list[tuple[int, list[cp_model.IntVar]]]] = defaultdict(list)
    for day, items in one.calls.items():
        weeks[monday(day)] += items
    limit = one.labor.max_weekly_rehearsal_minutes
    for week, items in weeks.items():
        done = one.fixed.week_minutes.get((one.d, week), 0)
        top = done + sum(m for m, _ in items)
        if top > limit:
            ot = model.new_int_var(0, top - limit, "week_ot")
            model.add(ot >= done + sum(m * sum(ys) for m, ys in items) - limit)
            out.weekly.append(ot)


def _worked(one: _Dancer, day: dt.date) -> cp_model.IntVar | int:
    if one.fixed_work(day):
        return 1
    return one.work.get(day, 0)


def _in_a_row(model: cp_model.CpModel, one: _Dancer) -> None:
    limit = one.labor.max_consecutive_working_days
    if not one.work:
        return
    first, last = min(one.work), max(one.work)
    day = first - limit * ONE
    while day <= last:
        window = [_worked(one, day + i * ONE) for i in range(limit + 1)]
        lits = [w for w in window if not isinstance(w, int)]
        if lits:
            model.add(sum(lits) <= max(0, limit - sum(w for w in window if isinstance(w, int))))
        day += ONE


def _weekly_rest(model: cp_model.CpModel, one: _Dancer) -> None:
    need = round(one.labor.weekly_rest_hours * 60)
    for week in sorted({monday(day) for day in one.work}):
        week_days = [week + i * ONE for i in range(7)]
        options = []
        for length in (1, 2, 3):
            for i in range(8 - length):
                run = week_days[i : i + length]
                if any(one.fixed_work(x) for x in run):
                    continue
                rest = one.start_of(run[-1] + ONE) - one.end_of(run[0] - ONE)
                if rest >= need:
                    options.append([w for x in run if not isinstance(w := _worked(one, x), int)])
        if not options:
            for day in week_days:
                if day in one.work:
                    model.add(one.work[day] == 0)
            continue
        picks: list[cp_model.IntVar] = []
        for lits in options:
            if not lits:
                picks = []
                break
            q = model.new_bool_var("rest")
            for w in lits:
                model.add(w == 0).only_enforce_if(q)
            picks.append(q)
        if picks:
            model.add_bool_or(picks)
