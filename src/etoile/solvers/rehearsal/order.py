"""Within a day, order the calls of a room so that dancers wait least (talent scheduling).

For each room and day whose calls share dancers, the exact talent-scheduling solver
(:func:`etoile.solvers.rehearsal.talent.solve_talent`) orders them; the new order is packed
from the first call's start in the same service, and kept only when every call stays inside
its own option window and no dancer or leader is then in two places at once.
"""

from __future__ import annotations

from collections import defaultdict

from etoile.problems.rehearsal import RehearsalProblem
from etoile.problems.rehearsal_time import GRID
from etoile.problems.talent import TalentProblem
from etoile.solvers.rehearsal.fixed import Placement
from etoile.solvers.rehearsal.talent import solve_talent


def _fits(problem: RehearsalProblem, p: Placement) -> bool:
    call = problem.calls[p.call]
    return any(o.day == p.day and o.lo <= p.start <= o.hi for o in call.options)


def order_days(problem: RehearsalProblem, placements: list[Placement]) -> list[Placement]:
    """``placements`` with each room-day-service block reordered when that saves waiting."""
    blocks: dict[tuple[int, object, int], list[Placement]] = defaultdict(list)
    for p in placements:
        service = next(
            (
                o.service
                for o in problem.calls[p.call].options
                if o.day == p.day and o.lo <= p.start <= o.hi
            ),
            -1,
        )
        blocks[p.room, p.day, service].append(p)
    out = {p.call: p for p in placements}
    for block in blocks.values():
        if len(block) < 2:
            continue
        block.sort(key=lambda p: p.start)
        calls = [problem.calls[p.call] for p in block]
        dancers = sorted({d for c in calls for d in c.dancers})
        if not any(
            len(set(a.dancers) & set(b.dancers)) for a in calls for b in calls if a is not b
        ):
            continue
        talent = TalentProblem(
            tuple(c.minutes // GRID for c in calls),
            tuple(1 for _ in dancers),
            tuple(tuple(d in c.dancers for c in calls) for d in dancers),
        )
        # No wall-clock limit: a service holds a handful of calls, which the exact search
        # orders in milliseconds, and a clock would make the calendar depend on the load.
        result = solve_talent(talent)
        start = block[0].start
        moved = []
        for i in result.order:
            p = block[i]
            moved.append(Placement(p.call, p.day, start, p.room, p.staff))
            start += calls[i].minutes
        if all(_fits(problem, m) for m in moved) and _clear(problem, out, block, moved):
            for m in moved:
                out[m.call] = m
    return sorted(out.values(), key=lambda p: (p.start, p.call))


def _clear(
    problem: RehearsalProblem,
    current: dict[int, Placement],
    old: list[Placement],
    new: list[Placement],
) -> bool:
    """No dancer or leader of the moved calls is in another call at the new times."""
    others = [p for c, p in current.items() if c not in {o.call for o in old}]
    for m in new:
        call = problem.calls[m.call]
        end = m.start + call.minutes
        for p in others:
            if p.day != m.day:
                continue
            other = problem.calls[p.call]
            overlap = p.start < end and m.start < p.start + other.minutes
            if overlap and (p.staff == m.staff or set(call.dancers) & set(other.dancers)):
                return False
    return True
