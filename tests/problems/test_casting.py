"""Compiling a season into casting data: candidates, exclusions with reasons, guests."""

from __future__ import annotations

from casting_kit import company, dancer, move, role, season, show, tiny_data
from etoile.domain import Plan, Season
from etoile.problems.casting import compile_casting

LEAD = "nyc-bal.lead"


def _slot(problem, perf: str, role_id: str):  # type: ignore[no-untyped-def]
    k = problem.slot_index[problem.show_index[perf], problem.role_index[role_id]]
    return k, problem.slots[k]


def _no_rehearsal_lead(data: dict) -> dict:  # type: ignore[type-arg]
    for c in data["companies"]:
        c["labor"]["rehearsal_lead_weeks"] = 0
    return data


def test_tiny_candidates_and_reasons() -> None:
    # Without rehearsal weeks before the season, learning starts on 1 December.
    problem = compile_casting(Season.model_validate(_no_rehearsal_lead(tiny_data())))
    assert len(problem.slots) == 3 * 4 + 3 * 5  # three shows of 4 roles, three of 5
    k, wilis = _slot(problem, "nyc-p1", "nyc-giselle.wili")
    assert [problem.dancers[d].id for d in wilis.candidates] == ["nyc-cleo", "nyc-dina", "nyc-ella"]
    assert [(problem.dancers[d].id, why) for d, why in problem.exclusions[k]] == [
        ("nyc-fay", "is absent (injury, 10 Dec to 12 Dec)")
    ]
    # Rothbart: 20 h to learn at 6 h a week from 1 December is not possible by 15 December.
    k, rothbart = _slot(problem, "par-p1", "par-swan.rothbart")
    assert [problem.dancers[d].id for d in rothbart.candidates] == ["par-jules"]
    assert problem.exclusions[k] == (
        (
            problem.dancer_index["par-hugo"],
            "does not know the role and cannot learn it in time "
            "(needs 20 h, 12 h possible by then)",
        ),
    )


def test_learning_starts_with_the_rehearsal_weeks_before_the_season() -> None:
    # Paris rehearses 3 weeks before 1 December: by 15 December 5 weeks, 30 h >= Rothbart's 20.
    data = tiny_data()
    data["companies"][1]["labor"]["rehearsal_lead_weeks"] = 3
    problem = compile_casting(Season.model_validate(data))
    _, rothbart = _slot(problem, "par-p1", "par-swan.rothbart")
    assert [problem.dancers[d].id for d in rothbart.candidates] == ["par-hugo", "par-jules"]


def test_guest_is_a_candidate_only_during_the_stay() -> None:
    paris = company("par", [dancer("zoe", known=(LEAD,))], [role("par-bal.lead")], [])
    nyc = company(
        "nyc",
        [dancer("ann", known=(LEAD,))],
        [role(LEAD, lead=True)],
        [show("p1", "2026-12-10T19:30"), show("p2", "2026-12-20T19:30")],
    )
    plan = Plan(season="kit", exchange=[move("zoe", "par", "nyc", "2026-12-08", "2026-12-12")])
    problem = compile_casting(season(nyc, paris), plan)
    names = {
        perf: [problem.dancers[d].id for d in _slot(problem, perf, LEAD)[1].candidates]
        for perf in ("p1", "p2")
    }
    assert names == {"p1": ["ann", "zoe"], "p2": ["ann"]}


def test_travel_between_cities_needs_a_day_and_rest() -> None:
    paris = company("par", [], [role("par-bal.lead")], [show("q1", "2026-12-11T19:30", "par")])
    nyc = company("nyc", [dancer("ann")], [role(LEAD)], [show("p1", "2026-12-10T14:00")])
    problem = compile_casting(season(nyc, paris))
    ann, p1, q1 = problem.dancer_index["ann"], problem.show_index["p1"], problem.show_index["q1"]
    # p1 ends 21:00 UTC on the 10th; q1 starts 18:30 UTC on the 11th; 2 days are needed.
    assert problem.min_gap_minutes(ann, p1, q1) == 2 * 24 * 60
    assert problem.conflict(ann, q1, p1)
