"""One dancer's days in a part of the calendar, as the labour rules' CP-SAT encodings see them.

:mod:`.labor` builds one :class:`DancerWork` per dancer called in the part and hands it, day
by day (:class:`DayLoad`) and then whole, to each labour rule's rehearsal encoding
(:mod:`etoile.solvers.labor`). The soft rules add their overtime variables to
:class:`Overtime`, which :mod:`.objective` minimises.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from etoile.problems.rehearsal import RehearsalProblem
from etoile.problems.rehearsal_time import DAY
from etoile.solvers.rehearsal.fixed import Fixed

ONE = dt.timedelta(days=1)

Items = list[tuple[int, list[cp_model.IntVar]]]
"""A day's calls of one dancer: (minutes of the call, its option literals on that day)."""


@dataclass
class Overtime:
    """The soft terms: minutes over the daily and the weekly limits."""

    daily: list[cp_model.IntVar] = field(default_factory=list)
    weekly: list[cp_model.IntVar] = field(default_factory=list)


@dataclass(frozen=True)
class DayLoad:
    """One dancer's calls of the part on one day.

    ``minutes`` is the expression of the minutes placed that day, ``most`` the most it can
    be, ``done`` the minutes of calls placed earlier on that day.
    """

    day: dt.date
    items: Items
    minutes: cp_model.LinearExpr | int
    most: int
    done: int


class DancerWork:
    """One dancer's days in the part: minutes per day as expressions, working-day literals.

    Parameters
    ----------
    problem
        The rehearsal problem.
    fixed
        What is placed around the part.
    house
        The house of the part's calls.
    dancer
        The dancer's index.
    """

    def __init__(self, problem: RehearsalProblem, fixed: Fixed, house: str, dancer: int) -> None:
        self.p, self.fixed, self.house, self.d = problem, fixed, house, dancer
        self.labor = problem.dancer_labor[dancer]
        self.name = problem.dancers[dancer]
        self.tz = problem.timezones[house]
        self.calls: dict[dt.date, Items] = defaultdict(list)
        self.work: dict[dt.date, cp_model.IntVar] = {}
        """Day -> "the dancer works that day", for the days whose work is not fixed yet."""

    def load(self, day: dt.date) -> DayLoad:
        """The dancer's calls of the part on ``day`` (one of :attr:`calls`)."""
        items = self.calls[day]
        minutes = sum(m * sum(ys) for m, ys in items)
        most = sum(m for m, _ in items)
        return DayLoad(day, items, minutes, most, self.fixed.day_minutes.get((self.d, day), 0))

    def work_literal(self, model: cp_model.CpModel, load: DayLoad) -> cp_model.IntVar | None:
        """The literal "the dancer works on ``load.day``", made on first use; None when a call
        placed earlier already makes it a working day.

        The literal is true when any call of the day is placed. A rule that needs it asks for
        it; :func:`~etoile.solvers.rehearsal.labor.dancer_rules` asks too, after the day's
        rules, so that every day with a call has it (the days in a row and the weekly rest
        read :attr:`work`).
        """
        if (self.d, load.day) in self.fixed.day_span:
            return None
        if load.day not in self.work:
            h = model.new_bool_var("works")
            for _, ys in load.items:
                model.add(h >= sum(ys))
            self.work[load.day] = h
        return self.work[load.day]

    def fixed_work(self, day: dt.date) -> bool:
        """Whether ``day`` is a working day whatever the part does (a show, a placed call)."""
        shows = self.p.rules.shows_on(self.name, day)
        return bool(shows) or (self.d, day) in self.fixed.day_span

    def worked(self, day: dt.date) -> cp_model.IntVar | int:
        """1 when ``day`` is a working day anyway, its literal when the part decides, else 0."""
        if self.fixed_work(day):
            return 1
        return self.work.get(day, 0)

    def end_of(self, day: dt.date) -> int:
        """The latest a working day may end (axis); the day's first minute when idle."""
        ends = [s.end for s in self.p.rules.shows_on(self.name, day)]
        if (self.d, day) in self.fixed.day_span:
            ends.append(self.fixed.day_span[self.d, day][1])
        if day in self.calls:
            ends.append(self.p.clock.at(self.tz, day, self.p.services[self.house][-1].end))
        return max(ends, default=self.p.clock.at(self.tz, day, 0))

    def start_of(self, day: dt.date) -> int:
        """The earliest a working day may start (class before a call); its last minute when idle."""
        starts = [s.start for s in self.p.rules.shows_on(self.name, day)]
        if (self.d, day) in self.fixed.day_span:
            starts.append(self.fixed.day_span[self.d, day][0] - self.labor.class_minutes)
        if day in self.calls:
            first = self.p.services[self.house][0].start - self.labor.class_minutes
            starts.append(self.p.clock.at(self.tz, day, first))
        return min(starts, default=self.p.clock.at(self.tz, day, DAY))
