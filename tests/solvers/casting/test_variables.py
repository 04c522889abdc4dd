"""The casting model's variables (etoile.solvers.casting.variables): one ``cast`` literal per
eligible pair, ``works`` and ``leads`` channelled from them, the shows by start, ``role_used``,
``couple_slots`` and ``together_var``."""

from __future__ import annotations

from ortools.sat.python import cp_model

from casting_kit import company, dancer, role, season, show
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.solvers.casting.variables import (
    couple_slots,
    make_variables,
    role_used,
    together_var,
)

LEAD = "nyc-bal.lead"
SOLO = "nyc-bal.solo"


def _problem() -> CastingProblem:
    # Two shows, given out of order (Thu 3 before Tue 1 Dec); roles: a principal lead and a
    # solo open to soloists. Ann (principal) knows both; Bea (soloist) knows the solo only and
    # may not dance the principal lead.
    return compile_casting(
        season(
            company(
                "nyc",
                [dancer("ann", known=(LEAD, SOLO)), dancer("bea", rank="soloist", known=(SOLO,))],
                [role(LEAD, lead=True), role(SOLO, tiers=("principal", "soloist"))],
                [show("p3", "2026-12-03T19:30"), show("p1", "2026-12-01T19:30")],
            )
        )
    )


def _ids(p: CastingProblem) -> tuple[int, int, int, int, int, int]:
    ann, bea = (next(i for i, d in enumerate(p.dancers) if d.id == x) for x in ("ann", "bea"))
    lead, solo = (next(i for i, r in enumerate(p.roles) if r.id == x) for x in (LEAD, SOLO))
    p1, p3 = (next(i for i, s in enumerate(p.shows) if s.id == x) for x in ("p1", "p3"))
    return ann, bea, lead, solo, p1, p3


def test_a_cast_literal_only_for_eligible_pairs() -> None:
    # 2 shows x (lead: Ann; solo: Ann, Bea) = 2 x 3 = 6 literals; none for Bea in the lead.
    p = _problem()
    ann, bea, _, solo, _, _ = _ids(p)
    v = make_variables(cp_model.CpModel(), p)
    assert len(v.cast) == 6
    for k, slot in enumerate(p.slots):
        assert ((k, bea) in v.cast) is (slot.role == solo)
        assert (k, ann) in v.cast


def test_works_and_leads_are_channelled() -> None:
    # Ann may dance 2 roles in each show: ``works`` is a new literal; Bea one: the cast literal
    # itself. ``leads``: Ann's lead literal in each show, nothing for Bea.
    p = _problem()
    ann, bea, lead, solo, p1, p3 = _ids(p)
    v = make_variables(cp_model.CpModel(), p)
    for s in (p1, p3):
        assert v.works[bea, s] is v.cast[p.slot_index[s, solo], bea]
        assert v.works[ann, s] is not v.cast[p.slot_index[s, solo], ann]
        assert v.leads[ann, s] is v.cast[p.slot_index[s, lead], ann]
    assert sorted(v.works) == sorted([(ann, p1), (ann, p3), (bea, p1), (bea, p3)])
    assert sorted(v.leads) == sorted([(ann, p1), (ann, p3)])


def test_shows_of_each_dancer_by_start() -> None:
    p = _problem()
    ann, bea, _, _, p1, p3 = _ids(p)
    v = make_variables(cp_model.CpModel(), p)
    assert v.shows_of == {ann: [p1, p3], bea: [p1, p3]}


def test_works_is_exactly_any_of_the_roles() -> None:
    # Ann dances only the solo of Tue 1: works(ann, p1) = 1, works(ann, p3) = 0 even when
    # maximised (bounded both ways).
    p = _problem()
    ann, _, _, solo, p1, p3 = _ids(p)
    m = cp_model.CpModel()
    v = make_variables(m, p)
    for (k, d), x in v.cast.items():
        m.add(x == int(d == ann and k == p.slot_index[p1, solo]))
    m.maximize(v.works[ann, p3] + v.works[ann, p1])
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    assert solver.solve(m) == cp_model.OPTIMAL
    assert (solver.value(v.works[ann, p1]), solver.value(v.works[ann, p3])) == (1, 0)


def test_role_used_is_made_once() -> None:
    p = _problem()
    ann, _, _, solo, p1, p3 = _ids(p)
    m = cp_model.CpModel()
    v = make_variables(m, p)
    slots = [p.slot_index[p1, solo], p.slot_index[p3, solo]]
    first = role_used(m, v, solo, ann, slots)
    assert role_used(m, v, solo, ann, []) is first
    assert v.used == {(solo, ann): first}


def test_couples_and_together() -> None:
    # The lead and the solo share both shows: two pairs of slots, one per show by start.
    p = _problem()
    ann, bea, lead, solo, p1, p3 = _ids(p)
    pairs = couple_slots(p, lead, solo)
    expected = [(p.slot_index[s, lead], p.slot_index[s, solo]) for s in (p1, p3)]
    assert sorted(pairs) == sorted(expected)
    m = cp_model.CpModel()
    v = make_variables(m, p)
    # Ann in the lead with Bea in the solo: a literal, the same whichever role is named first.
    pair = together_var(m, p, v, lead, solo, ann, bea)
    assert pair is not None
    assert together_var(m, p, v, solo, lead, bea, ann) is pair
    # Bea may not dance the lead; Ann cannot partner herself.
    assert together_var(m, p, v, lead, solo, bea, ann) is None
    assert together_var(m, p, v, lead, solo, ann, ann) is None
