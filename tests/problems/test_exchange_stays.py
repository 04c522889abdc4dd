"""The geometry of a guest's stay: days to learn a lead, runs of shows, and the residences
that fit the terms and end on a show day or after the minimum or maximum stay."""

from __future__ import annotations

import datetime as dt

import pytest

import calendar_kit as kit
from etoile.domain import DateRange, ExchangeTerms
from etoile.problems.exchange_stays import add_days, learn_days, run_starts, windows


def _d(day: int) -> dt.date:
    return dt.date(2026, 12, day)


def _terms(first: int = 1, last: int = 31) -> ExchangeTerms:
    """The tiny season's terms: 1 travel day, 1 rest day; here stays of 5 to 10 days."""
    terms = kit.season().exchanges[0]
    return terms.model_copy(
        update={
            "window": DateRange(start=_d(first), end=_d(last)),
            "travel_days": 1,
            "rest_days_on_arrival": 1,
            "min_stay_days": 5,
            "max_stay_days": 10,
        }
    )


def test_add_days_goes_both_ways() -> None:
    assert (add_days(_d(10), 3), add_days(_d(10), -9)) == (_d(13), dt.date(2026, 12, 1))


@pytest.mark.parametrize(
    ("hours", "pace", "prepared", "expected"),
    [
        (40, 12, 0, 24),  # 40 h at 12 h a week: 40 * 7 / 12 = 23.3 -> 24 days
        (40, 12, 14, 10),  # two weeks learnt at home first: 24 - 14
        (12, 12, 0, 7),  # exactly a week: no rounding up past 7
        (12, 12, 10, 0),  # more preparation than needed: never negative
        (0, 12, 0, 0),  # nothing to learn
    ],
)
def test_learn_days(hours: float, pace: float, prepared: int, expected: int) -> None:
    assert learn_days(hours, pace, prepared) == expected


def test_a_gap_of_more_than_three_days_starts_a_new_run() -> None:
    # 10, 12 (gap 2), 16 (gap 4: new run), 20 (4: new), 24 (4: new); duplicates ignored.
    assert run_starts([_d(12), _d(10), _d(16), _d(20), _d(12), _d(24)]) == [
        _d(10),
        _d(16),
        _d(20),
        _d(24),
    ]
    # A gap of exactly 3 days continues the run.
    assert run_starts([_d(1), _d(4), _d(8)]) == [_d(1), _d(8)]
    assert run_starts([]) == []


def test_windows_start_early_or_just_in_time_and_end_on_shows_or_limits() -> None:
    # Window 1-31 Dec: the earliest residence starts after 1 travel + 1 rest day, on 3 Dec;
    # the latest ends 1 travel day before the window's end, on 30 Dec.
    # A run opens on 10 Dec and needs 2 days of learning: a start on 8 Dec.
    # From 3 Dec: ends on the shows (10, 12 Dec) or after 5 days (7 Dec) or 10 (12 Dec):
    #   3-7 (5 days), 3-10 (8), 3-12 (10).
    # From 8 Dec: 8-10 is 3 days (too short), 8-12 is 5, 8-17 is 10.
    found = windows(_terms(), [(_d(10), 2)], [_d(10), _d(12)])
    assert found == [
        (_d(3), _d(7)),
        (_d(3), _d(10)),
        (_d(3), _d(12)),
        (_d(8), _d(12)),
        (_d(8), _d(17)),
    ]


def test_a_start_before_the_earliest_is_dropped() -> None:
    # Learning 9 days for a run on 10 Dec would start on 1 Dec, before the earliest (3 Dec).
    assert windows(_terms(), [(_d(10), 9)], []) == [(_d(3), _d(7)), (_d(3), _d(12))]


def test_no_stay_ends_after_the_last_day() -> None:
    # Window 1-12 Dec: the residence must end by 11 Dec; 3-12 would be 10 days but too late.
    assert windows(_terms(last=12), [], [_d(12)]) == [(_d(3), _d(7))]


def test_a_window_too_short_for_travel_has_no_stay() -> None:
    # 1-2 Dec: earliest start 3 Dec, latest end 1 Dec.
    assert windows(_terms(last=2), [], []) == []
