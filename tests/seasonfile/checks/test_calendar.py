"""Dates, times and zones: the season's order, a show's UTC offset at its venue, the window."""

from __future__ import annotations

from typing import Any

from etoile.domain import Season
from etoile.seasonfile.checks.calendar import check_calendar, zone
from etoile.seasonfile.checks.finding import Finding


def _found(data: dict[str, Any]) -> list[Finding]:
    return check_calendar(Season.model_validate(data))


def test_the_tiny_season_keeps_its_clock(data: dict[str, Any]) -> None:
    assert _found(data) == []


def test_a_season_that_ends_before_it_starts(data: dict[str, Any]) -> None:
    data["end"] = "2026-11-30"
    found = _found(data)
    assert found[0] == Finding(
        ("end",),
        "the season ends before it starts (expected an end on or after 2026-12-01)",
        "2026-11-30",
    )
    # Every show and the exchange window are then outside it too.
    assert len(found) == 1 + 6 + 1


def test_a_paris_show_written_with_the_summer_offset(data: dict[str, Any]) -> None:
    # Paris is UTC+1 in December; +02:00 is its summer offset. The right writing keeps the
    # wall time: 19:30+01:00.
    data["companies"][1]["performances"][0]["start"] = "2026-12-15T19:30:00+02:00"
    assert _found(data) == [
        Finding(
            ("companies", 1, "performances", 0, "start"),
            "UTC offset +02:00 is not the offset of Europe/Paris (venue bastille) on 2026-12-15 "
            "(expected 2026-12-15T19:30:00+01:00)",
            "2026-12-15T19:30:00+02:00",
        )
    ]


def test_either_offset_of_the_fall_back_hour_is_right(data: dict[str, Any]) -> None:
    # On Sun 1 Nov 2026 New York's clocks go back from 02:00 EDT to 01:00 EST: 01:30 happens
    # twice, at -04:00 and at -05:00.
    data["start"] = "2026-11-01"
    shows = data["companies"][0]["performances"]
    shows[0]["start"] = "2026-11-01T01:30:00-04:00"
    shows[1]["start"] = "2026-11-01T01:30:00-05:00"
    assert _found(data) == []


def test_a_window_outside_the_season_and_stays_that_cannot_exist(data: dict[str, Any]) -> None:
    terms = data["exchanges"][0]
    terms["window"] = {"start": "2026-11-20", "end": "2026-12-31"}
    terms["min_stay_days"], terms["max_stay_days"] = 15, 14
    assert _found(data) == [
        Finding(
            ("exchanges", 0, "window"),
            "the exchange window 2026-11-20 to 2026-12-31 is outside the season (expected days "
            "from 2026-12-01 to 2026-12-31)",
        ),
        Finding(
            ("exchanges", 0, "min_stay_days"),
            "the shortest stay (15 days) is longer than the longest (14 days) (expected "
            "min_stay_days <= max_stay_days)",
            15,
        ),
    ]


def test_an_unknown_zone_is_none_and_named_once(data: dict[str, Any]) -> None:
    assert zone("Europe/Lutece") is None and zone("") is None
    data["companies"][0]["venues"][0]["timezone"] = "America/Manhattan"
    # The shows at that venue are not checked against a zone that does not exist.
    assert _found(data) == [
        Finding(
            ("companies", 0, "venues", 0, "timezone"),
            "unknown time zone 'America/Manhattan' (expected an IANA name such as Europe/Paris)",
            "America/Manhattan",
        )
    ]
