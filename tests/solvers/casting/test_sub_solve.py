"""Sub-solves of the casting (etoile.solvers.casting.sub_solve): the deterministic budget
shared out, and some slots cast with the others fixed, in whole-problem indices."""

from __future__ import annotations

from casting_kit import company, dancer, role, season, show
from etoile.domain import Season, SolveReport, SolveStatus
from etoile.problems.casting import compile_casting
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.result import CastingResult
from etoile.solvers.casting.sub_solve import MIN_SOLVE, Budget, Part

LEAD = "nyc-bal.lead"


def _spent(seconds: float) -> CastingResult:
    report = SolveReport(
        solver="cp-sat", status=SolveStatus.FEASIBLE, seconds=0.0, deterministic_seconds=seconds
    )
    return CastingResult([], report)


def test_the_budget_is_shared_and_counted() -> None:
    # 5 s in all. A share of 1 s: 1; of 0.1 s: raised to the least, 0.5; of 10 s: what is
    # left, 5.
    clock = Budget(CastingParams(time_limit=5.0))
    assert MIN_SOLVE == 0.5
    assert [clock.params_for(s).time_limit for s in (1.0, 0.1, 10.0)] == [1.0, 0.5, 5.0]  # type: ignore[union-attr]
    # 3.5 s spent: 1.5 left, a share of 2 gets 1.5.
    clock.charge(_spent(3.5))
    assert clock.params_for(2.0).time_limit == 1.5  # type: ignore[union-attr]
    # 1.2 more: 0.3 left, under the least: skipped.
    clock.charge(_spent(1.2))
    assert clock.params_for(1.0) is None


def _season() -> Season:
    # Ann (draw 0.9) and Bea (0.5), principals; the lead on Mon 14, Wed 16 and Fri 18 Dec (one
    # week; two leads a week at most by default). Slots 0, 1, 2; Ann 0, Bea 1.
    return season(
        company(
            "nyc",
            [dancer("ann", known=(LEAD,), draw=0.9), dancer("bea", known=(LEAD,), draw=0.5)],
            [role(LEAD, lead=True)],
            [show(f"p{d}", f"2026-12-{d}T19:30") for d in (14, 16, 18)],
        )
    )


def test_a_part_casts_its_free_slots_around_the_fixed_ones() -> None:
    # Ann fixed on Mon 14 and Fri 18; Wed 16 free. A third lead of the week for Ann breaks
    # the weekly limit (2): Bea, returned as whole-problem slot 1.
    source = _season()
    p = compile_casting(source)
    part = Part(p, source.casting_weights, [1], [(0, 0), (2, 0)])
    result = part.solve(CastingParams(time_limit=2.0, workers=1, seed=0))
    assert result.report.status is SolveStatus.OPTIMAL
    assert result.cast == [(1, 1)]


def test_a_part_of_the_later_slots_keeps_whole_indices() -> None:
    # Only Fri 18 (slot 2) free, nothing fixed: the sub-problem's slot 0 is slot 2. With
    # nothing else cast, Ann (the best draw on a Friday evening) takes it.
    source = _season()
    p = compile_casting(source)
    part = Part(p, source.casting_weights, [2], [])
    assert part.keep == [2]
    result = part.solve(CastingParams(time_limit=2.0, workers=1, seed=0))
    assert result.cast == [(2, 0)]
