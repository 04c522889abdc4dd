"""A casting problem restricted to some of its slots, some of them fixed to a given cast."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from etoile.problems.casting import CastingProblem


def subproblem(
    problem: CastingProblem, keep: list[int], fixed: list[tuple[int, int]] | None = None
) -> CastingProblem:
    """``problem`` with only the slots ``keep`` (in that order).

    A slot with pairs in ``fixed`` (whole-problem indices) gets exactly those dancers as its
    candidates, so the sub-model can only keep them; pins and exclusions follow their slots.
    Every hard rule on the kept slots is that of the whole problem, so a sub-problem without
    fixed slots is a relaxation of the whole.

    Parameters
    ----------
    problem
        The whole problem.
    keep
        The slots to keep, in the sub-problem's order (its slot ``i`` is ``keep[i]``).
    fixed
        (slot, dancer) pairs of kept slots to hold as they are.

    Returns
    -------
    CastingProblem
        Shows, roles and dancers as in ``problem`` (their indices unchanged).
    """
    index = {k: i for i, k in enumerate(keep)}
    chosen: dict[int, list[int]] = defaultdict(list)
    for k, d in fixed or []:
        chosen[k].append(d)
    slots = tuple(
        replace(problem.slots[k], candidates=tuple(sorted(chosen[k])))
        if k in chosen
        else problem.slots[k]
        for k in keep
    )
    return replace(
        problem,
        slots=slots,
        exclusions={index[k]: why for k, why in problem.exclusions.items() if k in index},
        pins=tuple((index[k], d) for k, d in problem.pins if k in index),
    )
