"""Engines, sessions and transactions for a database URL (SQLite or PostgreSQL).

SQLite needs two adjustments to behave like PostgreSQL: foreign keys are off unless asked for
on every connection, and Python's ``sqlite3`` driver (before 3.12's ``autocommit``) neither
begins a transaction before DDL nor makes SAVEPOINTs part of the enclosing transaction. Both
matter here: a half-applied migration or a half-loaded season must roll back completely.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

IMMEDIATE_OPTION = "etoile_sqlite_immediate"
"""Execution option of the writers' engine: SQLite transactions begin IMMEDIATE."""


def make_engine(url: str | URL, **kwargs: Any) -> Engine:
    """An engine for ``url``, with SQLite set up for foreign keys and real transactions.

    Parameters
    ----------
    url
        A SQLAlchemy URL: ``sqlite:///path/etoile.sqlite3`` or
        ``postgresql+psycopg://user@host:5432/db``.
    **kwargs
        Passed to :func:`sqlalchemy.create_engine` (``echo=True`` to log SQL, ...).
    """
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _make_sqlite_transactional(engine)
    return engine


def _make_sqlite_transactional(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (see "begin" below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A writer takes the write lock at once (IMMEDIATE): a deferred transaction that reads
        # and then writes fails with "database is locked" when another writer got in between,
        # whereas an immediate one waits its turn (the driver's busy timeout).
        immediate = connection.get_execution_options().get(IMMEDIATE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def display_url(url: str | URL) -> str:
    """The URL as it is safe to print: the password, if any, masked."""
    return make_url(url).render_as_string(hide_password=True)


class Database:
    """One database: its engine and a session factory.

    Examples
    --------
    >>> db = Database("sqlite:///etoile.sqlite3")  # doctest: +SKIP
    >>> with db.transaction() as session:  # doctest: +SKIP
    ...     SeasonRepository(session).save(season)
    """

    def __init__(self, url: str | URL, **engine_kwargs: Any) -> None:
        self.url = make_url(url)
        self.engine = make_engine(self.url, **engine_kwargs)
        # Objects outlive the commit (a CLI prints what it saved), so do not expire them.
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.writer_sessions = sessionmaker(
            self.engine.execution_options(**{IMMEDIATE_OPTION: True}), expire_on_commit=False
        )

    @contextmanager
    def transaction(self, *, write: bool = False) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error.

        Parameters
        ----------
        write
            The transaction will write while other threads may too (the web app): on SQLite
            it takes the write lock when it begins, so concurrent writers queue instead of
            failing. PostgreSQL needs nothing of the kind.
        """
        with (self.writer_sessions if write else self.sessions).begin() as session:
            yield session

    def dispose(self) -> None:
        """Close every pooled connection (call when done with the database)."""
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.dispose()

    def __repr__(self) -> str:
        return f"Database({display_url(self.url)!r})"
