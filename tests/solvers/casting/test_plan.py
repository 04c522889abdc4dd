"""Between the index-based cast and the plan's assignments (etoile.solvers.casting.plan):
``to_assignments`` in show and role order, ``from_assignments`` dropping what it cannot place."""

from __future__ import annotations

from casting_kit import plan
from etoile.domain import CastAssignment, Plan
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.solvers.casting.plan import from_assignments, to_assignments
from repair_kit import LEAD, three_shows

# Slots 0, 1, 2: the lead of p1 (7 Dec), p2 (14 Dec), p3 (18 Dec); dancers 0, 1, 2: Ann, Bea,
# Cat.


def _problem() -> CastingProblem:
    problem = compile_casting(three_shows())
    assert [problem.shows[s.show].id for s in problem.slots] == ["p1", "p2", "p3"]
    assert [d.id for d in problem.dancers] == ["ann", "bea", "cat"]
    return problem


def test_to_assignments_sorts_by_slot_and_names_the_ids() -> None:
    # Given out of order: (2, Cat), (0, Ann), (1, Bea) -> p1 Ann, p2 Bea, p3 Cat.
    made = to_assignments(_problem(), [(2, 2), (0, 0), (1, 1)], None, "s-1")
    assert made.season == "s-1"
    assert made.casting == [
        CastAssignment(performance="p1", role=LEAD, dancer="ann"),
        CastAssignment(performance="p2", role=LEAD, dancer="bea"),
        CastAssignment(performance="p3", role=LEAD, dancer="cat"),
    ]


def test_to_assignments_replaces_the_casting_of_a_copy() -> None:
    # The old plan cast Bea in p1; the new cast is Cat in p2. The old plan is unchanged.
    old = plan([("p1", LEAD, "bea")])
    made = to_assignments(_problem(), [(1, 2)], old, "ignored")
    assert [(a.performance, a.dancer) for a in made.casting] == [("p2", "cat")]
    assert made.season == old.season
    assert [(a.performance, a.dancer) for a in old.casting] == [("p1", "bea")]


def test_from_assignments_reads_back_the_indices() -> None:
    problem = _problem()
    cast = [(0, 1), (1, 2), (2, 0)]
    assert from_assignments(problem, to_assignments(problem, cast, None, "s")) == cast


def test_from_assignments_drops_what_the_problem_does_not_know() -> None:
    # An unknown show, an unknown role and an unknown dancer are dropped; p2 Bea is kept as
    # slot 1, dancer 1.
    made = Plan(
        season="s",
        casting=[
            CastAssignment(performance="p9", role=LEAD, dancer="ann"),
            CastAssignment(performance="p1", role="nyc-bal.nobody", dancer="ann"),
            CastAssignment(performance="p3", role=LEAD, dancer="zed"),
            CastAssignment(performance="p2", role=LEAD, dancer="bea"),
        ],
    )
    assert from_assignments(_problem(), made) == [(1, 1)]
