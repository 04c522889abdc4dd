"""make_report (etoile.solvers.result): the gap from objective and bound, the status's honesty,
and the rounding of the times."""

from __future__ import annotations

import pytest

from etoile.domain import SolveStatus
from etoile.solvers.result import make_report


def test_a_proven_optimum_has_gap_zero_and_its_objective_as_bound() -> None:
    # The bound given (90) is replaced by the objective (100): the optimum is proved.
    report = make_report("cp-sat", SolveStatus.OPTIMAL, objective=100.0, bound=90.0, seconds=1)
    assert (report.gap, report.bound, report.objective) == (0.0, 100.0, 100.0)


def test_a_feasible_plan_keeps_its_measured_gap() -> None:
    # |200 - 150| / max(1, 200) = 50 / 200 = 0.25.
    report = make_report("cp-sat", SolveStatus.FEASIBLE, objective=200.0, bound=150.0, seconds=1)
    assert report.gap == pytest.approx(0.25)
    assert report.bound == 150.0


def test_a_small_objective_divides_by_one() -> None:
    # |0.5 - 0.2| / max(1, 0.5) = 0.3 / 1 = 0.3.
    report = make_report("cp-sat", SolveStatus.FEASIBLE, objective=0.5, bound=0.2, seconds=0)
    assert report.gap == pytest.approx(0.3)


def test_a_feasible_plan_meeting_its_bound_unproved_keeps_gap_zero_but_not_optimal() -> None:
    # |80 - 80| / 80 = 0: the gap is 0, yet the status stays FEASIBLE (no proof).
    report = make_report("cp-sat", SolveStatus.FEASIBLE, objective=80.0, bound=80.0, seconds=0)
    assert (report.status, report.gap) == (SolveStatus.FEASIBLE, 0.0)


def test_a_feasible_plan_without_bound_has_no_gap() -> None:
    report = make_report("greedy", SolveStatus.FEASIBLE, objective=42.0, bound=None, seconds=0)
    assert (report.objective, report.gap) == (42.0, None)


@pytest.mark.parametrize(
    "status", [SolveStatus.INFEASIBLE, SolveStatus.TIMED_OUT, SolveStatus.UNKNOWN]
)
def test_a_status_without_a_plan_drops_the_objective(status: SolveStatus) -> None:
    report = make_report("cp-sat", status, objective=10.0, bound=5.0, seconds=0)
    assert (report.objective, report.gap) == (None, None)
    assert report.bound == 5.0


def test_times_are_rounded_to_the_millisecond_and_defaults_are_empty() -> None:
    # 1.23456 s -> 1.235; 0.98765 deterministic s -> 0.988.
    report = make_report(
        "cp-sat",
        SolveStatus.OPTIMAL,
        objective=1.0,
        bound=1.0,
        seconds=1.23456,
        deterministic_seconds=0.98765,
        seed=7,
        workers=2,
    )
    assert (report.seconds, report.deterministic_seconds) == (1.235, 0.988)
    assert (report.terms, report.notes, report.seed, report.workers) == ({}, [], 7, 2)


def test_no_deterministic_clock_stays_none() -> None:
    report = make_report("greedy", SolveStatus.FEASIBLE, objective=3.0, bound=None, seconds=0.5)
    assert report.deterministic_seconds is None
