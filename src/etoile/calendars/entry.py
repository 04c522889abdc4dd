"""An event of a calendar before it becomes iCalendar text, and where a call takes place.

An :class:`Entry` is language-neutral in shape but already worded in its reader's language;
:mod:`etoile.calendars.ical` writes it. Timed entries carry aware datetimes in the zone where
the event happens; all-day entries (travel, residence, absences) carry dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from etoile.domain import Rehearsal, Season

UID_DOMAIN = "etoile"


@dataclass(frozen=True)
class Entry:
    """One event: a stable ``uid``, what it is, when, where, and the details.

    For an all-day entry ``end`` is the first day after it (iCalendar's exclusive end).
    ``busy`` False marks the event as free time in the reader's agenda (a residence, which
    spans the days of other events).
    """

    uid: str
    summary: str
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date
    location: str = ""
    description: str = ""
    category: str = ""
    busy: bool = True

    @property
    def instant(self) -> dt.datetime:
        """When the entry starts, in UTC (an all-day entry from midnight UTC), for sorting."""
        if isinstance(self.start, dt.datetime):
            return self.start.astimezone(dt.UTC)
        return dt.datetime.combine(self.start, dt.time(0), dt.UTC)


def uid(season: Season, what: str, thing: str, owner_kind: str, owner: str) -> str:
    """A stable UID: ``what/thing/owner_kind/owner/season@etoile``.

    Ids never contain ``/``, so the parts cannot run into each other. The owner is part of the
    UID because the same call reads differently in a dancer's and a studio's calendar, and a
    client that merges two calendars must not take one for the other.

    Parameters
    ----------
    season
        Its id ends the UID.
    what, thing
        What the entry is (``call``, ``show`` ...) and its own id.
    owner_kind, owner
        Whose calendar holds it.
    """
    return f"{what}/{thing}/{owner_kind}/{owner}/{season.id}@{UID_DOMAIN}"


@dataclass(frozen=True)
class Place:
    """Where a call happens: a studio (or, for stage calls, a theatre), its house and zone."""

    name: str
    city: str
    timezone: str
    house: str

    @property
    def location(self) -> str:
        """``Studio Petipa, Palais Garnier, Paris``: what a map or a taxi driver needs."""
        return f"{self.name}, {self.city}"


def call_place(season: Season, call: Rehearsal) -> Place:
    """The room of a call: a studio of the season, else a theatre (stage and dress calls).

    An id the season does not know (the service rejects such plans first) falls back to the
    calling company's city and zone, so that a broken plan still gives a readable calendar.

    Parameters
    ----------
    season
        Its studios, venues and companies.
    call
        The rehearsal call.
    """
    studio = season.studios.get(call.studio)
    if studio is not None:
        owner = season.company[studio.owner]
        name = studio.item.name
        if studio.item.building:
            name = f"{name}, {studio.item.building}"
        return Place(name, owner.city, owner.timezone, owner.id)
    venue = season.venues.get(call.studio)
    if venue is not None:
        return Place(venue.item.name, venue.item.city, venue.item.timezone, venue.owner)
    house = season.company.get(call.company)
    if house is None:
        return Place(call.studio, "", "UTC", call.company)
    return Place(call.studio, house.city, house.timezone, house.id)


def local(moment: dt.datetime, tz: str) -> dt.datetime:
    """``moment`` on the clock of ``tz``: the same instant, written where it happens.

    Parameters
    ----------
    moment
        An aware datetime.
    tz
        An IANA zone.
    """
    return moment.astimezone(ZoneInfo(tz))
