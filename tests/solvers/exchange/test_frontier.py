"""The frontier of packages (etoile.solvers.exchange.frontier): the non-dominated gains of the
two houses, best for the first house first, on a hand-made exchange."""

from __future__ import annotations

from etoile.solvers.exchange.frontier import Package, frontier
from etoile.solvers.exchange.model import ExchangeParams
from exchange_kit import LEA, ZOE, hand_exchange, lead, stay

PARAMS = ExchangeParams(time_limit=1.0, workers=1, seed=0)


def _gains(points: list[Package]) -> list[tuple[float, float]]:
    return [(p.gains["nyc"], p.gains["par"]) for p in points]


def test_sending_a_dancer_or_not() -> None:
    # Léa's stay: New York gains 900 from her lead on the 8th, Paris loses 300 of box
    # office. Best for New York: she goes, (900, -300); best for Paris: nobody goes, (0, 0).
    # Neither dominates the other.
    problem = hand_exchange([stay(0, LEA, 5, 15, home_loss=300.0)], [lead(0, "p8", 8, 900)])
    points = frontier(problem, ("nyc", "par"), params=PARAMS, most=3)
    assert _gains(points) == [(900.0, -300.0), (0.0, 0.0)]
    assert [c.dancer for c in points[0].chosen] == [LEA]
    assert [o.performance for o in points[0].danced[0]] == ["p8"]
    assert points[1].chosen == ()


def test_a_point_between_the_extremes() -> None:
    # Zoé too: New York +500, Paris -100. Packages: none (0, 0); Zoé (500, -100); Léa
    # (900, -300); both (1,400, -400). Each gives New York more for Paris less: all four are
    # non-dominated. With 4 points asked: the two extremes and floors on Paris's gain of
    # round(-400 + 400 x 1/3) = -267 (best for New York: Zoé alone, 500) and round(-400 +
    # 400 x 2/3) = -133 (Zoé alone again): three distinct points.
    problem = hand_exchange(
        [stay(0, LEA, 5, 15, home_loss=300.0), stay(1, ZOE, 5, 15, home_loss=100.0)],
        [lead(0, "p8", 8, 900), lead(1, "p9", 9, 500)],
    )
    points = frontier(problem, ("nyc", "par"), params=PARAMS, most=4)
    assert _gains(points) == [(1400.0, -400.0), (500.0, -100.0), (0.0, 0.0)]


def test_a_dancer_left_out_cannot_travel() -> None:
    problem = hand_exchange([stay(0, LEA, 5, 15, home_loss=300.0)], [lead(0, "p8", 8, 900)])
    points = frontier(problem, ("nyc", "par"), params=PARAMS, left_out=frozenset({LEA}))
    assert _gains(points) == [(0.0, 0.0)]
