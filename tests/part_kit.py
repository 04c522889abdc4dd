"""Parts of the rehearsal calendar made by hand, for the part model's tests.

:func:`kit_problem` is the rehearsal kit (:mod:`rehearsal_kit`) compiled into a rehearsal
problem, and :func:`part` replaces its calls with a few made by hand (:func:`hand_call`,
whose windows :func:`option` gives in New York time), for :func:`solve_part` to place with
the part model alone (no greedy placer before it). The kit's house starts its day at 10:00,
with a morning service until 13:00 and an afternoon service from 14:00 to 17:00; class is
75 min, the daily limit 360 min. Kept apart from :mod:`rehearsal_kit`, which the validator's
tests import: they need nothing of the solver.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from etoile.domain import LaborRules
from etoile.problems.rehearsal import Call, Option, RehearsalProblem, compile_rehearsal
from etoile.solvers.rehearsal.fixed import Fixed
from etoile.solvers.rehearsal.model import PartModel, PartResult
from etoile.solvers.rehearsal.params import RehearsalParams
from rehearsal_kit import kit_plan, kit_season

NEW_YORK = "America/New_York"


def kit_problem() -> RehearsalProblem:
    """The kit compiled: dancers ``ava``, ``bea``, ``cal``; rooms 0 (the studio) and 1 (the
    stage); staff 0 (the ballet master, 35 h a week); needs 1 (Ava's coaching), 2 (the stage
    rehearsal) and 3 (the dress rehearsal) among its needs. Ava, Bea and Cal dance on Thu 10
    Dec at 19:30 and twice on Sat 12 Dec."""
    return compile_rehearsal(kit_season(), kit_plan())


def option(problem: RehearsalProblem, day: str, first: str, last: str) -> Option:
    """A call may start on ``day`` (ISO) from ``first`` to ``last`` (HH:MM, New York)."""
    d = dt.date.fromisoformat(day)

    def minute(hhmm: str) -> int:
        t = dt.time.fromisoformat(hhmm)
        return problem.clock.at(NEW_YORK, d, t.hour * 60 + t.minute)

    return Option(d, 0 if first < "14:00" else 1, minute(first), minute(last))


def hand_call(
    problem: RehearsalProblem,
    minutes: int,
    dancers: tuple[str, ...],
    *options: Option,
    need: int = -1,
    rooms: tuple[int, ...] = (0,),
    staff: tuple[int, ...] = (0,),
) -> Call:
    """A call of ``minutes`` for ``dancers`` (ids) that may start in ``options``; ``need``
    -1: a need of its own (see :func:`part`)."""
    who = tuple(problem.dancers.index(d) for d in dancers)
    return Call(-1, need, 0, minutes, who, rooms, staff, options)


def part(problem: RehearsalProblem, *calls: Call, **changes: Any) -> RehearsalProblem:
    """``problem`` with ``calls`` only, numbered 0, 1, ... in order, and ``changes`` to its
    fields (``staff``, ``dancer_labor``). A call of need -1 gets a need of its own, a copy
    of Ava's coaching need, so that no order ties it to another call."""
    needs = list(problem.needs)
    made: list[Call] = []
    for i, c in enumerate(calls):
        need = c.need
        if need < 0:
            needs.append(replace(problem.needs[1], label=f"hand-made call {i}"))
            need = len(needs) - 1
        seq = sum(1 for m in made if m.need == need)
        made.append(replace(c, index=i, need=need, seq=seq))
    return replace(problem, needs=needs, calls=made, **changes)


def every_dancer(problem: RehearsalProblem, **fields: Any) -> list[LaborRules]:
    """Every dancer's labour rules as the part model reads them, with ``fields`` changed (the
    day rules of show days are compiled from the season and stay as they are)."""
    return [labor.model_copy(update=fields) for labor in problem.dancer_labor]


def solve_part(problem: RehearsalProblem, fixed: Fixed | None = None) -> PartResult:
    """Every call of ``problem`` in one part model around ``fixed``, solved with one worker
    on 2 deterministic seconds (these parts are proved optimal in a fraction of that)."""
    model = PartModel(problem, list(range(len(problem.calls))), fixed or Fixed(problem), "nyc")
    return model.solve(RehearsalParams(time_limit=2.0, workers=1, seed=0), 2.0)


def placed(problem: RehearsalProblem, result: PartResult) -> dict[int, str]:
    """Call -> where the part model put it: ``"YYYY-MM-DD HH:MM"`` in New York."""
    return {
        p.call: f"{problem.clock.moment(NEW_YORK, p.start):%Y-%m-%d %H:%M}"
        for p in result.placements
    }
