"""Each house's rehearsal weeks: a grid of rooms down and days across, with the calls inside.

A call sits on the day and at the time of its room's clock (a studio's house, or the theatre of
a stage call). Only weeks with calls are shown; a room appears in a week when it holds a call
that week, studios in the season's order, then theatres.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from etoile.domain import Plan, Rehearsal, Season
from etoile.i18n import Translator
from etoile.i18n.places import company_name

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class CallBox:
    """One call in a cell: its hours, what is rehearsed, who leads, and a tooltip."""

    kind: str
    """The kind's id (``company``, ``coaching`` ...), for the colour."""
    time: str
    what: str
    staff: str
    title: str


@dataclass(frozen=True)
class RoomRow:
    """A room and its calls, one list per day of the week."""

    room: str
    days: list[list[CallBox]]


@dataclass(frozen=True)
class HouseWeek:
    """One week of one house."""

    house: str
    label: str
    days: list[str]
    rooms: list[RoomRow]
    calls: int
    first: bool
    """The house's first week with calls: shown open, the others folded."""


def _room(season: Season, call: Rehearsal) -> tuple[tuple[int, int, str], str, str]:
    """Sort key, name and time zone of the call's room (studios first, then theatres)."""
    studio = season.studios.get(call.studio)
    if studio is not None:
        house = season.company[studio.owner]
        order = [s.id for s in house.studios].index(call.studio)
        return (0, order, call.studio), studio.item.name, house.timezone
    venue = season.venues.get(call.studio)
    if venue is not None:
        return (1, 0, call.studio), venue.item.name, venue.item.timezone
    caller = season.company.get(call.company)
    return (2, 0, call.studio), call.studio, caller.timezone if caller else "UTC"


def _box(season: Season, call: Rehearsal, tz: str, tr: Translator) -> CallBox:
    production = season.productions.get(call.production)
    title = production.item.title if production else call.production
    kind = tr.t(f"reh.kind.{call.kind.value}")
    staff = ", ".join(season.staff[s].item.name if s in season.staff else s for s in call.staff)
    end = tr.format_time(call.end, tz)
    dancers = tr.t("cast.dancers", count=len(call.dancers))
    return CallBox(
        call.kind.value,
        f"{tr.format_time(call.start, tz)}–{end}",
        f"{title} · {kind}",
        staff,
        f"{tr.format_datetime(call.start, tz)}–{end} · {title} · {kind} · {dancers}",
    )


def house_weeks(season: Season, plan: Plan, tr: Translator) -> list[HouseWeek]:
    """Every week with calls, house by house in the season's order, weeks in date order.

    Parameters
    ----------
    season
        The houses, studios, venues and people the calls name.
    plan
        The placed rehearsal calls.
    tr
        Formats the weeks' labels and the times.
    """
    placed: dict[str, dict[dt.date, list[tuple[Rehearsal, dt.date, str]]]] = {}
    for call in sorted(plan.rehearsals, key=lambda c: (c.start, c.id)):
        _, _, tz = _room(season, call)
        day = call.start.astimezone(ZoneInfo(tz)).date()
        monday = day - dt.timedelta(days=day.weekday())
        placed.setdefault(call.company, {}).setdefault(monday, []).append((call, day, tz))
    order = [c.id for c in season.companies]
    houses = sorted(placed, key=lambda h: (order.index(h) if h in order else len(order), h))
    found = []
    for house in houses:
        for monday, calls in sorted(placed[house].items()):
            rooms: dict[tuple[int, int, str], tuple[str, list[list[CallBox]]]] = {}
            for call, day, tz in calls:
                key, name, _ = _room(season, call)
                row = rooms.setdefault(key, (name, [[] for _ in range(7)]))
                row[1][(day - monday).days].append(_box(season, call, tz, tr))
            found.append(
                HouseWeek(
                    company_name(season, house),
                    tr.t("cal.week", date=tr.format_date(monday)),
                    [tr.format_date(monday + i * ONE_DAY, year=False) for i in range(7)],
                    [RoomRow(name, days) for _, (name, days) in sorted(rooms.items())],
                    len(calls),
                    monday == min(placed[house]),
                )
            )
    return found
