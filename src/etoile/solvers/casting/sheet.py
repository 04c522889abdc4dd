"""The greedy casting sheet: what is cast so far, indexed for the rule checks.

:mod:`.greedy` fills it; the labour rules' checks (:mod:`etoile.solvers.labor`, each rule's
``casting_check``) read it. It holds state only, so that the rules can read it without
importing the placer that asks them.
"""

from __future__ import annotations

from collections import defaultdict

from etoile.problems.casting import CastingProblem
from etoile.problems.casting_load import LoadData
from etoile.solvers.casting.result import Cast


class Sheet:
    """What is cast so far, indexed for the rule checks.

    Parameters
    ----------
    problem
        The compiled casting problem.
    """

    def __init__(self, problem: CastingProblem) -> None:
        self.p = problem
        self.cast: Cast = []
        self.cast_in: dict[int, set[int]] = defaultdict(set)
        """Slot -> the dancers cast in it."""
        self.roles_in: dict[tuple[int, int], list[int]] = defaultdict(list)
        """(dancer, show) -> the roles they dance in it."""
        self.shows: dict[int, set[int]] = defaultdict(set)
        """Dancer -> the shows they dance."""
        self.leads: dict[int, set[int]] = defaultdict(set)
        """Dancer -> the shows where they dance a full-length lead."""
        self.in_run: dict[tuple[int, str, int], int] = defaultdict(int)
        """(dancer, production, role) -> how many shows of the run they dance it in."""
        self.loads: dict[tuple[int, str], LoadData] = {
            (rule.dancer, rule.production): rule for rule in problem.loads
        }
        """(dancer, production) -> the rehearsal load rule that may bind."""

    def is_lead(self, k: int) -> bool:
        """Whether slot ``k`` is a full-length lead."""
        slot = self.p.slots[k]
        return self.p.roles[slot.role].lead and self.p.shows[slot.show].full_length

    def put(self, k: int, d: int) -> None:
        """Cast dancer ``d`` in slot ``k``."""
        slot = self.p.slots[k]
        self.cast.append((k, d))
        self.cast_in[k].add(d)
        self.roles_in[d, slot.show].append(slot.role)
        self.shows[d].add(slot.show)
        if self.is_lead(k):
            self.leads[d].add(slot.show)
        self.in_run[d, self.p.shows[slot.show].production, slot.role] += 1
