"""Labour rule "Daily rehearsal overtime" (soft): ``max_daily_rehearsal_minutes``.

Class (``class_minutes``, before a day's first call) and calls beyond the daily limit are
overtime: paid, not forbidden. The model minimises the minutes over; the greedy placer keeps
the limit in its first pass and gives it up in its second. The validator counts it in
:func:`etoile.validate.rehearsal_labor.overtime` (warnings) and in the calendar's objective.
"""

from __future__ import annotations

import datetime as dt

from ortools.sat.python import cp_model

from etoile.i18n.labor_rules import DAILY_OVERTIME
from etoile.problems.rehearsal import RehearsalProblem
from etoile.solvers.labor.rule import LaborRule
from etoile.solvers.rehearsal.dancer_work import DancerWork, DayLoad, Overtime
from etoile.solvers.rehearsal.fixed import Placement
from etoile.solvers.rehearsal.work_days import WorkDays, called_minutes
from etoile.validate.rehearsal_labor import overtime


def day_overtime(model: cp_model.CpModel, one: DancerWork, load: DayLoad, out: Overtime) -> None:
    """Minutes of class and calls over the daily limit, as an overtime variable."""
    labor = one.labor
    h = one.work_literal(model, load)
    cls = (
        cp_model.LinearExpr.constant(labor.class_minutes)
        if h is None
        else cp_model.LinearExpr.term(h, labor.class_minutes)
    )
    top = labor.class_minutes + load.most + load.done
    if top > labor.max_daily_rehearsal_minutes:
        ot = model.new_int_var(0, top - labor.max_daily_rehearsal_minutes, "day_ot")
        model.add(ot >= cls + load.minutes + load.done - labor.max_daily_rehearsal_minutes)
        out.daily.append(ot)


def within_day(
    work: WorkDays, d: int, house: str, day: dt.date, minutes: int, strict: bool
) -> bool:
    """With ``strict``, class and the day's calls within the daily limit."""
    labor = work.p.dancer_labor[d]
    done = work.fixed.day_minutes.get((d, day), 0)
    return not strict or labor.class_minutes + done + minutes <= labor.max_daily_rehearsal_minutes


def minutes_over(problem: RehearsalProblem, placements: list[Placement]) -> int:
    """Minutes of class and calls over each dancer's daily limit in the placed calendar
    ``placements`` of ``problem``, summed over dancers and days as the validator counts them
    (``daily_overtime``)."""
    labor = problem.dancer_labor
    return sum(
        max(0, labor[d].class_minutes + m - labor[d].max_daily_rehearsal_minutes)
        for (d, _), m in called_minutes(problem, placements).items()
    )


RULE = LaborRule(
    key="daily_overtime",
    names=(DAILY_OVERTIME,),
    fields=("max_daily_rehearsal_minutes", "class_minutes"),
    validator=(overtime,),
    elsewhere=(
        "etoile.problems.casting_load.TimeOf.span",
        "etoile.solvers.repair.readiness.unready",
        "etoile.solvers.repair.readiness.not_ready",
    ),
    rehearsal_day=day_overtime,
    rehearsal_check=within_day,
)
