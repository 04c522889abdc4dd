"""Independent check of a talent scheduling order: is it a permutation, and what does it cost.

Written from the definition, with explicit start times and no bitmasks, and without importing
:mod:`etoile.solvers` or :mod:`etoile.problems`, so that a solver's claimed costs can be
re-computed by other means. It reads only the three tables of a :class:`Scenes` (a
:class:`~etoile.problems.talent.TalentProblem` is one).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from etoile.validate.violation import Severity, Violation

RULE = "Scene order is not a permutation"


class Scenes(Protocol):
    """What the check reads of a talent scheduling problem: scenes, actors and who plays where."""

    @property
    def durations(self) -> Sequence[int]:
        """``durations[s]``: the length of scene ``s``."""

    @property
    def costs(self) -> Sequence[int]:
        """``costs[a]``: what actor ``a`` costs per time unit on location."""

    @property
    def needs(self) -> Sequence[Sequence[bool]]:
        """``needs[a][s]``: actor ``a`` plays in scene ``s``."""


@dataclass(frozen=True)
class TalentCost:
    """The costs of one order.

    Parameters
    ----------
    total
        Sum over actors of cost x (end of last scene - start of first scene).
    waiting
        ``total - fixed``: what actors are paid while waiting between their scenes.
    fixed
        Sum over actors of cost x (summed length of their own scenes); the same for every order.
    """

    total: int
    waiting: int
    fixed: int


def check_order(problem: Scenes, order: Sequence[int]) -> list[Violation]:
    """Violations when ``order`` is not a permutation of the scenes (amount: how many scenes
    are missing, repeated or unknown).

    Parameters
    ----------
    problem
        The scenes and who plays in them.
    order
        The proposed order, as scene indices.

    Returns
    -------
    list[Violation]
        At most three errors of rule :data:`RULE`: one each for missing, repeated and unknown
        scenes; empty when ``order`` is a permutation.
    """
    n = len(problem.durations)
    counts = Counter(order)
    unknown = sorted(s for s in counts if not (isinstance(s, int) and 0 <= s < n))
    repeated = sorted(s for s, k in counts.items() if k > 1 and s not in unknown)
    missing = [s for s in range(n) if s not in counts]
    found = []
    for label, scenes in (("missing", missing), ("repeated", repeated), ("unknown", unknown)):
        if scenes:
            found.append(
                Violation(
                    rule=RULE,
                    severity=Severity.ERROR,
                    entities=tuple(f"scene {s}" for s in scenes),
                    amount=float(len(scenes)),
                    message=f"{len(scenes)} scene(s) {label} in the order: {scenes}",
                )
            )
    return found


def evaluate_order(problem: Scenes, order: Sequence[int]) -> TalentCost:
    """Re-compute the total and waiting cost of ``order`` from start times.

    Parameters
    ----------
    problem
        The scenes, their lengths, and the actors' costs and scenes.
    order
        The scenes in order of shooting, each once.

    Returns
    -------
    TalentCost
        The total, waiting and fixed costs.

    Raises
    ------
    ValueError
        When ``order`` is not a permutation of the scenes.
    """
    broken = check_order(problem, order)
    if broken:
        raise ValueError("; ".join(v.message for v in broken))
    n = len(problem.durations)
    start = [0] * n
    clock = 0
    for scene in order:
        start[scene] = clock
        clock += problem.durations[scene]
    total = fixed = 0
    for actor, cost in enumerate(problem.costs):
        own = [s for s in range(n) if problem.needs[actor][s]]
        if not own:
            continue
        arrive = min(start[s] for s in own)
        leave = max(start[s] + problem.durations[s] for s in own)
        total += cost * (leave - arrive)
        fixed += cost * sum(problem.durations[s] for s in own)
    return TalentCost(total=total, waiting=total - fixed, fixed=fixed)
