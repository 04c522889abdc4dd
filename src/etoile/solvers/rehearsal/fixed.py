"""What the rolling horizon has already decided: placed calls, by dancer, room, staff and day."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from etoile.problems.rehearsal import RehearsalProblem
from etoile.problems.rehearsal_time import monday


@dataclass(frozen=True)
class Placement:
    """Call ``call`` starts at axis minute ``start`` on local ``day``, in ``room``, led by
    ``staff``."""

    call: int
    day: dt.date
    start: int
    room: int
    staff: int


class Fixed:
    """Placements of the parts solved so far, indexed for the next part's model."""

    def __init__(self, problem: RehearsalProblem) -> None:
        self.problem = problem
        self.placements: dict[int, Placement] = {}
        self.dancer: dict[int, list[tuple[int, int]]] = defaultdict(list)
        self.room: dict[int, list[tuple[int, int]]] = defaultdict(list)
        self.staff: dict[int, list[tuple[int, int]]] = defaultdict(list)
        self.day_minutes: dict[tuple[int, dt.date], int] = defaultdict(int)
        self.day_span: dict[tuple[int, dt.date], tuple[int, int]] = {}
        self.week_minutes: dict[tuple[int, dt.date], int] = defaultdict(int)
        self.staff_week: dict[tuple[int, dt.date], int] = defaultdict(int)
        # By day, for the greedy placer's quick look-ups.
        self.dancer_day: dict[tuple[int, dt.date], list[tuple[int, int]]] = defaultdict(list)
        self.room_day: dict[tuple[int, dt.date], list[tuple[int, int]]] = defaultdict(list)
        self.staff_day: dict[tuple[int, dt.date], list[tuple[int, int]]] = defaultdict(list)
        self.blocks: list[tuple[str, int, dt.date, int, int]] = []
        """Closed rooms and dancers' calls from outside the problem, kept by ``remove_all``."""

    def block_room(self, room: int, day: dt.date, start: int, end: int) -> None:
        """Keep ``room`` free of calls from ``start`` to ``end`` (a closed studio)."""
        self.room[room].append((start, end))
        self.room_day[room, day].append((start, end))
        self.blocks.append(("room", room, day, start, end))

    def block_dancer(self, dancer: int, day: dt.date, start: int, end: int) -> None:
        """``dancer`` is busy from ``start`` to ``end`` on local ``day`` with a call that is
        not one of the problem's (it has happened): it counts for every rule of their day and
        week, as a placed call would."""
        self._dancer_time(dancer, day, start, end)
        self.blocks.append(("dancer", dancer, day, start, end))

    def _dancer_time(self, d: int, day: dt.date, start: int, end: int) -> None:
        self.dancer[d].append((start, end))
        key = (d, day)
        self.day_minutes[key] += end - start
        lo, hi = self.day_span.get(key, (start, end))
        self.day_span[key] = (min(lo, start), max(hi, end))
        self.week_minutes[d, monday(day)] += end - start
        self.dancer_day[d, day].append((start, end))

    def add(self, placement: Placement) -> None:
        """Record a placement."""
        call = self.problem.calls[placement.call]
        end = placement.start + call.minutes
        self.placements[placement.call] = placement
        for d in call.dancers:
            self._dancer_time(d, placement.day, placement.start, end)
        self.room[placement.room].append((placement.start, end))
        self.staff[placement.staff].append((placement.start, end))
        self.room_day[placement.room, placement.day].append((placement.start, end))
        self.staff_day[placement.staff, placement.day].append((placement.start, end))
        self.staff_week[placement.staff, monday(placement.day)] += call.minutes

    def remove(self, call: int) -> None:
        """Forget the placement of ``call`` (the reordering of a day, the greedy repair)."""
        placement = self.placements.pop(call)
        c = self.problem.calls[call]
        span = (placement.start, placement.start + c.minutes)
        day = placement.day
        for d in c.dancers:
            self.dancer[d].remove(span)
            self.dancer_day[d, day].remove(span)
            self.day_minutes[d, day] -= c.minutes
            self.week_minutes[d, monday(day)] -= c.minutes
            left = self.dancer_day[d, day]
            if left:
                self.day_span[d, day] = (min(s for s, _ in left), max(e for _, e in left))
            else:
                del self.day_span[d, day]
        self.room[placement.room].remove(span)
        self.staff[placement.staff].remove(span)
        self.room_day[placement.room, day].remove(span)
        self.staff_day[placement.staff, day].remove(span)
        self.staff_week[placement.staff, monday(day)] -= c.minutes

    def remove_all(self, calls: set[int]) -> None:
        """Forget the placements of ``calls``; rebuilds the indexes once."""
        kept = [p for c, p in self.placements.items() if c not in calls]
        blocks = self.blocks
        self.__init__(self.problem)  # type: ignore[misc]
        for what, i, day, start, end in blocks:
            (self.block_room if what == "room" else self.block_dancer)(i, day, start, end)
        for p in kept:
            self.add(p)
