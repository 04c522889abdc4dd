"""The exchange calendar: each travelling dancer's days, home, travel, guest or outside the
season, in Monday-to-Sunday weeks, with the days they perform."""

from __future__ import annotations

import datetime as dt

import calendar_kit as kit
from etoile.i18n import Translator
from etoile.report.timeline import day_state, season_weeks, timelines


def _d(day: int) -> dt.date:
    return dt.date(2026, 12, day)


def test_season_weeks_are_the_mondays_that_hold_a_day() -> None:
    # Tue 1 Dec .. Thu 31 Dec: the week of Mon 30 Nov, then 7, 14, 21 and 28 Dec.
    assert season_weeks(_d(1), _d(31)) == [dt.date(2026, 11, 30), *map(_d, [7, 14, 21, 28])]
    # A Monday alone is one week.
    assert season_weeks(_d(7), _d(7)) == [_d(7)]


def test_day_state_across_one_move() -> None:
    (move,) = kit.plan().exchange
    # Léa departs 7 Dec, is a guest 9-13 Dec and is home again on 14 Dec: 6 Dec home,
    # 7 and 8 travel (the flight, then the rest), 9 and 13 guest, 14 home.
    states = {d: day_state([move], _d(d)) for d in [6, 7, 8, 9, 13, 14]}
    assert {d: s for d, (s, _) in states.items()} == {
        6: "home",
        7: "travel",
        8: "travel",
        9: "guest",
        13: "guest",
        14: "home",
    }
    assert states[9][1] == move
    assert states[6][1] is None


def test_a_dancer_without_moves_is_home() -> None:
    assert day_state([], _d(9)) == ("home", None)


def test_only_travelling_dancers_have_a_timeline() -> None:
    (lea,) = timelines(kit.season(), kit.plan(), Translator("en"))
    assert (lea.dancer, lea.home) == ("Léa Garnier", "Ballet de l'Opéra de Lutèce")
    assert [w.label for w in lea.weeks] == ["Nov 30", "Dec 7", "Dec 14", "Dec 21", "Dec 28"]


def test_days_outside_the_season_and_the_shows() -> None:
    (lea,) = timelines(kit.season(), kit.plan(), Translator("en"))
    states = [[d.state for d in w.days] for w in lea.weeks]
    # Mon 30 Nov is before the season (1-31 Dec); Fri 1 Jan - Sun 3 Jan after it.
    assert states[0] == ["out"] + ["home"] * 6
    assert states[4] == ["home"] * 4 + ["out"] * 3
    # Week of 7 Dec: travel on Mon 7 and Tue 8, guest Wed 9 - Sun 13.
    assert states[1] == ["travel"] * 2 + ["guest"] * 5
    # She dances on Thu 10 (nyc-p1) and Sat 12 (nyc-p2 and nyc-p3): days 3 and 5 of the week.
    assert [i for i, d in enumerate(lea.weeks[1].days) if d.show] == [3, 5]
    assert lea.weeks[1].days[3].title == (
        "Thu, Dec 10, 2026: Guest at Manhattan Ballet Theatre · Performs that day"
    )


def test_a_plan_without_an_exchange_has_no_timelines() -> None:
    plan = kit.plan().model_copy(update={"exchange": []})
    assert timelines(kit.season(), plan, Translator("en")) == []
