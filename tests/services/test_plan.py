"""plan_season end to end on tiny seasons (``etoile plan`` itself: tests/cli/test_plan_cmd.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etoile.services.plan import PlanParams, plan_season, write_plan_outputs
from exchange_kit import swap_season

FAST = PlanParams(exchange_time_limit=2, casting_time_limit=5, draws=200)


def test_plan_with_a_swap_passes_the_validator(tmp_path: Path) -> None:
    season = swap_season(fee_usd=0)
    outcome = plan_season(season, FAST)
    assert outcome.errors == []
    assert [(m.dancer, m.roles) for m in outcome.plan.exchange] == [
        ("par-lea", ["nyc-giselle.giselle"])
    ]
    assert outcome.plan.reports["exchange"].status.value == "optimal"
    assert outcome.plan.reports["casting"].status.has_plan
    guest = [
        a for a in outcome.plan.casting if a.dancer == "par-lea" and a.performance[:3] == "nyc"
    ]
    assert sorted(a.performance for a in guest) == ["nyc-p1", "nyc-p3"]
    assert round(outcome.linear_gain["nyc"]) == round(outcome.full_gain["nyc"])
    # The deal: New York gains, Paris neither gains nor loses before the transfer; the
    # proposed transfer (the even split) is New York paying Paris half of New York's gain.
    deal = outcome.plan.deal
    assert deal is not None and deal.verdict == "swap"
    nyc, par = (next(h for h in deal.houses if h.company == c) for c in ("nyc", "par"))
    assert nyc.gain_before_transfer > 0 and par.gain_before_transfer == 0
    (fee,) = deal.transfers
    assert (fee.payer, fee.payee, fee.low) == ("nyc", "par", 0.0)
    assert fee.high == pytest.approx(nyc.gain_before_transfer)
    assert fee.amount == pytest.approx(nyc.gain_before_transfer / 2)
    assert nyc.gain_after_transfer == pytest.approx(nyc.gain_before_transfer / 2)
    # Estimate, full model and Monte Carlo agree within 2% (or 1,000).
    assert abs(nyc.estimate_gain - nyc.monte_carlo_gain) <= max(1000, 0.02 * nyc.estimate_gain)
    assert [p for p in deal.frontier if p.chosen] != []
    plan_path, report = write_plan_outputs(season, outcome, tmp_path, "fr")
    assert json.loads(plan_path.read_text())["exchange"][0]["dancer"] == "par-lea"
    assert report.read_text().startswith("<!")


def test_plan_without_a_helpful_swap_says_so() -> None:
    outcome = plan_season(swap_season(fee_usd=50_000), FAST)
    assert outcome.plan.exchange == []
    assert outcome.errors == []
    assert outcome.explanations[0] == "No exchange improves both houses, so none is proposed."
    deal = outcome.plan.deal
    assert deal is not None and deal.verdict == "none" and deal.transfers == []
    assert [h.gain_after_transfer for h in deal.houses] == [0.0, 0.0]
    # The frontier still shows what the best packages would do to each house.
    assert deal.frontier != []
    assert all(p.total <= 0 or not p.stays for p in deal.frontier)
    assert {r.name for r in deal.sensitivity} >= {"fee_factor", "elasticity", "novelty_bonus"}
    fees = next(r for r in deal.sensitivity if r.name == "fee_factor")
    assert fees.flips and fees.stays_at_low > 0  # without fees the swap would pay


def test_plan_is_deterministic() -> None:
    season = swap_season(fee_usd=0)
    a, b = plan_season(season, FAST), plan_season(season, FAST)
    assert a.plan.exchange == b.plan.exchange
    assert a.plan.casting == b.plan.casting


def test_an_exchange_the_calendar_cannot_prepare_is_not_proposed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When the calendar still blames the stays in its last try, the plan is the plan without
    the exchange, rehearsed, and says why (here the calendar is made to blame Léa's stay)."""
    import etoile.services.plan as main_job

    monkeypatch.setattr(main_job, "CALENDAR_ROUNDS", 1)
    monkeypatch.setattr(
        main_job,
        "calendar_blame",
        lambda season, base, plan, found: ({"nyc-giselle"}, {m.dancer for m in plan.exchange}),
    )
    outcome = plan_season(swap_season(fee_usd=0), FAST)
    assert outcome.plan.exchange == []
    assert outcome.plan.rehearsals and outcome.errors == []
    assert outcome.full_gain == {"nyc": 0.0, "par": 0.0}
    assert any(
        "could not prepare" in line and "Léa" in line and "no exchange" in line
        for line in outcome.explanations
    )
    deal = outcome.plan.deal
    assert deal is not None and deal.verdict != "swap"
