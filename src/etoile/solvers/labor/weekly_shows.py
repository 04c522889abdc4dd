"""Labour rule "Too many shows in a week": ``max_performances_per_week`` by tier.

A dancer dances at most their house's limit for their tier in one ISO week (no limit for a
tier the house does not list). The compiler puts the limit in
``DancerData.max_shows_per_week``; the validator checks it in
:func:`etoile.validate.casting.weekly_limits`.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from etoile.i18n.labor_rules import WEEKLY_SHOWS
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.sheet import Sheet
from etoile.solvers.casting.variables import CastingVariables
from etoile.solvers.labor.casting_shows import group
from etoile.solvers.labor.rule import LaborRule
from etoile.validate.casting import weekly_limits


def weekly_show_limit(m: cp_model.CpModel, p: CastingProblem, v: CastingVariables) -> None:
    """Too many shows in a week: at most the house's limit for the dancer's tier (ISO weeks)."""
    for d, shows in v.shows_of.items():
        limit = p.dancers[d].max_shows_per_week
        if limit is None:
            continue
        for week in group(shows, lambda s: p.shows[s].week).values():
            if len(week) > limit:
                m.add(sum(v.works[d, s] for s in week) <= limit)


def sheet_check(sheet: Sheet, k: int, d: int) -> bool:
    """A show new to the dancer keeps their week within the limit."""
    p, s = sheet.p, sheet.p.slots[k].show
    if s in sheet.shows[d]:
        return True
    limit = p.dancers[d].max_shows_per_week
    week = [t for t in sheet.shows[d] if p.shows[t].week == p.shows[s].week]
    return limit is None or len(week) + 1 <= limit


RULE = LaborRule(
    key="weekly_shows",
    names=(WEEKLY_SHOWS,),
    fields=("max_performances_per_week",),
    validator=(weekly_limits,),
    elsewhere=(
        "etoile.problems.casting._dancer",
        "etoile.problems.exchange.compile_exchange",
        "etoile.solvers.exchange.constraints.guest_labor",
        "etoile.validate.season_calendar.weekly_limits_short",
    ),
    casting=weekly_show_limit,
    casting_check=sheet_check,
    casting_reach=lambda d: 7,
)
