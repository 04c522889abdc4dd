"""The regions of a repair: which places may change, smallest first, and what each holds fixed.

A repair (:mod:`.casting`) re-casts the places an event breaks with the rest of the season
kept: first only those places; when that is impossible, every place of the same productions
within a window of days (:func:`~etoile.solvers.casting.run_slots.window_days`), then twice
the window, then the whole productions (:func:`regions`). Places whose show is in the past
never change. A region's model holds fixed the cast around it that its rules can see
(:func:`fixed_around`): every other place of its productions, and every place within the
window of days around its shows.

Each region holds the one before it, and its window of days is at least as wide: a place
outside the largest region that the smallest holds fixed is held fixed, with the same
dancers, by every region (what :mod:`.pinned` builds on).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.result import Cast
from etoile.solvers.casting.run_slots import window_days


def regions(
    problem: CastingProblem, broken: list[int], frozen: set[int]
) -> Iterable[tuple[str, list[int], bool]]:
    """The regions to try, smallest first: (name, free slots, whether they are every place
    of the broken places' productions that may change)."""
    days = window_days(problem)
    touched = {problem.shows[problem.slots[k].show].production for k in broken}
    when = [problem.shows[problem.slots[k].show].day for k in broken]
    same = [
        k
        for k, s in enumerate(problem.slots)
        if problem.shows[s.show].production in touched and k not in frozen
    ]
    first = sorted(set(broken) - frozen)
    yield "the broken places", first, first == same
    for reach in (days, 2 * days):
        near = dt.timedelta(days=reach)
        free = [
            k
            for k in same
            if any(abs(problem.shows[problem.slots[k].show].day - w) <= near for w in when)
        ]
        yield f"their productions within {reach} days", free, free == same
    yield "their productions", same, True


def fixed_around(problem: CastingProblem, held: dict[int, set[int]], free: list[int]) -> Cast:
    """The cast a region's model holds fixed around its ``free`` places: every place of their
    productions, and every place within the window of days around their shows (``held``:
    the dancers of each place, by place)."""
    shows = {problem.slots[k].show for k in free}
    days = window_days(problem)
    low = min(problem.shows[s].day for s in shows) - dt.timedelta(days=days)
    high = max(problem.shows[s].day for s in shows) + dt.timedelta(days=days)
    touched = {problem.shows[s].production for s in shows}
    free_set = set(free)
    return [
        (k, d)
        for k, ds in held.items()
        if k not in free_set
        and (
            low <= problem.shows[problem.slots[k].show].day <= high
            or problem.shows[problem.slots[k].show].production in touched
        )
        for d in sorted(ds)
    ]
