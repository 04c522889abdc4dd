"""Labour rule "Too many leads in a week": ``max_leads_per_week``.

A dancer dances at most the house's number of full-length leads (a lead role of a
``full_length`` production) in one ISO week. The compiler puts the limit in
``DancerData.max_leads_per_week``; the validator checks it in
:func:`etoile.validate.casting.weekly_limits`.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from etoile.i18n.labor_rules import WEEKLY_LEADS
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.sheet import Sheet
from etoile.solvers.casting.variables import CastingVariables
from etoile.solvers.labor.casting_shows import group, lead_shows
from etoile.solvers.labor.rule import LaborRule
from etoile.validate.casting import weekly_limits


def weekly_lead_limit(m: cp_model.CpModel, p: CastingProblem, v: CastingVariables) -> None:
    """Too many leads in a week: full-length leads per ISO week at most the house's limit."""
    for d, shows in lead_shows(p, v).items():
        limit = p.dancers[d].max_leads_per_week
        for week in group(shows, lambda s: p.shows[s].week).values():
            if len(week) > limit:
                m.add(sum(v.leads[d, s] for s in week) <= limit)


def sheet_check(sheet: Sheet, k: int, d: int) -> bool:
    """A lead new to the dancer keeps their week's leads within the limit."""
    p, s = sheet.p, sheet.p.slots[k].show
    if not sheet.is_lead(k) or s in sheet.leads[d]:
        return True
    week = sum(p.shows[t].week == p.shows[s].week for t in sheet.leads[d])
    return week + 1 <= p.dancers[d].max_leads_per_week


RULE = LaborRule(
    key="weekly_leads",
    names=(WEEKLY_LEADS,),
    fields=("max_leads_per_week",),
    validator=(weekly_limits,),
    elsewhere=(
        "etoile.problems.casting._dancer",
        "etoile.problems.exchange.compile_exchange",
        "etoile.solvers.exchange.constraints.guest_labor",
        "etoile.solvers.exchange.explain.greedy_leads",
        "etoile.forecast.cast.assumed_guest_casting",
        "etoile.validate.season_calendar.weekly_limits_short",
        "etoile.demo.roster._target",
    ),
    casting=weekly_lead_limit,
    casting_check=sheet_check,
    casting_reach=lambda d: 7,
)
