"""Theatres and rehearsal studios of the demo houses.

Capacities of the real theatres come from ``ballet-facts.md`` section 2: the David H. Koch
Theater (2,544 seats), the Palais Garnier (1,979) and the Opéra Bastille (2,745). Price tiers
are invented within the published ranges (Koch $35-$229, Garnier EUR 15-160 in six
categories, Bastille EUR 15-150) and always add up to the capacity, so the forecast's
``capacity x occupancy x average price`` is well defined. The London and Copenhagen theatres
of the ``large`` preset are invented outright.
"""

from __future__ import annotations

from etoile.domain import Money, PriceTier, Studio, Venue


def _venue(
    id: str, name: str, city: str, tz: str, currency: str, tiers: list[tuple[str, int, int]]
) -> Venue:
    """A venue whose capacity is the sum of its price tiers."""
    return Venue(
        id=id,
        name=name,
        city=city,
        timezone=tz,
        capacity=sum(seats for _, seats, _ in tiers),
        price_tiers=[
            PriceTier(name=n, seats=seats, price=Money.of(price, currency))
            for n, seats, price in tiers
        ],
    )


def koch() -> Venue:
    """David H. Koch Theater, Lincoln Center: orchestra and five rings, 2,544 seats."""
    return _venue(
        "koch",
        "David H. Koch Theater",
        "New York",
        "America/New_York",
        "USD",
        [
            ("Orchestra premium", 300, 229),
            ("Orchestra", 700, 159),
            ("First Ring", 300, 125),
            ("Second Ring", 320, 99),
            ("Third Ring", 330, 75),
            ("Fourth Ring", 300, 49),
            ("Fifth Ring", 294, 35),
        ],
    )


def _categories(prices: list[int], seats: list[int]) -> list[tuple[str, int, int]]:
    return [(f"Catégorie {i}", s, p) for i, (p, s) in enumerate(zip(prices, seats, strict=True), 1)]


def garnier() -> Venue:
    """Palais Garnier: 1,979 seats in six categories, EUR 15-160."""
    tiers = _categories([160, 130, 100, 70, 40, 15], [450, 350, 300, 300, 300, 279])
    return _venue("garnier", "Palais Garnier", "Paris", "Europe/Paris", "EUR", tiers)


def bastille() -> Venue:
    """Opéra Bastille, main hall: 2,745 seats in six categories, EUR 15-150."""
    tiers = _categories([150, 120, 90, 65, 40, 15], [600, 500, 450, 400, 450, 345])
    return _venue("bastille", "Opéra Bastille", "Paris", "Europe/Paris", "EUR", tiers)


def albion() -> Venue:
    """An invented London opera house of 2,174 seats, GBP 12-150."""
    return _venue(
        "albion",
        "Albion Opera House",
        "London",
        "Europe/London",
        "GBP",
        [
            ("Stalls", 400, 150),
            ("Grand Tier", 350, 125),
            ("Balcony", 400, 95),
            ("Amphitheatre front", 450, 65),
            ("Amphitheatre", 374, 40),
            ("Slips", 200, 12),
        ],
    )


def oresund() -> Venue:
    """An invented Copenhagen opera house of 1,703 seats, DKK 150-1,095."""
    tiers = [
        (f"Kategori {i}", s, p)
        for i, (p, s) in enumerate(
            zip([1095, 895, 695, 495, 295, 150], [350, 350, 350, 300, 203, 150], strict=True), 1
        )
    ]
    return _venue("oresund", "Øresund Opera House", "Copenhagen", "Europe/Copenhagen", "DKK", tiers)


def _studios(house: str, building: str, rooms: list[tuple[str, str, float, int]]) -> list[Studio]:
    return [
        Studio(id=f"{house}-{key}", name=name, area_m2=area, capacity=cap, building=building)
        for key, name, area, cap in rooms
    ]


def studios(house: str) -> list[Studio]:
    """The rehearsal rooms of a house; a corps white act (24-32 dancers) needs 300 m² or more.

    Paris uses the real rooms' names (Petipa 400 m², Lifar and Noureev 220 m² at Garnier;
    Nijinski, Balanchine and the stage-size Salle Gounod at Bastille); the other houses'
    studios are invented (no counts were found for New York: 4 studios plus a coaching room).

    Raises
    ------
    KeyError
        For a house other than ``nyc``, ``par``, ``lon`` and ``cph``.
    """
    if house == "nyc":
        return _studios(
            "nyc",
            "Koch Theater",
            [
                ("main-hall", "Main Hall", 300, 40),
                ("studio-2", "Studio 2", 220, 28),
                ("studio-3", "Studio 3", 160, 20),
                ("studio-4", "Studio 4", 110, 12),
                ("coaching", "Coaching Room", 70, 4),
            ],
        )
    if house == "par":
        return _studios(
            "par",
            "Palais Garnier",
            [
                ("petipa", "Studio Petipa", 400, 48),
                ("lifar", "Studio Lifar", 220, 26),
                ("noureev", "Studio Noureev", 220, 26),
                ("chauvire", "Studio Chauviré", 150, 16),
                ("zambelli", "Studio Zambelli", 120, 12),
            ],
        ) + _studios(
            "par",
            "Opéra Bastille",
            [
                ("nijinski", "Studio Nijinski", 280, 32),
                ("balanchine", "Studio Balanchine", 250, 28),
                ("gounod", "Salle Gounod", 750, 90),
            ],
        )
    building = {"lon": "Albion Opera House", "cph": "Øresund Opera House"}[house]
    return _studios(
        house,
        building,
        [
            ("studio-1", "Studio 1", 380, 44),
            ("studio-2", "Studio 2", 240, 28),
            ("studio-3", "Studio 3", 180, 20),
            ("studio-4", "Studio 4", 120, 12),
            ("coaching", "Coaching Room", 70, 4),
        ],
    )
