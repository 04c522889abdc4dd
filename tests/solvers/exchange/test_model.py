"""The exchange solver on tiny seasons whose right answer is worked out by hand."""

from __future__ import annotations

import datetime as dt

from etoile.domain import Plan
from etoile.forecast import expected_results
from etoile.problems.exchange import compile_exchange as _compile
from etoile.solvers.exchange import ExchangeParams, explain_exchange, solve_exchange
from etoile.solvers.exchange.values import value_exchange
from etoile.validate import validate
from exchange_kit import swap_season


def compile_exchange(season):  # type: ignore[no-untyped-def]
    return value_exchange(season, _compile(season))


def _plan(season, result):  # type: ignore[no-untyped-def]
    moves = [c.move(sorted({o.role for o in result.danced[c.index]})) for c in result.chosen]
    return Plan(season=season.id, exchange=moves)


def test_star_guest_helps_new_york_and_costs_paris_nothing() -> None:
    # Léa Garnier (Paris, draw 0.9) knows New York's Giselle; New York dances Giselle on
    # 10 and 12 Dec, Paris from 15 Dec. Costs and fees are zero. A stay ending by 12 Dec
    # (back home 13 Dec) costs Paris no show; New York gains the guest uplift of each lead
    # she dances. Rest rules (a free day between leads) let her dance both 10 and 12 Dec:
    # the optimum is both shows, New York +14,248 + 15,173 = +29,421 USD, Paris 0.
    season = swap_season(fee_usd=0)
    problem = compile_exchange(season)
    result = solve_exchange(problem, ExchangeParams(time_limit=5))
    assert result.report.status.value == "optimal"
    assert [c.dancer for c in result.chosen] == ["par-lea"]
    move = result.chosen[0]
    assert move.return_ <= dt.date(2026, 12, 14)
    assert sorted(o.performance for o in result.danced[move.index]) == ["nyc-p1", "nyc-p3"]
    assert result.gains == {"nyc": 29421.0, "par": 0.0}
    plan = _plan(season, result)
    assert [
        v
        for v in validate(season, plan)
        if v.rule.startswith(("Stay", "Too", "Dancer")) and "slot" not in v.rule
    ] == []


def test_linear_gain_matches_the_full_model_for_a_single_stay() -> None:
    season = swap_season(fee_usd=0)
    problem = compile_exchange(season)
    result = solve_exchange(problem, ExchangeParams(time_limit=5))
    c = result.chosen[0]
    from etoile.domain import CastAssignment

    plan = _plan(season, result).model_copy(
        update={
            "casting": [
                CastAssignment(performance=o.performance, role=o.role, dancer=c.dancer)
                for o in result.danced[c.index]
            ]
        }
    )
    full, base = expected_results(season, plan), expected_results(season, None)
    assert round(full["nyc"] - base["nyc"]) == round(result.gains["nyc"])
    assert round(full["par"] - base["par"]) == 0


def test_no_swap_when_the_fee_exceeds_what_the_guest_brings() -> None:
    # Same season, fee 50,000 USD a show (host pays): each lead brings New York at most
    # +15,173 USD, so every stay loses New York money and Paris gains nothing: no exchange.
    season = swap_season(fee_usd=50_000)
    problem = compile_exchange(season)
    result = solve_exchange(problem, ExchangeParams(time_limit=5))
    assert result.chosen == []
    assert not result.helps_both
    lines = explain_exchange(season, problem, result)
    assert lines[0] == "No exchange improves both houses, so none is proposed."
    assert "Léa Garnier to New York" in lines[1]
    assert "-34,827 USD for New York" in lines[1]


def test_no_candidate_when_the_role_cannot_be_learnt_in_time() -> None:
    # Without knowing Giselle, Léa needs 40 h at the guest pace of 12 h a week (24 days):
    # 14 at home before departure, 10 in residence from 3 Dec at the earliest: past New
    # York's last show (12 Dec). No stay offers a lead.
    season = swap_season(knows_giselle=False)
    problem = compile_exchange(season)
    assert problem.candidates == []
    result = solve_exchange(problem)
    assert result.chosen == []
    assert "no stay" in explain_exchange(season, problem, result)[-1]


def test_same_seed_same_exchange() -> None:
    season = swap_season(fee_usd=0)
    runs = [
        solve_exchange(compile_exchange(season), ExchangeParams(time_limit=5, seed=3))
        for _ in range(2)
    ]
    assert [(c.dancer, c.start, c.end) for c in runs[0].chosen] == [
        (c.dancer, c.start, c.end) for c in runs[1].chosen
    ]
    assert runs[0].gains == runs[1].gains
