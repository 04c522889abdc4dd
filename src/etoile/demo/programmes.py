"""What each house dances, where and when: the runs of the demo and large seasons.

The demo season runs from Monday 14 September 2026 to Sunday 14 March 2027 (26 weeks).

New York (101 shows at the Koch): Swan Lake and Giselle in the fall, the Nutcracker from
the day after Thanksgiving to New Year's Eve (two-show weekends, extra matinees at Christmas,
dark on Christmas Day), Coppélia in the winter and the Sleeping Beauty closing on 14 March,
the day the clocks go forward in New York.

Paris (about 120 shows): full-length classics at Bastille (22-26 shows) and at Garnier (12-16),
one run after another, dark on Mondays, Christmas Eve and Day and New Year's Day.

The large season (52 weeks, four houses) strings all eight classics one after another in
each house, with the Nutcracker pinned to December.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from dataclasses import dataclass, field

from etoile.demo.calendar import (
    COPENHAGEN_WEEK,
    LONDON_WEEK,
    NY_NUTCRACKER_WEEK,
    NY_WEEK,
    PARIS_WEEK,
    Pattern,
    Run,
    dark,
    perform,
    times,
)
from etoile.demo.houses import HouseSpec
from etoile.domain import Performance

D = dt.date


@dataclass(frozen=True)
class Slot:
    """A run to place: ballet, venue, pattern, size, and optionally a fixed opening/closing."""

    ballet: str
    venue: str
    pattern: Pattern
    shows: int | None = None
    opening: dt.date | None = None
    until: dt.date | None = None
    days: Mapping[dt.date, tuple[dt.time, ...]] = field(default_factory=dict)


NY_NUTCRACKER_DAYS = {
    D(2026, 12, 21): times("19:30"),
    D(2026, 12, 23): times("14:00", "19:30"),
    D(2026, 12, 24): times("14:00"),
    D(2026, 12, 28): times("19:30"),
    D(2026, 12, 30): times("14:00", "19:30"),
    D(2026, 12, 31): times("14:00"),
}
"""Holiday weeks: Monday shows, extra matinees, a New Year's Eve matinee to close. The week of
Christmas has 9 shows against 8 the week before, as Broadway's holiday week has more shows."""


def _nutcracker(house: HouseSpec) -> Slot:
    if house.id == "nyc":
        return Slot(
            "nutcracker",
            "koch",
            NY_NUTCRACKER_WEEK,
            opening=D(2026, 11, 27),
            until=D(2026, 12, 31),
            days=NY_NUTCRACKER_DAYS,
        )
    venue, pattern = {
        "par": ("bastille", PARIS_WEEK),
        "lon": ("albion", LONDON_WEEK),
        "cph": ("oresund", COPENHAGEN_WEEK),
    }[house.id]
    return Slot("nutcracker", venue, pattern, shows=26, opening=D(2026, 12, 1))


def demo_slots(house: HouseSpec) -> list[Slot]:
    """The demo season's runs of the New York or Paris house.

    Raises
    ------
    ValueError
        For a house other than New York (``nyc``) and Paris (``par``).
    """
    if house.id == "nyc":
        return [
            Slot("swan-lake", "koch", NY_WEEK, shows=16, opening=D(2026, 9, 22)),
            Slot("giselle", "koch", NY_WEEK, shows=14, opening=D(2026, 10, 20)),
            _nutcracker(house),
            Slot("coppelia", "koch", NY_WEEK, shows=14, opening=D(2027, 1, 26)),
            Slot("sleeping-beauty", "koch", NY_WEEK, opening=D(2027, 3, 2), until=D(2027, 3, 14)),
        ]
    if house.id == "par":
        return [
            Slot("giselle", "garnier", PARIS_WEEK, shows=16, opening=D(2026, 9, 26)),
            Slot("la-bayadere", "bastille", PARIS_WEEK, shows=22, opening=D(2026, 10, 24)),
            Slot("la-sylphide", "garnier", PARIS_WEEK, shows=14, opening=D(2026, 11, 21)),
            Slot("don-quixote", "bastille", PARIS_WEEK, shows=26, opening=D(2026, 12, 9)),
            Slot("coppelia", "garnier", PARIS_WEEK, shows=16, opening=D(2027, 1, 23)),
            Slot("swan-lake", "bastille", PARIS_WEEK, opening=D(2027, 2, 16), until=D(2027, 3, 14)),
        ]
    raise ValueError(f"the demo season has no programme for {house.id!r}")


_LARGE_ORDER = (
    "swan-lake",
    "giselle",
    "nutcracker",
    "coppelia",
    "sleeping-beauty",
    "la-bayadere",
    "don-quixote",
    "la-sylphide",
)
_BIG_STAGE = {"swan-lake", "nutcracker", "sleeping-beauty", "la-bayadere", "don-quixote"}


def large_slots(house: HouseSpec, rng: random.Random) -> list[Slot]:
    """All eight classics in turn, 13-24 shows each, the Nutcracker in December.

    Parameters
    ----------
    house
        One of the four houses of the large preset, for its venues and week.
    rng
        Draws each run's number of shows.
    """
    slots = []
    for ballet in _LARGE_ORDER:
        if ballet == "nutcracker":
            slots.append(_nutcracker(house))
            continue
        if house.id == "nyc":
            slots.append(Slot(ballet, "koch", NY_WEEK, shows=rng.randint(13, 17)))
        elif house.id == "par":
            big = ballet in _BIG_STAGE
            venue, shows = ("bastille", rng.randint(18, 24)) if big else ("garnier", 14)
            slots.append(Slot(ballet, venue, PARIS_WEEK, shows=shows))
        else:
            venue, pattern = (
                ("albion", LONDON_WEEK) if house.id == "lon" else ("oresund", COPENHAGEN_WEEK)
            )
            slots.append(Slot(ballet, venue, pattern, shows=rng.randint(15, 20)))
    return slots


def schedule(
    house: HouseSpec,
    slots: list[Slot],
    first_opening: dt.date,
    rng: random.Random,
) -> list[Performance]:
    """Place the runs one after another (6-12 dark days between them) and perform them.

    A slot with a fixed opening starts then; the others start after the previous run. The
    house's holidays are dark unless a run says otherwise.

    Parameters
    ----------
    house
        The house, for its id, holidays and time zone.
    slots
        The runs, in order.
    first_opening
        The first day of a slot without a fixed opening, when it comes first.
    rng
        Draws the dark days after each run.

    Returns
    -------
    list[Performance]
        Every show of every run, in order.

    Raises
    ------
    ValueError
        When a run would start before the previous one has closed.
    """
    shows: list[Performance] = []
    cursor = first_opening
    for slot in slots:
        opening = slot.opening or cursor
        if shows and opening <= shows[-1].day:
            raise ValueError(f"{house.id} {slot.ballet} opens before the previous run closes")
        days = {**dark(*house.holidays), **slot.days}
        run = Run(
            f"{house.id}-{slot.ballet}",
            slot.venue,
            opening,
            slot.pattern,
            slot.shows,
            slot.until,
            days,
        )
        shows += perform(run, house.timezone)
        cursor = shows[-1].day + dt.timedelta(days=rng.randint(6, 12))
    return shows
