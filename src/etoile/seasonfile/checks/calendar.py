"""Time: IANA zones, the season's dates, performances inside the season and at the right UTC
offset, exchange windows and stays.

A performance's ``start`` carries a UTC offset; the venue carries the time zone. The two
must agree: 19:30 at the Koch Theater in December is ``-05:00``, in June ``-04:00``. A
disagreement usually means a copied line kept the winter offset in summer.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from etoile.domain import Company, Season
from etoile.seasonfile.checks.finding import Finding, company_locs
from etoile.seasonfile.paths import Loc


@cache
def zone(name: str) -> ZoneInfo | None:
    """The IANA zone called ``name``, or None when there is none."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def check_calendar(season: Season) -> list[Finding]:
    """Every problem of dates, times and time zones in the season."""
    findings: list[Finding] = []
    if season.end < season.start:
        message = f"the season ends before it starts (expected an end on or after {season.start})"
        findings.append(Finding(("end",), message, season.end.isoformat()))
    for cloc, company in company_locs(season):
        findings += _zones(cloc, company)
        findings += _performances(season, cloc, company)
    findings += _exchanges(season)
    return findings


def _bad_zone(loc: Loc, name: str) -> Finding:
    message = f"unknown time zone '{name}' (expected an IANA name such as Europe/Paris)"
    return Finding(loc, message, name)


def _zones(cloc: Loc, company: Company) -> list[Finding]:
    findings = []
    if zone(company.timezone) is None:
        findings.append(_bad_zone((*cloc, "timezone"), company.timezone))
    for vi, venue in enumerate(company.venues):
        if zone(venue.timezone) is None:
            findings.append(_bad_zone((*cloc, "venues", vi, "timezone"), venue.timezone))
    return findings


def _performances(season: Season, cloc: Loc, company: Company) -> list[Finding]:
    findings = []
    venues = {v.id: v for v in company.venues}
    for pi, show in enumerate(company.performances):
        loc = (*cloc, "performances", pi, "start")
        written = show.start.isoformat()
        if not season.start <= show.day <= season.end:
            message = (
                f"performance {show.id} on {show.day} is outside the season "
                f"(expected a day from {season.start} to {season.end})"
            )
            findings.append(Finding(loc, message, written))
        venue = venues.get(show.venue)
        tz = zone(venue.timezone) if venue else None
        if venue is None or tz is None:
            continue  # reported as an unknown venue or zone
        expected = _offsets(show.start.replace(tzinfo=None), tz)
        if show.start.utcoffset() not in expected:
            right = show.start.replace(tzinfo=None).replace(tzinfo=tz).isoformat()
            message = (
                f"UTC offset {_hhmm(show.start.utcoffset())} is not the offset of "
                f"{venue.timezone} (venue {venue.id}) on {show.day} (expected {right})"
            )
            findings.append(Finding(loc, message, written))
    return findings


def _offsets(local: dt.datetime, tz: ZoneInfo) -> set[dt.timedelta | None]:
    # At a fall-back hour the same wall time exists twice; either offset is right.
    return {local.replace(tzinfo=tz, fold=fold).utcoffset() for fold in (0, 1)}


def _hhmm(offset: dt.timedelta | None) -> str:
    if offset is None:
        return "none"
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _exchanges(season: Season) -> list[Finding]:
    findings = []
    for ei, terms in enumerate(season.exchanges):
        loc: Loc = ("exchanges", ei)
        window = terms.window
        if window.start < season.start or window.end > season.end:
            message = (
                f"the exchange window {window.start} to {window.end} is outside the season "
                f"(expected days from {season.start} to {season.end})"
            )
            findings.append(Finding((*loc, "window"), message))
        if terms.min_stay_days > terms.max_stay_days:
            message = (
                f"the shortest stay ({terms.min_stay_days} days) is longer than the longest "
                f"({terms.max_stay_days} days) (expected min_stay_days <= max_stay_days)"
            )
            findings.append(Finding((*loc, "min_stay_days"), message, terms.min_stay_days))
    return findings
