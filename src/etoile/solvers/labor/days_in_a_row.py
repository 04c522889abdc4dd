"""Labour rule "Too many days in a row": ``max_consecutive_working_days``.

A dancer works at most ``max_consecutive_working_days`` days running. Casting counts the
days with a show ("Too many days in a row"); the rehearsal calendar counts every working day,
shows and calls, in a run that holds a call ("Too many working days in a row"). The compiler
puts the limit in ``DancerData.max_consecutive_days`` for casting; the rehearsal side reads
the dancer's own labour rules. The validator checks it in
:func:`etoile.validate.casting.days_in_a_row` and :func:`etoile.validate.rehearsal_labor.weeks`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ortools.sat.python import cp_model

from etoile.i18n.labor_rules import DAYS_IN_A_ROW, IN_A_ROW
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.sheet import Sheet
from etoile.solvers.casting.variables import CastingVariables
from etoile.solvers.labor.casting_shows import group, worked
from etoile.solvers.labor.rule import LaborRule
from etoile.solvers.rehearsal.dancer_work import DancerWork, Overtime
from etoile.solvers.rehearsal.work_days import WorkDays
from etoile.validate.casting import days_in_a_row
from etoile.validate.rehearsal_labor import weeks

ONE = dt.timedelta(days=1)


def run_through(day: dt.date, works: Callable[[dt.date], bool]) -> int:
    """The days in a row worked through ``day`` if ``day`` is worked too.

    Parameters
    ----------
    day
        The day to add.
    works
        Whether another day is a working day.

    Returns
    -------
    int
        ``day`` and the working days running before and after it.
    """
    run = 1
    x = day - ONE
    while works(x):
        run += 1
        x -= ONE
    x = day + ONE
    while works(x):
        run += 1
        x += ONE
    return run


def consecutive_days_limit(m: cp_model.CpModel, p: CastingProblem, v: CastingVariables) -> None:
    """Too many days in a row: at most ``max_consecutive_working_days`` show days running."""
    for d, shows in v.shows_of.items():
        limit = p.dancers[d].max_consecutive_days
        days = group(shows, lambda s: p.shows[s].day)
        works: dict[dt.date, cp_model.IntVar] = {}
        for day in sorted(days):
            window = [day.fromordinal(day.toordinal() - i) for i in range(limit + 1)]
            if not all(w in days for w in window):
                continue  # a day without any possible show breaks every such run
            for w in window:
                if w not in works:
                    works[w] = worked(m, [v.works[d, s] for s in days[w]], f"y{d}_{w}")
            m.add(sum(works[w] for w in window) <= limit)


def sheet_check(sheet: Sheet, k: int, d: int) -> bool:
    """A show on a new day keeps the dancer's show days in a row within the limit."""
    p, s = sheet.p, sheet.p.slots[k].show
    if s in sheet.shows[d]:
        return True
    days = {p.shows[t].day for t in sheet.shows[d]}
    return run_through(p.shows[s].day, days.__contains__) <= p.dancers[d].max_consecutive_days


def in_a_row(model: cp_model.CpModel, one: DancerWork, out: Overtime) -> None:
    """Every window of ``max_consecutive_working_days + 1`` days around the part's working
    days has a free day (shows and calls placed before count as worked)."""
    limit = one.labor.max_consecutive_working_days
    if not one.work:
        return
    first, last = min(one.work), max(one.work)
    day = first - limit * ONE
    while day <= last:
        window = [one.worked(day + i * ONE) for i in range(limit + 1)]
        lits = [w for w in window if not isinstance(w, int)]
        if lits:
            model.add(sum(lits) <= max(0, limit - sum(w for w in window if isinstance(w, int))))
        day += ONE


def run_ok(work: WorkDays, d: int, house: str, day: dt.date, minutes: int, strict: bool) -> bool:
    """Working days in a row, through ``day``, within the limit."""
    run = run_through(day, lambda x: work.working(d, x, day))
    return run <= work.p.dancer_labor[d].max_consecutive_working_days


RULE = LaborRule(
    key="days_in_a_row",
    names=(DAYS_IN_A_ROW, IN_A_ROW),
    fields=("max_consecutive_working_days",),
    validator=(days_in_a_row, weeks),
    elsewhere=(
        "etoile.problems.casting._dancer",
        "etoile.problems.casting_load.TimeOf.span",
        "etoile.solvers.repair.readiness.unready",
    ),
    casting=consecutive_days_limit,
    casting_check=sheet_check,
    casting_reach=lambda d: d.max_consecutive_days + 1,
    rehearsal_dancer=in_a_row,
    rehearsal_check=run_ok,
    recheck_exact=True,
)
