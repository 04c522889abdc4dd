"""Between the index-based cast and the plan's ``(performance, role, dancer)`` assignments."""

from __future__ import annotations

from etoile.domain import CastAssignment, Plan
from etoile.problems.casting import CastingProblem


def to_assignments(
    problem: CastingProblem, cast: list[tuple[int, int]], plan: Plan | None, season_id: str
) -> Plan:
    """``plan`` (or a new one) with its casting replaced by ``cast``, in show and role order.

    Parameters
    ----------
    problem
        The problem the indices refer to.
    cast
        (slot, dancer) pairs.
    plan
        The plan to copy; everything but its casting is kept.
    season_id
        The season of the new plan when ``plan`` is None.

    Returns
    -------
    Plan
        A copy; ``plan`` itself is unchanged.
    """
    assignments = [
        CastAssignment(
            performance=problem.shows[problem.slots[k].show].id,
            role=problem.roles[problem.slots[k].role].id,
            dancer=problem.dancers[d].id,
        )
        for k, d in sorted(cast)
    ]
    base = plan or Plan(season=season_id)
    return base.model_copy(update={"casting": assignments})


def from_assignments(problem: CastingProblem, plan: Plan) -> list[tuple[int, int]]:
    """The (slot, dancer) pairs of ``plan.casting`` that the problem knows (others dropped)."""
    found = []
    for a in plan.casting:
        s = problem.show_index.get(a.performance)
        r = problem.role_index.get(a.role)
        d = problem.dancer_index.get(a.dancer)
        if s is not None and r is not None and d is not None and (s, r) in problem.slot_index:
            found.append((problem.slot_index[s, r], d))
    return found
