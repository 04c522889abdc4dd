"""The helpers the season rules share: matching, learning hours, potential guests."""

from __future__ import annotations

import datetime as dt

from etoile.domain import Role, Season, Tier
from etoile.validate.eligibility import learning_hours, max_matching, names, potential_guests


def test_matching_reassigns_to_fill_more_slots() -> None:
    # Greedy would give "a" to the first slot and leave the second empty; the augmenting path
    # moves the first slot to "b".
    assert max_matching([["a", "b"], ["a"]]) == 2


def test_matching_counts_what_cannot_be_filled() -> None:
    assert max_matching([["a"], ["a"], ["a", "b"], []]) == 2


def test_matching_of_a_large_corps_is_complete() -> None:
    dancers = [f"d{i}" for i in range(300)]
    assert max_matching([dancers] * 300) == 300


def test_learning_hours_known_own_figure_and_default(tiny_season: Season) -> None:
    role = tiny_season.roles["nyc-giselle.wili"].item
    ava = tiny_season.dancers["nyc-ava"].item
    cleo = tiny_season.dancers["nyc-cleo"].item
    assert learning_hours(tiny_season, cleo, role) == 0.0
    assert learning_hours(tiny_season, ava, role) == 10.0
    own = ava.model_copy(update={"learn_hours": {"nyc-giselle.wili": 3.0}})
    assert learning_hours(tiny_season, own, role) == 3.0


def test_relearning_a_ballet_role_known_in_another_production(tiny_season: Season) -> None:
    # Léa Garnier knows the Paris Odette: a New York Swan Lake's Odette takes relearn_hours.
    odette = Role(
        id="nyc-swan.odette",
        name="Odette/Odile",
        tiers=[Tier.PRINCIPAL],
        ballet_role="swan-lake.odette",
        learn_hours=60,
        relearn_hours=12,
    )
    lea = tiny_season.dancers["par-lea"].item
    assert learning_hours(tiny_season, lea, odette) == 12.0


def test_potential_guests_need_consent_tier_and_window(tiny_season: Season) -> None:
    giselle = tiny_season.roles["nyc-giselle.giselle"].item
    albrecht = tiny_season.roles["nyc-giselle.albrecht"].item
    assert [d.id for d in potential_guests(tiny_season, "nyc", giselle)] == ["par-lea"]
    assert potential_guests(tiny_season, "nyc", albrecht) == []
    assert potential_guests(tiny_season, "nyc", giselle, [dt.date(2027, 1, 5)]) == []


def test_names_are_shortened() -> None:
    class Named:
        def __init__(self, name: str) -> None:
            self.name = name

    people = [Named(n) for n in "ABCDEF"]
    assert names(people, limit=4) == "A, B, C, D and 2 more"  # type: ignore[arg-type]


def test_learning_hours_agree_with_the_solvers_on_the_demo_season() -> None:
    # The validator's learning hours are written apart from the casting problem's, so that a
    # mistake in one shows as a disagreement: they must agree on every dancer and role.
    from etoile.demo import generate
    from etoile.problems.casting_rules import hours_to_learn as solvers_hours

    season = generate("demo", 0)
    roles = [owned.item for owned in season.roles.values()]
    dancers = [owned.item for owned in season.dancers.values()]
    relearned = 0
    for dancer in dancers:
        for role in roles:
            hours = learning_hours(season, dancer, role)
            assert hours == solvers_hours(season, dancer, role), (dancer.id, role.id)
            relearned += hours == role.relearn_hours != role.learn_hours
    assert relearned > 0  # the case of a ballet role known in another production is met
