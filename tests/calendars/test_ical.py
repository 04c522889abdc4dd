"""Entries -> iCalendar bytes: events sorted by instant, timed ones on their own clock with a
VTIMEZONE, all-day ones as dates, free time transparent, the same bytes for the same input."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar

from etoile.calendars.entry import Entry
from etoile.calendars.ical import PRODID, to_ics

STAMP = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
NEW_YORK = ZoneInfo("America/New_York")
PARIS = ZoneInfo("Europe/Paris")
# 10:00 in Paris (09:00 UTC) comes before 11:30 in New York (16:30 UTC) on 7 Dec.
PARIS_CALL = Entry(
    "call/b",
    "Coaching",
    dt.datetime(2026, 12, 7, 10, 0, tzinfo=PARIS),
    dt.datetime(2026, 12, 7, 12, 0, tzinfo=PARIS),
    location="Studio Petipa, Paris",
    category="Coaching",
)
NEW_YORK_CALL = Entry(
    "call/a",
    "Company rehearsal",
    dt.datetime(2026, 12, 7, 11, 30, tzinfo=NEW_YORK),
    dt.datetime(2026, 12, 7, 14, 30, tzinfo=NEW_YORK),
    description="Room: Studio A",
)
RESIDENCE = Entry("residence/c", "Guest", dt.date(2026, 12, 9), dt.date(2026, 12, 14), busy=False)


def _ics(entries: list[Entry]) -> bytes:
    return to_ics(
        entries,
        name="Léa Garnier · Tiny",
        description="Léa's calendar",
        lang="fr",
        timezone="Europe/Paris",
        stamp=STAMP,
    )


def test_events_are_sorted_by_instant_then_uid() -> None:
    cal = Calendar.from_ical(_ics([RESIDENCE, NEW_YORK_CALL, PARIS_CALL]))
    # 7 Dec 09:00 UTC (Paris), 7 Dec 16:30 UTC (New York), 9 Dec (midnight UTC).
    assert [str(e["uid"]) for e in cal.walk("VEVENT")] == ["call/b", "call/a", "residence/c"]


def test_timed_events_keep_their_zone_and_each_zone_is_described() -> None:
    data = _ics([NEW_YORK_CALL, PARIS_CALL]).decode("utf-8")
    assert "DTSTART;TZID=America/New_York:20261207T113000" in data.splitlines()
    assert "DTSTART;TZID=Europe/Paris:20261207T100000" in data.splitlines()
    cal = Calendar.from_ical(data)
    assert sorted(str(z["tzid"]) for z in cal.walk("VTIMEZONE")) == [
        "America/New_York",
        "Europe/Paris",
    ]


def test_all_day_free_time_is_a_transparent_date_range() -> None:
    (event,) = Calendar.from_ical(_ics([RESIDENCE])).walk("VEVENT")
    assert (event.decoded("dtstart"), event.decoded("dtend")) == (
        dt.date(2026, 12, 9),
        dt.date(2026, 12, 14),
    )
    assert str(event["transp"]) == "TRANSPARENT"
    assert Calendar.from_ical(_ics([RESIDENCE])).walk("VTIMEZONE") == []  # no timed events


def test_the_calendars_header_and_the_events_fields() -> None:
    cal = Calendar.from_ical(_ics([PARIS_CALL, NEW_YORK_CALL]))
    assert (str(cal["prodid"]), str(cal["x-wr-calname"]), str(cal["x-wr-timezone"])) == (
        PRODID,
        "Léa Garnier · Tiny",
        "Europe/Paris",
    )
    paris, new_york = cal.walk("VEVENT")
    assert paris.decoded("dtstamp") == STAMP
    assert (str(paris["location"]), str(paris["transp"])) == ("Studio Petipa, Paris", "OPAQUE")
    assert paris["summary"].params["LANGUAGE"] == "fr"
    assert "description" not in paris  # none given
    assert str(new_york["description"]) == "Room: Studio A"


def test_the_same_entries_give_the_same_bytes() -> None:
    assert _ics([NEW_YORK_CALL, PARIS_CALL, RESIDENCE]) == _ics(
        [RESIDENCE, PARIS_CALL, NEW_YORK_CALL]
    )
