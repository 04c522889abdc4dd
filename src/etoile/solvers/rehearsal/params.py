"""How to run the calendar solver: budget, workers, seed, determinism."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from etoile.solvers.cpsat import WALL_FACTOR, CpSatSettings

PROBING_LEVEL = 0
"""CP-SAT's probing on the calendar's models costs seconds and finds little."""


@dataclass(frozen=True)
class RehearsalParams:
    """Solver settings.

    Parameters
    ----------
    time_limit
        Deterministic seconds (CP-SAT's count of work, :mod:`etoile.solvers.cpsat`) for the
        CP-SAT models of the whole calendar, shared among the batches of the rolling horizon
        in proportion to their calls. The greedy placer is not counted: it always runs to the
        end. With ``deterministic=False``, wall seconds of each batch's solve.
    workers
        CP-SAT workers (threads).
    seed
        Random seed: the same season, plan, seed and workers give the same calendar.
    deterministic
        Interleave the workers' search and stop on deterministic time.
    wall_factor
        Wall-clock safety cap of each CP-SAT solve, as a multiple of its deterministic budget
        (at least :data:`~etoile.solvers.cpsat.WALL_FLOOR` seconds); it should never be what
        stops a solve.
    order_calls
        Reorder the calls of a day with the exact talent-scheduling solver.
    exact
        Give the batches the greedy placer leaves incomplete to CP-SAT.
    log
        Print CP-SAT's search log.
    """

    time_limit: float = 60.0
    workers: int = 2
    seed: int = 0
    deterministic: bool = True
    wall_factor: float = WALL_FACTOR
    order_calls: bool = True
    exact: bool = True
    log: bool = False

    def cp_sat(self, time_limit: float) -> CpSatSettings:
        """The CP-SAT settings of one batch's solve of ``time_limit``."""
        return CpSatSettings(
            time_limit=time_limit,
            workers=self.workers,
            seed=self.seed,
            deterministic=self.deterministic,
            wall_factor=self.wall_factor,
            log=self.log,
            probing_level=PROBING_LEVEL,
        )


ProgressFn = Callable[[str, int, int], None]
"""Called with the part being solved (a production's title), its number and the count."""
