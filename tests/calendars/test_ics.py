"""The .ics files: they parse, keep their instants across time zones, speak their reader's
language, and come out byte-identical for the same plan."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from icalendar import Calendar

import calendar_kit as kit
from etoile.calendars import CalendarSet, build_calendars
from etoile.domain import Plan

UTC = dt.UTC
NNBSP = "\u202f"  # Babel's narrow no-break space before AM/PM


@pytest.fixture(scope="module")
def calendars() -> CalendarSet:
    return build_calendars(kit.season(), kit.plan())


def parsed(calendars: CalendarSet, path: str) -> Calendar:
    [found] = [f for f in calendars.files if f.path == path]
    return Calendar.from_ical(found.data)


def timed(cal: Calendar) -> dict[str, tuple[dt.datetime, dt.datetime]]:
    """UID (without the owner and season) -> start and end in UTC, for timed events."""
    return {
        str(e["uid"]).split("/")[0] + "/" + str(e["uid"]).split("/")[1]: (
            e.decoded("dtstart").astimezone(UTC),
            e.decoded("dtend").astimezone(UTC),
        )
        for e in cal.walk("VEVENT")
        if isinstance(e.decoded("dtstart"), dt.datetime)
    }


def all_day(cal: Calendar) -> list[tuple[str, dt.date, dt.date]]:
    return [
        (str(e["summary"]), e.decoded("dtstart"), e.decoded("dtend"))
        for e in cal.walk("VEVENT")
        if not isinstance(e.decoded("dtstart"), dt.datetime)
    ]


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, minute, tzinfo=UTC)


def test_everyone_and_every_studio_has_a_file(calendars: CalendarSet) -> None:
    season = kit.season()
    expected = (
        [f"dancers/{d}.ics" for d in sorted(season.dancers)]
        + [f"staff/{s}.ics" for s in sorted(season.staff)]
        + [f"studios/{s}.ics" for s in sorted(season.studios)]
    )
    assert [f.path for f in calendars.files] == expected


def test_a_guest_keeps_every_instant_across_the_atlantic(calendars: CalendarSet) -> None:
    cal = parsed(calendars, "dancers/par-lea.ics")
    assert timed(cal) == {
        "call/par-r0": (at(4, 9), at(4, 11)),  # 10:00-12:00 in Paris (UTC+1)
        "call/nyc-r1": (at(9, 17), at(9, 20)),  # 12:00-15:00 in New York (UTC-5)
        "call/nyc-r3": (at(10, 17), at(10, 20)),
        "show/nyc-p1": (at(11, 0, 30), at(11, 2, 30)),  # 19:30 in New York, next day in UTC
        "show/nyc-p2": (at(12, 19), at(12, 21)),
        "show/nyc-p3": (at(13, 1), at(13, 3)),
    }


def test_events_are_written_on_the_local_clock_with_their_zone(calendars: CalendarSet) -> None:
    [lea] = [f for f in calendars.files if f.id == "par-lea"]
    lines = lea.data.decode("utf-8").split("\r\n")
    assert [x for x in lines if x.startswith("DTSTART;TZID")] == [
        "DTSTART;TZID=Europe/Paris:20261204T100000",
        "DTSTART;TZID=America/New_York:20261209T120000",
        "DTSTART;TZID=America/New_York:20261210T120000",
        "DTSTART;TZID=America/New_York:20261210T193000",
        "DTSTART;TZID=America/New_York:20261212T140000",
        "DTSTART;TZID=America/New_York:20261212T200000",
    ]
    cal = parsed(calendars, "dancers/par-lea.ics")
    assert [tz.tz_name for tz in cal.timezones] == ["America/New_York", "Europe/Paris"]
    assert [tz.tz_name for tz in parsed(calendars, "dancers/nyc-ben.ics").timezones] == [
        "America/New_York"
    ]


def test_the_trip_is_flight_rest_residence_and_flight_home_in_french(
    calendars: CalendarSet,
) -> None:
    cal = parsed(calendars, "dancers/par-lea.ics")
    d = dt.date
    assert all_day(cal) == [
        ("Vol pour New York", d(2026, 12, 7), d(2026, 12, 8)),
        ("Repos après le vol pour New York", d(2026, 12, 8), d(2026, 12, 9)),
        ("En résidence : Manhattan Ballet Theatre", d(2026, 12, 9), d(2026, 12, 14)),
        ("Vol de retour vers Paris", d(2026, 12, 14), d(2026, 12, 15)),
    ]
    residence = [e for e in cal.walk("VEVENT") if str(e["uid"]).startswith("residence/")]
    assert [str(e["transp"]) for e in residence] == ["TRANSPARENT"]


def test_the_french_dancer_reads_french(calendars: CalendarSet) -> None:
    cal = parsed(calendars, "dancers/par-lea.ics")
    [gala] = [e for e in cal.walk("VEVENT") if str(e["uid"]).startswith("show/nyc-p1/")]
    assert str(gala["summary"]) == "Représentation · Giselle · Giselle"
    assert gala["summary"].params["LANGUAGE"] == "fr"
    assert str(gala["location"]) == "David H. Koch Theater, New York"
    assert str(gala["description"]).split("\n") == [
        "Rôle : Giselle",
        "Production : Giselle (Manhattan Ballet Theatre)",
        "Théâtre : David H. Koch Theater, New York",
        "Lever de rideau le jeu. 10 déc. 2026 à 19:30 (heure de New York) ; fin vers 21:30.",
        "Première ou soirée de gala.",
        "En résidence : Manhattan Ballet Theatre",
    ]
    [coaching] = [e for e in cal.walk("VEVENT") if str(e["uid"]).startswith("call/par-r0/")]
    assert str(coaching["summary"]) == "Répétition de rôle · Le Lac des cygnes"
    assert str(coaching["location"]) == "Studio Petipa, Palais Garnier, Paris"
    assert str(coaching["description"]).split("\n") == [
        "Le ven. 4 déc. 2026, de 10:00 à 12:00 (heure de Paris).",
        "Salle : Studio Petipa, Palais Garnier",
        "Dirigée par : Marc Sorel (répétiteur)",
        "Rôles : Odette/Odile, Prince Siegfried",
    ]
    assert str(cal["x-wr-calname"]) == "Léa Garnier · Tiny exchange season 2026-27"
    assert str(cal["x-wr-timezone"]) == "Europe/Paris"


def test_the_new_york_dancer_reads_english(calendars: CalendarSet) -> None:
    cal = parsed(calendars, "dancers/nyc-ben.ics")
    [learning] = [e for e in cal.walk("VEVENT") if str(e["uid"]).startswith("call/nyc-r1/")]
    assert str(learning["summary"]) == "Learning a role · Giselle"
    assert str(learning["description"]).split("\n") == [
        f"Wed, Dec 9, 2026, from 12:00{NNBSP}PM to 3:00{NNBSP}PM (New York time).",
        "Room: Studio A",
        "Led by: Rosa Feld (ballet master)",
        "Roles: Giselle, Albrecht",
    ]
    assert [str(e["summary"]) for e in cal.walk("VEVENT")] == [
        "Learning a role · Giselle",
        "Dress rehearsal · Giselle",
        "Performance · Giselle · Albrecht",
        "Performance · Giselle · Albrecht",
        "Performance · Giselle · Albrecht",
    ]


def test_a_ballet_master_sees_who_is_called(calendars: CalendarSet) -> None:
    cal = parsed(calendars, "staff/nyc-bm1.ics")
    assert timed(cal) == {
        "call/nyc-r2": (at(7, 16, 30), at(7, 19, 30)),
        "call/nyc-r1": (at(9, 17), at(9, 20)),
        "call/nyc-r3": (at(10, 17), at(10, 20)),
    }
    [dress] = [e for e in cal.walk("VEVENT") if str(e["uid"]).startswith("call/nyc-r3/")]
    assert str(dress["description"]).split("\n")[-1] == (
        "5 dancers called: Léa Garnier, Ben Okafor, Cleo Marsh, Dina Park, Ella Ruiz"
    )
    assert str(dress["location"]) == "David H. Koch Theater, New York"


def test_a_studio_holds_its_own_calls_only(calendars: CalendarSet) -> None:
    nyc = parsed(calendars, "studios/nyc-studio-a.ics")
    assert sorted(timed(nyc)) == ["call/nyc-r1", "call/nyc-r2"]  # the dress is on stage
    paris = parsed(calendars, "studios/par-petipa.ics")
    assert [str(e["summary"]) for e in paris.walk("VEVENT")] == [
        "Répétition de rôle · Le Lac des cygnes",
        "Répétition d'ensemble · Le Lac des cygnes",
    ]


def test_an_absence_is_an_all_day_event(calendars: CalendarSet) -> None:
    cal = parsed(calendars, "dancers/nyc-fay.ics")
    assert all_day(cal) == [("Absent: injury", dt.date(2026, 12, 10), dt.date(2026, 12, 13))]


def test_uids_are_stable_and_unique(calendars: CalendarSet) -> None:
    cal = parsed(calendars, "dancers/par-lea.ics")
    uids = [str(e["uid"]) for e in cal.walk("VEVENT")]
    assert uids[:2] == [
        "call/par-r0/dancer/par-lea/tiny-2026@etoile",
        "flight-out/nyc-2026-12-07/dancer/par-lea/tiny-2026@etoile",
    ]
    everywhere = [
        str(e["uid"]) for f in calendars.files for e in Calendar.from_ical(f.data).walk("VEVENT")
    ]
    assert len(everywhere) == len(set(everywhere))


def test_the_same_plan_gives_the_same_bytes(calendars: CalendarSet) -> None:
    data = kit.plan_data()
    data["rehearsals"].reverse()  # the order of the calls in the file does not matter
    again = build_calendars(kit.season(), Plan.model_validate(data))
    assert again.by_path() == calendars.by_path()
    stamps = {
        e.decoded("dtstamp")
        for f in calendars.files
        for e in Calendar.from_ical(f.data).walk("VEVENT")
    }
    assert stamps == {dt.datetime(2026, 12, 1, tzinfo=UTC)}  # the season's first day


def test_the_index_lists_every_calendar(calendars: CalendarSet) -> None:
    index = json.loads(calendars.index)
    assert index["season"] == "tiny-2026"
    assert [c["path"] for c in index["calendars"]] == [f.path for f in calendars.files]
    [lea] = [c for c in index["calendars"] if c["id"] == "par-lea"]
    assert lea == {
        "kind": "dancers",
        "id": "par-lea",
        "name": "Léa Garnier",
        "house": "par",
        "language": "fr",
        "events": 10,
        "path": "dancers/par-lea.ics",
    }


def test_a_plan_without_anything_gives_empty_but_valid_calendars() -> None:
    empty = build_calendars(kit.season(), Plan(season="tiny-2026"))
    cal = Calendar.from_ical(empty.files[0].data)
    assert (str(cal["version"]), cal.walk("VEVENT"), cal.timezones) == ("2.0", [], [])


def test_progress_hears_of_every_file() -> None:
    heard: list[tuple[int, int]] = []
    build_calendars(kit.season(), kit.plan(), lambda done, total: heard.append((done, total)))
    assert heard == [(n, 18) for n in range(1, 19)]
