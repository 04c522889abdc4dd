"""What the exchange stage of ``etoile plan`` leaves out when the casting cannot honour a
package (:func:`etoile.services.plan_exchange.least_valued`)."""

from __future__ import annotations

from etoile.domain import SolveStatus
from etoile.services.exchange import ExchangeDecision
from etoile.services.plan_exchange import least_valued
from etoile.solvers.exchange import ExchangeResult
from etoile.solvers.result import make_report
from exchange_kit import hand_exchange, lead, stay, swap_season

SEASON = swap_season()
"""For the houses' currencies only: the problem counts both in USD at rate 1."""


def _package() -> ExchangeDecision:
    """Four Paris dancers in New York, each stay dancing one lead: worth 1,000 (Ana),
    700 (Bea), 900 (Cid) and 400 (Dan) USD to New York, none costing anything."""
    dancers = ["par-ana", "par-bea", "par-cid", "par-dan"]
    stays = [stay(i, d, 1, 20) for i, d in enumerate(dancers)]
    leads = [lead(i, f"p{i}", 5 + 2 * i, v) for i, v in enumerate([1000.0, 700.0, 900.0, 400.0])]
    problem = hand_exchange(stays, leads, each_way=4, places=4)
    report = make_report("cp-sat", SolveStatus.FEASIBLE, objective=None, bound=None, seconds=0)
    danced = {c.index: [leads[c.index]] for c in problem.candidates}
    result = ExchangeResult(list(problem.candidates), danced, {}, report, True)
    return ExchangeDecision(problem, result, [])


def test_the_less_valued_half_of_the_blocking_travellers_is_left_out() -> None:
    # All four block: the two of least value, Dan (400) and Bea (700). Three block (Ana,
    # Bea, Cid): (3 + 1) // 2 = 2 of them, Bea (700) and Cid (900).
    package = _package()
    every = {"par-ana", "par-bea", "par-cid", "par-dan"}
    assert least_valued(SEASON, package, every) == {"par-dan", "par-bea"}
    assert least_valued(SEASON, package, every - {"par-dan"}) == {"par-bea", "par-cid"}


def test_one_blocking_traveller_or_none_of_the_package_is_left_out_whole() -> None:
    package = _package()
    assert least_valued(SEASON, package, {"par-ana"}) == {"par-ana"}
    strangers = {"par-nobody", "nyc-nobody"}
    assert least_valued(SEASON, package, strangers) == strangers
