"""Labour rule "Too little rest between leads": ``min_days_between_leads``.

Two full-length leads of one dancer on different days have at least ``min_days_between_leads``
free days between them. The compiler puts the number in ``DancerData.min_days_between_leads``;
the validator checks it in :func:`etoile.validate.casting.lead_rest`.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from etoile.i18n.labor_rules import LEAD_REST
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.sheet import Sheet
from etoile.solvers.casting.variables import CastingVariables
from etoile.solvers.labor.casting_shows import lead_shows
from etoile.solvers.labor.rule import LaborRule
from etoile.validate.casting import lead_rest


def rest_between_leads(m: cp_model.CpModel, p: CastingProblem, v: CastingVariables) -> None:
    """Too little rest between leads: at least ``min_days_between_leads`` free days between two."""
    for d, shows in lead_shows(p, v).items():
        gap = p.dancers[d].min_days_between_leads
        for i, a in enumerate(shows):
            for b in shows[i + 1 :]:
                apart = (p.shows[b].day - p.shows[a].day).days
                if apart > gap:
                    break
                if apart > 0:
                    m.add(v.leads[d, a] + v.leads[d, b] <= 1)


def sheet_check(sheet: Sheet, k: int, d: int) -> bool:
    """A lead new to the dancer is more than ``min_days_between_leads`` days from the others
    on other days."""
    p, s = sheet.p, sheet.p.slots[k].show
    if not sheet.is_lead(k) or s in sheet.leads[d]:
        return True
    day, gap = p.shows[s].day, p.dancers[d].min_days_between_leads
    return not any(0 < abs((p.shows[t].day - day).days) <= gap for t in sheet.leads[d])


RULE = LaborRule(
    key="lead_rest",
    names=(LEAD_REST,),
    fields=("min_days_between_leads",),
    validator=(lead_rest,),
    elsewhere=(
        "etoile.problems.casting._dancer",
        "etoile.problems.exchange.compile_exchange",
        "etoile.problems.exchange._castability",
        "etoile.solvers.exchange.constraints.guest_labor",
        "etoile.solvers.exchange.explain.greedy_leads",
    ),
    casting=rest_between_leads,
    casting_check=sheet_check,
    casting_reach=lambda d: d.min_days_between_leads + 1,
)
