"""The parts of a compiled casting problem: the ISO week of a show, and the index check that
names the first bad part (PyJobShop's habit: errors that name the bad index)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from etoile.problems.casting_data import RoleData, ShowData, SlotData, check_indices

SHOW = ShowData(
    id="nyc-p1",
    production="nyc-giselle",
    title="Giselle",
    company="nyc",
    venue="koch",
    city="New York",
    day=dt.date(2026, 12, 10),
    start=1000,
    end=1120,
    full_length=True,
    gala=True,
    opening=True,
    weekend_evening=False,
    label="Giselle, Thu 10 Dec 2026 19:30",
)
GISELLE = RoleData("nyc-giselle.giselle", "Giselle", "nyc-giselle", 1, True, 1)
ALBRECHT = RoleData("nyc-giselle.albrecht", "Albrecht", "nyc-giselle", 1, True, 0)
WILIS = RoleData("nyc-giselle.wili", "Wilis", "nyc-giselle", 2, False, None)
SLOTS = (SlotData(0, 0, 1, (0, 1)), SlotData(0, 2, 2, (2, 3, 4)))


def _check(**changes: Any) -> None:
    parts: dict[str, Any] = {
        "shows": (SHOW,),
        "roles": (GISELLE, ALBRECHT, WILIS),
        "n_dancers": 5,
        "slots": SLOTS,
        "pins": [(0, 1)],
        "doubled": [(0, 2)],
    }
    check_indices(**{**parts, **changes})


def test_the_week_is_the_iso_week_of_the_local_day() -> None:
    # Thu 10 Dec 2026 is in ISO week 50; Fri 1 Jan 2027 still in week 53 of 2026.
    assert SHOW.week == (2026, 50)
    assert dataclasses.replace(SHOW, day=dt.date(2027, 1, 1)).week == (2026, 53)


def test_a_sound_problem_passes() -> None:
    _check()  # no error


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"roles": (GISELLE, ALBRECHT, dataclasses.replace(WILIS, count=0))},
            "role 2 (nyc-giselle.wili) has count 0; expected >= 1",
        ),
        (
            {"roles": (dataclasses.replace(GISELLE, partner=3), ALBRECHT, WILIS)},
            "role 0 (nyc-giselle.giselle) has partner index 3 out of range",
        ),
        (
            {"shows": (dataclasses.replace(SHOW, end=999),)},
            "show 0 (nyc-p1) ends before it starts",
        ),
        ({"slots": (SlotData(1, 0, 1, (0,)),)}, "slot 0 has show index 1 out of range"),
        ({"slots": (SLOTS[0], SlotData(0, 3, 1, (0,)))}, "slot 1 has role index 3 out of range"),
        (
            {"slots": (SlotData(0, 2, 1, (2,)),)},
            "slot 0 needs 1 dancers but its role says otherwise",
        ),
        ({"slots": (SlotData(0, 0, 1, (1, 1)),)}, "slot 0 lists a candidate twice"),
        ({"slots": (SlotData(0, 0, 1, (0, 5)),)}, "slot 0 has dancer index 5 out of range"),
        ({"pins": [(2, 0)]}, "pin (2, 0) is out of range"),
        ({"pins": [(0, -1)]}, "pin (0, -1) is out of range"),
        ({"doubled": [(0, 3)]}, "doubled pair (0, 3) is out of range"),
    ],
)
def test_the_first_bad_part_is_named(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError) as caught:
        _check(**changes)
    assert str(caught.value) == message


def test_a_show_may_end_when_it_starts() -> None:
    _check(shows=(dataclasses.replace(SHOW, end=SHOW.start),))  # no error
