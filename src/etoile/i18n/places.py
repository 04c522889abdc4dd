"""Names for ids, and days where they happen: what the reader sees instead of ``par-lea``.

A name stands for its id (``Léa Garnier``, not ``par-lea``; ``Giselle (Giselle)``, not
``nyc-giselle.wili``), and a performance's day is the one on the clock of its venue. A plan
may name an id the season does not know (the validator reports it); the report, the
calendars and the pages then show the id itself rather than failing, so that a broken plan
can still be read.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from etoile.domain import Performance, Season


def company_name(season: Season, company: str) -> str:
    """The company's name, or its id when unknown.

    Parameters
    ----------
    season
        Its houses, looked up by id.
    company
        A company id.
    """
    found = season.company.get(company)
    return found.name if found else company


def dancer_name(season: Season, dancer: str) -> str:
    """The dancer's name, or their id when unknown."""
    found = season.dancers.get(dancer)
    return found.item.name if found else dancer


def role_label(season: Season, role: str) -> str:
    """``Giselle (Giselle)``: the role's name and its production's title.

    Parameters
    ----------
    season
        Has the role and its production.
    role
        A role id; an unknown one is returned as it is.
    """
    found = season.roles.get(role)
    if found is None:
        return role
    production = season.productions.get(found.owner)
    return f"{found.item.name} ({production.item.title})" if production else found.item.name


def venue_timezone(season: Season, performance: Performance, default: str) -> str:
    """The IANA zone of the performance's venue (``default``, the company's, when unknown).

    Parameters
    ----------
    season
        Knows the venues.
    performance
        The show.
    default
        The zone to fall back on.
    """
    venue = season.venues.get(performance.venue)
    return venue.item.timezone if venue else default


def local_day(season: Season, performance: Performance, default: str) -> dt.date:
    """The calendar day of the performance where it is danced.

    Parameters
    ----------
    season
        For the venue's time zone.
    performance
        A performance of the season.
    default
        The company's zone, used when the venue is unknown.
    """
    return performance.start.astimezone(
        ZoneInfo(venue_timezone(season, performance, default))
    ).date()


def show_day(season: Season, performance: str) -> dt.date | None:
    """The local day of the performance with this id, or None when the season lacks it.

    Parameters
    ----------
    season
        The season that should hold it.
    performance
        A performance id.
    """
    found = season.performances.get(performance)
    if found is None:
        return None
    house = season.company.get(found.owner)
    return local_day(season, found.item, house.timezone if house else "UTC")
