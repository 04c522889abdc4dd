"""A season survives file -> database -> file unchanged, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from etoile.domain import Season
from etoile.seasonfile import dump_season, load_season
from etoile.storage import Database, SeasonRepository

from .conftest import BACKENDS

pytestmark = pytest.mark.parametrize("backend", BACKENDS, indirect=True)


def _store(db: Database, season: Season) -> Season:
    with db.transaction() as session:
        SeasonRepository(session).save(season)
    with db.transaction() as session:
        return SeasonRepository(session).get(season.id)


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_tiny_season_file_round_trip_is_byte_exact(
    db: Database, tiny_season_file: Path, tmp_path: Path, suffix: str
) -> None:
    original = load_season(tiny_season_file)
    before, after = tmp_path / f"before{suffix}", tmp_path / f"after{suffix}"
    dump_season(original, before)

    stored = _store(db, load_season(before))
    dump_season(stored, after)

    assert stored == original
    assert after.read_bytes() == before.read_bytes()


def test_big_season_round_trip_keeps_every_field_and_order(
    db: Database, big: Season, tmp_path: Path
) -> None:
    stored = _store(db, big)

    # JSON: PyYAML would spend seconds writing 600 dancers twice; the bytes compare the same.
    dump_season(big, tmp_path / "before.json")
    dump_season(stored, tmp_path / "after.json")
    assert stored == big
    assert (tmp_path / "after.json").read_bytes() == (tmp_path / "before.json").read_bytes()
    # Equality of datetimes ignores the zone; the written form must not.
    starts = [p.start for c in stored.companies for p in c.performances]
    assert [s.tzinfo for s in starts[:4]] == [
        ZoneInfo("America/New_York"),
        dt.timezone(dt.timedelta(hours=1)),
        dt.UTC,
        dt.timezone(dt.timedelta(hours=5, minutes=30)),
    ]
    assert list(stored.companies[0].dancers[0].learn_hours) == list(
        big.companies[0].dancers[0].learn_hours
    )


def test_list_summarises_stored_seasons(db: Database, medium: Season, tiny_season: Season) -> None:
    _store(db, tiny_season)
    _store(db, medium)

    with db.transaction() as session:
        listed = SeasonRepository(session).list()

    assert [(s.id, s.companies, s.dancers, s.performances, s.published_plans) for s in listed] == [
        ("big-2026", 3, 120, 120, 0),
        ("tiny-2026", 2, 13, 6, 0),
    ]
    assert listed[0].name == "Big network season"
    assert listed[0].loaded_at.tzinfo == dt.UTC


def test_replace_overwrites_the_stored_season(db: Database, tiny_season: Season) -> None:
    _store(db, tiny_season)
    renamed = tiny_season.model_copy(
        update={"name": "Renamed", "companies": tiny_season.companies[:1]}
    )

    with db.transaction() as session:
        SeasonRepository(session).save(renamed, replace=True)
    with db.transaction() as session:
        assert SeasonRepository(session).get(tiny_season.id) == renamed
