"""A fast first calendar: each call at its earliest option that keeps every hard rule.

The rolling horizon (:mod:`.calendar`) asks this placer first, batch by batch; CP-SAT then
works only on the calls it could not place. The placer reads and extends the same
:class:`~etoile.solvers.rehearsal.fixed.Fixed` as the exact models, and checks what the
options do not already guarantee (``docs/rehearsals.md``, "The model"):

- the studio or stage, the leader (available that day, within ``weekly_hours``) and every
  dancer free for the whole call;
- every labour rule's greedy check, from the registry (:mod:`etoile.solvers.labor`), on the
  dancers' :class:`~etoile.solvers.rehearsal.work_days.WorkDays`: for a call on a day
  (``rehearsal_check``: the show-day limit, the working days in a row, the daily and weekly
  overtime limits) and for a call at a time (``rehearsal_slot_check``: the weekly rest, as
  the validator measures it).

The daily and weekly overtime limits are kept in a first pass over the options (``strict``)
and given up in a second one, so that overtime is used only when a call fits nowhere else.
"""

from __future__ import annotations

import datetime as dt

from etoile.domain import RehearsalKind
from etoile.problems.rehearsal import RehearsalProblem
from etoile.problems.rehearsal_time import monday
from etoile.solvers.labor.registry import RECHECKED, REHEARSAL_CHECKS, REHEARSAL_SLOT_CHECKS
from etoile.solvers.rehearsal.fixed import Fixed, Placement
from etoile.solvers.rehearsal.work_days import WorkDays

ONE = dt.timedelta(days=1)
REPAIR_TRIES = 60
"""Most placed calls :meth:`Greedy.repair` tries to move for one call."""


def is_free(busy: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``-``end`` overlaps none of the ``busy`` intervals."""
    return all(e <= start or s >= end for s, e in busy)


class Greedy:
    """The placer; one per calendar, fed every placement through :attr:`fixed`."""

    def __init__(self, problem: RehearsalProblem, fixed: Fixed) -> None:
        self.p = problem
        self.fixed = fixed
        self.pinned: set[int] = set()
        """Calls the repair must not move (kept from a published calendar)."""
        self.work = WorkDays(problem, fixed)
        """The dancers' working days, which the labour rules' checks read."""

    def admit(self, placement: Placement) -> bool:
        """Add ``placement`` (found elsewhere) when it keeps, for every dancer, the labour rules
        that the part model sees only in its own weeks (the registry's ``RECHECKED``: the days
        in a row and the weekly rests, as the validator measures them); False (and nothing
        added) otherwise."""
        call = self.p.calls[placement.call]
        house = self.p.needs[call.need].house
        w, m = self.work, call.minutes
        day, start, end = placement.day, placement.start, placement.start + m
        if all(
            (rule.rehearsal_check is None or rule.rehearsal_check(w, d, house, day, m, False))
            and (
                rule.rehearsal_slot_check is None
                or rule.rehearsal_slot_check(w, d, house, day, start, end)
            )
            for d in call.dancers
            for rule in RECHECKED
        ):
            self.fixed.add(placement)
            return True
        return False

    def place(self, calls: list[int]) -> list[int]:
        """Place what fits of ``calls`` into :attr:`fixed`, the needs with the fewest days to
        choose from first; return the others."""
        p = self.p
        days = {
            c: len({o.day for o in p.calls[c].options}) if p.calls[c].options else 0 for c in calls
        }
        need_days = {p.calls[c].need: days[c] for c in calls if p.calls[c].seq == 0}
        order = sorted(
            calls,
            key=lambda c: (need_days.get(p.calls[c].need, 0), p.calls[c].need, p.calls[c].seq),
        )
        left = []
        for c in order:
            placement = self._find(c, strict=True) or self._find(c, strict=False)
            if placement is None:
                left.append(c)
            else:
                self.fixed.add(placement)
        return left

    def _best(self, c: int) -> Placement | None:
        return self._find(c, strict=True) or self._find(c, strict=False)

    def repair(self, c: int, tries: int = REPAIR_TRIES) -> bool:
        """Place call ``c`` by moving one placed call that shares a dancer with it: take that
        call out, place ``c``, and place the other call again at another of its options (its
        own window, every rule kept); undo when the other call finds no place. Candidates are
        the placed company, coaching and learning calls of ``c``'s dancers on the days ``c``
        may take, the latest first (they have the most room to move), at most ``tries``."""
        p, f = self.p, self.fixed
        call = p.calls[c]
        days = {o.day for o in call.options}
        who = set(call.dancers)
        movable = (RehearsalKind.COMPANY, RehearsalKind.COACHING, RehearsalKind.LEARNING)
        candidates = sorted(
            (
                q
                for q in f.placements.values()
                if q.day in days
                and q.call not in self.pinned
                and p.needs[p.calls[q.call].need].kind in movable
                and who.intersection(p.calls[q.call].dancers)
            ),
            key=lambda q: (-q.start, q.call),
        )
        for q in candidates[:tries]:
            f.remove(q.call)
            mine = self._best(c)
            if mine is not None:
                f.add(mine)
                other = self._best(q.call)
                if other is not None:
                    f.add(other)
                    return True
                f.remove(c)
            f.add(q)
        return False

    def fits(self, placement: Placement) -> bool:
        """Whether ``placement`` keeps every hard rule around what is placed (the published
        slot of a call whose dancers changed); its day and start must be among the call's
        options."""
        call = self.p.calls[placement.call]
        if not any(
            o.day == placement.day and o.lo <= placement.start <= o.hi for o in call.options
        ):
            return False
        leaders = self._leaders(placement.call, placement.day, strict=False)
        if leaders is None or placement.staff not in leaders:
            return False
        found = self._at(
            placement.call, placement.day, placement.start, [placement.room], [placement.staff]
        )
        return found is not None

    def _leaders(self, c: int, day: dt.date, strict: bool) -> list[int] | None:
        """The leaders free to lead call ``c`` on ``day``, or None when the day itself is out
        (a labour rule's check fails for a dancer: their day cap, run of days, or with
        ``strict`` their daily or weekly limit) or no leader is free."""
        p = self.p
        call = p.calls[c]
        house = p.needs[call.need].house
        if not all(self.can_work(d, house, day, call.minutes, strict) for d in call.dancers):
            return None
        return self.leaders(call.staff, day, call.minutes)

    def can_work(self, d: int, house: str, day: dt.date, minutes: int, strict: bool) -> bool:
        """Whether dancer ``d`` may have a call of ``minutes`` at ``house`` on ``day`` under
        every labour rule's day check (with ``strict``, their daily and weekly limits too)."""
        return all(check(self.work, d, house, day, minutes, strict) for check in REHEARSAL_CHECKS)

    def dancer_free(self, d: int, day: dt.date, start: int, end: int) -> bool:
        """Whether dancer ``d`` has nothing from ``start`` to ``end`` (axis minutes of local
        ``day``), in the calls of that day and of the days around it (placed under another
        house's local day, they may reach into it on the axis)."""
        busy = self.fixed.dancer_day
        return all(is_free(busy.get((d, x), []), start, end) for x in (day - ONE, day, day + ONE))

    def leaders(self, staff: tuple[int, ...], day: dt.date, minutes: int) -> list[int] | None:
        """Those of ``staff`` available on ``day`` with ``minutes`` left in their week, or
        None when there are none."""
        p, f = self.p, self.fixed
        found = [
            s
            for s in staff
            if day not in p.staff[s].unavailable
            and f.staff_week.get((s, monday(day)), 0) + minutes <= p.staff[s].weekly_minutes
        ]
        return found or None

    def _at(
        self, c: int, day: dt.date, start: int, rooms: list[int], leaders: list[int]
    ) -> Placement | None:
        """Call ``c`` at ``start`` on ``day`` in the first free of ``rooms`` with the first
        free of ``leaders``, when its dancers are free and keep their rests; else None."""
        p, f = self.p, self.fixed
        call = p.calls[c]
        end = start + call.minutes
        if not all(self.dancer_free(d, day, start, end) for d in call.dancers):
            return None
        room = next((r for r in rooms if is_free(f.room_day.get((r, day), []), start, end)), None)
        if room is None:
            return None
        leader = next(
            (s for s in leaders if is_free(f.staff_day.get((s, day), []), start, end)), None
        )
        if leader is None:
            return None
        house = p.needs[call.need].house
        if not all(
            check(self.work, d, house, day, start, end)
            for check in REHEARSAL_SLOT_CHECKS
            for d in call.dancers
        ):
            return None
        return Placement(c, day, start, room, leader)

    def _find(self, c: int, strict: bool) -> Placement | None:
        p = self.p
        call = p.calls[c]
        rooms = sorted(call.rooms, key=lambda r: (p.rooms[r].capacity, r))
        for o in call.options:
            leaders = self._leaders(c, o.day, strict)
            if leaders is None:
                continue
            for start in range(o.lo, o.hi + 1, 30):
                found = self._at(c, o.day, start, rooms, leaders)
                if found is not None:
                    return found
        return None
