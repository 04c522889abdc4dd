"""The casting weights: the house style by default, non-negative, and a positive learning pace."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from etoile.domain import Season
from etoile.domain.weights import CastingWeights


def test_keeping_couples_together_weighs_more_than_an_even_spread_of_leads() -> None:
    w = CastingWeights()
    assert (w.distinct_couple, w.lead_fair_share, w.guest_show) == (15, 20, 40)
    assert w.learning_hours_per_week == 6.0


def test_a_season_overrides_one_weight_and_keeps_the_others(tiny_season: Season) -> None:
    data = tiny_season.model_dump(by_alias=True)
    data["casting_weights"] = {"guest_show": 100}
    weights = Season.model_validate(data).casting_weights
    assert (weights.guest_show, weights.distinct_couple) == (100, 15)


@pytest.mark.parametrize(
    "data", [{"draw_gala": -1}, {"corps_change": 10_001}, {"learning_hours_per_week": 0}]
)
def test_out_of_range_weights_name_the_weight(data: dict[str, float]) -> None:
    with pytest.raises(ValidationError) as caught:
        CastingWeights.model_validate(data)
    assert caught.value.errors()[0]["loc"] == tuple(data)
