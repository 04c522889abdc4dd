"""Dancers and staff: absences, the bounds of a draw and of a working week."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from etoile.domain import AbsenceReason, Dancer, Season, Staff, StaffKind


def test_an_absence_covers_its_first_and_last_day(tiny_season: Season) -> None:
    # Fay Moreau is injured from Thu 10 to Sat 12 Dec 2026.
    fay = tiny_season.dancers["nyc-fay"].item
    days = [dt.date(2026, 12, d) for d in (9, 10, 12, 13)]
    found = [fay.absent_on(d) for d in days]
    assert [a is not None for a in found] == [False, True, True, False]
    assert found[1] is not None and found[1].reason is AbsenceReason.INJURY


def test_an_absence_without_a_reason_is_leave() -> None:
    dancer = Dancer.model_validate(
        {
            "id": "d",
            "name": "D",
            "rank": "corps",
            "absences": [{"start": "2026-12-01", "end": "2026-12-02"}],
        }
    )
    assert dancer.absences[0].reason is AbsenceReason.LEAVE
    assert dancer.absences[0].days == 2


@pytest.mark.parametrize(("draw", "accepted"), [(0.0, True), (1.0, True), (1.01, False)])
def test_a_draw_is_between_0_and_1(draw: float, accepted: bool) -> None:
    data = {"id": "d", "name": "D", "rank": "corps", "draw": draw}
    if accepted:
        assert Dancer.model_validate(data).draw == draw
    else:
        with pytest.raises(ValidationError) as caught:
            Dancer.model_validate(data)
        assert caught.value.errors()[0]["loc"] == ("draw",)


def test_learning_hours_per_role_are_bounded_and_named_by_role() -> None:
    with pytest.raises(ValidationError) as caught:
        Dancer.model_validate(
            {"id": "d", "name": "D", "rank": "corps", "learn_hours": {"par-swan.swan": 501}}
        )
    assert caught.value.errors()[0]["loc"] == ("learn_hours", "par-swan.swan")


def test_staff_work_a_positive_week_of_at_most_80_hours() -> None:
    pianist = Staff(id="p", name="P", kind=StaffKind.PIANIST)
    assert (pianist.weekly_hours, pianist.productions, pianist.unavailable) == (35.0, [], [])
    for hours in (0, 80.5):
        with pytest.raises(ValidationError) as caught:
            Staff(id="p", name="P", kind=StaffKind.PIANIST, weekly_hours=hours)
        assert caught.value.errors()[0]["loc"] == ("weekly_hours",)
    with pytest.raises(ValidationError) as caught:
        Staff.model_validate({"id": "p", "name": "P", "kind": "choreographer"})
    assert caught.value.errors()[0]["loc"] == ("kind",)
