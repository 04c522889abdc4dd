"""The casting model's hard rules of its own (etoile.solvers.casting.constraints): every place
filled, pins kept, one role a show, one place at a time; each alone on a tiny model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ortools.sat.python import cp_model

from casting_kit import company, dancer, role, season, show
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.solvers.casting.constraints import (
    one_place_at_a_time,
    one_role_per_show,
    pins_kept,
    role_slots_filled,
)
from etoile.solvers.casting.variables import CastingVariables, make_variables

LEAD, SOLO = "nyc-bal.lead", "nyc-bal.solo"
Rule = Callable[[cp_model.CpModel, CastingProblem, CastingVariables], None]


def _problem(*when: str) -> CastingProblem:
    # Ann and Bea know the lead and the solo (count 1 each); one show per ``when``.
    return compile_casting(
        season(
            company(
                "nyc",
                [dancer("ann", known=(LEAD, SOLO)), dancer("bea", known=(LEAD, SOLO))],
                [role(LEAD, lead=True), role(SOLO)],
                [show(f"p{i}", w) for i, w in enumerate(when)],
            )
        )
    )


def _best(p: CastingProblem, rule: Rule, score: Callable[[CastingVariables], object]) -> int | None:
    """The most of ``score`` under ``rule`` alone; None when infeasible."""
    m = cp_model.CpModel()
    v = make_variables(m, p)
    rule(m, p, v)
    m.maximize(score(v))  # type: ignore[arg-type]
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    status = solver.solve(m)
    if status == cp_model.INFEASIBLE:
        return None
    assert status == cp_model.OPTIMAL
    return round(solver.objective_value)


def test_every_place_gets_exactly_its_count() -> None:
    # 1 show x 2 roles of 1 place each: at most 2 pairs cast even when maximised (4 exist).
    p = _problem("2026-12-01T19:30")
    assert len(make_variables(cp_model.CpModel(), p).cast) == 4
    assert _best(p, role_slots_filled, lambda v: sum(v.cast.values())) == 2
    # And at least: minimised (maximise the negation), still 2.
    assert _best(p, role_slots_filled, lambda v: -sum(v.cast.values())) == -2


def test_a_pin_is_kept() -> None:
    # Bea pinned in the lead; maximising "not Bea in the lead" still gives 0.
    p = _problem("2026-12-01T19:30")
    k = p.slot_index[0, p.role_index[LEAD]]
    bea = p.dancer_index["bea"]
    pinned = replace(p, pins=((k, bea),))
    assert _best(pinned, pins_kept, lambda v: 1 - v.cast[k, bea]) == 0


def test_a_pin_of_an_ineligible_dancer_cannot_be_kept() -> None:
    # The lead's place (1) has Ann alone as candidate; Bea pinned in it is no candidate:
    # the pin asks for 1 + 1 = 2 dancers of Ann alone, and the place for exactly 1:
    # infeasible together.
    p = _problem("2026-12-01T19:30")
    k = p.slot_index[0, p.role_index[LEAD]]
    ann, bea = p.dancer_index["ann"], p.dancer_index["bea"]
    slots = tuple(replace(s, candidates=(ann,)) if i == k else s for i, s in enumerate(p.slots))
    pinned = replace(p, slots=slots, pins=((k, bea),))

    def both(m: cp_model.CpModel, q: CastingProblem, v: CastingVariables) -> None:
        role_slots_filled(m, q, v)
        pins_kept(m, q, v)

    assert _best(pinned, both, lambda v: sum(v.cast.values())) is None


def test_one_role_a_show() -> None:
    # Ann may dance the lead and the solo of the one show: at most 1 of the 2.
    p = _problem("2026-12-01T19:30")
    ann = p.dancer_index["ann"]
    score = lambda v: sum(x for (_, d), x in v.cast.items() if d == ann)  # noqa: E731
    assert _best(p, one_role_per_show, score) == 1


def test_one_place_at_a_time() -> None:
    # Two shows at the same hour (Tue 1 Dec 19:30): Ann works in at most one. Two days apart:
    # both.
    ann_works = lambda v: sum(x for (d, _), x in v.works.items() if d == 0)  # noqa: E731
    same = _problem("2026-12-01T19:30", "2026-12-01T19:30")
    assert same.dancers[0].id == "ann"
    assert _best(same, one_place_at_a_time, ann_works) == 1
    apart = _problem("2026-12-01T19:30", "2026-12-03T19:30")
    assert _best(apart, one_place_at_a_time, ann_works) == 2
