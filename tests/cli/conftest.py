"""The command tests reuse the database fixtures of the storage and API tests and the tiny
season of the validator tests (parsed once a session, with its clean variant); their own
fixture prints the commands' output unwrapped."""

from __future__ import annotations

import pytest

from api.conftest import (  # noqa: F401  (fixtures shared with the API tests)
    backend,
    database_url,
    migrated_postgres,
    migrated_sqlite,
    populated_sqlite,
    postgres_server,
    site_url,
)
from etoile.cli import common
from validate.conftest import (  # noqa: F401  (fixtures shared with the validator tests)
    clean_season,
    tiny_season,
    tiny_season_data,
)


@pytest.fixture
def wide_consoles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Print the commands' tables and lines 500 columns wide, so that nothing is wrapped.

    As ``tests/seasonfile/conftest.py`` does for the error console: Rich fixes the width when
    a console is created, so the private fields are set, and restored after the test.
    """
    for console in (common.console, common.err_console):
        monkeypatch.setattr(console, "_width", 500)
        monkeypatch.setattr(console, "_height", 50)
