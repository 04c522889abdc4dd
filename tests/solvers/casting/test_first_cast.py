"""The first complete cast (etoile.solvers.casting.first_cast): the greedy sheet, repaired
by CP-SAT where it leaves a place empty; and the result that says why there is none."""

from __future__ import annotations

from casting_kit import company, dancer, role, season, show
from etoile.domain import Season, SolveStatus
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.solvers.casting.first_cast import Opening, first_cast, no_plan, opening
from etoile.solvers.casting.greedy import solve_greedy
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.sub_solve import Budget

LEAD, SOLO = "nyc-bal.lead", "nyc-bal.solo"
FAST = CastingParams(time_limit=5.0, workers=1, seed=0)


def _season(with_bea: bool = True) -> Season:
    # One show (Tue 1 Dec). The lead is open to principals and soloists, the solo to
    # principals only. Ann is a principal, Bea a soloist; both know both roles.
    dancers = [dancer("ann", known=(LEAD, SOLO))]
    if with_bea:
        dancers.append(dancer("bea", rank="soloist", known=(LEAD, SOLO)))
    return season(
        company(
            "nyc",
            dancers,
            [role(LEAD, tiers=("principal", "soloist"), lead=True), role(SOLO)],
            [show("p1", "2026-12-01T19:30")],
        )
    )


def _named(p: CastingProblem, cast: dict[int, set[int]]) -> dict[str, set[str]]:
    return {p.roles[p.slots[k].role].id: {p.dancers[d].id for d in ds} for k, ds in cast.items()}


def test_the_greedy_sheet_leaves_the_solo_empty() -> None:
    # Leads first, the senior dancer first: Ann takes the lead; the solo (principals only)
    # has nobody left (one role a show).
    p = compile_casting(_season())
    result = solve_greedy(p, prefer_known=True)
    assert result.report.status is SolveStatus.UNKNOWN
    assert [p.dancers[d].id for _, d in result.cast] == ["ann"]


def test_cp_sat_repairs_the_empty_place() -> None:
    # Recast: Bea the lead, Ann the solo.
    source = _season()
    p = compile_casting(source)
    cast, report = first_cast(p, source.casting_weights, None, 7, Budget(FAST))
    assert cast is not None
    assert _named(p, cast) == {LEAD: {"bea"}, SOLO: {"ann"}}
    assert report.solver == "greedy + cp-sat repair"


def test_a_complete_start_is_kept() -> None:
    # Started from Bea lead, Ann solo: nothing short, nothing solved; the greedy report.
    source = _season()
    p = compile_casting(source)
    lead, solo = p.slot_index[0, p.role_index[LEAD]], p.slot_index[0, p.role_index[SOLO]]
    start = [(lead, p.dancer_index["bea"]), (solo, p.dancer_index["ann"])]
    cast, report = first_cast(p, source.casting_weights, start, 7, Budget(FAST))
    assert cast == {lead: {1}, solo: {0}}
    assert report.solver == "greedy"


def test_no_first_cast_without_bea() -> None:
    # Ann alone cannot dance both roles of one show: infeasible, no opening, the status kept.
    source = _season(with_bea=False)
    found = opening(compile_casting(source), source.casting_weights, FAST, None)
    assert not isinstance(found, Opening)
    assert found.cast == []
    assert found.report.status is SolveStatus.INFEASIBLE


def test_no_plan_names_the_budget_unless_infeasible() -> None:
    source = _season(with_bea=False)
    clock = Budget(FAST)
    clock.spent = 1.234
    infeasible = opening(compile_casting(source), source.casting_weights, FAST, None)
    assert not isinstance(infeasible, Opening)
    timed_out = infeasible.report.model_copy(update={"status": SolveStatus.TIMED_OUT, "notes": []})
    result = no_plan(FAST, clock, timed_out)
    assert result.report.notes == [
        "no complete first cast within the deterministic budget (5 s; 1.23 s spent)"
    ]
    assert result.report.deterministic_seconds == 1.234
