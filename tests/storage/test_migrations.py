"""The schema comes from Alembic and matches the ORM models, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from etoile.storage import (
    SchemaError,
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    require_current_schema,
    upgrade,
)
from etoile.storage.base import Base

from .conftest import BACKENDS

pytestmark = pytest.mark.parametrize("backend", BACKENDS, indirect=True)

TABLES = {
    "alembic_version",
    "seasons",
    "companies",
    "exchange_terms",
    "ranks",
    "dancers",
    "staff",
    "studios",
    "venues",
    "productions",
    "roles",
    "performances",
    "plans",
    "users",
    "feed_tokens",
    "jobs",
    "changelogs",
    "web_sessions",
    "api_tokens",
    "plan_edits",
    "user_seen",
}


def test_upgrade_builds_exactly_the_schema_of_the_models(empty_url: str) -> None:
    assert upgrade(empty_url) == head_revision() == "0007_plan_document_revision"

    engine = make_engine(empty_url)
    with engine.connect() as connection:
        diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        tables = set(inspect(connection).get_table_names())
    engine.dispose()
    assert diffs == []
    assert tables == TABLES


def test_upgrade_twice_changes_nothing(empty_url: str) -> None:
    upgrade(empty_url)
    assert upgrade(empty_url) == "0007_plan_document_revision"


def test_downgrade_to_base_removes_every_table(empty_url: str) -> None:
    upgrade(empty_url)
    engine = make_engine(empty_url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) == {"alembic_version"}
    assert current_revision(engine) is None
    engine.dispose()


def test_unmigrated_database_is_refused_with_advice(empty_url: str) -> None:
    engine = make_engine(empty_url)
    with pytest.raises(SchemaError, match="has no Étoile tables: run `etoile db upgrade`"):
        require_current_schema(engine)
    upgrade(empty_url)
    require_current_schema(engine)
    engine.dispose()
