"""The runs of a casting problem, and the slots of other runs that constrain each one.

A run is a production's shows: its slots, its first and last days and the dancers who may
dance in it (:class:`Run`, :func:`runs_of`). The hard rules link two runs only through a
dancer who could dance in both within :func:`window_days` of each other, so a run solved on
its own keeps the slots of other runs that close to it fixed (:func:`neighbours`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from etoile.problems.casting import CastingProblem
from etoile.solvers.labor.registry import CASTING_REACH


@dataclass(frozen=True)
class Run:
    """One production's slots, its days and its candidates."""

    production: str
    slots: tuple[int, ...]
    first: dt.date
    last: dt.date
    dancers: frozenset[int]
    pairs: int


def runs_of(problem: CastingProblem) -> list[Run]:
    """The runs of ``problem`` in order of their first show."""
    found: list[Run] = []
    for production, shows in problem.runs.items():
        keep = set(shows)
        slots = tuple(k for k, s in enumerate(problem.slots) if s.show in keep)
        if not slots:
            continue
        days = [problem.shows[s].day for s in shows]
        dancers = frozenset(d for k in slots for d in problem.slots[k].candidates)
        pairs = sum(len(problem.slots[k].candidates) for k in slots)
        found.append(Run(production, slots, min(days), max(days), dancers, pairs))
    return sorted(found, key=lambda r: (r.first, r.production))


def window_days(problem: CastingProblem) -> int:
    """Days within which two shows of one dancer constrain each other.

    A week at least (the weekly limits), and whatever each labour rule says of the dancer
    (:data:`~etoile.solvers.labor.registry.CASTING_REACH`: a run of consecutive working days,
    the free days between two leads, the travel and rest between cities); whichever is longest
    for any dancer.

    Parameters
    ----------
    problem
        The casting problem.

    Returns
    -------
    int
        The longest window, in days.
    """
    longest = 7
    for d in problem.dancers:
        longest = max([longest, *(reach(d) for reach in CASTING_REACH)])
    return longest


def neighbours(problem: CastingProblem, run: Run, others: list[Run], days: int) -> list[int]:
    """Slots of ``others`` within ``days`` of ``run`` that share a candidate with it.

    Parameters
    ----------
    problem
        The casting problem.
    run
        The run solved on its own.
    others
        Every run (``run`` among them is passed over).
    days
        The window (:func:`window_days`) on either side of ``run``'s first and last days.

    Returns
    -------
    list[int]
        Slot indices, run by run in the order of ``others``.
    """
    start = run.first - dt.timedelta(days=days)
    end = run.last + dt.timedelta(days=days)
    found = []
    for other in others:
        if other is run or not run.dancers & other.dancers:
            continue
        if other.last < start or other.first > end:
            continue
        for k in other.slots:
            slot = problem.slots[k]
            day = problem.shows[slot.show].day
            if start <= day <= end and run.dancers.intersection(slot.candidates):
                found.append(k)
    return found
