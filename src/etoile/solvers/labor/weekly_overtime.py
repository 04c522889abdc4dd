"""Labour rule "Weekly rehearsal overtime" (soft): ``max_weekly_rehearsal_minutes``.

Calls beyond the weekly limit (an ISO week) are overtime: paid, not forbidden. The model
minimises the minutes over; the greedy placer keeps the limit in its first pass and gives it
up in its second. The validator counts it in :func:`etoile.validate.rehearsal_labor.overtime`
(warnings) and in the calendar's objective.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from ortools.sat.python import cp_model

from etoile.i18n.labor_rules import WEEKLY_OVERTIME
from etoile.problems.rehearsal import RehearsalProblem
from etoile.problems.rehearsal_time import monday
from etoile.solvers.labor.rule import LaborRule
from etoile.solvers.rehearsal.dancer_work import DancerWork, Items, Overtime
from etoile.solvers.rehearsal.fixed import Placement
from etoile.solvers.rehearsal.work_days import WorkDays, called_minutes
from etoile.validate.rehearsal_labor import overtime


def week_overtime(model: cp_model.CpModel, one: DancerWork, out: Overtime) -> None:
    """Minutes of calls over the weekly limit, per ISO week with calls of the part."""
    weeks: dict[dt.date, Items] = defaultdict(list)
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


def within_week(
    work: WorkDays, d: int, house: str, day: dt.date, minutes: int, strict: bool
) -> bool:
    """With ``strict``, the week's calls within the weekly limit."""
    done = work.fixed.week_minutes.get((d, monday(day)), 0)
    return not strict or done + minutes <= work.p.dancer_labor[d].max_weekly_rehearsal_minutes


def minutes_over(problem: RehearsalProblem, placements: list[Placement]) -> int:
    """Minutes of calls over each dancer's weekly limit in the placed calendar
    ``placements`` of ``problem``, summed over dancers and ISO weeks as the validator counts
    them (``weekly_overtime``)."""
    weeks = called_minutes(problem, placements, monday)
    return sum(
        max(0, m - problem.dancer_labor[d].max_weekly_rehearsal_minutes)
        for (d, _), m in weeks.items()
    )


RULE = LaborRule(
    key="weekly_overtime",
    names=(WEEKLY_OVERTIME,),
    fields=("max_weekly_rehearsal_minutes",),
    validator=(overtime,),
    elsewhere=("etoile.problems.casting_load.TimeOf.span",),
    rehearsal_dancer=week_overtime,
    rehearsal_check=within_week,
)
