"""A load that fails part-way writes nothing, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from etoile.domain import Season
from etoile.storage import (
    ConstraintError,
    Database,
    SeasonExistsError,
    SeasonNotFoundError,
    SeasonRepository,
)
from etoile.storage.mappers import season_rows

from .conftest import BACKENDS, row_counts

pytestmark = pytest.mark.parametrize("backend", BACKENDS, indirect=True)

EMPTY = {
    "seasons": 0,
    "companies": 0,
    "exchange_terms": 0,
    "plans": 0,
    "productions": 0,
    "ranks": 0,
    "staff": 0,
    "studios": 0,
    "venues": 0,
    "dancers": 0,
    "performances": 0,
    "roles": 0,
    "users": 0,
    "feed_tokens": 0,
    "jobs": 0,
    "changelogs": 0,
    "web_sessions": 0,
    "api_tokens": 0,
    "plan_edits": 0,
    "user_seen": 0,
}


def _second_company_reuses_a_dancer_id(season: Season) -> Season:
    first, second = season.companies[:2]
    clash = second.dancers[0].model_copy(update={"id": first.dancers[0].id})
    second = second.model_copy(update={"dancers": [clash, *second.dancers[1:]]})
    return season.model_copy(update={"companies": [first, second, *season.companies[2:]]})


def test_database_constraint_in_second_company_writes_nothing(db: Database, medium: Season) -> None:
    bad = _second_company_reuses_a_dancer_id(medium)

    with (
        pytest.raises(ConstraintError, match="season 'big-2026' breaks a database rule"),
        db.transaction() as session,
    ):
        SeasonRepository(session).save(bad)

    assert row_counts(db.engine) == EMPTY


def test_error_after_rows_were_written_writes_nothing(
    db: Database, medium: Season, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = 0
    real = season_rows.performance_values

    def failing(performance):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls > 60:  # half-way: the first company's rows and more are already inserted
            raise RuntimeError("disk on fire")
        return real(performance)

    monkeypatch.setattr(season_rows, "performance_values", failing)

    with pytest.raises(RuntimeError, match="disk on fire"), db.transaction() as session:
        SeasonRepository(session).save(medium)

    assert calls == 61
    assert row_counts(db.engine) == EMPTY


def test_failed_save_leaves_the_callers_transaction_usable(
    db: Database, tiny_season: Season, medium: Season
) -> None:
    with db.transaction() as session:
        repository = SeasonRepository(session)
        repository.save(tiny_season)
        with pytest.raises(ConstraintError):
            repository.save(_second_company_reuses_a_dancer_id(medium))

    with db.transaction() as session:
        assert SeasonRepository(session).get(tiny_season.id) == tiny_season
        with pytest.raises(SeasonNotFoundError):
            SeasonRepository(session).get(medium.id)


def test_duplicate_id_is_refused_and_the_stored_season_is_unchanged(
    db: Database, tiny_season: Season
) -> None:
    with db.transaction() as session:
        SeasonRepository(session).save(tiny_season)
    counts = row_counts(db.engine)
    other = tiny_season.model_copy(update={"name": "Another season, same id"})

    with (
        pytest.raises(SeasonExistsError, match="'tiny-2026' is already in the database"),
        db.transaction() as session,
    ):
        SeasonRepository(session).save(other)

    assert row_counts(db.engine) == counts
    with db.transaction() as session:
        assert SeasonRepository(session).get(tiny_season.id) == tiny_season


def test_failed_replace_keeps_the_old_season(db: Database, medium: Season) -> None:
    with db.transaction() as session:
        SeasonRepository(session).save(medium)
    counts = row_counts(db.engine)

    with pytest.raises(ConstraintError), db.transaction() as session:
        SeasonRepository(session).save(_second_company_reuses_a_dancer_id(medium), replace=True)

    assert row_counts(db.engine) == counts
    with db.transaction() as session:
        assert SeasonRepository(session).get(medium.id) == medium


def test_dancer_with_a_rank_outside_the_ladder_is_refused(
    db: Database, tiny_season: Season
) -> None:
    company = tiny_season.companies[1]
    dancer = company.dancers[0].model_copy(update={"rank": "principal"})  # a New York rank
    company = company.model_copy(update={"dancers": [dancer, *company.dancers[1:]]})
    bad = tiny_season.model_copy(update={"companies": [tiny_season.companies[0], company]})

    with pytest.raises(ConstraintError), db.transaction() as session:
        SeasonRepository(session).save(bad)

    assert row_counts(db.engine) == EMPTY


def test_foreign_keys_are_enforced(db: Database) -> None:
    # SQLite ignores foreign keys unless each connection turns them on; make sure ours do.
    with db.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        else:
            assert connection.execute(text("SELECT 1")).scalar() == 1
