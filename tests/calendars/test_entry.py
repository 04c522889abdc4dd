"""Calendar entries: stable UIDs, the UTC instant used for sorting, the room of a call and the
local clock."""

from __future__ import annotations

import datetime as dt

import calendar_kit as kit
from etoile.calendars.entry import Entry, Place, call_place, local, uid
from etoile.domain import Rehearsal


def _call(ident: str) -> Rehearsal:
    return next(c for c in kit.plan().rehearsals if c.id == ident)


def test_the_uid_names_what_whose_and_the_season() -> None:
    assert uid(kit.season(), "call", "nyc-r1", "studio", "nyc-studio-a") == (
        "call/nyc-r1/studio/nyc-studio-a/tiny-2026@etoile"
    )


def test_the_instant_of_a_timed_entry_is_its_utc_time() -> None:
    # 19:30 in New York (UTC-5) is 00:30 UTC the next day.
    start = dt.datetime(2026, 12, 10, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    entry = Entry("u", "s", start, start + dt.timedelta(hours=2))
    assert entry.instant == dt.datetime(2026, 12, 11, 0, 30, tzinfo=dt.UTC)


def test_the_instant_of_an_all_day_entry_is_midnight_utc() -> None:
    entry = Entry("u", "s", dt.date(2026, 12, 9), dt.date(2026, 12, 14))
    assert entry.instant == dt.datetime(2026, 12, 9, 0, 0, tzinfo=dt.UTC)


def test_a_studio_in_a_building_names_the_building() -> None:
    place = call_place(kit.season(), _call("par-r0"))
    assert place == Place("Studio Petipa, Palais Garnier", "Paris", "Europe/Paris", "par")
    assert place.location == "Studio Petipa, Palais Garnier, Paris"


def test_a_studio_without_a_building() -> None:
    assert call_place(kit.season(), _call("nyc-r1")) == Place(
        "Studio A", "New York", "America/New_York", "nyc"
    )


def test_a_stage_call_happens_in_the_theatre() -> None:
    place = call_place(kit.season(), _call("nyc-r3"))
    assert place == Place("David H. Koch Theater", "New York", "America/New_York", "nyc")
    assert place.location == "David H. Koch Theater, New York"


def test_an_unknown_room_falls_back_to_the_callers_city() -> None:
    call = _call("par-r1")
    assert call_place(kit.season(), call.model_copy(update={"studio": "attic"})) == Place(
        "attic", "Paris", "Europe/Paris", "par"
    )
    ghost = call.model_copy(update={"studio": "attic", "company": "vie"})
    assert call_place(kit.season(), ghost) == Place("attic", "", "UTC", "vie")


def test_local_keeps_the_instant_and_changes_the_clock() -> None:
    # 16:30 UTC is 11:30 in New York (UTC-5) and 17:30 in Paris (UTC+1) in December.
    moment = dt.datetime(2026, 12, 7, 16, 30, tzinfo=dt.UTC)
    ny, paris = local(moment, "America/New_York"), local(moment, "Europe/Paris")
    assert (ny.hour, ny.minute, paris.hour, paris.minute) == (11, 30, 17, 30)
    assert ny == moment == paris
