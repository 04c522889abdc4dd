"""Labour rule "Rehearsal load over the dancer's time": ``rehearsal_load_share``.

What a dancer must rehearse for one production (company calls, learning, coaching, stage and
dress) fits in ``rehearsal_load_share`` of their rehearsal time before their first show in it
(``docs/casting.md``), the learning of a role in its own, longer window. The time is counted
as the calls the house's day holds (its services, the show-day limit on a call) within the
daily and weekly limits of the dancer's house, so the rule reads those too. The compiler
(:mod:`etoile.problems.casting_load`) works out both sides and keeps the rule only where it
can bind (``CastingProblem.loads``); the validator checks it apart in
:func:`etoile.validate.casting_load.rehearsal_load`.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from etoile.i18n.labor_rules import LOAD_OVER_TIME
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.sheet import Sheet
from etoile.solvers.casting.variables import (
    CastingVariables,
    couple_slots,
    role_used,
    together_var,
)
from etoile.solvers.labor.rule import LaborRule
from etoile.validate.casting_load import rehearsal_load as load_rule


def rehearsal_load(m: cp_model.CpModel, p: CastingProblem, v: CastingVariables) -> None:
    """Rehearsal load over the dancer's time: a dancer's calls for a production fit in the
    share of their free time before their first show in it, each part in its window
    (:mod:`~etoile.problems.casting_load`).

    ``load + (most - cap) * works[show] <= most`` for each window: the limit binds when they
    dance the show.
    """
    for rule in p.loads:
        if rule.dancer not in v.shows_of:
            continue  # the dancer dances nothing here (a part of a problem)
        d, shows = rule.dancer, p.runs.get(rule.production, [])
        roles = {*rule.own, *rule.company, *rule.coached, *rule.learn}
        slots_of = {r: [p.slot_index[s, r] for s in shows if (s, r) in p.slot_index] for r in roles}
        used = {
            r: role_used(m, v, r, d, ks)
            for r, ks in slots_of.items()
            if any((k, d) in v.cast for k in ks)
        }
        company = [(rule.company[r], used[r]) for r in rule.company if r in used]
        xs: list[cp_model.IntVar] = []
        coeffs: list[int] = []
        if len(company) > 1:  # the longest company calls count: one variable above each
            calls = m.new_int_var(0, max(c for c, _ in company), f"load{d}_{rule.production}")
            for minutes, x in company:
                m.add(calls >= minutes * x)
            xs.append(calls)
            coeffs.append(1)
        else:
            xs += [x for _, x in company]
            coeffs += [c for c, _ in company]
        xs += [used[r] for r in rule.own if r in used]
        coeffs += [rule.own[r] for r in rule.own if r in used]
        for r, (q, minutes) in rule.coached.items():  # one coaching per couple: per cast
            if r not in used:
                continue
            partners = {
                e
                for a, b in couple_slots(p, r, q)
                if (a, d) in v.cast
                for e in p.slots[b].candidates
            }
            for e in sorted(partners):
                var = together_var(m, p, v, r, q, d, e)
                if var is not None:
                    xs.append(var)
                    coeffs.append(minutes)
        if (d, rule.opening) in v.works:
            xs.append(v.works[d, rule.opening])
            coeffs.append(rule.stage)
        for w in rule.limits:
            if (d, w.show) not in v.works:
                continue
            terms = list(zip(xs, coeffs, strict=True)) if w.calls else []
            terms += [(used[r], rule.learn[r]) for r in w.roles if r in used]
            terms.append((v.works[d, w.show], w.most - w.cap))
            m.add(
                cp_model.LinearExpr.weighted_sum([x for x, _ in terms], [c for _, c in terms])
                <= w.most
            )


def load_fits(sheet: Sheet, k: int, d: int) -> bool:
    """The dancer's load for the production, with slot ``k``'s role and show added, within
    the limit of every window of every show of it they dance."""
    p, slot = sheet.p, sheet.p.slots[k]
    s, role = slot.show, slot.role
    production = p.shows[s].production
    rule = sheet.loads.get((d, production))
    if rule is None:
        return True
    every = {*rule.own, *rule.company, *rule.coached, *rule.learn}
    roles = {r for r in every if sheet.in_run[d, production, r]}
    roles.add(role)
    shows = {t for t in sheet.shows[d] if p.shows[t].production == production} | {s}
    load = max((rule.company[r] for r in roles if r in rule.company), default=0)
    load += sum(rule.own.get(r, 0) for r in roles)
    for r, (q, minutes) in rule.coached.items():
        if r in roles:  # partners so far; the partner of show s is not known yet
            load += minutes * max(1, len(_partners(sheet, d, production, r, q)))
    load += rule.stage if rule.opening in shows else 0
    return all(
        (load if w.calls else 0) + sum(rule.learn[r] for r in w.roles if r in roles) <= w.cap
        for w in rule.limits
        if w.show in shows
    )


def _partners(sheet: Sheet, d: int, production: str, r: int, q: int) -> set[int]:
    p = sheet.p
    return {
        e
        for t in sheet.shows[d]
        if p.shows[t].production == production
        and (t, r) in p.slot_index
        and d in sheet.cast_in[p.slot_index[t, r]]
        and (t, q) in p.slot_index
        for e in sheet.cast_in[p.slot_index[t, q]]
    }


RULE = LaborRule(
    key="rehearsal_load",
    names=(LOAD_OVER_TIME,),
    fields=(
        "rehearsal_load_share",
        "max_daily_rehearsal_minutes",
        "class_minutes",
        "max_weekly_rehearsal_minutes",
        "max_consecutive_working_days",
        "max_call_minutes",
        "max_rehearsal_minutes_on_show_day",
        "earliest_call",
        "break_after_minutes",
        "break_minutes",
        "max_daily_span_minutes",
        "min_rest_between_days_hours",
        "rehearsal_lead_weeks",
    ),
    validator=(load_rule,),
    elsewhere=(
        "etoile.problems.casting_load.compile_loads",
        "etoile.problems.exchange_stays.time_in_residence",
    ),
    casting=rehearsal_load,
    casting_check=load_fits,
)
