"""Every curtain time carries the UTC offset of its venue's time zone at that instant."""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest

from etoile.domain import Season


def _offsets_match(season: Season) -> list[str]:
    wrong = []
    for company in season.companies:
        zone = {v.id: ZoneInfo(v.timezone) for v in company.venues}
        for p in company.performances:
            if p.start.utcoffset() != zone[p.venue].utcoffset(p.start.replace(tzinfo=None)):
                wrong.append(p.id)
    return wrong


@pytest.mark.parametrize("preset", ["tiny", "demo", "large"])
def test_every_offset_is_the_venues_offset_at_that_instant(
    preset: str, request: pytest.FixtureRequest
) -> None:
    season: Season = request.getfixturevalue(preset)
    assert _offsets_match(season) == []


def _start(season: Season, company: str, day: dt.date) -> dt.datetime:
    return next(p.start for p in season.company[company].performances if p.day == day)


def test_new_york_clocks_go_back_on_1_november_and_forward_on_14_march(demo: Season) -> None:
    hours = dt.timedelta(hours=1)
    assert _start(demo, "nyc", dt.date(2026, 10, 31)).utcoffset() == -4 * hours
    assert _start(demo, "nyc", dt.date(2026, 11, 1)).utcoffset() == -5 * hours
    assert _start(demo, "nyc", dt.date(2027, 3, 13)).utcoffset() == -5 * hours
    assert _start(demo, "nyc", dt.date(2027, 3, 14)).utcoffset() == -4 * hours


def test_paris_clocks_go_back_on_25_october(demo: Season) -> None:
    hours = dt.timedelta(hours=1)
    assert _start(demo, "par", dt.date(2026, 10, 24)).utcoffset() == 2 * hours
    assert _start(demo, "par", dt.date(2026, 10, 25)).utcoffset() == 1 * hours


@pytest.mark.parametrize("preset", ["tiny", "demo", "large"])
def test_shows_fall_in_the_season_and_a_house_never_plays_twice_at_once(
    preset: str, request: pytest.FixtureRequest
) -> None:
    season: Season = request.getfixturevalue(preset)
    for company in season.companies:
        minutes = {p.id: p.running_minutes for p in company.productions}
        shows = sorted(company.performances, key=lambda p: p.start)
        assert all(season.start <= p.day <= season.end for p in shows)
        for before, after in itertools.pairwise(shows):
            assert before.start + dt.timedelta(minutes=minutes[before.production]) <= after.start
