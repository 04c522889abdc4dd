"""Bounded dynamic programming over the sets of scenes already played, one layer at a time.

Layer ``k`` holds every set ``P`` of ``k`` scenes that may start an optimal order, with ``g(P)``,
the least cost of playing ``P`` first (the DP value: the cost of a scene depends only on the set
played before it). Layer ``k + 1`` is made from layer ``k`` in a few NumPy passes, one per scene;
duplicates are merged keeping the least ``g`` (memoisation), and a set is dropped when
``g(P) + bound(P)`` cannot beat the incumbent. With ``width`` set, only the ``width`` most
promising sets of each layer are kept: a beam search, fast but without proof.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from etoile.solvers.rehearsal.talent_tables import Ints, Tables


@dataclass(frozen=True)
class SearchOutcome:
    """What a layered search found.

    Parameters
    ----------
    order
        The best order of reduced scenes it found that beats ``upper``; None otherwise.
    value
        The cost of ``order`` (``upper`` when no order was found).
    bound
        A lower bound on the optimum (equal to ``value`` when ``complete``).
    complete
        True when the search ran to the end without a beam: ``value`` is then optimal.
    states
        How many sets were kept over all layers (a measure of work).
    """

    order: list[int] | None
    value: int
    bound: int
    complete: bool
    states: int


def _forced(tables: Tables, layer: Ints) -> Ints:
    """For each state, a scene that may be played next without loss, or -1.

    When a remaining scene needs exactly the actors on location, playing it first costs only
    its own actors and makes nobody wait longer (proof in ``docs/talent.md``).
    """
    onloc = tables.on_location(layer)
    forced = np.full(len(layer), -1, dtype=np.int64)
    for s in range(tables.n - 1, -1, -1):
        hit = ((layer >> s) & 1 == 0) & (onloc == tables.scene_actors[s]) & (onloc != 0)
        forced[hit] = s
    return forced


def _children(tables: Tables, layer: Ints, g: Ints) -> tuple[Ints, Ints]:
    """Every one-scene extension of every state, merged: sorted masks and least costs."""
    played_actors = tables.union(layer)
    forced = _forced(tables, layer)
    masks, costs = [], []
    for s in range(tables.n):
        sel = ((layer >> s) & 1 == 0) & ((forced < 0) | (forced == s))
        parents = layer[sel]
        masks.append(parents | (1 << s))
        costs.append(g[sel] + tables.step(parents, played_actors[sel], s))
    mask, cost = np.concatenate(masks), np.concatenate(costs)
    order = np.lexsort((cost, mask))
    mask, cost = mask[order], cost[order]
    first = np.ones(len(mask), dtype=bool)
    first[1:] = mask[1:] != mask[:-1]
    return mask[first], cost[first]


def _backtrack(tables: Tables, layers: list[tuple[Ints, Ints]]) -> list[int]:
    """Recover an order whose prefixes are kept states with their stored least costs."""
    order: list[int] = []
    mask, value = int(layers[-1][0][0]), int(layers[-1][1][0])
    for k in range(len(layers) - 1, 0, -1):
        prev_masks, prev_g = layers[k - 1]
        for s in range(tables.n):
            if not mask >> s & 1:
                continue
            prev = mask ^ (1 << s)
            i = int(np.searchsorted(prev_masks, prev))
            if i == len(prev_masks) or int(prev_masks[i]) != prev:
                continue
            arr = np.array([prev], dtype=np.int64)
            step = int(tables.step(arr, tables.union(arr), s)[0])
            if int(prev_g[i]) + step == value:
                order.append(s)
                mask, value = prev, int(prev_g[i])
                break
        else:  # pragma: no cover - the DP keeps a parent for every kept state
            raise AssertionError("no parent found while backtracking")
    return order[::-1]


def layered_search(
    tables: Tables,
    upper: int,
    deadline: float | None = None,
    width: int | None = None,
    max_states: int = 3_000_000,
) -> SearchOutcome:
    """Search for an order of the reduced scenes that costs less than ``upper``.

    Parameters
    ----------
    tables
        The reduced problem.
    upper
        The incumbent's cost: only strictly better orders are searched for.
    deadline
        A ``time.perf_counter()`` value; past it the search stops with a bound.
    width
        Beam width; None for the exact search.
    max_states
        A layer larger than this stops the search like a deadline (memory guard).
    """
    layer = np.zeros(1, dtype=np.int64)
    g = np.zeros(1, dtype=np.int64)
    root = int(tables.bound(layer)[0])
    layers = [(layer, g)]
    kept = 1
    for _ in range(tables.n):
        masks, costs = _children(tables, layer, g)
        total = costs + tables.bound(masks)
        keep = total < upper
        masks, costs, total = masks[keep], costs[keep], total[keep]
        if width is not None and len(masks) > width:
            best = np.sort(np.argsort(total, kind="stable")[:width])
            masks, costs, total = masks[best], costs[best], total[best]
        if len(masks) == 0:
            # Nothing can beat the incumbent (with a beam: nothing was found).
            bound = upper if width is None else min(root, upper)
            return SearchOutcome(None, upper, bound, width is None, kept)
        layer, g = masks, costs
        layers.append((layer, g))
        kept += len(layer)
        out_of_time = deadline is not None and time.perf_counter() > deadline
        if width is None and (out_of_time or len(layer) > max_states):
            # Every order that could beat ``upper`` starts with a kept state.
            return SearchOutcome(None, upper, min(upper, int(total.min())), False, kept)
    order = _backtrack(tables, layers)
    value = int(g[0])
    return SearchOutcome(order, value, value if width is None else root, width is None, kept)
