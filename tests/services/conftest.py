"""The services tests that run the site or a worker reuse the API tests' populated databases
(an SQLite copy, or a PostgreSQL schema)."""

from __future__ import annotations

from api.conftest import (  # noqa: F401  (fixtures shared with the API tests)
    backend,
    database_url,
    migrated_postgres,
    migrated_sqlite,
    populated_sqlite,
    postgres_server,
    site_url,
)
