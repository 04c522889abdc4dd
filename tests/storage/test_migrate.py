"""Running the migrations from the package: the revision a database is at, an upgrade to a
named revision, and the error that names the database and both revisions when it lags."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from alembic.util.exc import CommandError

from etoile.config import sqlite_url
from etoile.storage.engine import make_engine
from etoile.storage.errors import SchemaError
from etoile.storage.migrate import (
    MIGRATIONS,
    alembic_config,
    current_revision,
    head_revision,
    require_current_schema,
    upgrade,
)


def test_the_config_points_at_the_packaged_revisions() -> None:
    config = alembic_config()
    assert config.get_main_option("script_location") == str(MIGRATIONS)
    assert (MIGRATIONS / "versions").is_dir()
    assert "connection" not in config.attributes
    # Seven revisions ship: 0001_initial .. 0007_plan_document_revision.
    assert head_revision() == "0007_plan_document_revision"


def test_an_empty_database_has_no_revision_and_is_refused(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "empty.sqlite3"))
    try:
        assert current_revision(engine) is None
        with pytest.raises(SchemaError, match="has no Étoile tables: run `etoile db upgrade`"):
            require_current_schema(engine)
    finally:
        engine.dispose()


def test_a_database_behind_says_both_revisions(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    assert upgrade(sqlite_url(path), "0001_initial") == "0001_initial"
    engine = make_engine(sqlite_url(path))
    try:
        assert current_revision(engine) == "0001_initial"
        with pytest.raises(SchemaError) as caught:
            require_current_schema(engine)
        message = str(caught.value)
        assert "old.sqlite3" in message  # names the database
        assert "is at revision 0001_initial, this Étoile needs 0007_plan_document_revision" in (
            message
        )
    finally:
        engine.dispose()


def test_the_copied_template_is_current(migrated_sqlite: Path) -> None:
    engine = make_engine(sqlite_url(migrated_sqlite))
    try:
        assert current_revision(engine) == head_revision()
        require_current_schema(engine)  # does not raise
    finally:
        engine.dispose()


def test_a_revision_that_does_not_exist_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with pytest.raises(
        CommandError, match=re.escape("Can't locate revision identified by '9999_nope'")
    ):
        upgrade(sqlite_url(path), "9999_nope")
    engine = make_engine(sqlite_url(path))
    try:
        assert current_revision(engine) is None
    finally:
        engine.dispose()
