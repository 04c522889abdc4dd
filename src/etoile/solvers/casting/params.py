"""How to run the casting solver: time, workers, seed, determinism."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class CastingParams:
    """Solver settings.

    Parameters
    ----------
    time_limit
        Seconds. In deterministic mode this is a *deterministic* time budget (CP-SAT's own
        work units, close to seconds on this kind of machine), with a wall-clock safety limit
        of ``wall_factor`` times it; otherwise a wall-clock limit.
    workers
        CP-SAT workers (threads).
    seed
        Random seed; the same season, seed and workers give the same plan in deterministic mode.
    deterministic
        Interleave the workers' search in a fixed order and stop on deterministic time, so that
        two runs return the same plan. A little slower than free-running parallel search.
    wall_factor
        Wall-clock safety limit as a multiple of ``time_limit`` in deterministic mode.
    log
        Print CP-SAT's search log.
    greedy_start
        When no starting cast is given, start the search from the greedy sheet (when the
        greedy fills every place): CP-SAT then never returns worse than the greedy baseline.
    """

    time_limit: float = 30.0
    workers: int = 2
    seed: int = 0
    deterministic: bool = True
    wall_factor: float = 3.0
    log: bool = False
    greedy_start: bool = True


@dataclass(frozen=True)
class Progress:
    """A new best plan: its objective, the best proven bound, seconds since the start."""

    objective: float
    bound: float
    seconds: float
    solutions: int


ProgressFn = Callable[[Progress], None]
"""Called from the solver's thread on every improving solution."""
