"""The greedy casting baseline (etoile.solvers.casting.greedy): the best-drawing free dancer,
casts kept together in a run, pins first, places left empty reported."""

from __future__ import annotations

from dataclasses import replace

from casting_kit import company, dancer, role, season, show
from etoile.domain import SolveStatus
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.solvers.casting.greedy import solve_greedy

LEAD = "nyc-bal.lead"
# Mon 14, Wed 16 and Fri 18 Dec 2026: one ISO week; two leads a week at most.


def _problem(dancers: tuple[str, ...] = ("ann", "bea")) -> CastingProblem:
    draws = {"ann": 0.9, "bea": 0.5}
    return compile_casting(
        season(
            company(
                "nyc",
                [dancer(d, known=(LEAD,), draw=draws[d]) for d in dancers],
                [role(LEAD, lead=True)],
                [show(f"p{d}", f"2026-12-{d}T19:30") for d in (14, 16, 18)],
                labor={"max_leads_per_week": 2},
            )
        )
    )


def _named(p: CastingProblem, cast: list[tuple[int, int]]) -> list[tuple[str, str]]:
    return [(p.shows[p.slots[k].show].id, p.dancers[d].id) for k, d in cast]


def test_the_best_draw_keeps_the_role_until_a_rule_stops_her() -> None:
    # Ann (draw 0.9) before Bea (0.5): Ann leads Mon 14 and, having danced it in the run,
    # Wed 16 (2 days apart, 1 free day needed). Fri 18 would be her third lead of the week
    # (2 allowed): Bea.
    p = _problem()
    result = solve_greedy(p)
    assert result.report.status is SolveStatus.FEASIBLE
    assert _named(p, result.cast) == [("p14", "ann"), ("p16", "ann"), ("p18", "bea")]
    assert (result.report.solver, result.report.objective, result.report.notes) == (
        "greedy",
        None,
        [],
    )


def test_a_pin_comes_first_and_the_cast_stays_together() -> None:
    # Bea pinned on Mon 14: having danced the role in the run, she is preferred on Wed 16;
    # Fri 18 would be her third lead of the week: Ann.
    p = _problem()
    bea, p14 = p.dancer_index["bea"], p.show_index["p14"]
    pinned = replace(p, pins=((p.slot_index[p14, p.role_index[LEAD]], bea),))
    result = solve_greedy(pinned)
    assert _named(p, result.cast) == [("p14", "bea"), ("p16", "bea"), ("p18", "ann")]


def test_a_place_nobody_may_take_is_left_empty_and_said() -> None:
    # Ann alone: two leads of the week, Fri 18 empty. Unknown status (a person might
    # rearrange), one place noted.
    p = _problem(("ann",))
    result = solve_greedy(p)
    assert _named(p, result.cast) == [("p14", "ann"), ("p16", "ann")]
    assert result.report.status is SolveStatus.UNKNOWN
    assert result.report.notes == ["1 place(s) left empty: the sheet needs rearranging"]
