"""Theatres and studios: seats by price tier, and at least one tier."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from etoile.domain import Season, Studio, Venue


def test_the_seats_of_the_price_tiers_add_up(tiny_season: Season) -> None:
    # Opéra Bastille: 900 + 1,200 + 645 = 2,745 seats, its capacity.
    bastille = tiny_season.venues["bastille"].item
    assert bastille.tier_seats == 2745 == bastille.capacity


def test_a_venue_needs_a_price_tier(tiny_season: Season) -> None:
    data = tiny_season.venues["koch"].item.model_dump()
    data["price_tiers"] = []
    with pytest.raises(ValidationError) as caught:
        Venue.model_validate(data)
    assert caught.value.errors()[0]["loc"] == ("price_tiers",)


def test_a_studio_has_a_positive_area_and_is_open_by_default() -> None:
    studio = Studio(id="s", name="S", capacity=12)
    assert (studio.area_m2, studio.closed, studio.building) == (100.0, [], "")
    with pytest.raises(ValidationError) as caught:
        Studio(id="s", name="S", capacity=12, area_m2=0)
    assert caught.value.errors()[0]["loc"] == ("area_m2",)
