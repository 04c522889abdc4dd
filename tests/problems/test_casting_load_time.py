"""A dancer's rehearsal time at a house (etoile.problems.casting_load.TimeOf): the week-by-week
count with its caches equals a plain walk over the days, whatever the range, the absences
and the stays."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from casting_kit import company, dancer, move, role, season, show
from etoile.domain import Absence
from etoile.problems.casting_load import TimeOf

START = dt.date(2026, 11, 2)


def _walk(time: TimeOf, first: dt.date, day: dt.date) -> int:
    """The definition: each free day from ``first`` to the day before ``day``, counted in its
    ISO week, each week capped by the days in a row and the weekly limit."""
    weeks: dict[tuple[int, int], int] = defaultdict(int)
    x = first
    while x < day:
        if time.free(x):
            iso = x.isocalendar()
            weeks[iso.year, iso.week] += 1
        x += dt.timedelta(days=1)
    labor = time.labor
    return sum(
        min(
            labor.max_weekly_rehearsal_minutes,
            time.daily * min(n, labor.max_consecutive_working_days),
        )
        for n in weeks.values()
    )


def _time(absent: tuple[int, int] | None, away: tuple[int, int] | None, host: str) -> TimeOf:
    lead = "nyc-bal.lead"
    off = []
    if absent is not None:
        a, n = absent
        off = [Absence(start=START + dt.timedelta(days=a), end=START + dt.timedelta(days=a + n))]
    s = season(
        company(
            "nyc",
            [dancer("ann", known=(lead,))],
            [role(lead, lead=True)],
            [show("p1", "2027-01-10T19:30")],
        ),
        company("par", [dancer("zoe")], [role("par-bal.lead", lead=True)], []),
    )
    ann = s.dancers["ann"].item.model_copy(update={"absences": off})
    moves = []
    if away is not None:
        a, n = away
        depart = START + dt.timedelta(days=a)
        moves = [move("ann", "nyc", "par", str(depart), str(depart + dt.timedelta(days=n + 2)))]
    return TimeOf(s.company["nyc"].labor, ann, moves, "nyc", s.company[host])


@settings(max_examples=150, deadline=None)
@given(
    first=st.integers(0, 80),
    length=st.integers(0, 150),
    absent=st.none() | st.tuples(st.integers(0, 90), st.integers(0, 20)),
    away=st.none() | st.tuples(st.integers(0, 90), st.integers(0, 20)),
    host=st.sampled_from(["nyc", "par"]),
)
def test_the_week_count_is_the_day_walk(
    first: int,
    length: int,
    absent: tuple[int, int] | None,
    away: tuple[int, int] | None,
    host: str,
) -> None:
    time = _time(absent, away, host)
    a = START + dt.timedelta(days=first)
    b = a + dt.timedelta(days=length)
    days = [a + dt.timedelta(days=i) for i in range(0, length + 1, 5)] + [b]
    assert {d: time.span(a, d) for d in days} == {d: _walk(time, a, d) for d in days}
    assert time.span(a, b) == _walk(time, a, b)  # cached: the same again
