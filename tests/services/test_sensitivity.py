"""The sensitivity's rows: a fee or travel row re-costs the valued stays, and gives what a
full re-valuation gives."""

from __future__ import annotations

import copy

import pytest

from etoile.domain import SolveStatus
from etoile.forecast import DEFAULT_PARAMS
from etoile.services.exchange import decide, resolve
from etoile.services.sensitivity import ASSUMPTIONS, flips, sensitivity
from etoile.solvers.exchange import ExchangeParams, ExchangeResult
from etoile.solvers.exchange.values import value_costs
from etoile.solvers.result import make_report
from exchange_kit import swap_season

PARAMS = ExchangeParams(2, 2, 0)


@pytest.mark.parametrize("name", ["fee_factor", "travel_factor"])
@pytest.mark.parametrize("end", ["low", "high"])
def test_re_costing_the_valued_stays_equals_valuing_them_again(name: str, end: str) -> None:
    season = swap_season(fee_usd=20_000)
    assumption = next(a for a in ASSUMPTIONS if a.name == name)
    assert assumption.costs_only
    base = decide(season, None, DEFAULT_PARAMS, PARAMS)
    moved, forecast = assumption.apply(season, DEFAULT_PARAMS, getattr(assumption, end))
    again = decide(moved, None, forecast, PARAMS)
    re_costed = resolve(moved, value_costs(moved, copy.deepcopy(base.problem)), PARAMS)
    assert [c.fixed_costs for c in re_costed.problem.candidates] == [
        c.fixed_costs for c in again.problem.candidates
    ]
    assert [o.fee for o in re_costed.problem.options] == [o.fee for o in again.problem.options]
    assert re_costed.result.total == pytest.approx(again.result.total)
    assert [c.index for c in re_costed.result.chosen] == [c.index for c in again.result.chosen]


def test_a_fee_too_high_for_any_swap_flips_at_the_low_end() -> None:
    rows = sensitivity(swap_season(fee_usd=50_000), None, DEFAULT_PARAMS, PARAMS)
    fees = next(r for r in rows if r.name == "fee_factor")
    assert fees.total_at_base == 0 and fees.stays_at_high == 0
    assert fees.flips and fees.stays_at_low == 1 and fees.total_at_low > 0


def test_a_traveller_left_out_is_left_out_of_every_row() -> None:
    """``etoile plan`` leaves out the travellers its calendar could not prepare; the rows are
    then solved without them too, as the base answer is: Léa is the only traveller here, so no
    end of any range sends anyone, and no row flips (before, the rows sent her while the base
    answer could not)."""
    season = swap_season(fee_usd=20_000)
    free = sensitivity(season, None, DEFAULT_PARAMS, PARAMS)
    assert any(r.stays_at_low or r.stays_at_high for r in free)  # she travels when free to
    rows = sensitivity(season, None, DEFAULT_PARAMS, PARAMS, left_out=frozenset({"par-lea"}))
    assert rows and all(r.total_at_base == 0 for r in rows)
    assert all(r.stays_at_low == r.stays_at_high == 0 and not r.flips for r in rows)


def _result(status: SolveStatus, stays: int) -> ExchangeResult:
    """An answer with ``stays`` chosen stays (made by hand: only its status and its number of
    stays matter to :func:`flips`)."""
    report = make_report("cp-sat", status, objective=None, bound=None, seconds=0.0)
    chosen = [object()] * stays
    return ExchangeResult(chosen, {}, {}, report, bool(stays))  # type: ignore[arg-type]


def test_a_row_flips_when_a_swap_at_one_end_becomes_none_at_another() -> None:
    swap, none = _result(SolveStatus.FEASIBLE, 2), _result(SolveStatus.OPTIMAL, 0)
    assert flips(swap, none, swap)
    assert not flips(swap, swap, _result(SolveStatus.OPTIMAL, 1))
    assert not flips(none, none, none)


def test_a_solve_out_of_time_before_any_plan_never_flips_a_row() -> None:
    # Measured on the demo (travel_factor at 2.0, one deterministic second on two workers):
    # the solve stopped with no plan at all, chose no stay for want of time, and the row said
    # the swap flips to none. Such an end says nothing about the decision.
    swap, lost = _result(SolveStatus.OPTIMAL, 3), _result(SolveStatus.TIMED_OUT, 0)
    assert not flips(swap, lost, swap)
    assert not flips(lost, lost, lost)
