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
from zoneinfo import ZoneInfo

from etoile.calendars.build import season_stamp
from etoile.calendars.calls import dancer_calls, staff_calls, studio_calls
from etoile.calendars.days import dancer_days, staff_days
from etoile.calendars.entry import Entry
from etoile.calendars.ical import to_ics
from etoile.calendars.shows import dancer_shows
from etoile.calendars.words import when, zone_city
from etoile.domain import Dancer, Plan, Season, Staff, Studio
from etoile.domain.season import Owned
from etoile.i18n import Translator
from etoile.report.changes import ChangeKind, PlanChange, PlanDiff
from etoile.report.changes_words import change_sentence


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

    Parameters
    ----------
    season
        Where ``ident`` is looked up.
    subject
        Dancer, staff member or studio.
    ident
        Its id.

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
    """Every event of ``who`` under ``plan``, in time order, worded in ``lang``.

    Parameters
    ----------
    season
        The season of the plan.
    plan
        Its casting, calls and exchange.
    who
        Whose events.
    lang
        The events' language.
    """
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
    """The entries that touch the ``days`` days from ``start``.

    Parameters
    ----------
    found
        Entries, in any order (kept as given).
    start
        The first day.
    days
        How many days.
    """
    end = start + dt.timedelta(days=days - 1)
    return [e for e in found if first_day(e) <= end and last_day(e) >= start]


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


def ics(season: Season, plan: Plan, who: Owner, lang: str) -> bytes:
    """The calendar file of ``who``: what a phone's subscription downloads.

    Parameters
    ----------
    season
        Places and names.
    plan
        The plan published.
    who
        The dancer, staff member or studio.
    lang
        The language of the file's words.

    Returns
    -------
    bytes
        An iCalendar file.
    """
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
    days of an all-day entry.

    Parameters
    ----------
    entry
        A timed or all-day entry.
    lang
        The reader's language.
    """
    tr = Translator(lang)
    start, end = entry.start, entry.end
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        zone = getattr(start.tzinfo, "key", None) or "UTC"
        return when(tr, start, end, zone)
    first, last = first_day(entry), last_day(entry)
    return tr.format_date(first) if first == last else tr.format_period(first, last)


def changes_for(diff: PlanDiff | None, season: Season, person: str, lang: str) -> list[str]:
    """What ``diff`` changed for ``person``, one sentence each, in ``lang``.

    Parameters
    ----------
    diff
        The changelog, or None when there is none.
    season
        Names the people, shows and roles.
    person
        A dancer or staff id.
    lang
        ``en`` or ``fr``.
    """
    if diff is None:
        return []
    tr = Translator(lang)
    return [change_sentence(tr, season, c) for c in diff.for_person(person)]


def clock_text(entry: Entry, lang: str, home_zone: str = "") -> str:
    """What a card under its day's heading says of when: the hours of a timed entry in the
    event's own zone (``2:00 PM – 5:00 PM``, with the zone's city when it is not
    ``home_zone``), the days of an all-day entry that lasts several days, else nothing (the
    heading already gives the day).

    Parameters
    ----------
    entry
        The card's entry.
    lang
        In which language.
    home_zone
        The reader's own zone (empty: always name the city).
    """
    tr = Translator(lang)
    start, end = entry.start, entry.end
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        zone = getattr(start.tzinfo, "key", None) or "UTC"
        text = f"{tr.format_time(start, zone)} – {tr.format_time(end, zone)}"
        return text if zone == home_zone else f"{text} ({zone_city(tr, zone)})"
    first, last = first_day(entry), last_day(entry)
    return "" if first == last else tr.format_period(first, last)


@dataclass(frozen=True)
class MyChange:
    """One change of a published version as its dancer is told it: the wording's key (under
    ``me.change.``), the words to fill in, and the local day it happens (to keep what is
    still to come and to sort)."""

    key: str
    day: dt.date
    fields: dict[str, str]


def my_changes(diff: PlanDiff | None, season: Season, person: str, lang: str) -> list[MyChange]:
    """What ``diff`` changed for the dancer ``person``, addressed to them, in time order.

    Places are named (a studio's or a theatre's name, never its id); the sentences themselves
    are the pages' (second person), so only the facts are made here.

    Parameters
    ----------
    diff
        The newest changelog, or None.
    season
        For the places' names and zones.
    person
        The dancer's id.
    lang
        The dancer's language.
    """
    if diff is None:
        return []
    tr = Translator(lang)
    found: list[MyChange] = []
    for change in diff.for_person(person):
        mine = _my_change(tr, season, change, person)
        if mine is not None:
            found.append(mine)
    return sorted(found, key=lambda c: c.day)


def _place_name(season: Season, ident: str) -> str:
    studio = season.studios.get(ident)
    if studio is not None:
        return studio.item.name
    venue = season.venues.get(ident)
    return venue.item.name if venue is not None else ident


def _company_zone(season: Season, company: str) -> str:
    found = season.company.get(company)
    return found.timezone if found else "UTC"


def _my_change(tr: Translator, season: Season, change: PlanChange, person: str) -> MyChange | None:
    kind = change.kind
    if kind is ChangeKind.CAST:
        return _my_cast(tr, season, change, person)
    if kind in (ChangeKind.CALL_ADDED, ChangeKind.CALL_REMOVED, ChangeKind.CALL_CHANGED):
        return _my_call(tr, season, change, person)
    return _my_stay(tr, season, change)


def _my_cast(tr: Translator, season: Season, change: PlanChange, person: str) -> MyChange | None:
    found = season.performances.get(change.performance or "")
    if found is None:
        return None
    show = found.item
    venue = season.venues.get(show.venue)
    zone = venue.item.timezone if venue else _company_zone(season, found.owner)
    production = season.productions.get(show.production)
    role = season.roles.get(change.role or "")
    fields = {
        "role": role.item.name if role else (change.role or ""),
        "production": production.item.title if production else show.production,
        "when": tr.format_datetime(show.start, zone),
        "venue": venue.item.name if venue else show.venue,
    }
    day = show.start.astimezone(ZoneInfo(zone)).date()
    if person in change.added:
        return MyChange("cast.added", day, fields)
    if person in change.removed:
        return MyChange("cast.removed", day, fields)
    return None


def _call_when(
    tr: Translator, season: Season, zone: str, side: dict[str, str]
) -> tuple[str, dt.date | None]:
    """``Wed, Dec 9, 2026, 12:00 PM – 3:00 PM, Studio A`` (the room by its name) and the
    call's local day."""
    parts, day = [], None
    if "start" in side:
        start = dt.datetime.fromisoformat(side["start"])
        day = start.astimezone(ZoneInfo(zone)).date()
        text = tr.format_datetime(start, zone)
        if "end" in side:
            text += " – " + tr.format_time(dt.datetime.fromisoformat(side["end"]), zone)
        parts.append(text)
    if side.get("studio"):
        parts.append(_place_name(season, side["studio"]))
    return ", ".join(parts), day


def _my_call(tr: Translator, season: Season, change: PlanChange, person: str) -> MyChange | None:
    zone = _company_zone(season, change.company)
    side = change.after or change.before
    production = season.productions.get(change.production or "")
    fields = {
        "kind": tr.t("reh.kind." + side.get("kind", "company")),
        "production": production.item.title if production else (change.production or ""),
    }
    fields["when"], day = _call_when(tr, season, zone, side)
    if change.kind is ChangeKind.CALL_CHANGED:
        moved = {k for k in change.before if change.before[k] != change.after.get(k)}
        if moved:
            fields["before"], was = _call_when(tr, season, zone, change.before)
            days = [d for d in (day, was) if d is not None]
            day = max(days) if days else None
            key = "call.moved"
        elif person in change.added:
            key = "call.called"
        elif person in change.removed:
            key = "call.released"
        else:
            return None
    elif change.kind is ChangeKind.CALL_ADDED:
        key = "call.added"
    else:
        key = "call.removed"
    return None if day is None else MyChange(key, day, fields)


def _my_stay(tr: Translator, season: Season, change: PlanChange) -> MyChange | None:
    side = change.after or change.before
    if "start" not in side or "end" not in side:
        return None
    host = season.company.get(side.get("host", ""))
    end = dt.date.fromisoformat(side["end"])
    fields = {
        "host": host.name if host else side.get("host", ""),
        "start": tr.format_date(dt.date.fromisoformat(side["start"])),
        "end": tr.format_date(end),
    }
    return MyChange("stay." + change.kind.value.removeprefix("stay_"), end, fields)
