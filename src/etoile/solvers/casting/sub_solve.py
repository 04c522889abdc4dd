"""A sub-solve of the casting: some slots solved with others fixed, within a share of the budget.

:class:`Part` casts some slots of a problem by CP-SAT with the cast of others fixed, in
whole-problem indices; :class:`Budget` shares the deterministic budget out among such
sub-solves and counts what they spend. The run-by-run and group solvers and the casting repair
are made of them.
"""

from __future__ import annotations

import time
from dataclasses import replace

from etoile.domain import CastingWeights
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.cpsat_model import CastingModel
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.result import Cast, CastingResult
from etoile.solvers.casting.subproblem import subproblem

MIN_SOLVE = 0.5
"""The least deterministic seconds a sub-solve gets; with less left, it is skipped."""


class Budget:
    """The deterministic budget ``params.time_limit`` shared out.

    The sub-solves' deterministic seconds are counted; each sub-solve asks for a share of
    what is left (the first cast's repairs all of it, each run its eligible pairs' share of
    the runs still to improve) and gets it, at least :data:`MIN_SOLVE`, never more than what
    is left; with less than :data:`MIN_SOLVE` left, it is skipped. Nothing here reads the wall
    clock but the report's wall seconds and the progress: the same season, seed and workers
    give the same plan on an idle or a loaded machine.
    """

    def __init__(self, params: CastingParams) -> None:
        self.params = params
        self.started = time.perf_counter()
        self.spent = 0.0

    def elapsed(self) -> float:
        """Wall seconds since the start (for the report and progress only)."""
        return time.perf_counter() - self.started

    def params_for(self, seconds: float) -> CastingParams | None:
        """Settings for a sub-solve of ``seconds`` of deterministic time, or None when the
        budget is spent."""
        left = self.params.time_limit - self.spent
        if left < MIN_SOLVE:
            return None
        return replace(self.params, time_limit=min(max(MIN_SOLVE, seconds), left))

    def charge(self, result: CastingResult) -> CastingResult:
        """Count ``result``'s deterministic seconds against the budget; returns it."""
        self.spent += result.report.deterministic_seconds or 0.0
        return result


class Part:
    """Some slots of a problem solved with others fixed; casts in whole-problem indices.

    ``terms``: the soft goals the model builds (None: all; ``()`` for a part that only looks
    for any complete cast, :meth:`first`, whose model is then a third of the size).
    """

    def __init__(
        self,
        problem: CastingProblem,
        weights: CastingWeights,
        free: list[int],
        fixed: Cast,
        terms: tuple[str, ...] | None = None,
    ) -> None:
        self.keep = sorted({*free, *(k for k, _ in fixed)})
        self.index = {k: i for i, k in enumerate(self.keep)}
        self.free = set(free)
        self.fixed = [(self.index[k], d) for k, d in fixed]
        self.model = CastingModel(subproblem(problem, self.keep, fixed), weights, terms)

    def solve(self, params: CastingParams) -> CastingResult:
        """Search for the best cast of the free slots.

        Without a hint: measured on the demo season, CP-SAT started from the current cast
        stays next to it (nyc-swan-lake, 5 s: no change from 926), and from scratch finds
        far better (469); the caller keeps the current cast when the search finds no better.
        """
        self.model.model.clear_hints()
        return self._whole(self.model.solve(params))

    def first(self, start: Cast, params: CastingParams) -> CastingResult:
        """Any complete cast, from ``start`` (possibly partial), ignoring the soft goals.

        Parameters
        ----------
        start
            A cast in whole-problem indices; its pairs in the free slots are the hint, with the
            fixed ones.
        params
            The settings of the one solve.
        """
        self.model.hint([(self.index[k], d) for k, d in start if k in self.free] + self.fixed)
        return self._whole(self.model.first_plan(params))

    def _whole(self, result: CastingResult) -> CastingResult:
        cast = [(self.keep[i], d) for i, d in result.cast if self.keep[i] in self.free]
        return CastingResult(cast, result.report, result.stats)
