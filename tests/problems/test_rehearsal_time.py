"""The rehearsal calendar's clock: one minute axis in UTC, each house's local days on it.

(The services of a house's day, rule by rule: tests/solvers/labor/ and
tests/problems/test_rehearsal.py.)"""

from __future__ import annotations

import datetime as dt

from etoile.problems.rehearsal_time import Clock, days, monday

NEW_YORK, PARIS = "America/New_York", "Europe/Paris"


def test_the_origin_is_midnight_utc_fourteen_weeks_before_the_season() -> None:
    # 1 Dec 2026 - 98 days = 25 Aug 2026.
    clock = Clock.for_season(dt.date(2026, 12, 1))
    assert clock.origin == dt.datetime(2026, 8, 25, tzinfo=dt.UTC)


def test_local_minutes_of_two_houses_meet_on_one_axis() -> None:
    clock = Clock.for_season(dt.date(2026, 12, 1))
    # 10:00 in Paris (UTC+1) on 1 Dec is 09:00 UTC; 04:00 in New York (UTC-5) is the same
    # instant. From 25 Aug 00:00 UTC: 98 days x 1,440 + 9 x 60 = 141,660 minutes.
    paris = clock.at(PARIS, dt.date(2026, 12, 1), 600)
    assert paris == 141_660 == clock.at(NEW_YORK, dt.date(2026, 12, 1), 240)
    assert clock.moment(PARIS, paris) == dt.datetime(
        2026, 12, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    # Minutes past midnight run into the next day: 1,500 = 01:00 on 2 Dec, 15 h later.
    assert clock.at(PARIS, dt.date(2026, 12, 1), 1500) - paris == 15 * 60
    assert clock.minute(dt.datetime(2026, 8, 25, 0, 59, 59, tzinfo=dt.UTC)) == 59


def test_a_local_day_is_23_hours_long_when_the_clocks_go_forward() -> None:
    # Sun 29 Mar 2026 in Paris: 02:00 becomes 03:00.
    clock = Clock.for_season(dt.date(2026, 4, 1))
    day = dt.date(2026, 3, 29)
    assert clock.at(PARIS, day, 24 * 60) - clock.at(PARIS, day, 0) == 23 * 60


def test_days_and_the_monday_of_a_week() -> None:
    assert days(dt.date(2026, 12, 30), dt.date(2027, 1, 2)) == [
        dt.date(2026, 12, 30),
        dt.date(2026, 12, 31),
        dt.date(2027, 1, 1),
        dt.date(2027, 1, 2),
    ]
    assert days(dt.date(2026, 12, 2), dt.date(2026, 12, 1)) == []
    # Sun 3 Jan 2027 belongs to the ISO week of Mon 28 Dec 2026.
    assert monday(dt.date(2027, 1, 3)) == dt.date(2026, 12, 28)
    assert monday(dt.date(2026, 12, 28)) == dt.date(2026, 12, 28)
