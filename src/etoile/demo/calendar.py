"""Runs of performances: weekly curtain patterns turned into time-zone-aware shows.

A run is a production at a venue from an opening day, for a number of shows or until a
closing day, following the house's weekly pattern (Paris: 19:30 evenings and a 14:30 Sunday
matinee, dark on Mondays; New York: two-show Saturdays). Each start is built as a wall-clock
time in the venue's IANA zone, so the UTC offset follows the daylight-saving changes (Paris on
25 October 2026, New York on 1 November 2026 and again on 14 March 2027), and is then stored
with that fixed offset, exactly as a season file writes it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from etoile.domain import Performance

Pattern = Mapping[int, tuple[dt.time, ...]]
"""Weekday (0 = Monday) -> curtain times; a weekday that is absent is a dark day."""


def times(*hhmm: str) -> tuple[dt.time, ...]:
    """``times("14:00", "20:00")`` -> a tuple of curtain times."""
    return tuple(dt.time.fromisoformat(t) for t in hhmm)


EVENING = times("19:30")
NY_WEEK: Pattern = {
    1: EVENING,
    2: EVENING,
    3: EVENING,
    4: times("20:00"),
    5: times("14:00", "20:00"),
    6: times("15:00"),
}
"""New York repertory week: Tuesday to Sunday, a two-show Saturday (7 shows)."""
NY_NUTCRACKER_WEEK: Pattern = {
    1: EVENING,
    2: EVENING,
    3: EVENING,
    4: EVENING,
    5: times("14:00", "20:00"),
    6: times("14:00", "20:00"),
}
"""New York Nutcracker week: two-show Saturdays and Sundays (8 shows)."""
PARIS_WEEK: Pattern = {
    1: EVENING,
    2: EVENING,
    3: EVENING,
    4: EVENING,
    5: EVENING,
    6: times("14:30"),
}
"""Paris week: 19:30 from Tuesday to Saturday, 14:30 on Sunday, dark on Monday (6 shows)."""
LONDON_WEEK: Pattern = {
    0: EVENING,
    1: EVENING,
    2: EVENING,
    3: EVENING,
    4: EVENING,
    5: times("14:00", "19:30"),
}
"""London week: Monday to Saturday evenings and a Saturday matinee (7 shows)."""
COPENHAGEN_WEEK: Pattern = {
    1: EVENING,
    2: EVENING,
    3: EVENING,
    4: EVENING,
    5: times("19:30"),
    6: times("15:00"),
}
"""Copenhagen week: Tuesday to Saturday evenings, a Sunday matinee (6 shows)."""


@dataclass(frozen=True)
class Run:
    """A production's run at one venue.

    Parameters
    ----------
    production, venue
        Ids.
    opening
        First day considered; the first show is on the first pattern day from there.
    pattern
        The weekly curtain times.
    shows
        Stop after this many shows (None: no limit).
    until
        Stop after this day (None: no limit). At least one of ``shows`` and ``until`` is set.
    days
        Exceptions to the pattern: a day -> its curtain times (empty tuple: dark).
    """

    production: str
    venue: str
    opening: dt.date
    pattern: Pattern
    shows: int | None = None
    until: dt.date | None = None
    days: Mapping[dt.date, tuple[dt.time, ...]] = field(default_factory=dict)

    def curtain_times(self, day: dt.date) -> tuple[dt.time, ...]:
        """Curtain times of ``day`` under this run's pattern and exceptions."""
        if day in self.days:
            return self.days[day]
        return self.pattern.get(day.weekday(), ())


def perform(run: Run, timezone: str, first_number: int = 1) -> list[Performance]:
    """The performances of ``run``, the opening one marked as a gala.

    Ids are ``<production>-<nn>``, numbered from ``first_number``.

    Parameters
    ----------
    run
        The run; it must set ``shows`` or ``until``.
    timezone
        The venue's IANA zone, e.g. ``"Europe/Paris"``; each start keeps that day's UTC offset.
    first_number
        The number of the run's first show.

    Returns
    -------
    list[Performance]
        The shows in order of curtain, within a year of the opening.

    Raises
    ------
    ValueError
        When the run has neither a show count nor a closing day.
    """
    if run.shows is None and run.until is None:
        raise ValueError(f"run of {run.production} has neither a show count nor a closing day")
    zone = ZoneInfo(timezone)
    shows: list[Performance] = []
    day = run.opening
    # A year is a safe bound: every real run closes within weeks.
    while day <= run.opening + dt.timedelta(days=366):
        if run.until is not None and day > run.until:
            break
        for curtain in run.curtain_times(day):
            if run.shows is not None and len(shows) == run.shows:
                return shows
            local = dt.datetime.combine(day, curtain, tzinfo=zone)
            offset = local.utcoffset()
            assert offset is not None  # a ZoneInfo always knows its offset
            shows.append(
                Performance(
                    id=f"{run.production}-{first_number + len(shows):02d}",
                    production=run.production,
                    venue=run.venue,
                    start=local.replace(tzinfo=dt.timezone(offset)),
                    gala=not shows,
                )
            )
        day += dt.timedelta(days=1)
    return shows


def week_peaks(performances: Iterable[Performance]) -> dict[str, int]:
    """Production id -> most shows it gives in one ISO week (what casting must cover)."""
    per_week = Counter((p.production, p.day.isocalendar()[:2]) for p in performances)
    peaks: dict[str, int] = {}
    for (production, _), count in sorted(per_week.items()):
        peaks[production] = max(peaks.get(production, 0), count)
    return peaks


def dark(*days: dt.date) -> dict[dt.date, tuple[dt.time, ...]]:
    """Exceptions that make ``days`` dark (holidays)."""
    return {d: () for d in days}
