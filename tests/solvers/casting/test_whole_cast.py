"""What the run-by-run and group solvers share about a whole cast
(etoile.solvers.casting.whole_cast): its exact value, a cast with slots cast again, the final
report and the progress."""

from __future__ import annotations

import pytest

from casting_kit import company, dancer, role, season, show
from etoile.domain import Season, SolveStatus
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.solvers.casting.params import CastingParams, Progress
from etoile.solvers.casting.sub_solve import Budget
from etoile.solvers.casting.whole_cast import cast_value, finish, tell, with_cast

LEAD = "nyc-bal.lead"


def _season() -> Season:
    # Ann (draw 0.9) and Bea (0.5), principals; the lead on Mon 14 (the opening), Wed 16 and
    # Fri 18 Dec. Slots 0, 1, 2 in that order; Ann 0, Bea 1.
    return season(
        company(
            "nyc",
            [dancer("ann", known=(LEAD,), draw=0.9), dancer("bea", known=(LEAD,), draw=0.5)],
            [role(LEAD, lead=True)],
            [show(f"p{d}", f"2026-12-{d}T19:30") for d in (14, 16, 18)],
        )
    )


def _problem() -> CastingProblem:
    p = compile_casting(_season())
    assert [p.shows[s.show].id for s in p.slots] == ["p14", "p16", "p18"]
    assert [d.id for d in p.dancers] == ["ann", "bea"]
    return p


ALL_ANN = {0: {0}, 1: {0}, 2: {0}}


def test_the_value_of_a_cast() -> None:
    # Ann in all three: 1 over the fair share of ceil(3 / 2) = 2, x 20 = 20; one cast where
    # the run needs two (two leads a week each): no distinct-cast charge.
    assert cast_value(_problem(), _season().casting_weights, ALL_ANN) == 20.0


def test_with_cast_replaces_the_slots_given_only() -> None:
    # Wed 16 cast again with Bea: the two casts the run needs, nobody over the share: 0.
    # ALL_ANN unchanged.
    trial = with_cast(ALL_ANN, [1], [(1, 1)])
    assert trial == {0: {0}, 1: {1}, 2: {0}}
    assert ALL_ANN[1] == {0}
    assert cast_value(_problem(), _season().casting_weights, trial) == 0.0


def test_finish_is_optimal_only_at_the_bound() -> None:
    # Bea on the opening: (90 - 50) x 2 = 80 of draw, nothing else.
    clock = Budget(CastingParams(time_limit=5.0, workers=1, seed=3))
    cast = {0: {1}, 1: {0}, 2: {0}}
    final, report = finish(
        _problem(), _season().casting_weights, cast, 80.0, "cp-sat (runs)", clock, []
    )
    assert final == [(0, 1), (1, 0), (2, 0)]
    assert (report.status, report.objective, report.gap) == (SolveStatus.OPTIMAL, 80.0, 0.0)
    assert (report.solver, report.seed, report.workers) == ("cp-sat (runs)", 3, 1)
    assert report.terms["top_draw"] == 80.0
    # A bound of 40 below 80: feasible, gap |80 - 40| / 80 = 0.5.
    _, report = finish(_problem(), _season().casting_weights, cast, 40.0, "x", clock, ["n"])
    assert (report.status, report.notes) == (SolveStatus.FEASIBLE, ["n"])
    assert report.gap == pytest.approx(0.5)


def test_tell_reports_value_and_bound() -> None:
    heard: list[Progress] = []
    clock = Budget(CastingParams())
    clock.spent = 1.25
    tell(heard.append, 30.0, 20.0, clock)
    tell(None, 1.0, 1.0, clock)  # nobody listens: nothing happens
    assert [(h.objective, h.bound, h.solutions, h.deterministic_seconds) for h in heard] == [
        (30.0, 20.0, 0, 1.25)
    ]
