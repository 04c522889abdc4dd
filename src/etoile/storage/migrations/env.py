"""Alembic's environment: runs the revisions on the connection :func:`upgrade` hands over.

Alembic executes this file itself; :func:`etoile.storage.migrate.alembic_config` puts the
connection in ``config.attributes``. Without one (a bare ``alembic`` command), the URL comes
from the Alembic configuration or else from Étoile's settings.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from etoile.config import get_settings
from etoile.storage.base import Base
from etoile.storage.engine import make_engine

# Importing the models registers every table on Base.metadata, the autogenerate target.
from etoile.storage import models  # noqa: F401  # isort: skip


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things: later revisions copy-and-move tables instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url") or get_settings().database_url
    engine = make_engine(url)
    try:
        with engine.begin() as own_connection:
            _run(own_connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Étoile's migrations run online only: use `etoile db upgrade`.")
_run_online()
