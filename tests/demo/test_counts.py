"""The demo season has the mission's houses: sizes, ranks, runs, curtain times."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from etoile.domain import Season


def test_the_season_lasts_26_weeks(demo: Season) -> None:
    assert (demo.start, demo.end) == (dt.date(2026, 9, 14), dt.date(2027, 3, 14))
    assert ((demo.end - demo.start).days + 1) / 7 == 26


def test_new_york_has_94_dancers_by_rank(demo: Season) -> None:
    nyc = demo.company["nyc"]
    assert Counter(d.rank for d in nyc.dancers) == {
        "principal": 23,
        "soloist": 12,
        "corps": 55,
        "apprentice": 4,
    }
    assert nyc.rank_tier["apprentice"] == "corps"


def test_paris_has_154_dancers_by_rank_and_eight_etoiles_of_each_gender(demo: Season) -> None:
    par = demo.company["par"]
    assert Counter(d.rank for d in par.dancers) == {
        "etoile": 16,
        "premier": 14,
        "sujet": 36,
        "coryphee": 38,
        "quadrille": 50,
    }
    assert Counter(d.tags[0] for d in par.dancers if d.rank == "etoile") == {"woman": 8, "man": 8}


def test_every_dancer_and_role_has_one_gender_tag(demo: Season) -> None:
    genders = {"woman", "man"}
    for company in demo.companies:
        assert all(len(set(d.tags) & genders) == 1 for d in company.dancers)
        assert all(len(set(r.tags) & genders) == 1 for p in company.productions for r in p.roles)


def test_about_100_shows_in_new_york_and_120_in_paris(demo: Season) -> None:
    assert len(demo.company["nyc"].performances) == 101
    assert len(demo.company["par"].performances) == 118


def test_each_house_dances_four_to_six_classics(demo: Season) -> None:
    for company in demo.companies:
        assert 4 <= len(company.productions) <= 6
        assert len({p.ballet for p in company.productions}) == len(company.productions)


def test_the_nutcracker_runs_from_late_november_to_new_years_eve(demo: Season) -> None:
    shows = [p for p in demo.company["nyc"].performances if p.production == "nyc-nutcracker"]
    assert 40 <= len(shows) <= 47
    assert shows[0].day == dt.date(2026, 11, 27)
    assert shows[-1].day == dt.date(2026, 12, 31)
    weekends = Counter(p.day for p in shows if p.day.weekday() >= 5)
    assert set(weekends.values()) == {2}
    assert {p.start.time() for p in shows if p.day.weekday() >= 5} == {
        dt.time(14, 0),
        dt.time(20, 0),
    }
    assert all(p.day != dt.date(2026, 12, 25) for p in shows)


def test_paris_runs_are_18_26_at_bastille_and_10_16_at_garnier(demo: Season) -> None:
    runs = Counter((p.production, p.venue) for p in demo.company["par"].performances)
    assert all(18 <= n <= 26 for (_, venue), n in runs.items() if venue == "bastille")
    assert all(10 <= n <= 16 for (_, venue), n in runs.items() if venue == "garnier")


def test_paris_curtains_are_19_30_and_14_30_on_sunday_and_mondays_are_dark(demo: Season) -> None:
    shows = demo.company["par"].performances
    assert {p.start.time() for p in shows if p.day.weekday() < 6} == {dt.time(19, 30)}
    assert {p.start.time() for p in shows if p.day.weekday() == 6} == {dt.time(14, 30)}
    assert not [p for p in shows if p.day.weekday() == 0]


def test_opening_nights_and_only_they_are_galas(demo: Season) -> None:
    for company in demo.companies:
        first: dict[str, str] = {}
        for p in sorted(company.performances, key=lambda p: p.start):
            first.setdefault(p.production, p.id)
        assert {p.id for p in company.performances if p.gala} == set(first.values())


def test_the_houses_have_their_real_venues(demo: Season) -> None:
    capacity = {v.id: v.capacity for c in demo.companies for v in c.venues}
    assert capacity == {"koch": 2544, "garnier": 1979, "bastille": 2745}


def test_price_tiers_fill_the_house_within_the_published_ranges(demo: Season) -> None:
    ranges = {"koch": (35, 229), "garnier": (15, 160), "bastille": (15, 150)}
    for company in demo.companies:
        for venue in company.venues:
            prices = [float(t.price.amount) for t in venue.price_tiers]
            assert venue.tier_seats == venue.capacity
            assert (min(prices), max(prices)) == ranges[venue.id]
    garnier = next(v for v in demo.company["par"].venues if v.id == "garnier")
    assert len(garnier.price_tiers) == 6


def test_paris_has_the_garnier_and_bastille_studios(demo: Season) -> None:
    names = {s.name for s in demo.company["par"].studios}
    assert {"Studio Petipa", "Studio Lifar", "Studio Noureev", "Salle Gounod"} <= names
    petipa = next(s for s in demo.company["par"].studios if s.name == "Studio Petipa")
    assert petipa.area_m2 == 400
    assert 4 <= len(demo.company["nyc"].studios) <= 5
