"""Without a PostgreSQL server the tests skip, with the reason, except under CI: they fail."""

from __future__ import annotations

import pytest

from etoile.config import Settings

from .conftest import open_postgres_server

NOWHERE = "postgresql+psycopg://postgres@127.0.0.1:1/test"  # port 1: nothing listens


def test_unreachable_server_skips_with_the_reason() -> None:
    with pytest.raises(
        pytest.skip.Exception, match=r"PostgreSQL at \S+@127\.0\.0\.1:1/test is unreachable"
    ):
        open_postgres_server(Settings(test_postgres_url=NOWHERE, ci=False), "gw0")


def test_unreachable_server_fails_under_ci() -> None:
    with pytest.raises(pytest.fail.Exception, match="CI=true: the PostgreSQL tests must run"):
        open_postgres_server(Settings(test_postgres_url=NOWHERE, ci=True), "gw0")
