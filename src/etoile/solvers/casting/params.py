"""How to run the casting solver: time, workers, seed, determinism."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal


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
    first_plan
        Stop at the first complete plan (used to find a feasible cast fast).
    greedy_start
        When no starting cast is given, start the search from the greedy sheet (when the
        greedy fills every place): CP-SAT then never returns worse than the greedy baseline.
    method
        ``"whole"``: one model of the whole season (of each independent group of houses);
        ``"runs"``: run by run, with a bound from each run alone (:mod:`.runs`); ``"auto"``
        (default): by runs when the season has more than ``RUNS_ABOVE`` eligible pairs.
    """

    time_limit: float = 30.0
    workers: int = 2
    seed: int = 0
    deterministic: bool = True
    wall_factor: float = 3.0
    log: bool = False
    first_plan: bool = False
    greedy_start: bool = True
    method: Literal["auto", "whole", "runs"] = "auto"


RUNS_ABOVE = 20_000
"""Eligible (slot, dancer) pairs above which ``method="auto"`` solves run by run: the single
model of a season that size does not find a plan in a minute (``docs/casting.md``)."""


@dataclass(frozen=True)
class Progress:
    """A new best plan: its objective, the best proven bound, seconds since the start."""

    objective: float
    bound: float
    seconds: float
    solutions: int


ProgressFn = Callable[[Progress], None]
"""Called from the solver's thread on every improving solution."""
