"""The deal: a transfer that shares an uneven gain, its range, and the best package against a
brute force over every package with the full model."""

from __future__ import annotations

import itertools

import pytest

from etoile.domain import ExchangeMove, Money, Payer, Plan, Season, TransferPolicy
from etoile.forecast import DEFAULT_PARAMS, expected_results
from etoile.problems.exchange import ExchangeProblem, compile_exchange
from etoile.problems.exchange_data import Candidate, GuestOption
from etoile.solvers.exchange import ExchangeParams, solve_exchange
from etoile.solvers.exchange.deal import settle
from etoile.solvers.exchange.frontier import frontier
from etoile.solvers.exchange.objective import gain_bound
from etoile.solvers.exchange.transfers import transfer_rules
from etoile.solvers.exchange.values import value_exchange
from exchange_kit import swap_season

FAST = ExchangeParams(time_limit=5, workers=1)


def paid_by_home(travel_usd: int, policy: TransferPolicy | None = None) -> Season:
    """The swap season where Paris, the lending house, pays its star's travel."""
    season = swap_season(fee_usd=0)
    terms = season.exchanges[0].model_copy(
        update={
            "travel_cost": Money.of(travel_usd, "USD"),
            "travel_paid_by": Payer.HOME,
            "transfer": policy or TransferPolicy(),
        }
    )
    return season.model_copy(update={"exchanges": [terms]})


def solved(season: Season):  # type: ignore[no-untyped-def]
    problem = value_exchange(season, compile_exchange(season))
    rules = transfer_rules(season, problem, gain_bound(problem))
    return problem, solve_exchange(problem, FAST, rules)


def test_a_swap_that_pays_only_with_a_fee_is_found_with_its_range() -> None:
    # New York gains the guest's two leads (+29,421 USD, as in test_model's first case
    # with this forecast); Paris pays 8,000 USD of travel and loses no show. Without a
    # transfer Paris is worse off; with one, New York pays Paris between 8,000 USD (Paris
    # even) and 29,421 USD (New York even); the even split is (29,421 + 8,000) / 2 = 18,710.5.
    season = paid_by_home(8_000)
    problem, result = solved(season)
    assert result.helps_both
    assert [c.dancer for c in result.chosen] == ["par-lea"]
    nyc, par = result.gains["nyc"], result.gains["par"]
    assert par == -8000.0
    assert nyc > 8000
    assert result.transfers == {"nyc-par": pytest.approx(result.transfers["nyc-par"])}
    # The transfer the solver found leaves both houses even or better.
    assert nyc - result.transfers["nyc-par"] >= 0
    assert par + result.transfers["nyc-par"] >= 0
    gains = {"nyc": nyc, "par": par / problem.rates["par"]}
    deal = settle(season, gains, "USD")
    assert deal.acceptable
    (fee,) = deal.transfers
    assert (fee.payer, fee.payee, fee.currency) == ("nyc", "par", "USD")
    assert fee.low == pytest.approx(8000.0)
    assert fee.high == pytest.approx(nyc)
    assert fee.amount == pytest.approx((nyc + 8000) / 2)
    assert deal.after["nyc"] == pytest.approx(deal.after["par"] * problem.rates["par"])


def test_without_a_fee_the_same_swap_is_refused() -> None:
    season = paid_by_home(8_000, TransferPolicy(allowed=False))
    _, result = solved(season)
    assert not result.helps_both
    assert result.chosen == []
    assert result.gains == {"nyc": 0.0, "par": 0.0}


def test_a_cap_below_the_lenders_loss_refuses_the_swap_and_one_above_allows_it() -> None:
    below = paid_by_home(8_000, TransferPolicy(cap=Money.of(5_000, "USD")))
    above = paid_by_home(8_000, TransferPolicy(cap=Money.of(9_000, "USD")))
    assert not solved(below)[1].helps_both
    _, result = solved(above)
    assert result.helps_both
    assert 8000 <= result.transfers["nyc-par"] <= 9000


def test_a_swap_nothing_can_pay_finds_nothing() -> None:
    # A 50,000 USD fee per show, paid by New York, is more than the guest's leads earn.
    season = swap_season(fee_usd=50_000)
    _, result = solved(season)
    assert not result.helps_both
    assert result.chosen == []
    assert result.report.status.value == "optimal"


def test_the_frontier_holds_the_best_package_for_each_house_and_no_dominated_one() -> None:
    season = paid_by_home(8_000)
    problem, result = solved(season)
    points = frontier(problem, ("nyc", "par"), params=FAST)
    assert points, "at least one non-dominated package"
    best_nyc = max(p.gains["nyc"] for p in points)
    best_par = max(p.gains["par"] for p in points)
    assert best_nyc == result.gains["nyc"]  # the chosen package is New York's best here
    assert best_par == 0.0  # Paris's best is to send nobody
    for p in points:
        for q in points:
            dominates = q.gains["nyc"] >= p.gains["nyc"] and q.gains["par"] >= p.gains["par"]
            assert not (dominates and q.key != p.key)


# --- Brute force: every package of candidate stays, valued with the full model. -------------


def _feasible(problem: ExchangeProblem, stays: tuple[Candidate, ...], opts: list[int]) -> bool:
    """The model's hard rules, written again for the brute force."""
    chosen = {c.index for c in stays}
    if any(problem.options[i].candidate not in chosen for i in opts):
        return False
    if any(not any(problem.options[i].candidate == c.index for i in opts) for c in stays):
        return False  # a stay with no lead is not a stay
    per_way: dict[tuple[str, str, str], int] = {}
    for c in stays:
        key = (c.terms, c.home, c.host)
        per_way[key] = per_way.get(key, 0) + 1
        if per_way[key] > problem.limits[key]:
            return False
    for a, b in itertools.combinations(stays, 2):
        if a.dancer == b.dancer and a.depart <= b.return_ and b.depart <= a.return_:
            return False
    places: dict[tuple[str, str], int] = {}
    for i in opts:
        o = problem.options[i]
        places[o.performance, o.role] = places.get((o.performance, o.role), 0) + 1
        if places[o.performance, o.role] > problem.capacity[o.performance, o.role]:
            return False
    for i, j in itertools.combinations(opts, 2):
        oi, oj = problem.options[i], problem.options[j]
        same = problem.candidates[oi.candidate].dancer == problem.candidates[oj.candidate].dancer
        rest = problem.labor[problem.candidates[oi.candidate].dancer].min_days_between_leads
        if same and abs((oi.day - oj.day).days) <= rest:
            return False
    return True


def _full_gain(season: Season, problem: ExchangeProblem, opts: list[int]) -> dict[str, float]:
    """Each house's gain with the full model: the guests' leads cast, the rest as expected."""
    danced: dict[int, list[GuestOption]] = {}
    for i in opts:
        danced.setdefault(problem.options[i].candidate, []).append(problem.options[i])
    moves: list[ExchangeMove] = [
        problem.candidates[c].move(sorted({o.role for o in os})) for c, os in danced.items()
    ]
    from etoile.domain import CastAssignment

    casting = [
        CastAssignment(performance=o.performance, role=o.role, dancer=problem.candidates[c].dancer)
        for c, os in danced.items()
        for o in os
    ]
    plan = Plan(season=season.id, exchange=moves, casting=casting)
    with_x = expected_results(season, plan, DEFAULT_PARAMS)
    without = expected_results(season, Plan(season=season.id), DEFAULT_PARAMS)
    return {h: (with_x[h] - without[h]) * problem.rates[h] for h in problem.houses}


@pytest.mark.parametrize(
    "season",
    [paid_by_home(8_000), swap_season(fee_usd=5_000), swap_season(fee_usd=0, castable=False)],
    ids=["lender-pays-travel", "fee-5000", "two-shows-a-day"],
)
def test_the_exchange_is_the_best_package_of_a_brute_force_with_the_full_model(
    season: Season,
) -> None:
    problem, result = solved(season)
    assert len(problem.options) <= 14, "small enough to enumerate"
    best = 0.0
    for size in range(len(problem.candidates) + 1):
        for stays in itertools.combinations(problem.candidates, size):
            pool = [i for c in stays for i in c.options]
            for n in range(len(pool) + 1):
                for opts in itertools.combinations(pool, n):
                    if _feasible(problem, stays, list(opts)):
                        best = max(best, sum(_full_gain(season, problem, list(opts)).values()))
    # Rounding: each decision's value is rounded to a whole unit in the model.
    assert result.total == pytest.approx(best, abs=len(problem.options) + len(problem.candidates))
    assert result.helps_both == (best > len(problem.options))


def test_the_frontier_sends_no_one_left_out() -> None:
    """A dancer the plan may not send (its calendar could not prepare her) is in no point of
    the frontier drawn around that plan's decision: Léa is the only traveller here."""
    season = paid_by_home(8_000)
    problem, _ = solved(season)
    free = frontier(problem, ("nyc", "par"), params=FAST)
    assert any(p.chosen for p in free)
    kept_home = frontier(problem, ("nyc", "par"), params=FAST, left_out=frozenset({"par-lea"}))
    assert kept_home and all(not p.chosen for p in kept_home)
    assert all(p.gains == {"nyc": 0.0, "par": 0.0} for p in kept_home)
