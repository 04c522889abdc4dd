"""Every calendar of a season plan, in memory: one per dancer, staff member and studio.

Files are named by id (``dancers/par-lea.ics``, ``staff/nyc-bm1.ics``,
``studios/par-petipa.ics``) and listed in ``index.json`` with the name, house, language and
number of events of each. Everyone gets a file, even an empty one, so that a subscription made
today still works when the plan later calls them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from etoile.calendars.calls import dancer_calls, staff_calls, studio_calls
from etoile.calendars.days import dancer_days, staff_days
from etoile.calendars.entry import Entry
from etoile.calendars.ical import to_ics
from etoile.calendars.shows import dancer_shows
from etoile.domain import CastAssignment, Company, Plan, Season
from etoile.i18n import Translator

INDEX = "index.json"
KINDS = ("dancers", "staff", "studios")
"""The folders, and the ``kind`` of an index entry."""

Progress = Callable[[int, int], None]
"""Called with (files built, files in all) after each file: a season takes seconds."""


@dataclass(frozen=True)
class CalendarFile:
    """One ``.ics`` file: where it goes (relative, with ``/``), whose it is, and its bytes."""

    path: str
    kind: str
    id: str
    name: str
    house: str
    language: str
    events: int
    data: bytes


@dataclass(frozen=True)
class CalendarSet:
    """Every calendar of a plan, and the index that lists them."""

    files: list[CalendarFile]
    index: bytes

    def by_path(self) -> dict[str, bytes]:
        """Relative path -> bytes, the index included: what a writer puts on disk."""
        return {**{f.path: f.data for f in self.files}, INDEX: self.index}


def season_stamp(season: Season) -> dt.datetime:
    """``DTSTAMP`` of every event: midnight UTC on the season's first day.

    RFC 5545 wants the moment the object was created; the clock would make every run differ,
    and a plan is a pure function of its inputs, so the season dates it.
    """
    return dt.datetime.combine(season.start, dt.time(0), dt.UTC)


def _file(
    season: Season,
    kind: str,
    ident: str,
    name: str,
    company: Company,
    entries: list[Entry],
    about: str,
) -> CalendarFile:
    tr = Translator(company.language)
    data = to_ics(
        entries,
        name=f"{name} · {season.name}",
        description=tr.t(about, name=name, house=company.name),
        lang=company.language,
        timezone=company.timezone,
        stamp=season_stamp(season),
    )
    return CalendarFile(
        f"{kind}/{ident}.ics", kind, ident, name, company.id, company.language, len(entries), data
    )


def build_calendars(season: Season, plan: Plan, progress: Progress | None = None) -> CalendarSet:
    """The calendars of every dancer, staff member and studio of ``season`` under ``plan``.

    Each is in the language of its reader's house (``Company.language``). Check the plan first
    with :func:`etoile.calendars.plan_reference_issues`: unknown ids are shown as ids here.
    ``progress`` hears of each file built.

    Parameters
    ----------
    season
        Everyone whose calendar is built, and the places.
    plan
        Its casting, rehearsal calls and exchange.
    progress
        Called with (files built, files in all) after each file.

    Returns
    -------
    CalendarSet
        Every file and the index.
    """
    calls = sorted(plan.rehearsals, key=lambda c: (c.start, c.id))
    cast: dict[str, list[CastAssignment]] = {}
    for a in plan.casting:
        cast.setdefault(a.dancer, []).append(a)
    total = sum(len(c.dancers) + len(c.staff) + len(c.studios) for c in season.companies)
    files: list[CalendarFile] = []

    def built(file: CalendarFile) -> None:
        files.append(file)
        if progress is not None:
            progress(len(files), total)

    for company in season.companies:
        tr = Translator(company.language)
        for d in company.dancers:
            entries = [
                *dancer_shows(season, cast.get(d.id, []), d.id, tr),
                *dancer_calls(season, calls, d.id, tr),
                *dancer_days(season, plan, d.id, tr),
            ]
            built(_file(season, "dancers", d.id, d.name, company, entries, "ics.about_dancer"))
        for s in company.staff:
            entries = [*staff_calls(season, calls, s.id, tr), *staff_days(season, s.id, tr)]
            built(_file(season, "staff", s.id, s.name, company, entries, "ics.about_staff"))
        for room in company.studios:
            entries = studio_calls(season, calls, room.id, tr)
            built(
                _file(season, "studios", room.id, room.name, company, entries, "ics.about_studio")
            )
    files.sort(key=lambda f: (KINDS.index(f.kind), f.id))
    return CalendarSet(files, _index(season, files))


def _index(season: Season, files: list[CalendarFile]) -> bytes:
    data = {
        "season": season.id,
        "calendars": [
            {
                "kind": f.kind,
                "id": f.id,
                "name": f.name,
                "house": f.house,
                "language": f.language,
                "events": f.events,
                "path": f.path,
            }
            for f in files
        ],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
