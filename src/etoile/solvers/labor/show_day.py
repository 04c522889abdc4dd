"""Labour rule "Too much rehearsal on a show day" and "Call on a two-show day".

``max_rehearsal_minutes_on_show_day``: on a day a dancer dances, at most this many minutes of
calls; ``no_rehearsal_on_two_show_day``: no call at all on a day they dance twice. The
compiler turns both into each dancer's day rule
(:class:`~etoile.problems.rehearsal_days.DayRule`: ``forbidden`` on a two-show day, ``cap``
on a show day), which already keeps the calls' options off two-show days; the model and the
placer keep the cap. The validator checks both in
:func:`etoile.validate.rehearsal_labor.show_days`.
"""

from __future__ import annotations

import datetime as dt

from ortools.sat.python import cp_model

from etoile.i18n.labor_rules import SHOW_DAY, TWO_SHOW_DAY
from etoile.solvers.labor.rule import LaborRule
from etoile.solvers.rehearsal.dancer_work import DancerWork, DayLoad, Overtime
from etoile.solvers.rehearsal.work_days import WorkDays
from etoile.validate.rehearsal_labor import show_days


def show_day_cap(model: cp_model.CpModel, one: DancerWork, load: DayLoad, out: Overtime) -> None:
    """On a show day, the day's calls (with those placed before) within the cap."""
    rule = one.p.rules.rule(one.name, one.house, load.day)
    if rule.cap is not None and load.most + load.done > rule.cap:
        model.add(load.minutes + load.done <= rule.cap)


def cap_ok(work: WorkDays, d: int, house: str, day: dt.date, minutes: int, strict: bool) -> bool:
    """The call keeps the dancer's calls on a show day within the cap."""
    rule = work.p.day_rule(d, house, day)
    return rule.cap is None or work.fixed.day_minutes.get((d, day), 0) + minutes <= rule.cap


RULE = LaborRule(
    key="show_day",
    names=(TWO_SHOW_DAY, SHOW_DAY),
    fields=("max_rehearsal_minutes_on_show_day", "no_rehearsal_on_two_show_day"),
    validator=(show_days,),
    elsewhere=(
        "etoile.problems.rehearsal_days.DancerDays._rule",
        "etoile.problems.rehearsal.compile_rehearsal",
        "etoile.solvers.repair.readiness.unready",
    ),
    rehearsal_day=show_day_cap,
    rehearsal_check=cap_ok,
)
