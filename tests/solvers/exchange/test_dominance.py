"""Dominated candidate stays (etoile.solvers.exchange.dominance): a shorter stay of the same
dancer that reaches every lead of a longer one, for no more cost to either house."""

from __future__ import annotations

from etoile.solvers.exchange.dominance import dominated
from exchange_kit import LEA, ZOE, hand_exchange, lead, stay


def test_a_shorter_stay_with_the_same_leads_dominates_the_longer() -> None:
    # Léa away 5-15 Dec or 7-10 Dec, Giselle on the 8th either way, nothing costs: the 7-10
    # stay (1) lies inside the 5-15 one (0) and reaches its one lead: 0 is dominated.
    problem = hand_exchange(
        [stay(0, LEA, 5, 15), stay(1, LEA, 7, 10)], [lead(0, "p8", 8, 500), lead(1, "p8", 8, 500)]
    )
    assert dominated(problem) == {0}


def test_a_shorter_stay_missing_a_lead_does_not_dominate() -> None:
    # The 5-15 stay also reaches Giselle on the 13th, which the 7-10 stay cannot.
    problem = hand_exchange(
        [stay(0, LEA, 5, 15), stay(1, LEA, 7, 10)],
        [lead(0, "p8", 8, 500), lead(0, "p13", 13, 500), lead(1, "p8", 8, 500)],
    )
    assert dominated(problem) == set()


def test_a_shorter_stay_that_costs_a_house_more_does_not_dominate() -> None:
    # The 7-10 stay loses Paris 300 of box office (the 5-15 one 0): 300 > 0 for Paris.
    problem = hand_exchange(
        [stay(0, LEA, 5, 15), stay(1, LEA, 7, 10, home_loss=300.0)],
        [lead(0, "p8", 8, 500), lead(1, "p8", 8, 500)],
    )
    assert dominated(problem) == set()


def test_fixed_costs_are_compared_by_paying_house() -> None:
    # New York pays 200 for the 5-15 stay and 150 for the 7-10 one (150 <= 200): dominated.
    # Paris pays nothing for either.
    problem = hand_exchange(
        [
            stay(0, LEA, 5, 15, fixed_costs={"nyc": 200.0}),
            stay(1, LEA, 7, 10, fixed_costs={"nyc": 150.0}),
        ],
        [lead(0, "p8", 8, 500), lead(1, "p8", 8, 500)],
    )
    assert dominated(problem) == {0}


def test_of_two_identical_windows_the_lower_index_is_kept() -> None:
    problem = hand_exchange(
        [stay(0, LEA, 7, 10), stay(1, LEA, 7, 10)], [lead(0, "p8", 8, 500), lead(1, "p8", 8, 500)]
    )
    assert dominated(problem) == {1}


def test_another_dancers_stay_never_dominates() -> None:
    # Zoé's 7-10 stay lies inside Léa's 5-15 one with the same lead: different dancers.
    problem = hand_exchange(
        [stay(0, LEA, 5, 15), stay(1, ZOE, 7, 10)], [lead(0, "p8", 8, 500), lead(1, "p8", 8, 500)]
    )
    assert dominated(problem) == set()
