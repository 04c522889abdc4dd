"""Alembic migrations, run from the installed package (no ``alembic.ini`` needed).

The schema changes only through the revisions in ``migrations/versions``; the application
never calls ``metadata.create_all``. A test checks that the migrated schema matches the ORM
models on SQLite and PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine
from sqlalchemy.engine import URL

from etoile.storage.engine import display_url, make_engine
from etoile.storage.errors import SchemaError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for Étoile's migrations, built in code.

    Parameters
    ----------
    connection
        When given, ``migrations/env.py`` runs on this connection (and its transaction).
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision the package ships."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships at least one revision"
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None when it has never been migrated."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(url: str | URL, revision: str = "head") -> str:
    """Migrate the database at ``url`` to ``revision`` (the newest by default).

    The whole upgrade is one transaction (SQLite included, see :mod:`etoile.storage.engine`):
    a revision that fails leaves the database as it was.

    Parameters
    ----------
    url
        The database's SQLAlchemy URL.
    revision
        The Alembic revision to reach.

    Returns
    -------
    str
        The revision the database is at afterwards.
    """
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
        return current_revision(engine) or ""
    finally:
        engine.dispose()


def require_current_schema(engine: Engine) -> None:
    """Raise :class:`SchemaError` unless the database is at the newest revision.

    Parameters
    ----------
    engine
        An engine on the database to check.

    Raises
    ------
    SchemaError
        When the database was never migrated, or is at another revision.
    """
    current = current_revision(engine)
    head = head_revision()
    where = display_url(engine.url)
    if current is None:
        raise SchemaError(f"the database {where} has no Étoile tables: run `etoile db upgrade`")
    if current != head:
        raise SchemaError(
            f"the database {where} is at revision {current}, this Étoile needs {head}: "
            "run `etoile db upgrade`"
        )
