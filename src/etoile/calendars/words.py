"""The few phrases every calendar shares, in the reader's language, formatted with Babel."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from babel.dates import get_timezone_location

from etoile.domain import Season
from etoile.i18n import Translator


def zone_city(tr: Translator, tz: str) -> str:
    """The city that names a time zone in the reader's language: ``New York``, ``Paris``.

    Parameters
    ----------
    tr
        The reader's locale.
    tz
        An IANA zone.
    """
    return str(get_timezone_location(ZoneInfo(tz), locale=tr.locale, return_city=True))


def when(tr: Translator, start: dt.datetime, end: dt.datetime, tz: str) -> str:
    """``Wed, Dec 9, 2026, from 12:00 PM to 3:00 PM (New York time).`` in ``tz``.

    Parameters
    ----------
    tr
        Formats the day and times.
    start, end
        The call's aware start and end.
    tz
        The zone of the place.
    """
    day = start.astimezone(ZoneInfo(tz)).date()
    return tr.t(
        "ics.when",
        date=tr.format_date(day),
        start=tr.format_time(start, tz),
        end=tr.format_time(end, tz),
        zone=zone_city(tr, tz),
    )


def names(season: Season, ids: list[str], *, staff: bool = False) -> list[str]:
    """The names behind dancer (or staff) ids, the id itself when unknown.

    Parameters
    ----------
    season
        Has the people.
    ids
        Dancer ids, or staff ids with ``staff``.
    staff
        Look the ids up among the staff.
    """
    table = season.staff if staff else season.dancers
    return [table[i].item.name if i in table else i for i in ids]


def staff_label(tr: Translator, season: Season, ids: list[str]) -> str:
    """``Rosa Feld (ballet master), Marc Sorel (répétiteur)``.

    Parameters
    ----------
    tr
        Translates the kinds of staff.
    season
        Holds the staff members.
    ids
        Staff ids, in order.
    """
    parts = []
    for i in ids:
        found = season.staff.get(i)
        if found is None:
            parts.append(i)
        else:
            parts.append(f"{found.item.name} ({tr.t('staff.' + found.item.kind.value)})")
    return ", ".join(parts)


def role_names(season: Season, ids: list[str]) -> list[str]:
    """Role names, in the order given (the id when unknown).

    Parameters
    ----------
    season
        The season of the roles.
    ids
        Role ids.
    """
    return [season.roles[r].item.name if r in season.roles else r for r in ids]


def production_title(season: Season, production: str) -> str:
    """The production's title, or its id when unknown."""
    found = season.productions.get(production)
    return found.item.title if found else production
