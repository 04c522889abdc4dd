"""Schedules and calendars: events in the zone where they happen, and calendar feeds."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from etoile.calendars.entry import Entry


class EventPublic(BaseModel):
    """One event of a schedule. Timed events carry their local time with its UTC offset;
    all-day events carry dates (``end`` is the last day)."""

    uid: str
    summary: str
    all_day: bool
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date
    timezone: str | None
    when: str
    location: str
    description: str
    category: str

    @classmethod
    def of(cls, entry: Entry, when: str) -> EventPublic:
        """From a calendar entry; ``when`` is its time worded for the reader.

        Parameters
        ----------
        entry
            The entry of a calendar.
        when
            Its day and times, already worded.
        """
        timed = isinstance(entry.start, dt.datetime)
        end = entry.end
        if not timed and isinstance(end, dt.date) and not isinstance(end, dt.datetime):
            end = end - dt.timedelta(days=1)
        zone = getattr(entry.start, "tzinfo", None) if timed else None
        return cls(
            uid=entry.uid,
            summary=entry.summary,
            all_day=not timed,
            start=entry.start,
            end=end,
            timezone=str(zone) if zone is not None else None,
            when=when,
            location=entry.location,
            description=entry.description,
            category=entry.category,
        )


class CalendarPublic(BaseModel):
    """A calendar (dancer, staff member or studio) over a window of days."""

    season_id: str
    plan_id: int | None
    plan_version: int | None
    subject: str
    id: str
    name: str
    house: str
    start: dt.date
    days: int
    events: list[EventPublic]


class SchedulePublic(CalendarPublic):
    """A dancer's own schedule, with what the latest version changed for them."""

    changes: list[str]


class FeedPublic(BaseModel):
    """Whether the reader has a live calendar feed."""

    active: bool


class FeedCreatedPublic(BaseModel):
    """A new feed: the URL is shown once; subscribe to it from a phone's calendar."""

    url: str
    token: str
