"""A good first order: a beam search, then local search by moving scenes and reversing runs.

The exact search prunes every set of scenes whose lower bound reaches the incumbent's cost, so a
near-optimal incumbent found in a few milliseconds saves most of its work.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from etoile.solvers.rehearsal.talent_search import layered_search
from etoile.solvers.rehearsal.talent_tables import Tables

_BEAM_WIDTH = 64


class _Evaluator:
    """The cost of a whole order, in plain Python with per-chunk cost lists (tight loop)."""

    def __init__(self, tables: Tables) -> None:
        self.actors = tables.scene_actors
        self.durations = tables.durations
        self.chunks = []
        for low in range(0, tables.m, 10):
            part = tables.costs[low : low + 10]
            table = [0] * (1 << len(part))
            for b, c in enumerate(part):
                for x in range(1 << b):
                    table[x | 1 << b] = table[x] + c
            self.chunks.append((low, table))

    def __call__(self, order: Sequence[int]) -> int:
        actors, durations, chunks = self.actors, self.durations, self.chunks
        suffix = [0] * (len(order) + 1)
        acc = 0
        for i in range(len(order) - 1, -1, -1):
            acc |= actors[order[i]]
            suffix[i] = acc
        total = prefix = 0
        for i, s in enumerate(order):
            present = actors[s] | (prefix & suffix[i + 1])
            total += durations[s] * sum(t[(present >> low) & 1023] for low, t in chunks)
            prefix |= actors[s]
        return total


def local_search(
    tables: Tables, order: list[int], deadline: float | None = None
) -> tuple[list[int], int]:
    """Improve ``order`` by moving one scene or reversing a run until no move helps.

    Returns the improved order and its cost.
    """
    cost_of = _Evaluator(tables)
    best = cost_of(order)
    improved = True
    n = len(order)
    while improved:
        improved = False
        for i in range(n):
            for j in range(n):
                if deadline is not None and time.perf_counter() > deadline:
                    return order, best
                if i == j:
                    continue
                moved = order[:i] + order[i + 1 :]
                moved.insert(j, order[i])
                reversed_run = order[: min(i, j)] + order[min(i, j) : max(i, j) + 1][::-1]
                reversed_run += order[max(i, j) + 1 :]
                for candidate in (moved, reversed_run):
                    value = cost_of(candidate)
                    if value < best:
                        order, best, improved = candidate, value, True
    return order, best


def initial_order(tables: Tables, deadline: float | None = None) -> tuple[list[int], int]:
    """A beam search guided by the lower bound, polished by local search."""
    beam = layered_search(tables, upper=2**62, deadline=deadline, width=_BEAM_WIDTH)
    order = beam.order if beam.order is not None else list(range(tables.n))
    return local_search(tables, order, deadline)
