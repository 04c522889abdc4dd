"""A dancer's performances as calendar entries: one per show, roles doubled into one event,
the running time from the curtain in the theatre's zone, guest and gala lines."""

from __future__ import annotations

import datetime as dt

import calendar_kit as kit
from etoile.calendars.shows import dancer_shows
from etoile.domain import CastAssignment
from etoile.i18n import Translator


def test_a_guest_gets_one_entry_per_show_with_the_running_time() -> None:
    season, plan = kit.season(), kit.plan()
    entries = dancer_shows(season, plan.casting, "par-lea", Translator("en"))
    assert [e.uid for e in entries] == [
        f"show/nyc-p{i}/dancer/par-lea/tiny-2026@etoile" for i in (1, 2, 3)
    ]
    # Giselle runs 120 min: 19:30 + 2:00 = 21:30, 14:00 + 2:00 = 16:00, 20:00 + 2:00 = 22:00,
    # all in New York (UTC-5 in December): 21:30 local is 02:30 UTC the next day.
    assert [(e.start.strftime("%d %H:%M"), e.end.strftime("%d %H:%M")) for e in entries] == [
        ("10 19:30", "10 21:30"),
        ("12 14:00", "12 16:00"),
        ("12 20:00", "12 22:00"),
    ]
    assert entries[0].end.astimezone(dt.UTC) == dt.datetime(2026, 12, 11, 2, 30, tzinfo=dt.UTC)


def test_the_gala_and_the_guest_house_are_said() -> None:
    season, plan = kit.season(), kit.plan()
    first = dancer_shows(season, plan.casting, "par-lea", Translator("en"))[0]
    assert first.summary == "Performance · Giselle · Giselle"
    assert first.location == "David H. Koch Theater, New York"
    assert first.description.splitlines() == [
        "Role: Giselle",
        "Production: Giselle (Manhattan Ballet Theatre)",
        "Venue: David H. Koch Theater, New York",
        "Curtain up Thu, Dec 10, 2026 at 7:30\u202fPM (New York time); ends about 9:30\u202fPM.",
        "Opening night or gala.",  # nyc-p1 is the gala
        "Guest at Manhattan Ballet Theatre",  # Léa belongs to Paris
    ]


def test_a_doubled_role_is_one_event_naming_both_roles() -> None:
    season = kit.season()
    casting = [
        CastAssignment(performance="par-p2", role="par-swan.odette", dancer="par-kim"),
        CastAssignment(performance="par-p2", role="par-swan.swan", dancer="par-kim"),
        CastAssignment(performance="par-p2", role="par-swan.swan", dancer="par-lou"),
    ]
    (entry,) = dancer_shows(season, casting, "par-kim", Translator("en"))
    # Le Lac des cygnes runs 175 min: 19:30 + 2:55 = 22:25, Paris time. At home: no guest
    # line, and par-p2 is no gala.
    assert (entry.start.strftime("%H:%M"), entry.end.strftime("%H:%M")) == ("19:30", "22:25")
    assert entry.summary == "Performance · Le Lac des cygnes · Odette/Odile, Swans"
    assert entry.description.splitlines() == [
        "Roles: Odette/Odile, Swans",
        "Production: Le Lac des cygnes (Ballet de l'Opéra de Lutèce)",
        "Venue: Opéra Bastille, Paris",
        "Curtain up Thu, Dec 17, 2026 at 7:30\u202fPM (Paris time); ends about 10:25\u202fPM.",
    ]


def test_in_french() -> None:
    season, plan = kit.season(), kit.plan()
    first = dancer_shows(season, plan.casting, "par-lea", Translator("fr"))[0]
    assert first.category == "Représentation"
    assert first.description.splitlines()[-1] == "En résidence : Manhattan Ballet Theatre"


def test_a_dancer_not_cast_and_unknown_performances_give_nothing() -> None:
    season, plan = kit.season(), kit.plan()
    assert dancer_shows(season, plan.casting, "par-hugo", Translator("en")) == []
    ghost = [CastAssignment(performance="nope", role="par-swan.swan", dancer="par-kim")]
    assert dancer_shows(season, ghost, "par-kim", Translator("en")) == []
