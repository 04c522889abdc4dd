"""The hard rules of casting, one function per family, named as in ``docs/casting.md``.

Every function adds linear constraints only, so the same model can be handed to a MILP solver
(:mod:`etoile.solvers.casting.milp`). Eligibility (tier, tags, presence, absences, learning)
is not here: it pruned the variables when the problem was compiled. Nor are the labour rules
(shows and leads a week, rest between leads, days in a row, the rehearsal load): each has its
module in :mod:`etoile.solvers.labor`, and :data:`CONSTRAINTS` takes them from the registry.

Each function has the shape of :data:`~etoile.solvers.labor.rule.CastingConstraint`: it takes
the model, the problem and its variables (``m, p, v``) and adds its rows to ``m``.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from ortools.sat.python import cp_model

from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.variables import CastingVariables
from etoile.solvers.labor.registry import CASTING_CONSTRAINTS


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


CONSTRAINTS = (
    role_slots_filled,
    pins_kept,
    one_role_per_show,
    one_place_at_a_time,
    *CASTING_CONSTRAINTS,
)
"""Every hard rule, in the order of ``docs/casting.md``: the labour rules come from their
registry (:data:`etoile.solvers.labor.registry.CASTING_CONSTRAINTS`), in its order."""
