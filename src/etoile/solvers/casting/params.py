"""How to run the casting solver: budget, workers, seed, determinism."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from etoile.solvers.cpsat import WALL_FACTOR, CpSatSettings, Progress, ProgressFn

__all__ = ["GROUPS_FROM", "RUNS_ABOVE", "CastingParams", "Progress", "ProgressFn"]


@dataclass(frozen=True)
class CastingParams:
    """Solver settings.

    Parameters
    ----------
    time_limit
        The budget of the whole casting, in *deterministic* seconds (CP-SAT's count of work,
        :mod:`etoile.solvers.cpsat`): the same season, seed and workers give the same plan on
        an idle or a loaded machine. Shared among the independent parts, the runs and their
        repairs by deterministic measures (eligible pairs, deterministic time used), never by
        the wall clock. With ``deterministic=False``, wall seconds of each solve.
    workers
        CP-SAT workers (threads).
    seed
        Random seed; the same season, seed and workers give the same plan in deterministic mode.
    deterministic
        Interleave the workers' search in a fixed order and stop on deterministic time, so that
        two runs return the same plan. A little slower than free-running parallel search.
    wall_factor
        Wall-clock safety cap of each CP-SAT solve, as a multiple of its deterministic budget
        (at least :data:`~etoile.solvers.cpsat.WALL_FLOOR` seconds); it should never be what
        stops a solve.
    log
        Print CP-SAT's search log.
    first_plan
        Stop at the first complete plan (used to find a feasible cast fast).
    greedy_start
        When no starting cast is given, start the search from the greedy sheet (when the
        greedy fills every place): CP-SAT then never returns worse than the greedy baseline.
    method
        ``"whole"``: one model of the whole season (of each independent group of houses);
        ``"runs"``: run by run, with a bound from each run alone (:mod:`.runs`);
        ``"groups"``: role group by role group, with a bound from each group alone
        (:mod:`.groups`); ``"auto"`` (default): when the season has more than
        ``RUNS_ABOVE`` eligible pairs, by groups from a budget of ``GROUPS_FROM``
        deterministic seconds, by runs below it; one model otherwise.
    """

    time_limit: float = 30.0
    workers: int = 2
    seed: int = 0
    deterministic: bool = True
    wall_factor: float = WALL_FACTOR
    log: bool = False
    first_plan: bool = False
    greedy_start: bool = True
    method: Literal["auto", "whole", "runs", "groups"] = "auto"

    def cp_sat(self, time_limit: float | None = None) -> CpSatSettings:
        """The CP-SAT settings of one solve of ``time_limit`` (default: the whole budget)."""
        return CpSatSettings(
            time_limit=self.time_limit if time_limit is None else time_limit,
            workers=self.workers,
            seed=self.seed,
            deterministic=self.deterministic,
            wall_factor=self.wall_factor,
            log=self.log,
            first_plan=self.first_plan,
        )


RUNS_ABOVE = 20_000
"""Eligible (slot, dancer) pairs above which ``method="auto"`` solves a season by parts
instead of in one model: the single model of a season that size does not find a plan in a
minute (``docs/casting.md``)."""

GROUPS_FROM = 60.0
"""The least budget (deterministic seconds) at which ``method="auto"`` solves a large season
role group by role group rather than run by run. Measured on the demo season (seed 0, 2
workers): at 40 the run-by-run plan is better (objective 14,371 against 16,311); at 60 the two
are within 1% (12,298 run by run, 12,423 by groups) and the groups' bound is 58% higher (3,890
against 2,463); at 120 the groups' plan is better (10,443 against 11,327, bound 4,023 against
3,101) in three quarters of the wall time."""
