"""A demo house's artistic staff: who can rehearse which production, ids from the names, and
the odd week off inside the season."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from etoile.demo.houses import NEW_YORK
from etoile.demo.names import NamePicker
from etoile.demo.staff import staff
from etoile.domain import DateRange, Staff, StaffKind

KINDS = (
    (StaffKind.BALLET_MASTER, 4),
    (StaffKind.REPETITEUR, 2),
    (StaffKind.TEACHER, 1),
    (StaffKind.PIANIST, 2),
    (StaffKind.CONDUCTOR, 2),
)
HOUSE = dataclasses.replace(NEW_YORK, staff=KINDS)
SEASON = DateRange(start=dt.date(2026, 9, 1), end=dt.date(2026, 12, 31))


def _staff(seed: int = 0, shows: dict[str, int] | None = None) -> list[Staff]:
    rng = random.Random(seed)
    shows = {"swan": 25, "giselle": 10} if shows is None else shows
    return staff(HOUSE, ["swan", "giselle"], shows, SEASON, NamePicker("us", rng), rng)


def _productions(people: list[Staff], kind: StaffKind) -> list[list[str]]:
    return [p.productions for p in people if p.kind is kind]


def test_ballet_masters_and_repetiteurs_are_spread_round_robin() -> None:
    people = _staff()
    # Three ballet masters per production, dealt in turn to four: swan to bm 0, 1, 2;
    # giselle to bm 3, 0, 1. Two répétiteurs per production to two: both have both.
    assert _productions(people, StaffKind.BALLET_MASTER) == [
        ["swan", "giselle"],
        ["swan", "giselle"],
        ["swan"],
        ["giselle"],
    ]
    assert _productions(people, StaffKind.REPETITEUR) == [["swan", "giselle"]] * 2


def test_teachers_rehearse_nothing_and_pianists_play_everything() -> None:
    people = _staff()
    assert _productions(people, StaffKind.TEACHER) == [[]]
    assert _productions(people, StaffKind.PIANIST) == [["swan", "giselle"]] * 2


def test_a_long_run_gets_a_second_conductor() -> None:
    # swan has 25 shows (> 20): conductor 0 and conductor 1; giselle (10) only conductor 1.
    assert _productions(_staff(), StaffKind.CONDUCTOR) == [["swan"], ["swan", "giselle"]]
    # With short runs each production has one conductor, in turn.
    short = _staff(shows={"swan": 20, "giselle": 10})
    assert _productions(short, StaffKind.CONDUCTOR) == [["swan"], ["giselle"]]


def test_ids_hours_and_weeks_off() -> None:
    people = _staff()
    # 4 + 2 + 1 + 2 + 2 = 11 people, each with a unique id made of house, kind and name.
    assert len(people) == 11
    assert len({p.id for p in people}) == 11
    teacher = next(p for p in people if p.kind is StaffKind.TEACHER)
    assert teacher.id.startswith("nyc-teach-")
    assert {p.weekly_hours for p in people} == {NEW_YORK.staff_hours}
    # About a third take a week off (seed 0: some do).
    assert any(p.unavailable for p in people)
    for person in people:
        for off in person.unavailable:
            # One week: 7 days, first to last, inside the season.
            assert (off.end - off.start).days == 6
            assert SEASON.start <= off.start and off.end <= SEASON.end


def test_the_same_seed_gives_the_same_staff() -> None:
    assert _staff(3) == _staff(3)
    assert [p.name for p in _staff(3)] != [p.name for p in _staff(4)]
