"""The plan and its reports: honest statuses and gaps, ordered stays and calls, a recast."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pydantic import ValidationError

from etoile.domain import (
    CastAssignment,
    ExchangeMove,
    Plan,
    Rehearsal,
    SolveReport,
    SolveStatus,
)


def test_only_optimal_and_feasible_runs_have_a_plan() -> None:
    assert {s for s in SolveStatus if s.has_plan} == {SolveStatus.OPTIMAL, SolveStatus.FEASIBLE}


def test_the_relative_gap_divides_by_the_objective_or_one() -> None:
    # |105 - 100| / max(1, 105) = 5 / 105 = 0.047619...
    assert SolveReport.relative_gap(105, 100) == pytest.approx(0.047619, abs=1e-6)
    # |0.5 - 0| / max(1, 0.5) = 0.5: a small objective is divided by 1, not by itself.
    assert SolveReport.relative_gap(0.5, 0) == 0.5
    assert SolveReport.relative_gap(-20, -25) == 0.25  # 5 / 20
    assert SolveReport.relative_gap(7, 7) == 0.0


def test_an_optimal_report_cannot_have_a_gap() -> None:
    assert SolveReport(status=SolveStatus.OPTIMAL, gap=0.0).gap == 0.0
    assert SolveReport(status=SolveStatus.FEASIBLE, gap=0.05).gap == 0.05
    with pytest.raises(
        ValidationError, match=re.escape("an optimal report cannot have a gap of 0.05")
    ):
        SolveReport(status=SolveStatus.OPTIMAL, gap=0.05)


def _stay(depart: int, start: int, end: int, back: int) -> ExchangeMove:
    return ExchangeMove.model_validate(
        {
            "dancer": "par-lea",
            "home": "par",
            "host": "nyc",
            "terms": "nyc-par",
            "depart": dt.date(2026, 12, depart),
            "start": dt.date(2026, 12, start),
            "end": dt.date(2026, 12, end),
            "return": dt.date(2026, 12, back),
        }
    )


def test_a_stay_is_written_with_return_and_ordered() -> None:
    stay = _stay(5, 7, 12, 13)
    assert stay.return_ == dt.date(2026, 12, 13)
    assert stay.model_dump(mode="json", by_alias=True)["return"] == "2026-12-13"
    with pytest.raises(ValidationError, match="expected depart <= start <= end <= return"):
        _stay(5, 7, 12, 11)


def test_a_call_must_end_after_it_starts() -> None:
    start = dt.datetime(2026, 12, 9, 11, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    data = {
        "id": "r1",
        "company": "nyc",
        "production": "nyc-giselle",
        "kind": "company",
        "studio": "nyc-studio-a",
        "start": start,
    }
    assert Rehearsal.model_validate({**data, "end": start + dt.timedelta(minutes=1)}).id == "r1"
    with pytest.raises(ValidationError, match="a call must end after it starts"):
        Rehearsal.model_validate({**data, "end": start})


def test_recast_replaces_one_role_of_one_show_and_keeps_the_rest() -> None:
    plan = Plan(
        season="tiny-2026",
        casting=[
            CastAssignment(performance="nyc-p1", role="nyc-giselle.wili", dancer="nyc-dina"),
            CastAssignment(performance="nyc-p1", role="nyc-giselle.giselle", dancer="nyc-ava"),
            CastAssignment(performance="nyc-p1", role="nyc-giselle.wili", dancer="nyc-ella"),
            CastAssignment(performance="nyc-p2", role="nyc-giselle.wili", dancer="nyc-dina"),
        ],
    )
    wilis = plan.recast("nyc-p1", "nyc-giselle.wili", ["nyc-fay", "nyc-cleo"])
    assert [(a.performance, a.role[12:], a.dancer) for a in wilis.casting] == [
        ("nyc-p1", "giselle", "nyc-ava"),
        ("nyc-p2", "wili", "nyc-dina"),
        ("nyc-p1", "wili", "nyc-fay"),
        ("nyc-p1", "wili", "nyc-cleo"),
    ]
    assert len(plan.casting) == 4  # the original is unchanged
    uncast = plan.recast("nyc-p1", "nyc-giselle.giselle", [])
    assert [a.role for a in uncast.casting if a.performance == "nyc-p1"] == ["nyc-giselle.wili"] * 2
