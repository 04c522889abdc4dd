"""Hard constraints of the exchange model, one function per family.

Each mirrors a rule the validator checks independently (:mod:`etoile.validate.exchange`) or,
for the labour and castability families, what casting will need afterwards. Each takes the
model, the compiled problem and its variables (``m, p, v``) and adds its rows to ``m``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from ortools.sat.python import cp_model

from etoile.problems.exchange import ExchangeProblem
from etoile.problems.exchange_data import Candidate
from etoile.solvers.exchange.variables import ExchangeVariables


def options_need_stay(m: cp_model.CpModel, p: ExchangeProblem, v: ExchangeVariables) -> None:
    """A guest dances a lead only in a chosen stay that covers it; a chosen stay has at least
    one of its leads (the dancer's stays never overlap, so the lead is that stay's)."""
    for t, opts in enumerate(v.options_of):
        m.add_bool_or([v.go[p.options[o].candidate] for o in opts]).only_enforce_if(v.dance[t])
    for c in p.candidates:
        leads = sorted({v.lead_of[o] for o in c.options})
        m.add_bool_or([v.dance[t] for t in leads]).only_enforce_if(v.go[c.index])


def max_each_way(m: cp_model.CpModel, p: ExchangeProblem, v: ExchangeVariables) -> None:
    """At most ``max_each_way`` stays per terms and direction."""
    groups: dict[tuple[str, str, str], list[cp_model.IntVar]] = defaultdict(list)
    for c in p.candidates:
        groups[c.terms, c.home, c.host].append(v.go[c.index])
    for key, go in groups.items():
        m.add(sum(go) <= p.limits[key])


def one_stay_at_a_time(m: cp_model.CpModel, p: ExchangeProblem, v: ExchangeVariables) -> None:
    """A dancer's chosen stays do not overlap, and each one's preparation at home (the
    terms' ``preparation_days`` before departure) falls while the dancer is at home: each
    stay holds ``depart - preparation_days`` to ``return``."""

    def held(c: Candidate) -> tuple[dt.date, dt.date]:
        prep = dt.timedelta(days=p.preparation_days.get(c.terms, 0))
        return c.depart - prep, c.return_

    for cands in p.by_dancer().values():
        for day in sorted({held(c)[0] for c in cands}):
            live = [v.go[c.index] for c in cands if held(c)[0] <= day <= held(c)[1]]
            if len(live) > 1:
                m.add_at_most_one(live)


def guest_labor(m: cp_model.CpModel, p: ExchangeProblem, v: ExchangeVariables) -> None:
    """Per guest: one role a show, rest between leads, leads and shows per ISO week."""
    day_of = [p.options[opts[0]].day for opts in v.options_of]
    by_dancer: dict[str, list[int]] = defaultdict(list)
    for t, (dancer, _, _) in enumerate(v.leads):
        by_dancer[dancer].append(t)
    for dancer, leads in by_dancer.items():
        labor = p.labor[dancer]
        for day in sorted({day_of[t] for t in leads}):
            # Two leads on days at most ``min_days_between_leads`` apart (or the same day).
            span = [
                v.dance[t]
                for t in leads
                if 0 <= (day_of[t] - day).days <= labor.min_days_between_leads
            ]
            if len(span) > 1:
                m.add_at_most_one(span)
        weeks: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
        for t in leads:
            weeks[_week(day_of[t])].append(v.dance[t])
        limit = min(labor.max_leads_per_week, labor.max_shows_per_week or 99)
        for week in weeks.values():
            if len(week) > limit:
                m.add(sum(week) <= limit)


def guest_labor_linked(m: cp_model.CpModel, p: ExchangeProblem, v: ExchangeVariables) -> None:
    """Valid inequalities that tie :func:`guest_labor`'s limits to the stays: a guest's leads
    within a rest span, or within an ISO week, are at most what the chosen stays covering them
    allow (1 a span, the weekly limit a week, for each such stay).

    Every integer plan satisfies them already (a danced lead has a chosen stay that covers
    it, so the right side is at least the labour limit), so they cut no plan; they cut the
    fractional points of the linear relaxation where a stay chosen at a third dances three
    times as many leads, which left the solver's bound several times the optimum (measured
    on the demo season: 149,510 against an optimum of 46,204 USD before, 50,625 after), so
    that proving a package optimal took most of each solve.
    """
    covered_by = [sorted({p.options[o].candidate for o in opts}) for opts in v.options_of]
    day_of = [p.options[opts[0]].day for opts in v.options_of]
    by_dancer: dict[str, list[int]] = defaultdict(list)
    for t, (dancer, _, _) in enumerate(v.leads):
        by_dancer[dancer].append(t)

    def at_most(leads: list[int], per_stay: int) -> None:
        stays = sorted({c for t in leads for c in covered_by[t]})
        m.add(sum(v.dance[t] for t in leads) <= per_stay * sum(v.go[c] for c in stays))

    for dancer, leads in by_dancer.items():
        labor = p.labor[dancer]
        for day in sorted({day_of[t] for t in leads}):
            span = [t for t in leads if 0 <= (day_of[t] - day).days <= labor.min_days_between_leads]
            if len(span) > 1:
                at_most(span, 1)
        weeks: dict[tuple[int, int], list[int]] = defaultdict(list)
        for t in leads:
            weeks[_week(day_of[t])].append(t)
        limit = min(labor.max_leads_per_week, labor.max_shows_per_week or 99)
        for week in weeks.values():
            at_most(week, min(limit, len(week)))


def guest_places(m: cp_model.CpModel, p: ExchangeProblem, v: ExchangeVariables) -> None:
    """A show's role takes no more guests than it has free places."""
    groups: dict[tuple[str, str], list[cp_model.IntVar]] = defaultdict(list)
    for t, (_, performance, role) in enumerate(v.leads):
        groups[performance, role].append(v.dance[t])
    for key, dance in groups.items():
        m.add(sum(dance) <= max(0, p.capacity[key]))


def home_castable(m: cp_model.CpModel, p: ExchangeProblem, v: ExchangeVariables) -> None:
    """Each home show keeps enough dancers for each role (the castability proxy)."""
    for rule in p.castability:
        if len(rule.candidates) > rule.spare:
            m.add(sum(v.go[c] for c in rule.candidates) <= rule.spare)


def _week(day: dt.date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso[0], iso[1]


CONSTRAINTS = (
    options_need_stay,
    max_each_way,
    one_stay_at_a_time,
    guest_labor,
    guest_labor_linked,
    guest_places,
    home_castable,
)
