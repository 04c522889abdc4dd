"""The command tests reuse the database fixtures of the storage and API tests, and the tiny
season of the validator tests (parsed once a session, with its clean variant)."""

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
from validate.conftest import (  # noqa: F401  (fixtures shared with the validator tests)
    clean_season,
    tiny_season,
    tiny_season_data,
)
