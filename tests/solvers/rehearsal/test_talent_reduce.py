"""The talent scheduling reductions (etoile.solvers.rehearsal.talent_reduce): actors that pay a
constant are dropped, scenes nobody kept needs go first, scenes with the same actors merge."""

from __future__ import annotations

from etoile.problems.talent import TalentProblem
from etoile.solvers.rehearsal.talent_reduce import reduce_problem
from etoile.validate.talent import evaluate_order

# Scenes 0..5 last 1, 2, 3, 1, 4, 2 (13 in all).
# a0, cost 5, only in scene 4: on location 4 whatever the order, 5 x 4 = 20.
# a1, cost 3, in every scene: on location all 13, 3 x 13 = 39.
# a2, cost 2, in scenes 0, 2, 5; a3, cost 1, in scenes 2, 3; a4, cost 4, in no scene (0).
# Constant 20 + 39 + 0 = 59. Scenes 1 and 4 then need nobody kept: played first. Scenes 0 and
# 5 need a2 alone: merged into one scene of 1 + 2 = 3.
PROBLEM = TalentProblem.from_matrix(
    [1, 2, 3, 1, 4, 2],
    [5, 3, 2, 1, 4],
    [
        [0, 0, 0, 0, 1, 0],
        [1, 1, 1, 1, 1, 1],
        [1, 0, 1, 0, 0, 1],
        [0, 0, 1, 1, 0, 0],
        [0, 0, 0, 0, 0, 0],
    ],
)


def test_the_reductions_by_hand() -> None:
    reduced = reduce_problem(PROBLEM)
    assert reduced.constant == 59
    assert reduced.lead == (1, 4)
    assert reduced.groups == ((0, 5), (2,), (3,))
    assert reduced.durations == (3, 3, 1)
    # Kept actors a2, a3 renumbered 0, 1: masks {a2} = 0b01, {a2, a3} = 0b11, {a3} = 0b10.
    assert reduced.costs == (2, 1)
    assert reduced.scene_actors == (0b01, 0b11, 0b10)
    assert reduced.num_scenes == 3


def test_expand_puts_the_lead_first_then_each_group_in_order() -> None:
    reduced = reduce_problem(PROBLEM)
    assert reduced.expand([2, 1, 0]) == [1, 4, 3, 2, 0, 5]


def test_an_expanded_order_costs_the_constant_plus_the_reduced_cost() -> None:
    # Reduced order 0, 1, 2: scene r0 on 0-3, r1 on 3-6, r2 on 6-7. a2 (cost 2) in r0, r1:
    # 0-6, 12; a3 (cost 1) in r1, r2: 3-7, 4. Reduced cost 16; with the constant 59 + 16 = 75.
    reduced = reduce_problem(PROBLEM)
    order = reduced.expand([0, 1, 2])
    assert order == [1, 4, 0, 5, 2, 3]
    assert evaluate_order(PROBLEM, order).total == 75


def test_a_problem_with_nothing_to_reduce_is_kept() -> None:
    # Two actors, each in two of three scenes, all masks different: nothing applies.
    problem = TalentProblem.from_matrix([1, 2, 3], [1, 2], [[1, 1, 0], [0, 1, 1]])
    reduced = reduce_problem(problem)
    assert (reduced.groups, reduced.lead, reduced.constant) == (((0,), (1,), (2,)), (), 0)
    assert reduced.scene_actors == (0b01, 0b11, 0b10)


def test_actors_in_one_or_every_scene_leave_nothing_to_order() -> None:
    # a0 (cost 1) in both scenes: on location all 2 + 3 = 5, 1 x 5 = 5. a1 (cost 2) in scene 1
    # only: 2 x 3 = 6. Both dropped: constant 5 + 6 = 11, and every scene goes to the front.
    problem = TalentProblem.from_matrix([2, 3], [1, 2], [[1, 1], [0, 1]])
    reduced = reduce_problem(problem)
    assert reduced.constant == 11
    assert reduced.num_scenes == 0
    assert reduced.lead == (0, 1)


def test_an_actor_who_costs_nothing_is_not_waited_for() -> None:
    # Scenes 0..2 last 1, 2, 3 (6 in all). a0 costs 0, in scene 1; a1, cost 2, in scenes 0 and
    # 2; a2, cost 1, in every scene: constant 1 x 6 = 6. Scene 1 then needs no paid actor
    # (a0 is free): played first. Scenes 0 and 2 need a1 alone: merged (4), a1 then in its
    # one scene: constant 6 + 2 x 4 = 14, nothing left to order. Any order with scenes 0 and
    # 2 together costs 14 (a1 on location 4, a2 all 6): order 1, 0, 2.
    p = TalentProblem.from_matrix([1, 2, 3], [0, 2, 1], [[0, 1, 0], [1, 0, 1], [1, 1, 1]])
    reduced = reduce_problem(p)
    assert (reduced.lead, reduced.groups, reduced.constant) == ((1, 0, 2), (), 14)
    assert evaluate_order(p, reduced.expand([])).total == 14
    # Scenes 0..3; a0 (free) in scenes 0 and 1, a1 (2) in 1 and 3, a2 (1) in 2 and 3. Scene 0
    # needs no paid actor: first. Scene 1 needs a1 alone, not a1 and a0.
    q = TalentProblem.from_matrix(
        [1, 2, 3, 1], [0, 2, 1], [[1, 1, 0, 0], [0, 1, 0, 1], [0, 0, 1, 1]]
    )
    reduced = reduce_problem(q)
    assert (reduced.lead, reduced.groups) == ((0,), ((1,), (2,), (3,)))
    assert reduced.scene_actors == (0b01, 0b10, 0b11)
