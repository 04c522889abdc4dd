"""The dancers' working days as the greedy placer sees them: shows, and calls placed so far.

:class:`~etoile.solvers.rehearsal.greedy.Greedy` keeps one :class:`WorkDays` over its
:class:`~etoile.solvers.rehearsal.fixed.Fixed` and hands it to each labour rule's greedy
check (:mod:`etoile.solvers.labor`), which reads it without importing the placer.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from etoile.problems.rehearsal import RehearsalProblem
from etoile.solvers.rehearsal.fixed import Fixed, Placement

FAR = 10**9
"""Farther than any minute of the calendar's axis."""


class WorkDays:
    """Every dancer's shows by day, and the calls placed in ``fixed``.

    Parameters
    ----------
    problem
        The rehearsal problem.
    fixed
        The placements so far (the placer's, extended as it goes).
    """

    def __init__(self, problem: RehearsalProblem, fixed: Fixed) -> None:
        self.p = problem
        self.fixed = fixed
        self.shows: dict[int, dict[dt.date, tuple[int, int]]] = {}
        """Dancer -> day -> (first curtain, last show's end)."""
        for d, name in enumerate(problem.dancers):
            days = problem.rules.shows.get(name, {})
            self.shows[d] = {day: (ss[0].start, max(x.end for x in ss)) for day, ss in days.items()}

    def block(self, d: int, day: dt.date, extra: tuple[int, int] | None) -> tuple[int, int]:
        """Start (class or curtain) and end of dancer ``d``'s work on ``day``, with the call
        ``extra`` (start, end) added when given."""
        lo, hi = FAR, -FAR
        if day in self.shows[d]:
            lo, hi = self.shows[d][day]
        spans = list(self.fixed.dancer_day.get((d, day), ()))
        if extra is not None:
            spans.append(extra)
        if spans:
            cls = self.p.dancer_labor[d].class_minutes
            lo = min(lo, min(s for s, _ in spans) - cls)
            hi = max(hi, max(e for _, e in spans))
        return lo, hi

    def working(self, d: int, day: dt.date, new: dt.date) -> bool:
        """Whether ``day`` is a working day of dancer ``d`` with a call added on ``new``."""
        return day == new or day in self.shows[d] or (d, day) in self.fixed.day_span


def called_minutes(
    problem: RehearsalProblem,
    placements: list[Placement],
    period: Callable[[dt.date], dt.date] = lambda day: day,
) -> dict[tuple[int, dt.date], int]:
    """Minutes of calls of each dancer in each period (by default each day; ``period`` maps a
    day to the first day of its period, e.g. its Monday) of a placed calendar."""
    found: dict[tuple[int, dt.date], int] = defaultdict(int)
    for p in placements:
        call = problem.calls[p.call]
        for d in call.dancers:
            found[d, period(p.day)] += call.minutes
    return found
