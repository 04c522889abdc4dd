"""The objective of a cast computed exactly, in plain Python, term by term.

The same formulas as the model's terms in :mod:`.objective` (and over the same runs, pools and
pairs), so a solver can compare two casts exactly, also where a term's helper variables are
bounded from one side only. ``etoile.validate.casting.casting_objective`` recomputes the same
values independently from a plan; the tests hold the three equal. The distinct casts and
couples beyond what a run needs are counted ``max(0, casts - needed)``, where the model has
``casts - needed`` (a constant off its term): the same for every complete cast, and never
below 0 for a partial one (the greedy sheet's).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

from etoile.domain import CastingWeights, Tier
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.objective import (
    casts_needed,
    couple_candidates,
    couple_slot_pairs,
    couples_needed,
    draw_weight,
    fair_share,
    listed_partners,
    run_roles,
)


@dataclass(frozen=True)
class Needed:
    """The casts each solo role's run needs (by its slots) and the couples each pair of
    partnered roles needs (by its pairs of slots): constants of a problem, computed once by
    :func:`needed` for a caller that evaluates many casts of it."""

    casts: dict[tuple[int, ...], int]
    couples: dict[tuple[tuple[int, int], ...], int]


def needed(problem: CastingProblem) -> Needed:
    """:class:`Needed` of ``problem``."""
    return Needed(
        {
            tuple(slots): casts_needed(problem, slots)
            for _, r, slots in run_roles(problem)
            if problem.roles[r].count == 1
        },
        {tuple(pairs): couples_needed(problem, pairs) for pairs in couple_slot_pairs(problem)},
    )


def evaluate(
    problem: CastingProblem,
    weights: CastingWeights,
    cast: list[tuple[int, int]],
    known: Needed | None = None,
) -> dict[str, float]:
    """Every term of the objective for ``cast``, computed from the cast in plain Python.

    The same formulas as the model's terms (and over the same runs, pools and pairs), so a
    solver can compare two casts exactly, also where a term's helper variables are bounded
    from one side only. ``etoile.validate.casting.casting_objective`` recomputes the same
    values independently from a plan; the tests hold the three equal.

    Parameters
    ----------
    problem
        The compiled problem: its runs, pools, learning hours and draws.
    weights
        The season's casting weights.
    cast
        (slot, dancer) pairs, complete or not.
    known
        The problem's :func:`needed` casts and couples, when the caller has them (None:
        computed here).

    Returns
    -------
    dict[str, float]
        Term name -> weighted value, every term of :data:`~etoile.solvers.casting.objective.TERMS`.
    """
    chosen: dict[int, set[int]] = defaultdict(set)
    for k, d in cast:
        chosen[k].add(d)
    w = weights
    known = needed(problem) if known is None else known
    fair = debut = distinct = couples = unliked = changes = draw = learnt = 0
    for _, r, slots in run_roles(problem):
        role = problem.roles[r]
        candidates = {d for k in slots for d in problem.slots[k].candidates}
        if role.lead:
            pool = {d for d in candidates if problem.dancers[d].tier is Tier.PRINCIPAL}
            if pool:
                share = fair_share(problem, slots, sorted(pool))
                danced = [sum(d in chosen[k] for k in slots) for d in pool]
                fair += sum(max(0, n - share) for n in danced)
            debutants = {
                d
                for d in candidates
                if problem.dancers[d].tier is Tier.SOLOIST and r not in problem.dancers[d].known
            }
            if debutants and not any(chosen[k] & debutants for k in slots):
                debut += 1
        if role.count == 1:
            dancers = set().union(*(chosen[k] for k in slots))
            distinct += max(0, len(dancers) - known.casts[tuple(slots)])
            learnt += sum(problem.learning.get((d, r), 0) for d in dancers)
        else:
            changes += sum(len(chosen[a] - chosen[b]) for a, b in pairwise(slots))
    for pairs in couple_slot_pairs(problem):
        made = {(d, e) for a, b in pairs for d in chosen[a] for e in chosen[b] if d != e}
        couples += max(0, len(made) - known.couples[tuple(pairs)])
        for a, b in pairs:
            if any(listed_partners(problem, d, e) for d, e in couple_candidates(problem, a, b)):
                unliked += not any(
                    listed_partners(problem, d, e) for d in chosen[a] for e in chosen[b]
                )
    for k, slot in enumerate(problem.slots):
        weight = draw_weight(problem, k, w)
        if weight and chosen[k]:
            best = max(problem.dancers[d].draw for d in slot.candidates)
            draw += weight * sum(best - problem.dancers[d].draw for d in chosen[k])
    guests = {
        (d, problem.slots[k].show)
        for k, ds in chosen.items()
        for d in ds
        if problem.dancers[d].company != problem.shows[problem.slots[k].show].company
    }
    return {
        "lead_fair_share": float(w.lead_fair_share * fair),
        "soloist_debut": float(w.soloist_debut * debut),
        "distinct_cast": float(w.distinct_cast * distinct),
        "distinct_couple": float(w.distinct_couple * couples),
        "unpreferred_couple": float(w.unpreferred_couple * unliked),
        "corps_change": float(w.corps_change * changes),
        "top_draw": float(draw),
        "guest_show": float(w.guest_show * len(guests)),
        "learning": float(w.learning * learnt),
    }
