"""Entries -> iCalendar bytes (RFC 5545) with the ``icalendar`` library.

Timed events are written on the clock where they happen with a ``TZID`` (``DTSTART;TZID=
America/New_York:20261210T193000``) and the calendar carries a ``VTIMEZONE`` for every zone it
uses, limited to the dates around its events; a client anywhere shows the right instant.

The same entries give the same bytes: events are sorted, and ``DTSTAMP`` is a moment the
caller derives from the season, never the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

from icalendar import Calendar, Event, Timezone

from etoile.calendars.entry import Entry

PRODID = "-//Etoile//Season calendars 1.0//EN"
MARGIN = dt.timedelta(days=31)
"""Transitions kept in a VTIMEZONE either side of the calendar's events."""


@lru_cache(maxsize=32)
def _vtimezone(tzid: str, first: dt.date, last: dt.date) -> bytes:
    # Building a VTIMEZONE walks the zone's transitions: slow, so once per zone and range.
    return bytes(Timezone.from_tzid(tzid, first_date=first, last_date=last).to_ical())


def _zones(entries: Iterable[Entry]) -> list[str]:
    found = {
        str(getattr(e.start.tzinfo, "key", "")) for e in entries if isinstance(e.start, dt.datetime)
    }
    return sorted(z for z in found if z and z != "UTC")


def to_ics(
    entries: list[Entry],
    *,
    name: str,
    description: str,
    lang: str,
    timezone: str,
    stamp: dt.datetime,
) -> bytes:
    """One calendar file.

    Parameters
    ----------
    entries
        Its events, in any order.
    name, description
        The calendar's name and what it holds, in the reader's language ``lang``.
    timezone
        The reader's home zone, a hint for clients (``X-WR-TIMEZONE``); events keep their own.
    stamp
        ``DTSTAMP`` of every event: an aware moment derived from the inputs.
    """
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    cal.add("description", description)
    cal.add("x-wr-caldesc", description)
    cal.add("x-wr-timezone", timezone)
    ordered = sorted(entries, key=lambda e: (e.instant, e.uid))
    if ordered:
        first = ordered[0].instant.date() - MARGIN
        last = max(e.instant for e in ordered).date() + MARGIN
        for zone in _zones(ordered):
            cal.add_component(Timezone.from_ical(_vtimezone(zone, first, last)))
    language = {"LANGUAGE": lang}
    for e in ordered:
        event = Event()
        event.add("uid", e.uid)
        event.add("dtstamp", stamp.astimezone(dt.UTC))
        event.add("dtstart", e.start)
        event.add("dtend", e.end)
        event.add("summary", e.summary, parameters=language)
        if e.location:
            event.add("location", e.location, parameters=language)
        if e.description:
            event.add("description", e.description, parameters=language)
        if e.category:
            event.add("categories", [e.category])
        event.add("transp", "OPAQUE" if e.busy else "TRANSPARENT")
        cal.add_component(event)
    return bytes(cal.to_ical())
