"""CP-SAT after the greedy placer (etoile.solvers.rehearsal.exact.solve_exact): a batch solved
again, its calendar kept only when it places more minutes."""

from __future__ import annotations

import datetime as dt

from etoile.problems.rehearsal import RehearsalProblem
from etoile.solvers.rehearsal.exact import solve_exact
from etoile.solvers.rehearsal.fixed import Fixed, Placement
from etoile.solvers.rehearsal.greedy import Greedy
from etoile.solvers.rehearsal.params import RehearsalParams
from part_kit import hand_call, kit_problem, option, part

TUE = dt.date(2026, 12, 8)
PARAMS = RehearsalParams(time_limit=2.0, workers=1, seed=0)


def _problem(ava_later: bool) -> RehearsalProblem:
    # Two 120-min calls in the one studio with the one ballet master on Tue 8 Dec: Bea's only
    # at 10:00; Ava's at 10:00, or also at 14:00 when ``ava_later``.
    p = kit_problem()
    ava = [option(p, "2026-12-08", "10:00", "10:00")]
    if ava_later:
        ava.append(option(p, "2026-12-08", "14:00", "14:00"))
    return part(
        p,
        hand_call(p, 120, ("ava",), *ava),
        hand_call(p, 120, ("bea",), option(p, "2026-12-08", "10:00", "10:00")),
    )


def _greedy_took_ten(problem: RehearsalProblem) -> tuple[Fixed, Greedy]:
    # The greedy placer put Ava at 10:00 and left Bea out.
    fixed = Fixed(problem)
    fixed.add(Placement(0, TUE, problem.calls[0].options[0].lo, 0, 0))
    return fixed, Greedy(problem, fixed)


def test_the_exact_calendar_is_kept_when_it_places_more() -> None:
    # Exact: Bea at 10:00, Ava at 14:00: 240 min placed against 120. Nothing left out.
    problem = _problem(ava_later=True)
    fixed, greedy = _greedy_took_ten(problem)
    left, part_result = solve_exact(problem, [0, 1], [1], fixed, greedy, PARAMS, 2.0)
    assert left == []
    assert len(part_result.placements) == 2
    starts = {c: p.start for c, p in fixed.placements.items()}
    assert starts == {1: problem.calls[1].options[0].lo, 0: problem.calls[0].options[1].lo}


def test_the_greedy_calendar_stays_when_exact_places_no_more() -> None:
    # Both only at 10:00: one of them, 120 min either way: no better; Ava stays at 10:00.
    problem = _problem(ava_later=False)
    fixed, greedy = _greedy_took_ten(problem)
    left, _ = solve_exact(problem, [0, 1], [1], fixed, greedy, PARAMS, 2.0)
    assert left == [1]
    assert list(fixed.placements) == [0]
    assert fixed.placements[0].start == problem.calls[0].options[0].lo
