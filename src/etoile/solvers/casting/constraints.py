"""The hard rules of casting, one function per family, named as in ``docs/casting.md``.

Every function adds linear constraints only, so the same model can be handed to a MILP solver
(:mod:`etoile.solvers.casting.milp`). Eligibility (tier, tags, presence, absences, learning)
is not here: it pruned the variables when the problem was compiled.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Hashable
from itertools import combinations
from typing import TypeVar

from ortools.sat.python import cp_model

from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.variables import (
    CastingVariables,
    couple_slots,
    role_used,
    together_var,
)

K = TypeVar("K", bound=Hashable)


def role_slots_filled(m: cp_model.CpModel, p: CastingProblem, v: CastingVariables) -> None:
    """Role slot unfilled: every role of every show gets exactly its number of dancers."""
    for k, slot in enumerate(p.slots):
        m.add(sum(v.cast[k, d] for d in slot.candidates) == slot.count)


def pins_kept(m: cp_model.CpModel, p: CastingProblem, v: CastingVariables) -> None:
    """Pin not kept: a director's pinned dancer dances the pinned role."""
    for k, d in p.pins:
        if (k, d) in v.cast:
            m.add(v.cast[k, d] == 1)
        else:  # the pinned dancer is not eligible: the season cannot be cast as pinned
            m.add(sum(v.cast[k, e] for e in p.slots[k].candidates) >= p.slots[k].count + 1)


def one_role_per_show(m: cp_model.CpModel, p: CastingProblem, v: CastingVariables) -> None:
    """Two roles in one show: at most one role each, except pairs marked as doubled."""
    roles_of: dict[tuple[int, int], list[tuple[int, cp_model.IntVar]]] = defaultdict(list)
    for (k, d), var in v.cast.items():
        roles_of[d, p.slots[k].show].append((p.slots[k].role, var))
    for pairs in roles_of.values():
        if len(pairs) < 2:
            continue
        if not any((a, b) in p.doubled for (a, _), (b, _) in combinations(pairs, 2)):
            m.add(sum(var for _, var in pairs) <= 1)
            continue
        for (a, x), (b, y) in combinations(pairs, 2):
            if (a, b) not in p.doubled:
                m.add(x + y <= 1)


def one_place_at_a_time(m: cp_model.CpModel, p: CastingProblem, v: CastingVariables) -> None:
    """Dancer double-booked: no two shows that overlap or leave too little time to travel."""
    longest = 24 * 60 * 8  # no gap rule is longer than travel plus a week of rest
    for d, shows in v.shows_of.items():
        for i, a in enumerate(shows):
            for b in shows[i + 1 :]:
                if p.shows[b].start >= p.shows[a].end + longest:
                    break
                if p.conflict(d, a, b):
                    m.add(v.works[d, a] + v.works[d, b] <= 1)


def weekly_show_limit(m: cp_model.CpModel, p: CastingProblem, v: CastingVariables) -> None:
    """Too many shows in a week: at most the house's limit for the dancer's tier (ISO weeks)."""
    for d, shows in v.shows_of.items():
        limit = p.dancers[d].max_shows_per_week
        if limit is None:
            continue
        for week in _group(shows, lambda s: p.shows[s].week).values():
            if len(week) > limit:
                m.add(sum(v.works[d, s] for s in week) <= limit)


def weekly_lead_limit(m: cp_model.CpModel, p: CastingProblem, v: CastingVariables) -> None:
    """Too many leads in a week: full-length leads per ISO week at most the house's limit."""
    for d, shows in _lead_shows(p, v).items():
        limit = p.dancers[d].max_leads_per_week
        for week in _group(shows, lambda s: p.shows[s].week).values():
            if len(week) > limit:
                m.add(sum(v.leads[d, s] for s in week) <= limit)


def no_lead_in_both_shows(m: cp_model.CpModel, p: CastingProblem, v: CastingVariables) -> None:
    """Lead in both shows of a day: at most one full-length lead a day, where the house says so."""
    for d, shows in _lead_shows(p, v).items():
        if not p.dancers[d].no_lead_in_both_shows:
            continue
        for day in _group(shows, lambda s: p.shows[s].day).values():
            if len(day) > 1:
                m.add(sum(v.leads[d, s] for s in day) <= 1)


def rest_between_leads(m: cp_model.CpModel, p: CastingProblem, v: CastingVariables) -> None:
    """Too little rest between leads: at least ``min_days_between_leads`` free days between two."""
    for d, shows in _lead_shows(p, v).items():
        gap = p.dancers[d].min_days_between_leads
        for i, a in enumerate(shows):
            for b in shows[i + 1 :]:
                apart = (p.shows[b].day - p.shows[a].day).days
                if apart > gap:
                    break
                if apart > 0:
                    m.add(v.leads[d, a] + v.leads[d, b] <= 1)


def consecutive_days_limit(m: cp_model.CpModel, p: CastingProblem, v: CastingVariables) -> None:
    """Too many days in a row: at most ``max_consecutive_working_days`` show days running."""
    for d, shows in v.shows_of.items():
        limit = p.dancers[d].max_consecutive_days
        days = _group(shows, lambda s: p.shows[s].day)
        worked: dict[dt.date, cp_model.IntVar] = {}
        for day in sorted(days):
            window = [day.fromordinal(day.toordinal() - i) for i in range(limit + 1)]
            if not all(w in days for w in window):
                continue  # a day without any possible show breaks every such run
            for w in window:
                if w not in worked:
                    worked[w] = _worked(m, [v.works[d, s] for s in days[w]], f"y{d}_{w}")
            m.add(sum(worked[w] for w in window) <= limit)


def rehearsal_load(m: cp_model.CpModel, p: CastingProblem, v: CastingVariables) -> None:
    """Rehearsal load over the dancer's time: a dancer's calls for a production fit in the
    share of their free time before their first show in it (:mod:`~etoile.problems.casting_load`).

    ``load + (most - limit) * works[show] <= most``: the limit binds when they dance the show.
    """
    for rule in p.loads:
        if rule.dancer not in v.shows_of:
            continue  # the dancer dances nothing here (a part of a problem)
        d, shows = rule.dancer, p.runs.get(rule.production, [])
        roles = {*rule.own, *rule.company, *rule.coached}
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
        for s, cap in rule.limits:
            if (d, s) in v.works:
                load = cp_model.LinearExpr.weighted_sum(
                    [*xs, v.works[d, s]], [*coeffs, rule.most - cap]
                )
                m.add(load <= rule.most)


CONSTRAINTS = (
    role_slots_filled,
    pins_kept,
    one_role_per_show,
    one_place_at_a_time,
    weekly_show_limit,
    weekly_lead_limit,
    no_lead_in_both_shows,
    rest_between_leads,
    consecutive_days_limit,
    rehearsal_load,
)
"""Every hard rule, in the order of ``docs/casting.md``."""


def _worked(m: cp_model.CpModel, xs: list[cp_model.IntVar], name: str) -> cp_model.IntVar:
    if len(xs) == 1:
        return xs[0]
    var = m.new_bool_var(name)
    for x in xs:
        m.add(var >= x)
    return var


def _lead_shows(p: CastingProblem, v: CastingVariables) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    for d, s in sorted(v.leads, key=lambda key: (key[0], p.shows[key[1]].start, key[1])):
        found[d].append(s)
    return found


def _group(shows: list[int], key: Callable[[int], K]) -> dict[K, list[int]]:
    groups: dict[K, list[int]] = defaultdict(list)
    for s in shows:
        groups[key(s)].append(s)
    return groups
