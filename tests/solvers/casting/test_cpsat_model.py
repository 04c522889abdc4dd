"""The CP-SAT casting model (etoile.solvers.casting.cpsat_model): the proved optimum of a tiny
season by hand, its terms, its size, a first plan, and an infeasible season."""

from __future__ import annotations

from casting_kit import company, dancer, role, season, show
from etoile.domain import Season, SolveStatus
from etoile.problems.casting import compile_casting
from etoile.solvers.casting.cpsat_model import CastingModel
from etoile.solvers.casting.params import CastingParams

LEAD = "nyc-bal.lead"
FAST = CastingParams(time_limit=2.0, workers=1, seed=0)


def _season(dancers: tuple[str, ...] = ("ann", "bea")) -> Season:
    # Ann (draw 0.9) and Bea (0.5), principals; the lead on Mon 14 (the opening), Wed 16 and
    # Fri 18 Dec (a Friday evening): one week, two leads a week at most (the default). Slots
    # 0, 1, 2 in that order; Ann 0, Bea 1.
    draws = {"ann": 0.9, "bea": 0.5}
    return season(
        company(
            "nyc",
            [dancer(d, known=(LEAD,), draw=draws[d]) for d in dancers],
            [role(LEAD, lead=True)],
            [show(f"p{d}", f"2026-12-{d}T19:30") for d in (14, 16, 18)],
        )
    )


def test_the_optimum_by_hand() -> None:
    # Ann cannot lead all three (2 a week): the run needs two casts, not charged. Ann keeps
    # the opening and the Friday (the draw weighs there) and Bea dances the Wednesday (no
    # draw weight): 0, nobody above the fair share of 2. Proved.
    source = _season()
    model = CastingModel(compile_casting(source), source.casting_weights)
    result = model.solve(FAST)
    assert result.report.status is SolveStatus.OPTIMAL
    assert result.cast == [(0, 0), (1, 1), (2, 0)]
    assert result.report.objective == 0.0
    assert result.report.bound == 0.0


def test_the_models_size() -> None:
    # 3 slots x 2 candidates = 6 cast variables.
    source = _season()
    model = CastingModel(compile_casting(source), source.casting_weights)
    stats = model.stats()
    assert stats["cast_variables"] == 6
    assert stats["variables"] >= 6


def test_a_first_plan_is_complete_and_the_objective_comes_back() -> None:
    source = _season()
    model = CastingModel(compile_casting(source), source.casting_weights)
    first = model.first_plan(FAST)
    assert first.report.status.has_plan
    assert sorted(k for k, _ in first.cast) == [0, 1, 2]
    # The objective is restored: the next solve is the optimum again (0, with Bea on the
    # Wednesday: see test_the_optimum_by_hand).
    again = model.solve(FAST)
    assert (again.report.objective, again.cast) == (0.0, [(0, 0), (1, 1), (2, 0)])


def test_ann_alone_cannot_lead_three_shows_a_week() -> None:
    source = _season(("ann",))
    model = CastingModel(compile_casting(source), source.casting_weights)
    result = model.solve(FAST)
    assert result.report.status is SolveStatus.INFEASIBLE
    assert (result.cast, result.report.objective) == ([], None)
