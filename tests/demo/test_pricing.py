"""The demo houses' pricing policies: which price multipliers each house may use."""

from __future__ import annotations

import pytest

from etoile.demo.pricing import pricing_policy


def test_paris_moves_by_five_percent_steps_up_to_ten() -> None:
    # ±10% in steps of 5%: 1.0 - 0.10, 1.0 - 0.05, 1.0, 1.0 + 0.05, 1.0 + 0.10.
    assert pricing_policy("par").levels == [0.9, 0.95, 1.0, 1.05, 1.1]


@pytest.mark.parametrize("house", ["nyc", "lon"])
def test_new_york_and_london_have_five_categories(house: str) -> None:
    # Five categories A-E from 0.8 to 1.2 of the list: 0.8 + 0.1 * k for k = 0..4.
    assert pricing_policy(house).levels == [0.8, 0.9, 1.0, 1.1, 1.2]


def test_copenhagen_prices_as_paris() -> None:
    assert pricing_policy("cph").levels == pricing_policy("par").levels


def test_a_house_not_named_keeps_its_list_prices() -> None:
    assert pricing_policy("vie").levels == [1.0]


def test_every_house_has_the_published_elasticity() -> None:
    # Finnish National Opera's -1.16, for every house, named or not.
    assert [pricing_policy(h).elasticity for h in ["par", "nyc", "vie"]] == [-1.16] * 3


def test_policies_do_not_share_their_level_lists() -> None:
    # The module keeps one list per kind of policy: a caller changing its policy's levels
    # must not change the next house's.
    first = pricing_policy("par")
    first.levels.append(1.2)
    assert pricing_policy("par").levels == [0.9, 0.95, 1.0, 1.05, 1.1]
