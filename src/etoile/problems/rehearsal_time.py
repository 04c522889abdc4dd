"""The rehearsal calendar's clock: one minute axis in UTC, and each house's working day.

Every time in the rehearsal problem is a whole number of minutes since :attr:`Clock.origin`
(midnight UTC, well before any call), so that calls of houses in different time zones, and a
guest's calls at home and abroad, compare directly. Days stay local: a call belongs to the
calendar day of its house.

A house's rehearsal day is cut into **services** (the French *services*, AGMA's calls): the
first starts at ``labor.earliest_call``, each lasts at most ``max_call_minutes`` and at most
``break_after_minutes - class_minutes`` (class is taken just before the first call), and two
services are ``break_minutes`` apart. Services are added while the day, class included, stays
within ``max_daily_span_minutes`` and leaves ``min_rest_between_days_hours`` before the next
morning's class. So whatever the solver does inside the services, the break, span and
between-days rest rules hold on a day without a show; show days get narrower windows
(:mod:`etoile.problems.rehearsal_days`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from etoile.domain import Company, LaborRules

GRID = 30
"""Calls start and end on a 30-minute grid."""

DAY = 24 * 60


@dataclass(frozen=True)
class Service:
    """A window of a house's day, in local minutes since midnight."""

    start: int
    end: int

    @property
    def minutes(self) -> int:
        """Its length."""
        return self.end - self.start


def services(company: Company) -> tuple[Service, ...]:
    """The rehearsal services of a day at ``company`` (see the module notes).

    At least one service is returned; when the labour rules leave less than a grid step, the
    single service is one grid step long.
    """
    labor = company.labor
    first = labor.earliest_call.hour * 60 + labor.earliest_call.minute
    first = -(-first // GRID) * GRID
    length = min(labor.max_call_minutes, labor.break_after_minutes - labor.class_minutes)
    length = min(length, labor.max_daily_span_minutes - labor.class_minutes)
    length = max(GRID, length // GRID * GRID)
    gap = -(-labor.break_minutes // GRID) * GRID
    rest = round(labor.min_rest_between_days_hours * 60)
    found = [Service(first, first + length)]
    while len(found) < 3:
        start = found[-1].end + gap
        end = start + length
        span_ok = labor.class_minutes + end - first <= labor.max_daily_span_minutes
        rest_ok = DAY + first - labor.class_minutes - end >= rest
        if not (span_ok and rest_ok and end <= DAY - GRID):
            break
        found.append(Service(start, end))
    return tuple(found)


def call_minutes(company: Company) -> int:
    """The longest call at ``company``: a service, and no longer than the show-day limit
    (``max_rehearsal_minutes_on_show_day``, when it leaves at least two grid steps), so that
    a call also fits the day of a show."""
    longest = max(s.minutes for s in services(company))
    cap = company.labor.max_rehearsal_minutes_on_show_day // GRID * GRID
    return min(longest, cap) if cap >= 2 * GRID else longest


def day_minutes(company: Company, labor: LaborRules | None = None) -> int:
    """The most minutes of calls a dancer can have on a day without a show at ``company``
    without overtime: as many whole calls of :func:`call_minutes` as its services hold, at
    most ``max_daily_rehearsal_minutes`` less class under ``labor`` (the dancer's own
    contract; the house's when None).

    New York's demo rules: two services of 180 minutes, calls of at most 120 (the show-day
    limit), so 240 minutes, below the 285 that the daily limit less class would allow.
    """
    labor = labor or company.labor
    call = call_minutes(company)
    held = sum(s.minutes // call for s in services(company)) * call
    return max(0, min(held, labor.max_daily_rehearsal_minutes - labor.class_minutes))


@dataclass(frozen=True)
class Clock:
    """Converts between aware datetimes, local days of a house and minutes on the axis."""

    origin: dt.datetime

    @classmethod
    def for_season(cls, start: dt.date) -> Clock:
        """An origin 14 weeks before ``start`` (rehearsals start at most 12 weeks early)."""
        day = start - dt.timedelta(weeks=14)
        return cls(dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC))

    def minute(self, moment: dt.datetime) -> int:
        """Minutes from the origin to ``moment`` (aware), rounded down."""
        return int((moment - self.origin).total_seconds() // 60)

    def at(self, tz: str, day: dt.date, local_minutes: int) -> int:
        """The axis minute of ``local_minutes`` after local midnight of ``day`` in ``tz``.

        Parameters
        ----------
        tz
            The house's IANA time zone.
        day
            The local day.
        local_minutes
            Minutes after its midnight; 1440 or more runs into the next days.

        Returns
        -------
        int
            Minutes from the origin, rounded down.
        """
        return _at(self.origin, tz, day, local_minutes)

    def moment(self, tz: str, minute: int) -> dt.datetime:
        """The aware datetime, on the clock of ``tz``, of axis ``minute``."""
        utc = self.origin + dt.timedelta(minutes=minute)
        return utc.astimezone(ZoneInfo(tz))


def days(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every day from ``first`` to ``last`` inclusive."""
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def monday(day: dt.date) -> dt.date:
    """The Monday of ``day``'s ISO week."""
    return day - dt.timedelta(days=day.weekday())


@lru_cache(maxsize=1 << 16)
def _at(origin: dt.datetime, tz: str, day: dt.date, local_minutes: int) -> int:
    hours, minutes = divmod(local_minutes, 60)
    extra, hours = divmod(hours, 24)
    moment = dt.datetime.combine(
        day + dt.timedelta(days=extra), dt.time(hours, minutes), tzinfo=ZoneInfo(tz)
    )
    return int((moment - origin).total_seconds() // 60)
