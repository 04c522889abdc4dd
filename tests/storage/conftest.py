"""Databases for the storage tests: a fresh, migrated SQLite file or PostgreSQL schema per test.

PostgreSQL comes from ``Settings().test_postgres_url``. Each test gets its own schema named
``etoile_test_<worker>_<random>`` (safe under pytest-xdist), selected through the connection's
``search_path`` and dropped afterwards. When the server cannot be reached the PostgreSQL tests
are skipped with the reason, except under CI (``CI=true``), where they fail instead.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from etoile.config import Settings, sqlite_url
from etoile.domain import Season
from etoile.storage import Database, upgrade
from etoile.storage.base import Base

from .builders import big_season

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


class PostgresServer:
    """The test server: hands out throw-away schemas and drops them when the session ends."""

    def __init__(self, url: str, worker: str) -> None:
        self.url = make_url(url)
        self.worker = worker
        # A short timeout: an unreachable host must skip (or fail) quickly, not hang.
        self.admin = create_engine(
            self.url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5}
        )
        self.schemas: list[str] = []

    def new_schema_url(self) -> str:
        """Create an empty schema and return a URL whose connections use it by default."""
        schema = f"etoile_test_{self.worker}_{uuid.uuid4().hex[:10]}"
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        self.schemas.append(schema)
        url = self.url.update_query_dict({"options": f"-csearch_path={schema}"})
        return url.render_as_string(hide_password=False)

    def drop_schema(self, url: str) -> None:
        """Drop the schema behind ``url`` (made by :meth:`new_schema_url`)."""
        schema = make_url(url).query["options"].removeprefix("-csearch_path=")
        assert isinstance(schema, str)
        with self.admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        self.schemas.remove(schema)

    def close(self) -> None:
        for schema in list(self.schemas):
            with self.admin.connect() as connection:
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        self.admin.dispose()


def open_postgres_server(settings: Settings, worker: str) -> PostgresServer:
    """The server at ``settings.test_postgres_url``, checked to answer.

    When it does not: ``pytest.skip`` with the reason, or ``pytest.fail`` under CI, where the
    PostgreSQL tests must run.
    """
    server = PostgresServer(settings.test_postgres_url, worker)
    try:
        with server.admin.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError as error:
        server.admin.dispose()
        reason = (
            f"PostgreSQL at {server.url.render_as_string(hide_password=True)} is unreachable "
            f"({str(error.orig).strip().splitlines()[0]}); set ETOILE_TEST_POSTGRES_URL"
        )
        if settings.ci:
            pytest.fail(f"{reason}. CI=true: the PostgreSQL tests must run.", pytrace=False)
        pytest.skip(reason)
    return server


@pytest.fixture(scope="session")
def postgres_server(request: pytest.FixtureRequest) -> Iterator[PostgresServer]:
    """The PostgreSQL test server, or a skip (a failure under CI) when it is unreachable."""
    worker = getattr(request.config, "workerinput", {}).get("workerid", "main")
    server = open_postgres_server(Settings(), worker)
    yield server
    server.close()


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgres``: parametrise with ``BACKENDS`` (``indirect=True``)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def empty_url(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Iterator[str]:
    """URL of an empty, never migrated database (for the migration tests)."""
    if backend == "sqlite":
        yield sqlite_url(tmp_path / "empty.sqlite3")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    url = server.new_schema_url()
    yield url
    server.drop_schema(url)


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file migrated once per session; tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "etoile.sqlite3"
    upgrade(sqlite_url(path))
    return path


@pytest.fixture(scope="session")
def migrated_postgres(postgres_server: PostgresServer) -> str:
    """A PostgreSQL schema migrated once per session (per xdist worker)."""
    url = postgres_server.new_schema_url()
    upgrade(url)
    return url


@pytest.fixture
def database_url(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Iterator[str]:
    """URL of a migrated database with no rows, fresh for each test."""
    if backend == "sqlite":
        path = tmp_path / "etoile.sqlite3"
        shutil.copyfile(request.getfixturevalue("migrated_sqlite"), path)
        yield sqlite_url(path)
        return
    url: str = request.getfixturevalue("migrated_postgres")
    yield url
    # Migrating a schema per test would cost half a second; emptying the few rows does not
    # (DELETE beats TRUNCATE on tables this small).
    engine = create_engine(url)
    with engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())
    engine.dispose()


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    """The migrated database, opened."""
    with Database(database_url) as database:
        yield database


@pytest.fixture(scope="session")
def big() -> Season:
    """A four-house season of 600 dancers and 600 shows, the size of the ``large`` preset."""
    return big_season()


@pytest.fixture(scope="session")
def medium() -> Season:
    """Three houses of 40 dancers and 40 shows: big enough to fail half-way through."""
    return big_season(houses=3, dancers=40, shows=40)


def row_counts(engine: Engine) -> dict[str, int]:
    """Rows in every Étoile table."""
    with engine.connect() as connection:
        return {
            table.name: connection.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }
