"""An event file checked against its season and plan: each event naming what does not exist."""

from __future__ import annotations

from typing import Any

import pytest

from etoile.domain import EventFile, Plan, Season
from etoile.seasonfile.errors import InputError, Problem
from etoile.seasonfile.event_check import check_events
from exchange_kit import lea_stay


def _events(*events: dict[str, Any], season: str = "tiny-2026") -> EventFile:
    return EventFile.model_validate({"season": season, "events": events})


NEW_SHOW = {
    "id": "nyc-p4",
    "production": "nyc-giselle",
    "venue": "koch",
    "start": "2026-12-13T14:00:00-05:00",
}


def test_events_that_fit_the_season_and_the_plan_pass(tiny_season: Season) -> None:
    plan = Plan(season="tiny-2026", exchange=[lea_stay(5, 7, 12, 13)])
    events = _events(
        {"kind": "absence", "dancer": "nyc-ava", "start": "2026-12-11", "end": "2026-12-12"},
        {"kind": "withdrawal", "dancer": "par-lea"},
        {"kind": "performance_cancelled", "performance": "par-p2"},
        {"kind": "performance_added", "company": "nyc", "performance": NEW_SHOW},
        {"kind": "studio_unavailable", "studio": "par-petipa", "start": "2026-12-14",
         "end": "2026-12-15"},
        {"kind": "venue_unavailable", "venue": "koch", "start": "2026-12-12",
         "end": "2026-12-12"},
    )  # fmt: skip
    try:
        check_events(tiny_season, plan, events, "events.yaml")
    except InputError as error:
        pytest.fail(f"refused events that fit: {error}")


def test_every_event_that_does_not_fit_is_named_by_its_path(tiny_season: Season) -> None:
    events = _events(
        {"kind": "absence", "dancer": "nyc-zoe", "start": "2026-12-11", "end": "2026-12-12"},
        {"kind": "withdrawal", "dancer": "par-lea"},  # no stay in an empty plan
        {"kind": "performance_cancelled", "performance": "par-p9"},
        {"kind": "performance_added", "company": "lon",
         "performance": {**NEW_SHOW, "id": "nyc-p1"}},
        {"kind": "studio_unavailable", "studio": "par-lifar", "start": "2026-12-14",
         "end": "2026-12-15"},
        {"kind": "venue_unavailable", "venue": "garnier", "start": "2026-12-12",
         "end": "2026-12-12"},
        season="tiny-2025",
    )  # fmt: skip
    with pytest.raises(InputError) as caught:
        check_events(tiny_season, Plan(season="tiny-2026"), events, "events.yaml")
    f = "events.yaml"
    assert caught.value.problems == [
        Problem(f, "season", "expected 'tiny-2026'", "tiny-2025"),
        Problem(f, "events[0].dancer", "no such dancer", "nyc-zoe"),
        Problem(f, "events[1].dancer", "has no stay in the plan", "par-lea"),
        Problem(f, "events[2].performance", "no such performance", "par-p9"),
        Problem(f, "events[3].company", "no such company", "lon"),
        Problem(f, "events[3].performance.id", "already exists", "nyc-p1"),
        Problem(f, "events[4].studio", "no such studio", "par-lifar"),
        Problem(f, "events[5].venue", "no such venue", "garnier"),
    ]


def test_a_withdrawal_of_an_unknown_dancer_says_both(tiny_season: Season) -> None:
    events = _events({"kind": "withdrawal", "dancer": "par-zoe"})
    with pytest.raises(InputError) as caught:
        check_events(tiny_season, Plan(season="tiny-2026"), events, "e.json")
    assert [p.message for p in caught.value.problems] == [
        "no such dancer",
        "has no stay in the plan",
    ]
