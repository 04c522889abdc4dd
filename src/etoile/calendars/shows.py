"""A dancer's performances as calendar entries: the roles, the theatre, the curtain time.

A dancer cast in two roles of one show (a doubled role) gets one event naming both. The event
lasts the production's running time from the curtain, in the theatre's time zone.
"""

from __future__ import annotations

import datetime as dt

from etoile.calendars.entry import Entry, local, uid
from etoile.calendars.words import role_names, zone_city
from etoile.domain import CastAssignment, Season
from etoile.i18n import Translator
from etoile.i18n.places import company_name, venue_timezone


def dancer_shows(
    season: Season, casting: list[CastAssignment], dancer: str, tr: Translator
) -> list[Entry]:
    """Every performance ``dancer`` is cast in, one entry per performance.

    ``casting`` may be the whole plan's or only the dancer's assignments (faster).

    Parameters
    ----------
    season
        Its performances, venues and roles.
    casting
        Assignments to look through.
    dancer
        The dancer's id.
    tr
        Their language.
    """
    roles: dict[str, list[str]] = {}
    for a in casting:
        if a.dancer == dancer and a.performance in season.performances:
            roles.setdefault(a.performance, []).append(a.role)
    home = season.dancers[dancer].owner if dancer in season.dancers else ""
    entries = []
    for performance, cast in roles.items():
        owned = season.performances[performance]
        show, house = owned.item, season.company[owned.owner]
        production = season.productions.get(show.production)
        title = production.item.title if production else show.production
        minutes = production.item.running_minutes if production else 120
        tz = venue_timezone(season, show, house.timezone)
        venue = season.venues.get(show.venue)
        where = f"{venue.item.name}, {venue.item.city}" if venue else show.venue
        start = local(show.start, tz)
        end = start + dt.timedelta(minutes=minutes)
        names = role_names(season, cast)
        lines = [
            tr.t("ics.roles", count=len(names), roles=", ".join(names)),
            tr.t("ics.production", title=title, house=house.name),
            tr.t("ics.venue", venue=where),
            tr.t(
                "ics.curtain",
                date=tr.format_date(start.date()),
                time=tr.format_time(start, tz),
                zone=zone_city(tr, tz),
                end=tr.format_time(end, tz),
            ),
        ]
        if show.gala:
            lines.append(tr.t("ics.gala"))
        if home and home != owned.owner:
            lines.append(tr.t("cal.guest_at", house=company_name(season, owned.owner)))
        label = tr.t("ics.show")
        entries.append(
            Entry(
                uid=uid(season, "show", performance, "dancer", dancer),
                summary=f"{label} · {title} · {', '.join(names)}",
                start=start,
                end=end,
                location=where,
                description="\n".join(lines),
                category=label,
            )
        )
    return entries
