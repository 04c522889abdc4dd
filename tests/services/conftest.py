"""The services tests that run the site or a worker use the storage tests' databases, and the
API tests' populated copies of them (an SQLite file, or a PostgreSQL schema)."""

from __future__ import annotations

from api.conftest import populated_sqlite, site_url  # noqa: F401  (fixtures)
from storage.conftest import (  # noqa: F401  (fixtures)
    backend,
    database_url,
    migrated_postgres,
    migrated_sqlite,
    postgres_server,
)
