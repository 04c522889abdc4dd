"""Each house's rehearsal weeks: calls grouped by house and Monday, rooms down (studios, then
theatres), days across, on the clock of the room."""

from __future__ import annotations

import datetime as dt

import calendar_kit as kit
from etoile.i18n import Translator
from etoile.report.weeks import HouseWeek, house_weeks

NNBSP = "\u202f"  # Babel's narrow space before AM/PM


def _grid(weeks: list[HouseWeek]) -> list[tuple[object, ...]]:
    """(house, week label, calls, first, [(room, [column of each call])])."""
    return [
        (
            w.house,
            w.label,
            w.calls,
            w.first,
            [(r.room, [i for i, day in enumerate(r.days) for _ in day]) for r in w.rooms],
        )
        for w in weeks
    ]


def test_calls_are_grouped_by_house_then_week() -> None:
    weeks = house_weeks(kit.season(), kit.plan(), Translator("en"))
    # New York first (the season's order): three calls in the week of Mon 7 Dec, on Mon 7
    # (column 0), Wed 9 (2) in Studio A and Thu 10 (3) on the Koch stage, studios first.
    # Paris: Fri 4 Dec is in the week of Mon 30 Nov (Mon 30 Nov + 4 days = Fri 4 Dec, column 4);
    # Wed 9 Dec column 2 of the week of the 7th; Mon 14 Dec column 0 of the week of the 14th.
    # Only each house's first week is shown open.
    assert _grid(weeks) == [
        (
            "Manhattan Ballet Theatre",
            "Week of Mon, Dec 7, 2026",
            3,
            True,
            [("Studio A", [0, 2]), ("David H. Koch Theater", [3])],
        ),
        (
            "Ballet de l'Opéra de Lutèce",
            "Week of Mon, Nov 30, 2026",
            1,
            True,
            [("Studio Petipa", [4])],
        ),
        (
            "Ballet de l'Opéra de Lutèce",
            "Week of Mon, Dec 7, 2026",
            1,
            False,
            [("Studio Petipa", [2])],
        ),
        (
            "Ballet de l'Opéra de Lutèce",
            "Week of Mon, Dec 14, 2026",
            1,
            False,
            [("Opéra Bastille", [0])],
        ),
    ]
    assert weeks[1].days == [
        "Mon, Nov 30",
        "Tue, Dec 1",
        "Wed, Dec 2",
        "Thu, Dec 3",
        "Fri, Dec 4",
        "Sat, Dec 5",
        "Sun, Dec 6",
    ]


def test_a_box_says_hours_what_who_and_how_many() -> None:
    weeks = house_weeks(kit.season(), kit.plan(), Translator("en"))
    (box,) = weeks[3].rooms[0].days[0]  # par-r2, the stage call at the Bastille
    assert box.kind == "stage"
    assert box.time == f"2:00{NNBSP}PM–5:00{NNBSP}PM"
    assert box.what == "Le Lac des cygnes · Stage rehearsal"
    assert box.staff == "Claire Aubry, Marc Sorel"
    # Two dancers called: par-ines and par-kim.
    assert box.title == (
        f"Mon, Dec 14, 2026, 2:00{NNBSP}PM–5:00{NNBSP}PM · Le Lac des cygnes · "
        "Stage rehearsal · 2 dancers"
    )


def test_a_late_call_sits_on_the_local_day_not_the_utc_one() -> None:
    season, plan = kit.season(), kit.plan()
    # nyc-r2 moved to Sun 13 Dec 21:00-23:00 in New York, that is Mon 14 Dec 02:00 UTC: it
    # belongs to the week of Mon 7 Dec, Sunday column (6), not to the week of the 14th.
    late = dt.timezone(dt.timedelta(hours=-5))
    calls = [
        c.model_copy(
            update={
                "start": dt.datetime(2026, 12, 13, 21, tzinfo=late),
                "end": dt.datetime(2026, 12, 13, 23, tzinfo=late),
            }
        )
        if c.id == "nyc-r2"
        else c
        for c in plan.rehearsals
    ]
    weeks = house_weeks(season, plan.model_copy(update={"rehearsals": calls}), Translator("en"))
    assert _grid(weeks)[0] == (
        "Manhattan Ballet Theatre",
        "Week of Mon, Dec 7, 2026",
        3,
        True,
        [("Studio A", [2, 6]), ("David H. Koch Theater", [3])],
    )


def test_a_plan_without_calls_has_no_weeks() -> None:
    plan = kit.plan().model_copy(update={"rehearsals": []})
    assert house_weeks(kit.season(), plan, Translator("en")) == []


def test_in_french() -> None:
    weeks = house_weeks(kit.season(), kit.plan(), Translator("fr"))
    (box,) = weeks[0].rooms[0].days[0]
    assert box.time == "11:30–14:30"
