"""Decision variables of the casting model.

Only statically eligible (slot, dancer) pairs get a variable: eligibility pruning is what keeps
the model small. An ensemble role of 24 swans is one slot with a required *count*, not 24
symmetric slots, so there is no symmetry between interchangeable places in the line.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from etoile.problems.casting import CastingProblem


@dataclass
class CastingVariables:
    """The variables, by index.

    Attributes
    ----------
    cast
        (slot, dancer) -> 1 when the dancer dances the slot's role in its show.
    works
        (dancer, show) -> 1 when the dancer dances anything in the show.
    leads
        (dancer, show) -> 1 when the dancer dances a lead in a full-length show (the labour
        rules on leads count these).
    shows_of
        dancer -> the shows they could dance, in order of start.
    used
        (role, dancer) -> 1 when the dancer dances the role anywhere in the problem.
    """

    cast: dict[tuple[int, int], cp_model.IntVar] = field(default_factory=dict)
    works: dict[tuple[int, int], cp_model.IntVar] = field(default_factory=dict)
    leads: dict[tuple[int, int], cp_model.IntVar] = field(default_factory=dict)
    shows_of: dict[int, list[int]] = field(default_factory=dict)
    used: dict[tuple[int, int], cp_model.IntVar] = field(default_factory=dict)
    """(role, dancer) -> 1 when the dancer dances the role in its run (made by the terms)."""


def make_variables(model: cp_model.CpModel, problem: CastingProblem) -> CastingVariables:
    """Create ``cast`` for every eligible pair and channel ``works`` and ``leads`` from it."""
    found = CastingVariables()
    roles_in: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
    leads_in: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
    for k, slot in enumerate(problem.slots):
        is_lead = problem.roles[slot.role].lead and problem.shows[slot.show].full_length
        for d in slot.candidates:
            var = model.new_bool_var(f"c{k}_{d}")
            found.cast[k, d] = var
            roles_in[d, slot.show].append(var)
            if is_lead:
                leads_in[d, slot.show].append(var)
    found.works = {key: _any(model, xs, f"w{key[0]}_{key[1]}") for key, xs in roles_in.items()}
    found.leads = {key: _any(model, xs, f"l{key[0]}_{key[1]}") for key, xs in leads_in.items()}
    shows_of: dict[int, list[int]] = defaultdict(list)
    for d, s in sorted(found.works, key=lambda key: (key[0], problem.shows[key[1]].start, key[1])):
        shows_of[d].append(s)
    found.shows_of = dict(shows_of)
    return found


def _any(model: cp_model.CpModel, xs: list[cp_model.IntVar], name: str) -> cp_model.IntVar:
    """A literal true exactly when one of ``xs`` is; the variable itself when there is one."""
    if len(xs) == 1:
        return xs[0]
    var = model.new_bool_var(name)
    for x in xs:
        model.add(var >= x)
    model.add(var <= sum(xs))
    return var
