"""Vectorised costs and lower bounds over many sets of scenes at once (NumPy, bitmasks).

A *state* is the set ``P`` of scenes already played, as an ``int64`` bitmask. What happens next
depends only on ``P``: the actors *on location* are those needed both in ``P`` and in the rest
``R``, and playing scene ``s`` next costs ``d_s * c(a(s) | (A(P) & A(R - s)))``.

Unions of actor sets ``A(X)`` and sums of actor costs ``c(Y)`` are read from small lookup tables,
one per chunk of at most 11 bits, so that they stay in cache whatever the problem size.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from etoile.solvers.rehearsal.talent_reduce import Reduced

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
_CHUNK = 11


def _chunk_tables(values: Sequence[int], combine: Callable[[Ints, int], Ints]) -> list[Ints]:
    """Tables of ``combine`` over every subset of each chunk of ``values``."""
    tables = []
    for low in range(0, len(values), _CHUNK):
        part = values[low : low + _CHUNK]
        table = np.zeros(1 << len(part), dtype=np.int64)
        for b, v in enumerate(part):
            table[1 << b : 2 << b] = combine(table[: 1 << b], v)
        tables.append(table)
    return tables


def _bits(masks: Ints, count: int) -> Floats:
    """The first ``count`` bits of each mask, as a 0.0/1.0 matrix (one row per mask)."""
    raw = np.unpackbits(masks.astype("<i8").view(np.uint8), bitorder="little")
    return raw.reshape(len(masks), 64)[:, :count].astype(np.float64)


class Tables:
    """Lookup tables and matrices of one reduced problem, for vectorised evaluation."""

    def __init__(self, reduced: Reduced) -> None:
        self.n = reduced.num_scenes
        self.m = len(reduced.costs)
        self.full = (1 << self.n) - 1
        self.durations = list(reduced.durations)
        self.scene_actors = list(reduced.scene_actors)
        self.costs = list(reduced.costs)
        self._union = _chunk_tables(self.scene_actors, np.bitwise_or)
        self._cost = _chunk_tables(self.costs, np.add)
        needs = np.array(
            [[m >> a & 1 for a in range(self.m)] for m in self.scene_actors], dtype=np.float64
        ).reshape(self.n, self.m)
        cost = np.array(self.costs, dtype=np.float64)
        self._needs = needs  # scene x actor, 0/1
        self._need_cost = needs * cost  # c_a where a is in the scene
        self._need_cost2 = needs * cost**2
        self._own = self._need_cost.sum(axis=1) * np.array(self.durations, dtype=np.float64)
        self._dur = np.array(self.durations, dtype=np.float64)
        self._cost_vec = cost

    @staticmethod
    def _lookup(tables: list[Ints], x: Ints, combine: Callable[[Ints, Ints], Ints]) -> Ints:
        out = tables[0][x & ((1 << _CHUNK) - 1)]
        for i, table in enumerate(tables[1:], start=1):
            out = combine(out, table[(x >> (i * _CHUNK)) & ((1 << _CHUNK) - 1)])
        return out

    def union(self, scenes: Ints) -> Ints:
        """The actors needed in each set of scenes."""
        if not self._union:
            return np.zeros_like(scenes)
        return self._lookup(self._union, scenes, np.bitwise_or)

    def cost(self, actors: Ints) -> Ints:
        """The summed cost of each set of actors."""
        if not self._cost:
            return np.zeros_like(actors)
        return self._lookup(self._cost, actors, np.add)

    def step(self, played: Ints, played_actors: Ints, scene: int) -> Ints:
        """What playing ``scene`` next costs after each set ``played`` (without ``scene``)."""
        after = self.full ^ played ^ (1 << scene)
        present = (played_actors & self.union(after)) | self.scene_actors[scene]
        return self.durations[scene] * self.cost(present)

    def on_location(self, played: Ints) -> Ints:
        """The actors who have started and still have a scene to play, for each state."""
        return self.union(played) & self.union(self.full ^ played)

    def bound(self, played: Ints) -> Ints:
        """A lower bound on the cost of playing the rest after each set ``played``.

        Actors not yet started pay at least their own scenes. Each on-location actor ``a``
        pays ``c_a * C_a``, ``C_a`` the end of its last remaining scene. Splitting every scene's
        duration among its on-location actors in proportion to their costs gives each such
        actor a job of length ``p_a``, and the jobs done before ``C_a`` fit before ``C_a``: a
        one-machine weighted-completion problem that Smith's ratio rule solves exactly. The
        split ignores that actors sharing a scene are there together; that part,
        ``d_s (T_s - sum c_a^2 / T_s) / 2`` with ``T_s`` their summed cost, does not depend on
        the order and is added back. See ``docs/talent.md`` for the derivation.
        """
        rest = self.full ^ played
        onloc = self.union(played) & self.union(rest)
        in_rest = _bits(rest, self.n)
        in_loc = _bits(onloc, self.m)
        shared = in_loc @ self._need_cost.T  # T_s, per state and scene
        shared2 = in_loc @ self._need_cost2.T
        live = in_rest * (shared > 0)
        safe = np.where(live > 0, shared, 1.0)
        newcomers = in_rest @ self._own - (in_rest * shared) @ self._dur
        together = ((shared - shared2 / safe) * live) @ self._dur / 2
        ratio = (live * (self._dur / safe)) @ self._needs  # p_a / c_a for on-location a
        weight = in_loc * self._cost_vec  # zero for actors not on location
        ratio = np.where(weight > 0, ratio, np.inf)
        # Smith's rule: on-location actors by increasing ratio; others (weight 0) last.
        flat = (np.argsort(ratio, axis=1) + (np.arange(len(played)) * self.m)[:, None]).ravel()
        weight = weight.ravel()[flat].reshape(len(played), self.m)
        work = weight * np.where(np.isinf(ratio), 0.0, ratio).ravel()[flat].reshape(weight.shape)
        smith = (weight * np.cumsum(work, axis=1)).sum(axis=1)
        # Integer costs: round up, with a margin against floating-point noise.
        return np.ceil(newcomers + together + smith - 1e-6).astype(np.int64)
