"""How to run the calendar solver: time, workers, seed, determinism."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class RehearsalParams:
    """Solver settings.

    Parameters
    ----------
    time_limit
        Seconds for the whole calendar, shared among the parts of the rolling horizon in
        proportion to their calls. In deterministic mode a *deterministic* budget (CP-SAT work
        units), with a wall-clock safety limit of ``wall_factor`` times it.
    workers
        CP-SAT workers (threads).
    seed
        Random seed: the same season, plan, seed and workers give the same calendar.
    deterministic
        Interleave the workers' search and stop on deterministic time.
    order_calls
        Reorder the calls of a day with the exact talent-scheduling solver.
    exact
        Give the batches the greedy placer leaves incomplete to CP-SAT.
    """

    time_limit: float = 60.0
    workers: int = 2
    seed: int = 0
    deterministic: bool = True
    wall_factor: float = 3.0
    order_calls: bool = True
    exact: bool = True
    log: bool = False


ProgressFn = Callable[[str, int, int], None]
"""Called with the part being solved (a production's title), its number and the count."""
