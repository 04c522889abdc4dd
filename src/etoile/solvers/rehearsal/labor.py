"""Every dancer's labour rules in one part of the calendar, given what is already placed.

The options already keep calls inside the services and clear of shows, so the day's span, the
break and the rest between days hold by construction. Here, per dancer called in the part,
each labour rule's rehearsal encoding from the registry
(:mod:`etoile.solvers.labor.registry`): the show-day limit (hard), working days in a row and
the weekly rest (hard, with the days of shows and of calls placed earlier as fixed working
days), and the daily and weekly overtime (soft, in minutes).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from ortools.sat.python import cp_model

from etoile.problems.rehearsal import RehearsalProblem
from etoile.solvers.labor.registry import REHEARSAL_DANCER, REHEARSAL_DAY
from etoile.solvers.rehearsal.dancer_work import DancerWork, Overtime
from etoile.solvers.rehearsal.fixed import Fixed
from etoile.solvers.rehearsal.variables import Variables


def dancer_rules(
    model: cp_model.CpModel, problem: RehearsalProblem, v: Variables, fixed: Fixed, house: str
) -> Overtime:
    """Add every dancer's labour constraints; return the overtime variables.

    Parameters
    ----------
    model
        The part's model.
    problem
        The rehearsal problem.
    v
        The part's variables.
    fixed
        What is placed around the part.
    house
        The house of the part's calls.

    Returns
    -------
    Overtime
        The soft rules' variables, for the objective.
    """
    dancers: dict[int, DancerWork] = {}
    for c, cv in v.calls.items():
        call = problem.calls[c]
        by_day: dict[dt.date, list[cp_model.IntVar]] = defaultdict(list)
        for k, o in enumerate(call.options):
            by_day[o.day].append(cv.option[k])
        for d in call.dancers:
            one = dancers.setdefault(d, DancerWork(problem, fixed, house, d))
            for day, ys in by_day.items():
                one.calls[day].append((call.minutes, ys))
    out = Overtime()
    for one in dancers.values():
        for day in list(one.calls):
            load = one.load(day)
            for encode in REHEARSAL_DAY:
                encode(model, one, load, out)
            one.work_literal(model, load)
        for encode_all in REHEARSAL_DANCER:
            encode_all(model, one, out)
    return out
