"""When a dancer may be called: at the house, not absent, and around their shows, under their
own house's labour rules (Léa is a Paris dancer dancing in New York).

Tiny season, hand-made plan (calendar_kit): Léa leaves Paris on 7 Dec, is a guest in New
York 9-13 Dec, home on 14 Dec; she and Ben dance nyc-p1 (Thu 10 Dec 19:30), nyc-p2 (Sat 12
Dec 14:00) and nyc-p3 (Sat 12 Dec 20:00), Giselle running 120 minutes. Paris rules: 11 h
rest between days, a 600-minute span; New York: 12 h and 540. Both: 75-minute class, at most
120 rehearsal minutes on a show day, no calls on two-show days, one rest day after a
transatlantic trip.
"""

from __future__ import annotations

import datetime as dt

import pytest

import calendar_kit as kit
from etoile.problems.rehearsal_days import SHOW_PREP_MINUTES, DancerDays, DayRule
from etoile.problems.rehearsal_time import Clock


@pytest.fixture(scope="module")
def days() -> DancerDays:
    season = kit.season()
    return DancerDays(season, kit.plan(), Clock.for_season(season.start))


def _curtain(days: DancerDays, show: str) -> int:
    return days.clock.minute(days.season.performances[show].item.start)


def _d(day: int) -> dt.date:
    return dt.date(2026, 12, day)


def test_a_guest_is_present_at_the_host_only_during_the_stay(days: DancerDays) -> None:
    assert [days.present("par-lea", "nyc", _d(d)) for d in [8, 9, 13, 14]] == [
        False,
        True,
        True,
        False,
    ]


def test_home_is_away_from_departure_to_the_rest_day_after_return(days: DancerDays) -> None:
    # Departs 7 Dec, back 14 Dec, plus one rest day: away from Paris 7-15 Dec.
    assert [days.present("par-lea", "par", _d(d)) for d in [6, 7, 14, 15, 16]] == [
        True,
        False,
        False,
        False,
        True,
    ]
    assert days.rule("par-lea", "par", _d(15)) == DayRule(forbidden="away")


def test_a_show_day_ends_calls_before_the_curtain_and_caps_them(days: DancerDays) -> None:
    curtain = _curtain(days, "nyc-p1")
    # hi = curtain - 60 (preparation). lo = show end - span + class:
    # Léa (Paris rules) curtain + 120 - 600 + 75 = curtain - 405;
    # Ben (New York rules) curtain + 120 - 540 + 75 = curtain - 345.
    assert SHOW_PREP_MINUTES == 60
    assert days.rule("par-lea", "nyc", _d(10)) == DayRule("", curtain - 405, curtain - 60, 120)
    assert days.rule("nyc-ben", "nyc", _d(10)) == DayRule("", curtain - 345, curtain - 60, 120)


def test_the_day_before_a_show_ends_a_nights_rest_before_it(days: DancerDays) -> None:
    curtain = _curtain(days, "nyc-p1")
    # Léa: curtain - 11 h = curtain - 660; Ben: curtain - 12 h = curtain - 720.
    assert days.rule("par-lea", "nyc", _d(9)) == DayRule("", None, curtain - 660, None)
    assert days.rule("nyc-ben", "nyc", _d(9)) == DayRule("", None, curtain - 720, None)


def test_between_two_show_days_both_rests_apply(days: DancerDays) -> None:
    p1, p2 = _curtain(days, "nyc-p1"), _curtain(days, "nyc-p2")
    # Fri 11 Dec, for Léa: lo = p1 end + 660 + 75 = p1 + 120 + 735 = p1 + 855;
    # hi = p2 curtain - 660. p2 is 42 h 30 min (2,550 minutes) after p1.
    assert p2 - p1 == 2550
    assert days.rule("par-lea", "nyc", _d(11)) == DayRule("", p1 + 855, p2 - 660, None)


def test_a_two_show_day_has_no_calls(days: DancerDays) -> None:
    assert days.rule("par-lea", "nyc", _d(12)) == DayRule(forbidden="two-show day")
    assert days.available("nyc-ben", "nyc", _d(12)) is False


def test_the_day_after_the_evening_show_starts_late(days: DancerDays) -> None:
    p3 = _curtain(days, "nyc-p3")
    # Sun 13 Dec, after nyc-p3 (20:00-22:00): lo = p3 + 120 + 660 + 75 = p3 + 855.
    assert days.rule("par-lea", "nyc", _d(13)) == DayRule("", p3 + 855, None, None)


def test_an_absent_dancer_cannot_be_called(days: DancerDays) -> None:
    # Fay is injured 10-12 Dec.
    assert days.rule("nyc-fay", "nyc", _d(11)) == DayRule(forbidden="absent")
    assert days.available("nyc-fay", "nyc", _d(13)) is True


def test_shows_on_are_in_curtain_order(days: DancerDays) -> None:
    p2, p3 = _curtain(days, "nyc-p2"), _curtain(days, "nyc-p3")
    assert [s.start for s in days.shows_on("par-lea", _d(12))] == [p2, p3]
    assert [s.end - s.start for s in days.shows_on("par-lea", _d(12))] == [120, 120]
    assert days.shows_on("par-hugo", _d(12)) == []


def test_a_dancer_keeps_the_labour_rules_of_their_house(days: DancerDays) -> None:
    assert days.labor("par-lea") == days.season.company["par"].labor
    assert days.labor("nyc-ben") == days.season.company["nyc"].labor
