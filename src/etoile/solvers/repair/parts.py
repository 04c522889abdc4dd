"""The CP-SAT models of repair regions, built once and solved again from their first state.

Costing the candidates of a vacated place (``etoile replan``'s ranking) repairs the same
region of the same cast once per candidate, each time with one more constraint (the
candidate pinned to the place). Building the region's model is a third of such a repair; a
:class:`Parts` keeps each model it built with a copy of its proto as built, and hands it back
restored to that copy: the proto then solved is the one a fresh build would give, byte for
byte, so the repair (and its ranking) is the same, only sooner.
"""

from __future__ import annotations

from dataclasses import dataclass

from ortools.sat.python import cp_model

from etoile.domain import CastingWeights
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.result import Cast
from etoile.solvers.casting.sub_solve import Part


@dataclass
class _Built:
    problem: CastingProblem
    weights: CastingWeights
    part: Part
    proto: cp_model.CpModel
    """A copy of the model as built, before any constraint of a solve was added."""


class Parts:
    """Region models of one or more problems, by (free places, fixed cast)."""

    def __init__(self) -> None:
        self._built: dict[tuple[int, tuple[int, ...], tuple[tuple[int, int], ...]], _Built] = {}
        self.hits = 0
        """How many models were handed back instead of built (for tests and benchmarks)."""

    def part(
        self, problem: CastingProblem, weights: CastingWeights, free: list[int], fixed: Cast
    ) -> Part:
        """``Part(problem, weights, free, fixed)``, its model as a fresh build leaves it."""
        key = (id(problem), tuple(free), tuple(fixed))
        built = self._built.get(key)
        if built is not None and built.problem is problem and built.weights == weights:
            model = built.part.model.model
            model.proto.copy_from(built.proto.proto)
            model.rebuild_constant_map()
            self.hits += 1
            return built.part
        part = Part(problem, weights, free, fixed)
        snapshot = cp_model.CpModel()
        snapshot.proto.copy_from(part.model.model.proto)
        self._built[key] = _Built(problem, weights, part, snapshot)
        return part
