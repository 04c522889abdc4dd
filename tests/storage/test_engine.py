"""A database: passwords masked when shown, SQLite with foreign keys and real transactions."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from etoile.config import sqlite_url
from etoile.storage import Database
from etoile.storage.engine import display_url, make_engine


def test_a_url_is_shown_without_its_password() -> None:
    assert display_url("postgresql+psycopg://etoile:s3cret@db:5432/etoile") == (
        "postgresql+psycopg://etoile:***@db:5432/etoile"
    )
    assert display_url("sqlite:////srv/etoile.sqlite3") == "sqlite:////srv/etoile.sqlite3"
    with Database("postgresql+psycopg://etoile:s3cret@db:5432/etoile") as db:
        assert repr(db) == "Database('postgresql+psycopg://etoile:***@db:5432/etoile')"


def test_sqlite_enforces_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "fk.sqlite3"))
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_a_transaction_is_all_or_nothing_ddl_included(tmp_path: Path) -> None:
    with Database(sqlite_url(tmp_path / "t.sqlite3")) as db:
        with db.transaction() as session:
            session.execute(text("CREATE TABLE t (n INTEGER)"))
            session.execute(text("INSERT INTO t VALUES (1)"))
        with pytest.raises(RuntimeError), db.transaction(write=True) as session:
            # The driver alone would commit before this DDL; here it rolls back with the rest.
            session.execute(text("INSERT INTO t VALUES (2)"))
            session.execute(text("CREATE TABLE u (n INTEGER)"))
            raise RuntimeError("half-way")
        with db.transaction() as session:
            assert session.execute(text("SELECT n FROM t")).scalars().all() == [1]
            tables = session.execute(text("SELECT name FROM sqlite_master")).scalars().all()
            assert tables == ["t"]
