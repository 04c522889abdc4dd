"""Labour rule "Lead in both shows of a day": ``no_lead_in_both_shows``.

Where the house says so, a dancer dances at most one full-length lead a day (not the matinee
and the evening). The compiler puts the flag in ``DancerData.no_lead_in_both_shows``; the
validator checks it in :func:`etoile.validate.casting.lead_rest`.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from etoile.i18n.labor_rules import BOTH_SHOWS
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.sheet import Sheet
from etoile.solvers.casting.variables import CastingVariables
from etoile.solvers.labor.casting_shows import group, lead_shows
from etoile.solvers.labor.rule import LaborRule
from etoile.validate.casting import lead_rest


def no_lead_in_both_shows(m: cp_model.CpModel, p: CastingProblem, v: CastingVariables) -> None:
    """Lead in both shows of a day: at most one full-length lead a day, where the house says so."""
    for d, shows in lead_shows(p, v).items():
        if not p.dancers[d].no_lead_in_both_shows:
            continue
        for day in group(shows, lambda s: p.shows[s].day).values():
            if len(day) > 1:
                m.add(sum(v.leads[d, s] for s in day) <= 1)


def sheet_check(sheet: Sheet, k: int, d: int) -> bool:
    """A lead new to the dancer is not on the day of another of their leads."""
    p, s = sheet.p, sheet.p.slots[k].show
    if not sheet.is_lead(k) or s in sheet.leads[d] or not p.dancers[d].no_lead_in_both_shows:
        return True
    day = p.shows[s].day
    return all(p.shows[t].day != day for t in sheet.leads[d])


RULE = LaborRule(
    key="lead_both_shows",
    names=(BOTH_SHOWS,),
    fields=("no_lead_in_both_shows",),
    validator=(lead_rest,),
    elsewhere=(
        "etoile.problems.casting._dancer",
        "etoile.validate.season_calendar.weekly_limits_short",
    ),
    casting=no_lead_in_both_shows,
    casting_check=sheet_check,
)
