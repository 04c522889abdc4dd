"""Event files: each event read by its kind, and the moment before which nothing changes."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from etoile.domain import (
    AbsenceEvent,
    AbsenceReason,
    EventFile,
    PerformanceCancelled,
    StudioUnavailable,
    WithdrawalEvent,
)

AS_OF = "2026-12-11T09:00:00-05:00"


def _file(*events: dict[str, object], as_of: str | None = AS_OF) -> EventFile:
    return EventFile.model_validate({"season": "tiny-2026", "as_of": as_of, "events": events})


def test_each_event_is_read_as_its_kind() -> None:
    read = _file(
        {"kind": "absence", "dancer": "nyc-ava", "start": "2026-12-11", "end": "2026-12-20"},
        {"kind": "withdrawal", "dancer": "par-lea"},
        {"kind": "performance_cancelled", "performance": "nyc-p3"},
        {
            "kind": "studio_unavailable",
            "studio": "par-petipa",
            "start": "2026-12-14",
            "end": "2026-12-14",
        },
    )
    assert [type(e) for e in read.events] == [
        AbsenceEvent,
        WithdrawalEvent,
        PerformanceCancelled,
        StudioUnavailable,
    ]
    absence = read.events[0]
    assert isinstance(absence, AbsenceEvent)
    # An absence is an injury unless the file says otherwise; 11 to 20 Dec is 10 days.
    assert (absence.reason, absence.days) == (AbsenceReason.INJURY, 10)


def test_an_unknown_kind_is_named() -> None:
    with pytest.raises(ValidationError) as caught:
        _file({"kind": "strike", "dancer": "nyc-ava"})
    error = caught.value.errors()[0]
    assert (error["loc"], error["type"]) == (("events", 0), "union_tag_invalid")
    assert "strike" in error["msg"]


def test_a_file_without_events_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        _file()
    assert caught.value.errors()[0]["loc"] == ("events",)


def test_what_is_before_as_of_is_frozen() -> None:
    events = _file({"kind": "withdrawal", "dancer": "par-lea"})
    as_of = dt.datetime.fromisoformat(AS_OF)
    assert events.frozen(as_of - dt.timedelta(minutes=1)) is True
    assert events.frozen(as_of) is False  # the moment itself may still change
    # The same instant in Paris (15:00 +01:00) is not before it either.
    assert events.frozen(dt.datetime.fromisoformat("2026-12-11T15:00:00+01:00")) is False
    assert _file({"kind": "withdrawal", "dancer": "par-lea"}, as_of=None).frozen(as_of) is False
