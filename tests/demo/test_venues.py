"""The demo theatres and studios: published capacities, price tiers that add up to them, and
each house's rehearsal rooms."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from etoile.demo import venues
from etoile.domain import Venue


@pytest.mark.parametrize(
    ("make", "capacity", "currency", "cheapest", "dearest"),
    [
        # The published capacities (ballet-facts 2) and price ranges of the docstrings.
        (venues.koch, 2544, "USD", 35, 229),
        (venues.garnier, 1979, "EUR", 15, 160),
        (venues.bastille, 2745, "EUR", 15, 150),
        (venues.albion, 2174, "GBP", 12, 150),
        (venues.oresund, 1703, "DKK", 150, 1095),
    ],
)
def test_capacity_is_the_sum_of_the_tiers(
    make: Callable[[], Venue], capacity: int, currency: str, cheapest: int, dearest: int
) -> None:
    venue = make()
    assert venue.capacity == capacity
    assert sum(t.seats for t in venue.price_tiers) == capacity
    assert {t.price.currency for t in venue.price_tiers} == {currency}
    prices = [t.price.amount for t in venue.price_tiers]
    assert (min(prices), max(prices)) == (Decimal(cheapest), Decimal(dearest))
    # Tiers run from the dearest seats down.
    assert prices == sorted(prices, reverse=True)


def test_garnier_has_six_numbered_categories() -> None:
    garnier = venues.garnier()
    # 450 + 350 + 300 + 300 + 300 + 279 = 1,979.
    assert [(t.name, t.seats) for t in garnier.price_tiers] == [
        ("Catégorie 1", 450),
        ("Catégorie 2", 350),
        ("Catégorie 3", 300),
        ("Catégorie 4", 300),
        ("Catégorie 5", 300),
        ("Catégorie 6", 279),
    ]
    assert (garnier.city, garnier.timezone) == ("Paris", "Europe/Paris")


def test_paris_rehearses_at_garnier_and_bastille() -> None:
    rooms = venues.studios("par")
    assert [(s.id, s.building) for s in rooms] == [
        ("par-petipa", "Palais Garnier"),
        ("par-lifar", "Palais Garnier"),
        ("par-noureev", "Palais Garnier"),
        ("par-chauvire", "Palais Garnier"),
        ("par-zambelli", "Palais Garnier"),
        ("par-nijinski", "Opéra Bastille"),
        ("par-balanchine", "Opéra Bastille"),
        ("par-gounod", "Opéra Bastille"),
    ]


@pytest.mark.parametrize("house", ["nyc", "par", "lon", "cph"])
def test_every_house_has_a_room_for_a_corps_white_act(house: str) -> None:
    rooms = venues.studios(house)
    # 24-32 dancers need 300 m² or more.
    assert max(s.area_m2 for s in rooms) >= 300
    assert max(s.capacity for s in rooms) >= 32
    assert all(s.id.startswith(f"{house}-") for s in rooms)


def test_the_invented_houses_share_one_plan_in_their_own_building() -> None:
    lon, cph = venues.studios("lon"), venues.studios("cph")
    assert [s.name for s in lon] == [s.name for s in cph]
    assert {s.building for s in lon} == {"Albion Opera House"}
    assert {s.building for s in cph} == {"Øresund Opera House"}


def test_an_unknown_house_has_no_studios() -> None:
    with pytest.raises(KeyError):
        venues.studios("vie")
