"""Use case: schedules. A dancer's own schedule, the rehearsal calendar of a studio, a ballet
master or a dancer, and the private calendar feed, all from the same calendar entries.

The entries are those of :mod:`etoile.calendars` (the ``.ics`` files), so a page, the API and
a phone's subscription show the same events, worded in the reader's language and timed in the
zone where each event happens.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from etoile.calendars.build import season_stamp
from etoile.calendars.calls import dancer_calls, staff_calls, studio_calls
from etoile.calendars.days import dancer_days, staff_days
from etoile.calendars.entry import Entry
from etoile.calendars.ical import to_ics
from etoile.calendars.shows import dancer_shows
from etoile.calendars.words import when
from etoile.domain import Dancer, Plan, Season, Staff, Studio
from etoile.domain.season import Owned
from etoile.report.changes import PlanDiff
from etoile.report.changes_words import change_sentence
from etoile.report.i18n import Translator


class Subject(StrEnum):
    """Whose calendar: a dancer, a staff member (ballet master, répétiteur) or a studio."""

    DANCER = "dancer"
    STAFF = "staff"
    STUDIO = "studio"


class UnknownSubjectError(LookupError):
    """The season has no dancer, staff member or studio with this id."""


@dataclass(frozen=True)
class Owner:
    """A calendar's subject: its id, name and house."""

    subject: Subject
    id: str
    name: str
    house: str
    timezone: str


def owner(season: Season, subject: Subject, ident: str) -> Owner:
    """The dancer, staff member or studio ``ident`` of ``season``.

    Raises
    ------
    UnknownSubjectError
        When the season has none with this id.
    """
    found: Owned[Dancer] | Owned[Staff] | Owned[Studio] | None
    if subject is Subject.DANCER:
        found = season.dancers.get(ident)
    elif subject is Subject.STAFF:
        found = season.staff.get(ident)
    else:
        found = season.studios.get(ident)
    if found is None:
        raise UnknownSubjectError(f"no {subject.value} {ident!r} in season {season.id!r}")
    company = season.company[found.owner]
    return Owner(subject, ident, found.item.name, company.id, company.timezone)


def entries(season: Season, plan: Plan, who: Owner, lang: str) -> list[Entry]:
    """Every event of ``who`` under ``plan``, in time order, worded in ``lang``."""
    tr = Translator(lang)
    calls = sorted(plan.rehearsals, key=lambda c: (c.start, c.id))
    found: list[Entry]
    if who.subject is Subject.DANCER:
        mine = [a for a in plan.casting if a.dancer == who.id]
        found = [
            *dancer_shows(season, mine, who.id, tr),
            *dancer_calls(season, calls, who.id, tr),
            *dancer_days(season, plan, who.id, tr),
        ]
    elif who.subject is Subject.STAFF:
        found = [*staff_calls(season, calls, who.id, tr), *staff_days(season, who.id, tr)]
    else:
        found = studio_calls(season, calls, who.id, tr)
    return sorted(found, key=lambda e: (e.instant, e.uid))


def first_day(entry: Entry) -> dt.date:
    """The local day an entry starts on (in the zone where it happens)."""
    start = entry.start
    return start.date() if isinstance(start, dt.datetime) else start


def last_day(entry: Entry) -> dt.date:
    """The last local day an entry covers (all-day ends are exclusive)."""
    if isinstance(entry.end, dt.datetime):
        return entry.end.date()
    return entry.end - dt.timedelta(days=1)


def within(found: list[Entry], start: dt.date, days: int) -> list[Entry]:
    """The entries that touch the ``days`` days from ``start``."""
    end = start + dt.timedelta(days=days - 1)
    return [e for e in found if first_day(e) <= end and last_day(e) >= start]


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


def ics(season: Season, plan: Plan, who: Owner, lang: str) -> bytes:
    """The calendar file of ``who``: what a phone's subscription downloads."""
    tr = Translator(lang)
    about = {
        Subject.DANCER: "ics.about_dancer",
        Subject.STAFF: "ics.about_staff",
        Subject.STUDIO: "ics.about_studio",
    }[who.subject]
    house = season.company[who.house]
    return to_ics(
        entries(season, plan, who, lang),
        name=f"{who.name} · {season.name}",
        description=tr.t(about, name=who.name, house=house.name),
        lang=lang,
        timezone=who.timezone,
        stamp=season_stamp(season),
    )


def when_text(entry: Entry, lang: str) -> str:
    """When ``entry`` happens, in words: the day and hours in the event's own zone, or the
    days of an all-day entry."""
    tr = Translator(lang)
    start, end = entry.start, entry.end
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        zone = getattr(start.tzinfo, "key", None) or "UTC"
        return when(tr, start, end, zone)
    first, last = first_day(entry), last_day(entry)
    return tr.format_date(first) if first == last else tr.format_period(first, last)


def changes_for(diff: PlanDiff | None, season: Season, person: str, lang: str) -> list[str]:
    """What ``diff`` changed for ``person``, one sentence each, in ``lang``."""
    if diff is None:
        return []
    tr = Translator(lang)
    return [change_sentence(tr, season, c) for c in diff.for_person(person)]
