"""The exact split of the casting into independent houses (etoile.solvers.casting.split):
``parts`` groups the houses no guest links, ``solve_parts`` sums the parts' optima."""

from __future__ import annotations

from dataclasses import replace

from casting_kit import company, dancer, role, season, show
from etoile.domain import Season, SolveStatus
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.solvers.casting.cpsat_model import CastingModel
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.split import parts, solve_parts

FAST = CastingParams(time_limit=5.0, workers=1, seed=0)


def _season() -> Season:
    # New York: Ann and Bea, two shows of its lead (Tue 1 and Thu 3 Dec). Paris: Zoé, one
    # show of its lead (Wed 2 Dec). No stay in the plan: no guest links the houses.
    return season(
        company(
            "nyc",
            [dancer("ann", known=("nyc-bal.lead",)), dancer("bea", known=("nyc-bal.lead",))],
            [role("nyc-bal.lead", lead=True)],
            [show("n1", "2026-12-01T19:30"), show("n3", "2026-12-03T19:30")],
        ),
        company(
            "par",
            [dancer("zoe", known=("par-bal.lead",))],
            [role("par-bal.lead", lead=True)],
            [show("q2", "2026-12-02T20:00", house="par")],
        ),
        weights={"lead_fair_share": 0},
    )


def _houses(problem: CastingProblem, ks: list[int]) -> set[str]:
    return {problem.shows[problem.slots[k].show].company for k in ks}


def test_houses_without_guests_are_separate_parts() -> None:
    problem = compile_casting(_season())
    found = parts(problem)
    assert [_houses(problem, ks) for ks in found] == [{"nyc"}, {"par"}]
    # Every slot in exactly one part, parts in order of their first slot.
    assert sorted(k for ks in found for k in ks) == list(range(len(problem.slots)))
    assert [ks[0] for ks in found] == sorted(ks[0] for ks in found)


def test_a_pinned_outsider_links_the_houses() -> None:
    # Zoé (Paris) pinned in a New York show: one part of every slot.
    problem = compile_casting(_season())
    zoe = next(i for i, d in enumerate(problem.dancers) if d.id == "zoe")
    nyc_slot = next(k for k, s in enumerate(problem.slots) if problem.shows[s.show].id == "n1")
    linked = replace(problem, pins=((nyc_slot, zoe),))
    assert parts(linked) == [list(range(len(problem.slots)))]


def test_the_parts_optimum_is_the_whole_optimum() -> None:
    # The whole optimum is the sum of the parts' optima, proved when every part is. No fair
    # share is weighed: each house's lead is one cast, the one its run needs, so nothing is
    # charged in either house: 0 + 0.
    source = _season()
    problem = compile_casting(source)
    weights = source.casting_weights
    split = solve_parts(problem, weights, parts(problem), FAST, None, None)
    whole = CastingModel(problem, weights).solve(FAST, None)
    assert split.report.status is SolveStatus.OPTIMAL
    assert whole.report.status is SolveStatus.OPTIMAL
    assert split.report.objective == whole.report.objective == 0.0
    assert split.report.terms["distinct_cast"] == 0.0
    assert split.report.gap == 0.0
    # Every place is filled: one dancer in each of the three slots, indices of the whole.
    assert sorted(k for k, _ in split.cast) == list(range(len(problem.slots)))
    assert split.report.notes[0] == "solved as 2 independent parts (no guest links them)"
