"""The casting objective recomputed from a plan, term by term, without the solver.

Definitions (``docs/casting.md``, 'Soft goals'); a *run* is every show of one production, in
order of start; *eligible* is the static rule (tier, tags, present, not absent, learnt in time).
"""

from __future__ import annotations

import math
from collections import defaultdict
from itertools import pairwise

from etoile.domain import Plan, Production, Role, Season, Tier
from etoile.validate.casting_facts import Facts
from etoile.validate.eligibility import knows, learning_hours

TERM_NAMES = (
    "lead_fair_share",
    "soloist_debut",
    "distinct_cast",
    "distinct_couple",
    "unpreferred_couple",
    "corps_change",
    "top_draw",
    "guest_show",
    "learning",
)


def _learning(season: Season, role: Role, dancers: set[str]) -> int:
    """Hours, each dancer's rounded up, that ``dancers`` must learn to dance ``role``."""
    found = 0
    for d in dancers:
        dancer = season.dancers[d].item
        if not knows(dancer, role):
            found += math.ceil(learning_hours(season, dancer, role))
    return found


def casting_objective(season: Season, plan: Plan) -> dict[str, float]:
    """Each soft term's penalty for ``plan.casting``; their sum is the objective.

    The plan is assumed to pass the hard rules (a penalty of a broken plan means little).

    Parameters
    ----------
    season
        The season, with its casting weights.
    plan
        The plan whose casting is scored; its exchange decides who is where.

    Returns
    -------
    dict[str, float]
        Term name (:data:`TERM_NAMES`, all present) -> weighted penalty.
    """
    facts = Facts(season, plan)
    w = season.casting_weights
    cast: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in plan.casting:
        cast[a.performance, a.role].add(a.dancer)
    runs: dict[str, list[str]] = defaultdict(list)
    for perf_id, show in sorted(facts.shows.items(), key=lambda kv: (kv[1].start, kv[0])):
        runs[show.perf.production].append(perf_id)
    terms = dict.fromkeys(TERM_NAMES, 0.0)
    for production_id, run in runs.items():
        production = season.productions[production_id].item
        needed: dict[str, int] = {}
        for role in production.roles:
            eligible = {p: facts.eligible_for(p, role.id) for p in run}
            danced = [cast.get((p, role.id), set()) for p in run]
            if role.count == 1:
                needed[role.id] = _fewest_casts(facts, role.id, eligible)
            if role.lead:
                terms["lead_fair_share"] += w.lead_fair_share * _excess(
                    facts, role.id, eligible, danced
                )
                terms["soloist_debut"] += w.soloist_debut * _missed_debut(
                    facts, role.id, eligible, danced
                )
            if role.count == 1:
                dancers = set().union(*danced)
                terms["distinct_cast"] += w.distinct_cast * max(0, len(dancers) - needed[role.id])
                terms["learning"] += w.learning * _learning(season, role, dancers)
            else:
                terms["corps_change"] += w.corps_change * sum(
                    len(a - b) for a, b in pairwise(danced)
                )
        for r, q in _partnered(production):
            couples: set[tuple[str, str]] = set()
            for p in run:
                pairs = {
                    (d, e) for d in cast.get((p, r), ()) for e in cast.get((p, q), ()) if d != e
                }
                couples |= pairs
                liked = [
                    (d, e)
                    for d in facts.eligible_for(p, r)
                    for e in facts.eligible_for(p, q)
                    if d != e and _preferred(facts, d, e)
                ]
                if liked and not any(_preferred(facts, d, e) for d, e in pairs):
                    terms["unpreferred_couple"] += w.unpreferred_couple
            least = max(needed[r], needed[q])
            terms["distinct_couple"] += w.distinct_couple * max(0, len(couples) - least)
    for (perf_id, role_id), dancers in cast.items():
        show = facts.shows[perf_id]
        weight = (
            w.draw_gala
            if show.perf.gala or runs[show.perf.production][0] == perf_id
            else (
                w.draw_weekend if show.day.weekday() in (4, 5) and not show.perf.is_matinee else 0
            )
        )
        if weight and facts.role(role_id).lead:
            best = max((_draw(facts, d) for d in facts.eligible_for(perf_id, role_id)), default=0)
            terms["top_draw"] += weight * sum(best - _draw(facts, d) for d in dancers)
    guests = {
        (a.performance, a.dancer)
        for a in plan.casting
        if facts.home(a.dancer) != facts.shows[a.performance].house
    }
    terms["guest_show"] = float(w.guest_show * len(guests))
    return terms


def _draw(facts: Facts, dancer_id: str) -> int:
    return round(100 * facts.dancer(dancer_id).draw)


def _excess(
    facts: Facts, role_id: str, eligible: dict[str, list[str]], danced: list[set[str]]
) -> int:
    """Leads the run's principals dance above the fair share: the places shared by the fewest
    casts that can cover the run (the most places one principal can dance, week by week, under
    the shows and full-length leads a week of their house), at most the principals who may."""
    pool = {d for ds in eligible.values() for d in ds if facts.tier(d) is Tier.PRINCIPAL}
    if not pool:
        return 0
    count = facts.role(role_id).count
    places = count * len(eligible)
    most = max(_most(facts, role_id, eligible, d) for d in pool)
    casts = min(len(pool), math.ceil(places / most)) if most else len(pool)
    share = math.ceil(places / max(1, casts))
    return sum(max(0, sum(d in ds for ds in danced) - share) for d in pool)


def _most(facts: Facts, role_id: str, eligible: dict[str, list[str]], d: str) -> int:
    """The most shows of the run (``eligible``: show -> who may dance ``role_id``) dancer
    ``d`` may dance, week by week, under the shows and, for a full-length lead, the leads a
    week of their house."""
    labor = facts.season.company[facts.home(d)].labor
    full = any(facts.is_lead(perf_id, role_id) for perf_id in eligible)
    weeks: dict[tuple[int, int], int] = defaultdict(int)
    for perf_id, ds in eligible.items():
        if d in ds:
            iso = facts.shows[perf_id].day.isocalendar()
            weeks[iso.year, iso.week] += 1
    cap = labor.max_performances_per_week.get(facts.tier(d))
    total = 0
    for n in weeks.values():
        if cap is not None:
            n = min(n, cap)
        if full:
            n = min(n, labor.max_leads_per_week)
        total += n
    return total


def _fewest_casts(facts: Facts, role_id: str, eligible: dict[str, list[str]]) -> int:
    """The fewest dancers who can dance a solo role's every show of the run (``eligible``):
    the ones who may dance the most shows first. The distinct-cast and couple terms count
    only the casts beyond it."""
    if not eligible:
        return 0
    caps = sorted(
        (_most(facts, role_id, eligible, d) for d in {d for ds in eligible.values() for d in ds}),
        reverse=True,
    )
    covered = 0
    for n, cap in enumerate(caps, start=1):
        covered += cap
        if covered >= len(eligible):
            return n
    return len(caps)


def _missed_debut(
    facts: Facts, role_id: str, eligible: dict[str, list[str]], danced: list[set[str]]
) -> int:
    debutants = {
        d
        for ds in eligible.values()
        for d in ds
        if facts.tier(d) is Tier.SOLOIST and role_id not in facts.dancer(d).known_roles
    }
    if not debutants:
        return 0
    return 0 if any(debutants & ds for ds in danced) else 1


def _partnered(production: Production) -> list[tuple[str, str]]:
    """Pairs of partnered solo roles of ``production``, each once, in the production's order."""
    order = {r.id: i for i, r in enumerate(production.roles)}
    solo = {r.id for r in production.roles if r.count == 1}
    pairs: set[tuple[str, str]] = set()
    for r in production.roles:
        if r.partner is not None and r.partner in solo and r.id in solo and r.partner != r.id:
            first, second = sorted((r.id, r.partner), key=order.__getitem__)
            pairs.add((first, second))
    return sorted(pairs, key=lambda pair: order[pair[0]])


def _preferred(facts: Facts, d: str, e: str) -> bool:
    return e in facts.dancer(d).partners or d in facts.dancer(e).partners
