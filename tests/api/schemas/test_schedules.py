"""A calendar entry as an API event: timed events keep their zone, all-day events give their
last day (not iCalendar's exclusive end)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from etoile.api.schemas.schedules import EventPublic
from etoile.calendars.entry import Entry


def test_a_timed_event_keeps_its_local_time_and_zone() -> None:
    paris = ZoneInfo("Europe/Paris")
    start = dt.datetime(2026, 12, 14, 14, 0, tzinfo=paris)
    entry = Entry(
        uid="call/par-r2/dancer/par-kim/tiny-2026@etoile",
        summary="Stage rehearsal · Le Lac des cygnes",
        start=start,
        end=start + dt.timedelta(hours=3),
        location="Opéra Bastille, Paris",
        description="Room: Opéra Bastille",
        category="Stage rehearsal",
    )
    event = EventPublic.of(entry, "Mon, Dec 14, 2026, from 2:00 PM to 5:00 PM (Paris time).")
    assert (event.all_day, event.timezone) == (False, "Europe/Paris")
    # 14:00-17:00 in Paris, UTC+1 in December: the JSON says so with its offset.
    assert event.model_dump(mode="json")["start"] == "2026-12-14T14:00:00+01:00"
    assert event.model_dump(mode="json")["end"] == "2026-12-14T17:00:00+01:00"
    assert (event.location, event.category) == ("Opéra Bastille, Paris", "Stage rehearsal")


def test_an_all_day_event_ends_on_its_last_day() -> None:
    # A residence 9-13 Dec is stored with the exclusive end 14 Dec: the API says 13 Dec.
    entry = Entry("residence/x", "Guest", dt.date(2026, 12, 9), dt.date(2026, 12, 14), busy=False)
    event = EventPublic.of(entry, "Dec 9–13, 2026")
    assert (event.all_day, event.start, event.end, event.timezone) == (
        True,
        dt.date(2026, 12, 9),
        dt.date(2026, 12, 13),
        None,
    )


def test_a_one_day_event_starts_and_ends_the_same_day() -> None:
    entry = Entry("flight-home/x", "Flight home", dt.date(2026, 12, 14), dt.date(2026, 12, 15))
    event = EventPublic.of(entry, "Mon, Dec 14, 2026")
    assert (event.start, event.end, event.when) == (
        dt.date(2026, 12, 14),
        dt.date(2026, 12, 14),
        "Mon, Dec 14, 2026",
    )


def test_a_fixed_offset_is_named_by_its_offset() -> None:
    start = dt.datetime(2026, 12, 10, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    event = EventPublic.of(Entry("u", "s", start, start + dt.timedelta(hours=1)), "noon")
    assert event.timezone == "UTC-05:00"
