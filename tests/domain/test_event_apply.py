"""Events applied to a season and its plan, typed: each frozen model replaced and re-checked.

New York, one lead role, Ann, Bea and Cat; shows p1 (Mon 7 Dec 2026, at the house's theatre),
p2 (Mon 14 Dec) and p3 (Fri 18 Dec); Ann dances p1 and p2, Bea p3.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from casting_kit import plan
from etoile.domain import (
    Absence,
    AbsenceEvent,
    EventFile,
    Performance,
    PerformanceAdded,
    PerformanceCancelled,
    Season,
    StudioUnavailable,
    VenueUnavailable,
)
from etoile.domain.event_apply import apply_events, revalidated
from repair_kit import LEAD, three_shows

CAST = [("p1", LEAD, "ann"), ("p2", LEAD, "ann"), ("p3", LEAD, "bea")]
DEC = dt.date(2026, 12, 1)


def _season() -> Season:
    return three_shows()


def _day(n: int) -> dt.date:
    return DEC + dt.timedelta(days=n - 1)


def test_an_absence_joins_the_dancers_absences_and_nothing_else_changes() -> None:
    s = _season()
    hurt = AbsenceEvent(dancer="ann", start=_day(14), end=_day(15), note="ankle")
    new, new_plan = apply_events(s, plan(CAST), EventFile(season="kit", events=[hurt]))
    ann = new.dancers["ann"].item
    assert ann.absences == [Absence(start=_day(14), end=_day(15), reason="injury", note="ankle")]
    assert new.dancers["bea"].item == s.dancers["bea"].item
    assert new_plan == plan(CAST)
    assert s.dancers["ann"].item.absences == []  # the season given is left as it was


def test_a_closed_theatre_cancels_its_shows_then_and_releases_their_cast() -> None:
    # The theatre closed on 14 Dec: p2 is cancelled and its place released (Ann's); a show
    # added there on the 14th by a later event is kept (it was planned knowing); p3 is
    # cancelled by name; the studio gets its closed days.
    s = _season()
    venue = s.performances["p2"].item.venue
    studio = s.companies[0].studios[0].id
    extra = s.performances["p2"].item.model_copy(update={"id": "p2b"})
    events = EventFile(
        season="kit",
        events=[
            VenueUnavailable(venue=venue, start=_day(14), end=_day(14)),
            PerformanceAdded(company="nyc", performance=Performance.model_validate(extra)),
            PerformanceCancelled(performance="p3"),
            StudioUnavailable(studio=studio, start=_day(10), end=_day(11)),
        ],
    )
    new, new_plan = apply_events(s, plan(CAST), events)
    assert [p.id for p in new.companies[0].performances] == ["p1", "p2b"]
    assert [(a.performance, a.dancer) for a in new_plan.casting] == [("p1", "ann")]
    assert [(r.start, r.end) for r in new.companies[0].studios[0].closed] == [(_day(10), _day(11))]
    assert [(r.start, r.end) for r in new.venues[venue].item.closed] == [(_day(14), _day(14))]


def test_revalidated_checks_what_model_copy_would_take() -> None:
    a = Absence(start=_day(14), end=_day(15))
    assert revalidated(a, end=_day(20)).end == _day(20)
    with pytest.raises(ValidationError):
        revalidated(a, end=_day(1))  # before its start
    assert a.model_copy(update={"end": _day(1)}).end == _day(1)  # unchecked
