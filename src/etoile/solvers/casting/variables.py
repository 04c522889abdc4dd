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
    together: dict[tuple[int, int, int, int], cp_model.IntVar] = field(default_factory=dict)
    """(role r, partner role q, d, e) with r < q -> at least 1 when ``d`` dances ``r`` with
    ``e`` in ``q`` in a show of the run (bounded from below only: made by the rules and terms
    that count couples, whose costs or limits push it down)."""


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


def role_used(
    model: cp_model.CpModel, v: CastingVariables, r: int, d: int, slots: list[int]
) -> cp_model.IntVar:
    """A literal true exactly when dancer ``d`` dances role ``r`` in one of ``slots`` (made
    once, shared by the rules and terms that need it).

    Parameters
    ----------
    model, v
        The model and its variables; the literal is kept in ``v.used``.
    r, d
        Role and dancer indices.
    slots
        The role's slots in the run; only the first call for (``r``, ``d``) reads them.
    """
    if (r, d) not in v.used:
        mine = [v.cast[k, d] for k in slots if (k, d) in v.cast]
        used = model.new_bool_var(f"u{r}_{d}")
        for x in mine:
            model.add(used >= x)
        model.add(used <= sum(mine))
        v.used[r, d] = used
    return v.used[r, d]


def couple_slots(p: CastingProblem, r: int, q: int) -> list[tuple[int, int]]:
    """(slot of ``r``, slot of ``q``) per show of the run that has both roles."""
    shows = p.runs.get(p.roles[r].production, [])
    return [
        (p.slot_index[s, r], p.slot_index[s, q])
        for s in shows
        if (s, r) in p.slot_index and (s, q) in p.slot_index
    ]


def together_var(
    model: cp_model.CpModel, p: CastingProblem, v: CastingVariables, r: int, q: int, d: int, e: int
) -> cp_model.IntVar | None:
    """The ``together`` literal of ``d`` in role ``r`` with ``e`` in role ``q`` (either order
    of roles); None when they can never dance together.

    Parameters
    ----------
    model, p, v
        The model, the problem and the variables (the literal is kept in ``v.together``).
    r, q
        The partnered roles.
    d, e
        The dancer in ``r`` and the dancer in ``q``.

    Returns
    -------
    cp_model.IntVar or None
        At least 1 when they dance together in a show of the run (bounded from below only).
    """
    if r > q:
        r, q, d, e = q, r, e, d
    key = (r, q, d, e)
    if key not in v.together:
        rows = [
            (v.cast[a, d], v.cast[b, e])
            for a, b in couple_slots(p, r, q)
            if (a, d) in v.cast and (b, e) in v.cast
        ]
        if not rows or d == e:
            return None
        var = model.new_bool_var(f"k{r}_{q}_{d}_{e}")
        for x, y in rows:
            model.add(var >= x + y - 1)
        v.together[key] = var
    return v.together[key]
