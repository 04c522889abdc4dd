"""The first order of talent scheduling (etoile.solvers.rehearsal.talent_heuristic): the whole
order's cost, local search by moves and reversals, and the beam's start."""

from __future__ import annotations

from etoile.solvers.rehearsal.talent_heuristic import _Evaluator, initial_order, local_search
from etoile.solvers.rehearsal.talent_reduce import Reduced
from etoile.solvers.rehearsal.talent_tables import Tables

# Three scenes of 3, 3 and 1; actors a0 (cost 2) in scenes 0, 1 and a1 (cost 1) in 1, 2.
SMALL = Reduced(
    durations=(3, 3, 1),
    costs=(2, 1),
    scene_actors=(0b01, 0b11, 0b10),
    groups=((0,), (1,), (2,)),
    lead=(),
    constant=0,
)


def test_the_cost_of_whole_orders_by_hand() -> None:
    cost_of = _Evaluator(Tables(SMALL))
    # 0, 1, 2: scene 0 on 0-3, 1 on 3-6, 2 on 6-7. a0 on 0-6: 2 x 6 = 12; a1 on 3-7: 4. 16.
    assert cost_of([0, 1, 2]) == 16
    # 1, 0, 2: scene 1 on 0-3, 0 on 3-6, 2 on 6-7. a0 on 0-6: 12; a1 on 0-7: 7. 19.
    assert cost_of([1, 0, 2]) == 19
    # 0, 2, 1: scene 0 on 0-3, 2 on 3-4, 1 on 4-7. a0 on 0-7: 14; a1 on 3-7: 4. 18.
    assert cost_of([0, 2, 1]) == 18


def test_the_cost_with_more_actors_than_one_chunk() -> None:
    # Eleven actors (the evaluator's chunks hold 10) of cost 1, 2, ..., 11; a10 (cost 11) in
    # scenes 0 and 2, a0 (cost 1) in scene 1. Order 0, 1, 2 of 1-unit scenes: a10 on 0-3,
    # 11 x 3 = 33; a0 on 1-2, 1. Total 34.
    a10 = 1 << 10
    reduced = Reduced((1, 1, 1), tuple(range(1, 12)), (a10, 1, a10), ((0,), (1,), (2,)), (), 0)
    assert _Evaluator(Tables(reduced))([0, 1, 2]) == 34


def test_local_search_improves_to_the_optimum() -> None:
    # From 1, 0, 2 (19) a move or reversal reaches 16, the fixed cost (12 + 4): nothing lower.
    order, cost = local_search(Tables(SMALL), [1, 0, 2])
    assert cost == 16
    assert order in ([0, 1, 2], [2, 1, 0])


def test_local_search_keeps_an_order_already_best() -> None:
    assert local_search(Tables(SMALL), [0, 1, 2]) == ([0, 1, 2], 16)


def test_initial_order_is_a_permutation_at_the_optimum_here() -> None:
    order, cost = initial_order(Tables(SMALL))
    assert sorted(order) == [0, 1, 2]
    assert cost == 16 == _Evaluator(Tables(SMALL))(order)
