"""Labour rule "No weekly rest": ``weekly_rest_hours``.

In each ISO week with a call, a dancer has one rest of ``weekly_rest_hours`` between two
working days, from the end of one day's work to the next working day's class or curtain,
overlapping the week. The validator checks it in :func:`etoile.validate.rehearsal_labor.weeks`.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from ortools.sat.python import cp_model

from etoile.i18n.labor_rules import WEEKLY_REST
from etoile.problems.rehearsal_time import monday
from etoile.solvers.labor.rule import LaborRule
from etoile.solvers.rehearsal.dancer_work import DancerWork, Overtime
from etoile.solvers.rehearsal.work_days import FAR, WorkDays
from etoile.validate.rehearsal_labor import weeks

ONE = dt.timedelta(days=1)


def weekly_rest(model: cp_model.CpModel, one: DancerWork, out: Overtime) -> None:
    """In each ISO week with a working day of the part, one run of 1-3 free days whose
    worst-case rest (latest end before, earliest class after) is long enough is kept free;
    with none, the part gives the dancer no call that week."""
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
                    options.append([w for x in run if not isinstance(w := one.worked(x), int)])
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


def rests_ok(work: WorkDays, d: int, house: str, day: dt.date, start: int, end: int) -> bool:
    """The weekly rest of this week and of the neighbouring ones that have calls, with the
    call from ``start`` to ``end`` on ``day`` added."""
    need = round(work.p.dancer_labor[d].weekly_rest_hours * 60)
    week = monday(day)
    for w in (week - 7 * ONE, week, week + 7 * ONE):
        if w != week and not any((d, w + i * ONE) in work.fixed.day_span for i in range(7)):
            continue
        if not _rest_ok(work, d, house, w, day, (start, end), need):
            return False
    return True


def _rest_ok(
    work: WorkDays,
    d: int,
    house: str,
    week: dt.date,
    new: dt.date,
    extra: tuple[int, int],
    need: int,
) -> bool:
    """A gap of ``need`` minutes between working days overlapping the ISO ``week``."""
    lo = work.p.clock.at(work.p.timezones[house], week, 0)
    hi = lo + 7 * 24 * 60
    blocks = []
    for i in range(-4, 12):
        x = week + i * ONE
        if work.working(d, x, new):
            blocks.append(work.block(d, x, extra if x == new else None))
    edges = [(-FAR, -FAR), *blocks, (FAR, FAR)]
    return any(a < hi and b > lo and b - a >= need for (_, a), (b, _) in pairwise(edges))


RULE = LaborRule(
    key="weekly_rest",
    names=(WEEKLY_REST,),
    fields=("weekly_rest_hours", "class_minutes"),
    validator=(weeks,),
    rehearsal_dancer=weekly_rest,
    rehearsal_slot_check=rests_ok,
    recheck_exact=True,
)
