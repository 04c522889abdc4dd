"""The page tests reuse the API tests' populated databases and clients."""

from __future__ import annotations

from api.conftest import (  # noqa: F401  (fixtures shared with the API tests)
    backend,
    client,
    database_url,
    migrated_postgres,
    migrated_sqlite,
    populated_sqlite,
    postgres_server,
    site_url,
)
