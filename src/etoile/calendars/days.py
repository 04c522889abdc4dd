"""All-day entries: a guest's flights, rest and residence, and days away (absences).

An exchange move reads, in the dancer's calendar: the flight on ``depart`` (the terms' travel
days), rest on arrival until the residence starts, the residence itself (shown as free time,
since the dancer's calls and shows fill it), and the flight home from the day after the
residence to ``return`` (home again that day).
"""

from __future__ import annotations

import datetime as dt

from etoile.calendars.entry import Entry, uid
from etoile.domain import ExchangeMove, Plan, Season
from etoile.i18n import Translator
from etoile.i18n.places import company_name

ONE_DAY = dt.timedelta(days=1)


def _city(season: Season, company: str) -> str:
    found = season.company.get(company)
    return found.city if found else company


def move_entries(season: Season, move: ExchangeMove, tr: Translator) -> list[Entry]:
    """The flight out, the rest, the residence and the flight home of one move.

    Parameters
    ----------
    season
        The terms (travel days) and the houses' cities.
    move
        A stay of the exchange.
    tr
        The dancer's language.
    """
    terms = next((t for t in season.exchanges if t.id == move.terms), None)
    travel = max(1, terms.travel_days) if terms else 1
    host, home = _city(season, move.host), _city(season, move.home)
    trip = tr.t(
        "ics.trip",
        depart=tr.format_date(move.depart),
        stay=tr.format_period(move.start, move.end),
        back=tr.format_date(move.return_),
    )
    key = f"{move.host}-{move.depart.isoformat()}"

    def entry(what: str, summary: str, first: dt.date, last: dt.date, busy: bool = True) -> Entry:
        return Entry(
            uid=uid(season, what, key, "dancer", move.dancer),
            summary=summary,
            start=first,
            end=last + ONE_DAY,
            description=trip,
            busy=busy,
        )

    entries = []
    flown = min(move.depart + travel * ONE_DAY, move.start)
    if move.depart < move.start:
        entries.append(
            entry("flight-out", tr.t("ics.flight_out", city=host), move.depart, flown - ONE_DAY)
        )
    if flown < move.start:
        entries.append(entry("rest", tr.t("ics.rest", city=host), flown, move.start - ONE_DAY))
    residence = tr.t("cal.guest_at", house=company_name(season, move.host))
    entries.append(entry("residence", residence, move.start, move.end, busy=False))
    if move.end < move.return_:
        entries.append(
            entry(
                "flight-home", tr.t("ics.flight_home", city=home), move.end + ONE_DAY, move.return_
            )
        )
    return entries


def dancer_days(season: Season, plan: Plan, dancer: str, tr: Translator) -> list[Entry]:
    """The dancer's moves and absences as all-day entries.

    Parameters
    ----------
    season
        Holds the dancer's absences.
    plan
        Its exchange.
    dancer
        The dancer's id.
    tr
        Translates the entries.
    """
    entries = []
    for move in plan.exchange:
        if move.dancer == dancer:
            entries += move_entries(season, move, tr)
    owned = season.dancers.get(dancer)
    for absence in owned.item.absences if owned else []:
        reason = tr.t(f"reason.{absence.reason.value}")
        entries.append(
            Entry(
                uid=uid(season, "absence", absence.start.isoformat(), "dancer", dancer),
                summary=tr.t("ics.absence", reason=reason),
                start=absence.start,
                end=absence.end + ONE_DAY,
                description=absence.note,
            )
        )
    return entries


def staff_days(season: Season, staff: str, tr: Translator) -> list[Entry]:
    """The days a staff member is unavailable.

    Parameters
    ----------
    season
        Where the staff member's unavailable days are.
    staff
        Whose days.
    tr
        Words in their house's language.
    """
    owned = season.staff.get(staff)
    return [
        Entry(
            uid=uid(season, "unavailable", r.start.isoformat(), "staff", staff),
            summary=tr.t("ics.unavailable"),
            start=r.start,
            end=r.end + ONE_DAY,
        )
        for r in (owned.item.unavailable if owned else [])
    ]
