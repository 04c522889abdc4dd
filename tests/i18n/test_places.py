"""Names for ids and a show's day on its venue's clock; an id the season lacks is shown as is."""

from __future__ import annotations

import datetime as dt

from etoile.domain import Performance, Season
from etoile.i18n.places import (
    company_name,
    dancer_name,
    local_day,
    role_label,
    show_day,
    venue_timezone,
)


def test_names_stand_for_ids_and_unknown_ids_stand_for_themselves(tiny_season: Season) -> None:
    assert company_name(tiny_season, "par") == "Ballet de l'Opéra de Lutèce"
    assert dancer_name(tiny_season, "par-ines") == "Inès Roche"
    # A role reads with its production's title.
    assert role_label(tiny_season, "nyc-giselle.wili") == "Wilis (Giselle)"
    assert role_label(tiny_season, "par-swan.odette") == "Odette/Odile (Le Lac des cygnes)"
    # A broken plan can still be read: the ids themselves.
    assert (company_name(tiny_season, "lon"), dancer_name(tiny_season, "par-zoe")) == (
        "lon",
        "par-zoe",
    )
    assert role_label(tiny_season, "par-swan.cygnet") == "par-swan.cygnet"


def _at(venue: str, start: str) -> Performance:
    return Performance.model_validate(
        {"id": "x", "production": "par-swan", "venue": venue, "start": start}
    )


def test_the_day_is_the_one_on_the_venues_clock(tiny_season: Season) -> None:
    # Written in UTC: 23:30 UTC on 14 Dec is 00:30 on 15 Dec in Paris (UTC+1) ...
    late = _at("bastille", "2026-12-14T23:30:00+00:00")
    assert venue_timezone(tiny_season, late, "UTC") == "Europe/Paris"
    assert local_day(tiny_season, late, "UTC") == dt.date(2026, 12, 15)
    # ... and 03:00 UTC on 11 Dec is 22:00 on 10 Dec in New York (UTC-5).
    koch = _at("koch", "2026-12-11T03:00:00+00:00")
    assert local_day(tiny_season, koch, "UTC") == dt.date(2026, 12, 10)


def test_an_unknown_venue_falls_back_on_the_given_zone(tiny_season: Season) -> None:
    # 03:00 UTC on 11 Dec: still the 10th in New York, already the 11th in Paris.
    nowhere = _at("nowhere", "2026-12-11T03:00:00+00:00")
    assert local_day(tiny_season, nowhere, "America/New_York") == dt.date(2026, 12, 10)
    assert local_day(tiny_season, nowhere, "Europe/Paris") == dt.date(2026, 12, 11)


def test_show_day_by_id(tiny_season: Season) -> None:
    # par-p3: Sun 20 Dec 2026 at 14:30 in Paris.
    assert show_day(tiny_season, "par-p3") == dt.date(2026, 12, 20)
    assert show_day(tiny_season, "par-p9") is None
