"""The replacement options' weekly count (:func:`etoile.services.replan_options.shows_that_week`):
shows, not places, against the house's weekly limit."""

from __future__ import annotations

from casting_kit import company, dancer, role, season, show
from etoile.domain import Plan
from etoile.problems.casting import compile_casting
from etoile.services.replan_options import shows_that_week


def test_two_roles_in_one_show_are_one_show_of_the_week() -> None:
    # Zoé dances the Dryads and the Villagers in Thursday's show and the Dryads on Saturday
    # (10 and 12 Dec 2026, one ISO week, 2026-W50), and the Dryads on Monday 14 Dec (W51):
    # 3 places that week but 2 shows; 1 show the week after.
    roles = [
        role("nyc-bal.dryads", tiers=("corps",), count=2),
        role("nyc-bal.villagers", tiers=("corps",), count=2),
    ]
    shows = [
        show("thu", "2026-12-10T19:30"),
        show("sat", "2026-12-12T19:30"),
        show("mon", "2026-12-14T19:30"),
    ]
    corps = [dancer(f"nyc-{n}", rank="corps") for n in ("zoe", "ada", "bea", "cid")]
    problem = compile_casting(season(company("nyc", corps, roles, shows)), Plan(season="s"))
    zoe = problem.dancer_index["nyc-zoe"]
    show_of = {s.id: i for i, s in enumerate(problem.shows)}
    role_of = {r.id: i for i, r in enumerate(problem.roles)}

    def place(performance: str, r: str) -> tuple[int, int]:
        return problem.slot_index[show_of[performance], role_of[r]], zoe

    cast = [
        place("thu", "nyc-bal.dryads"),
        place("thu", "nyc-bal.villagers"),
        place("sat", "nyc-bal.dryads"),
        place("mon", "nyc-bal.dryads"),
    ]
    w50 = problem.shows[show_of["thu"]].week
    assert w50 == (2026, 50)
    assert shows_that_week(problem, cast, zoe, w50) == 2
    assert shows_that_week(problem, cast, zoe, (2026, 51)) == 1
    assert shows_that_week(problem, cast, problem.dancer_index["nyc-ada"], w50) == 0
