"""A performance: its local day, matinée or evening, and a start that must carry its offset."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from etoile.domain import Performance


def _show(start: str) -> Performance:
    return Performance.model_validate(
        {"id": "p", "production": "nyc-giselle", "venue": "koch", "start": start}
    )


def test_the_day_is_the_local_day_not_the_utc_one() -> None:
    # 23:30 in New York (UTC-5) on 10 Dec is 04:30 UTC on 11 Dec: the show is on the 10th.
    late = _show("2026-12-10T23:30:00-05:00")
    assert late.day == dt.date(2026, 12, 10)
    assert late.start.astimezone(dt.UTC).date() == dt.date(2026, 12, 11)


@pytest.mark.parametrize(
    ("start", "matinee"),
    [
        ("2026-12-12T14:00:00-05:00", True),
        ("2026-12-12T16:59:00-05:00", True),
        ("2026-12-12T17:00:00-05:00", False),
        ("2026-12-12T19:30:00+01:00", False),
    ],
)
def test_a_matinee_starts_before_17_00_local_time(start: str, matinee: bool) -> None:
    assert _show(start).is_matinee is matinee


def test_a_start_without_an_offset_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        _show("2026-12-12T14:00:00")
    assert [(e["loc"], e["type"]) for e in caught.value.errors()] == [
        (("start",), "timezone_aware")
    ]


def test_pins_and_gala_default_to_none() -> None:
    show = _show("2026-12-12T14:00:00-05:00")
    assert (show.pins, show.gala) == ([], False)
