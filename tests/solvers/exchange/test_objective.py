"""The exchange objective's coefficients (etoile.solvers.exchange.objective): each house's gain
by decision, and the bound on any gain."""

from __future__ import annotations

from ortools.sat.python import cp_model

from etoile.solvers.exchange.objective import define_gains, gain_bound, gain_coefficients
from etoile.solvers.exchange.variables import make_variables
from exchange_kit import LEA, ZOE, hand_exchange, lead, stay


def _problem():  # type: ignore[no-untyped-def]
    # Léa (stay 0): Paris loses 300 of box office; New York pays 120 of travel and housing;
    # she may lead on the 8th (New York gains 900, pays a fee of 250) and the 12th (uplift
    # 400, no fee). Zoé (stay 1): Paris pays 50 of costs; a lead on the 9th, uplift 600.
    return hand_exchange(
        [
            stay(0, LEA, 5, 15, home_loss=300.0, fixed_costs={"nyc": 120.0}),
            stay(1, ZOE, 5, 15, fixed_costs={"par": 50.0}),
        ],
        [lead(0, "p8", 8, 900, fee=250), lead(0, "p12", 12, 400), lead(1, "p9", 9, 600)],
    )


def test_the_coefficients_by_hand() -> None:
    # Stays: Paris -300 (Léa's home loss) and -50 (Zoé's costs); New York -120, 0.
    # Leads: New York +900 - 250 = 650, +400, +600; Paris nothing.
    coefficients = gain_coefficients(_problem())
    assert coefficients["par"] == ([-300, -50], [0, 0, 0], [])
    assert coefficients["nyc"] == ([-120, 0], [650, 400, 600], [])


def test_an_adjustment_is_added_to_its_house() -> None:
    # Léa's stay measured: Paris +75 on the full model. -300 + 75 = -225.
    problem = hand_exchange(
        [stay(0, LEA, 5, 15, home_loss=300.0, adjustment=(("par", 75.0),))],
        [lead(0, "p8", 8, 900)],
    )
    assert gain_coefficients(problem)["par"][0] == [-225]


def test_the_bound_is_the_largest_sum_of_magnitudes() -> None:
    # Paris: 300 + 50 = 350; New York: 120 + 650 + 400 + 600 = 1,770. Bound 1,770.
    assert gain_bound(_problem()) == 1770


def test_the_bound_is_at_least_one() -> None:
    # Nothing costs or gains: every coefficient 0; the bound is 1, not 0.
    problem = hand_exchange([stay(0, LEA, 5, 15)], [lead(0, "p8", 8, 0)])
    assert gain_bound(problem) == 1


def test_the_gains_follow_the_decisions() -> None:
    # Léa goes and dances the 8th only; Zoé stays home. New York: -120 + 650 = 530; Paris
    # -300.
    problem = _problem()
    m = cp_model.CpModel()
    v = make_variables(m, problem, gain_bound(problem))
    define_gains(m, problem, v)
    for x, value in zip([*v.go, *v.dance], [1, 0, 1, 0, 0], strict=True):
        m.add(x == value)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    assert solver.solve(m) == cp_model.OPTIMAL
    assert (solver.value(v.gain["nyc"]), solver.value(v.gain["par"])) == (530, -300)
