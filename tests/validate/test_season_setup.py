"""Season rules about staff, studios, venues, partner roles and exchange terms."""

from __future__ import annotations

import datetime as dt

from etoile.domain import DateRange, Season, Staff, StaffKind
from etoile.validate import Severity, Violation
from etoile.validate.season_setup import (
    COMPANY_WITHOUT_STUDIO,
    EXCHANGE_TERMS_UNUSABLE,
    EXCHANGE_WINDOW_TOO_SHORT,
    LEAD_WITHOUT_PARTNER,
    PARTNERS_NOT_MUTUAL,
    PRICE_TIERS_OVER,
    PRICE_TIERS_SHORT,
    PRODUCTION_WITHOUT_BALLET_MASTER,
    STUDIO_TOO_SMALL,
    exchange_terms,
    partner_roles,
    production_without_ballet_master,
    studios_fit,
    venue_price_tiers,
)

from .builders import fresh, with_company, with_role


def _venue_capacity(season: Season, capacity: int) -> Season:
    koch = season.company["nyc"].venues[0].model_copy(update={"capacity": capacity})
    return with_company(season, "nyc", venues=[koch])


def test_ballet_master_satisfied(tiny_season: Season) -> None:
    assert list(production_without_ballet_master(tiny_season, None)) == []


def test_a_teacher_cannot_rehearse_a_production(tiny_season: Season) -> None:
    teacher = Staff(
        id="nyc-t1", name="Ida Vance", kind=StaffKind.TEACHER, productions=["nyc-giselle"]
    )
    season = with_company(tiny_season, "nyc", staff=[teacher])
    assert list(production_without_ballet_master(season, None)) == [
        Violation(
            PRODUCTION_WITHOUT_BALLET_MASTER,
            Severity.ERROR,
            ("nyc-giselle",),
            1.0,
            "Giselle (Manhattan Ballet Theatre): no ballet master or répétiteur of the company "
            "can rehearse it",
        )
    ]


def test_studios_satisfied(tiny_season: Season) -> None:
    assert list(studios_fit(tiny_season, None)) == []


def test_company_without_a_studio(tiny_season: Season) -> None:
    season = with_company(tiny_season, "nyc", studios=[])
    assert [(v.rule, v.severity, v.entities, v.amount) for v in studios_fit(season, None)] == [
        (COMPANY_WITHOUT_STUDIO, Severity.ERROR, ("nyc",), 1.0)
    ]


def test_studio_too_small_for_the_corps(tiny_season: Season) -> None:
    # The Wilis rehearse together; Studio A holds 20, so 25 Wilis are 5 over.
    season = with_role(tiny_season, "nyc-giselle.wili", count=25)
    assert list(studios_fit(season, None)) == [
        Violation(
            STUDIO_TOO_SMALL,
            Severity.WARNING,
            ("nyc-giselle", "nyc-giselle.wili", "nyc-studio-a"),
            5.0,
            "Giselle (Manhattan Ballet Theatre): the 25 Wilis rehearse together, but the "
            "largest studio, Studio A, holds 20; 5 over (rehearse in groups or on stage)",
        )
    ]


def test_price_tiers_satisfied(tiny_season: Season) -> None:
    assert list(venue_price_tiers(tiny_season, None)) == []


def test_price_tiers_short_of_and_over_capacity(tiny_season: Season) -> None:
    # The Koch tiers sell 1000 + 1544 = 2544 seats.
    short = list(venue_price_tiers(_venue_capacity(tiny_season, 2600), None))
    over = list(venue_price_tiers(_venue_capacity(tiny_season, 2500), None))
    assert short == [
        Violation(
            PRICE_TIERS_SHORT,
            Severity.WARNING,
            ("koch",),
            56.0,
            "David H. Koch Theater: the price tiers sell 2544 seats of 2600; 56 seats have no "
            "price",
        )
    ]
    assert [(v.rule, v.amount) for v in over] == [(PRICE_TIERS_OVER, 44.0)]


def test_partner_roles_satisfied(tiny_season: Season) -> None:
    assert list(partner_roles(tiny_season, None)) == []


def test_lead_without_partner_and_one_way_partners(tiny_season: Season) -> None:
    # Albrecht no longer names Giselle: he is a lead without a partner, and Giselle's
    # partnership is one way.
    season = with_role(tiny_season, "nyc-giselle.albrecht", partner=None)
    found = sorted(partner_roles(season, None))
    assert [(v.rule, v.severity, v.entities, v.amount) for v in found] == [
        (LEAD_WITHOUT_PARTNER, Severity.WARNING, ("nyc-giselle", "nyc-giselle.albrecht"), 1.0),
        (
            PARTNERS_NOT_MUTUAL,
            Severity.WARNING,
            ("nyc-giselle", "nyc-giselle.giselle", "nyc-giselle.albrecht"),
            1.0,
        ),
    ]
    assert found[1].message == (
        "Giselle (Manhattan Ballet Theatre): Giselle is partnered with Albrecht, who names no one"
    )


def test_exchange_terms_satisfied(clean_season: Season) -> None:
    assert list(exchange_terms(clean_season, None)) == []


def test_exchange_terms_no_one_of_a_house_can_use(tiny_season: Season) -> None:
    # New York's principals: Ava Linden has not consented, Ben Okafor is vetoed.
    assert list(exchange_terms(tiny_season, None)) == [
        Violation(
            EXCHANGE_TERMS_UNUSABLE,
            Severity.WARNING,
            ("nyc-par", "nyc"),
            1.0,
            "Exchange nyc-par: no principal of Manhattan Ballet Theatre can be sent "
            "(not consented: Ava Linden; vetoed: Ben Okafor)",
        )
    ]


def test_exchange_window_shorter_than_the_minimum_stay(clean_season: Season) -> None:
    # A 2-day window and a minimum stay of 3 days: 1 day short.
    window = DateRange(start=dt.date(2026, 12, 1), end=dt.date(2026, 12, 2))
    terms = clean_season.exchanges[0].model_copy(update={"window": window})
    season = fresh(clean_season.model_copy(update={"exchanges": [terms]}))
    assert [(v.rule, v.severity, v.entities, v.amount) for v in exchange_terms(season, None)] == [
        (EXCHANGE_WINDOW_TOO_SHORT, Severity.ERROR, ("nyc-par",), 1.0)
    ]
