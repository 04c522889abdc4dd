"""The API tests' app: a populated database (SQLite copy, or a PostgreSQL schema) and a client.

The storage tests' database fixtures are reused: SQLite files migrated once and copied,
PostgreSQL schemas per xdist worker (skipped with the reason when the server is unreachable,
failing under CI).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

import web_kit
from etoile.config import Settings, sqlite_url
from etoile.services.jobs import Planner, ThreadJobRunner
from etoile.storage import Database
from etoile.web.app import create_app
from storage import conftest as storage_db

BACKENDS = storage_db.BACKENDS
# The storage tests' database fixtures, made visible to these tests.
backend = storage_db.backend
database_url = storage_db.database_url
migrated_postgres = storage_db.migrated_postgres
migrated_sqlite = storage_db.migrated_sqlite
postgres_server = storage_db.postgres_server


@pytest.fixture(scope="session")
def populated_sqlite(migrated_sqlite: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file with the season, plans and accounts; tests get copies."""
    path = tmp_path_factory.mktemp("populated") / "etoile.sqlite3"
    shutil.copyfile(migrated_sqlite, path)
    web_kit.populate(sqlite_url(path))
    return path


@pytest.fixture
def site_url(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> str:
    """A fresh populated database for one test."""
    if backend == "sqlite":
        path = tmp_path / "etoile.sqlite3"
        shutil.copyfile(request.getfixturevalue("populated_sqlite"), path)
        return sqlite_url(path)
    url: str = request.getfixturevalue("database_url")
    web_kit.populate(url)
    return url


def make_app(url: str, *, workers: int = 1, planner: Planner | None = None) -> FastAPI:
    """The app on ``url`` over plain HTTP, its jobs in threads (``planner``: what they run)."""
    db = Database(url)
    runner = (
        ThreadJobRunner(db, workers=workers)
        if planner is None
        else ThreadJobRunner(db, workers=workers, planner=planner)
    )
    return create_app(url, settings=Settings(secure_cookies=False), runner=runner)


def copied_app(populated: Path, tmp_path: Path, *, planner: Planner | None = None) -> FastAPI:
    """The app on a copy of the populated SQLite database ``populated``."""
    path = tmp_path / "etoile.sqlite3"
    shutil.copyfile(populated, path)
    return make_app(sqlite_url(path), planner=planner)


def make_client(url: str, *, workers: int = 1) -> TestClient:
    """A test client of the app on ``url`` (enter it to run the app's lifespan)."""
    return TestClient(make_app(url, workers=workers))


@pytest.fixture
def client(site_url: str) -> Iterator[TestClient]:
    """A client of the app on the test's database."""
    with make_client(site_url) as c:
        yield c


def bearer(client: TestClient, login: str) -> dict[str, str]:
    """Headers with a bearer token of ``login``."""
    answer = client.post("/api/auth/token", json={"login": login, "password": web_kit.PASSWORD})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}
