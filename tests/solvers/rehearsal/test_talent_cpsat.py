"""The CP-SAT cross-check of talent scheduling (etoile.solvers.rehearsal.talent_cpsat): the
model's optimum, its symmetry cut, and the costs it reports."""

from __future__ import annotations

from etoile.problems.talent import TalentProblem
from etoile.solvers.rehearsal.talent_cpsat import _total, build_model, solve_cpsat

# MiniZinc's tiny.dzn (as in test_talent.py): scenes 0..3 last 1, 2, 3, 1; actor costs 1, 2, 3.
TINY = TalentProblem.from_matrix(
    [1, 2, 3, 1], [1, 2, 3], [[1, 0, 1, 0], [1, 1, 0, 1], [0, 1, 1, 0]]
)


def test_total_by_hand() -> None:
    # Order 2, 1, 0, 3: scene 2 on 0-3, 1 on 3-5, 0 on 5-6, 3 on 6-7. Actor 0 (scenes 0, 2)
    # 0-6: 1 x 6 = 6; actor 1 (scenes 0, 1, 3) 3-7: 2 x 4 = 8; actor 2 (scenes 1, 2) 0-5:
    # 3 x 5 = 15. Total 6 + 8 + 15 = 29.
    assert _total(TINY, [2, 1, 0, 3]) == 29
    # Order 0, 1, 2, 3: actor 0 on 0-6 (6), actor 1 on 0-7 (2 x 7 = 14), actor 2 on 1-6
    # (3 x 5 = 15): 35.
    assert _total(TINY, [0, 1, 2, 3]) == 35


def test_the_optimum_is_proved_and_costs_are_split() -> None:
    # Optimum 29 (the published one). Fixed: each actor's own scenes, 1 x (1 + 3) = 4,
    # 2 x (1 + 2 + 1) = 8, 3 x (2 + 3) = 15: 27; waiting 29 - 27 = 2.
    result = solve_cpsat(TINY, workers=1)
    assert (result.total, result.fixed, result.waiting) == (29, 27, 2)
    assert (result.optimal, result.bound) == (True, 29)
    assert sorted(result.order) == [0, 1, 2, 3]
    assert _total(TINY, list(result.order)) == 29


def test_the_symmetry_cut_plays_scene_0_before_scene_1() -> None:
    # The published order 2, 1, 0, 3 plays 1 before 0; its reverse 3, 0, 1, 2 costs the same
    # 29 and is the one the cut keeps.
    order = list(solve_cpsat(TINY, workers=1).order)
    assert order.index(0) < order.index(1)


def test_the_model_has_one_start_per_scene_within_the_horizon() -> None:
    # Horizon 1 + 2 + 3 + 1 = 7: scene s starts in [0, 7 - duration].
    model, starts = build_model(TINY)
    bounds = [tuple(model.proto.variables[v.index].domain) for v in starts]
    assert bounds == [(0, 6), (0, 5), (0, 4), (0, 6)]


def test_an_actor_of_cost_zero_adds_nothing() -> None:
    # Two scenes of 2 and 3; actor 0 (cost 0) in both, actor 1 (cost 4) in scene 1 only:
    # 4 x 3 = 12 whatever the order.
    problem = TalentProblem.from_matrix([2, 3], [0, 4], [[1, 1], [0, 1]])
    result = solve_cpsat(problem, workers=1)
    assert (result.total, result.waiting, result.optimal) == (12, 0, True)
