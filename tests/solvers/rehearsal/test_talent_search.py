"""The layered search of talent scheduling (etoile.solvers.rehearsal.talent_search): exact
optimum and proof, nothing strictly better than the incumbent, and the beam's weaker bound."""

from __future__ import annotations

from etoile.problems.talent import TalentProblem
from etoile.solvers.rehearsal.talent_reduce import reduce_problem
from etoile.solvers.rehearsal.talent_search import layered_search
from etoile.solvers.rehearsal.talent_tables import Tables
from etoile.validate.talent import evaluate_order

# MiniZinc's tiny.dzn (as in test_talent.py): scenes 0..3 last 1, 2, 3, 1; actor costs 1, 2,
# 3; a0 in scenes 0, 2, a1 in 0, 1, 3, a2 in 1, 2. No reduction applies (each actor is in 2 or
# 3 of 4 scenes, every scene has its own set): the reduced problem is the problem. Optimum 29;
# fixed cost 1 x 4 + 2 x 4 + 3 x 5 = 27.
TINY = TalentProblem.from_matrix(
    [1, 2, 3, 1], [1, 2, 3], [[1, 0, 1, 0], [1, 1, 0, 1], [0, 1, 1, 0]]
)


def _tables() -> Tables:
    reduced = reduce_problem(TINY)
    assert reduced.groups == ((0,), (1,), (2,), (3,)) and reduced.constant == 0
    return Tables(reduced)


def test_the_exact_search_finds_and_proves_the_optimum() -> None:
    outcome = layered_search(_tables(), upper=10**9)
    assert (outcome.value, outcome.bound, outcome.complete) == (29, 29, True)
    assert outcome.order is not None and sorted(outcome.order) == [0, 1, 2, 3]
    assert evaluate_order(TINY, outcome.order).total == 29


def test_nothing_beats_an_optimal_incumbent() -> None:
    # Only orders strictly under 29 are searched for: none; the incumbent is proved optimal.
    outcome = layered_search(_tables(), upper=29)
    assert (outcome.order, outcome.value, outcome.bound, outcome.complete) == (None, 29, 29, True)


def test_a_beam_finds_an_order_but_proves_only_the_root_bound() -> None:
    # Width 1: one state a layer. The order it finds costs at least 29; the bound is the
    # root's, every actor paying their own scenes: 27.
    outcome = layered_search(_tables(), upper=10**9, width=1)
    assert outcome.order is not None
    assert outcome.value == evaluate_order(TINY, outcome.order).total >= 29
    assert (outcome.bound, outcome.complete) == (27, False)
    # The root plus one state in each of the 4 layers: 5 states kept.
    assert outcome.states == 5
