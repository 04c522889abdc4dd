"""Labour rule "Too many shows in a week" (etoile.solvers.labor.weekly_shows): the greedy
sheet's check and the casting model keep a dancer within their tier's
``max_performances_per_week`` in an ISO week."""

from __future__ import annotations

from casting_kit import company, dancer, role, season, show
from etoile.domain import Season, SolveStatus
from etoile.problems.casting import compile_casting
from etoile.services.casting import cast_season
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.sheet import Sheet
from etoile.solvers.labor.weekly_shows import RULE, sheet_check

SOLO = "nyc-bal.solo"
FAST = CastingParams(time_limit=5.0, workers=1, seed=0)
# Mon 14, Wed 16 and Fri 18 Dec 2026 (ISO week 51) and Mon 21 Dec (week 52).
DAYS = (14, 16, 18, 21)


def _season(limit: int | None, dancers: tuple[str, ...] = ("ann", "bea")) -> Season:
    labor = {} if limit is None else {"max_performances_per_week": {"principal": limit}}
    return season(
        company(
            "nyc",
            [dancer(d, known=(SOLO,)) for d in dancers],
            [role(SOLO)],
            [show(f"p{d}", f"2026-12-{d}T19:30") for d in DAYS],
            labor=labor,
        )
    )


def _slot(problem, show_id: str) -> int:  # type: ignore[no-untyped-def]
    return next(k for k, s in enumerate(problem.slots) if problem.shows[s.show].id == show_id)


def test_the_sheet_refuses_a_third_show_in_a_week_of_two() -> None:
    # Limit 2 for principals. Ann holds Mon 14 and Wed 16: Fri 18 would be a third show of
    # week 51 (2 + 1 = 3 > 2), refused; Mon 21 is the first of week 52 (0 + 1 = 1), allowed.
    problem = compile_casting(_season(2))
    ann = [d.id for d in problem.dancers].index("ann")
    sheet = Sheet(problem)
    sheet.put(_slot(problem, "p14"), ann)
    sheet.put(_slot(problem, "p16"), ann)
    assert sheet_check(sheet, _slot(problem, "p18"), ann) is False
    assert sheet_check(sheet, _slot(problem, "p21"), ann) is True


def test_a_show_already_danced_is_not_counted_again() -> None:
    # Ann already dances Wed 16: another slot of that show adds no show to her week.
    problem = compile_casting(_season(1))
    ann = [d.id for d in problem.dancers].index("ann")
    sheet = Sheet(problem)
    sheet.put(_slot(problem, "p16"), ann)
    assert sheet_check(sheet, _slot(problem, "p16"), ann) is True
    assert sheet_check(sheet, _slot(problem, "p14"), ann) is False


def test_the_limit_comes_from_the_dancers_tier() -> None:
    # The house default for principals is 4 a week; the season file's 2 replaces it.
    assert compile_casting(_season(None)).dancers[0].max_shows_per_week == 4
    assert compile_casting(_season(2)).dancers[0].max_shows_per_week == 2


def test_the_model_shares_a_week_beyond_the_limit() -> None:
    # Limit 2: of the three shows of week 51 neither dancer dances more than 2, and every
    # show is still cast (2 + 1 = 3 shows).
    plan = cast_season(_season(2), None, FAST)
    assert plan.reports["casting"].status is SolveStatus.OPTIMAL
    week = {"p14", "p16", "p18"}
    for who in ("ann", "bea"):
        assert sum(1 for a in plan.casting if a.dancer == who and a.performance in week) <= 2
    assert {a.performance for a in plan.casting} == {"p14", "p16", "p18", "p21"}


def test_the_rule_reads_its_field_and_reaches_a_week() -> None:
    assert RULE.fields == ("max_performances_per_week",)
    assert RULE.casting_reach is not None and RULE.casting_reach(None) == 7  # type: ignore[arg-type]
