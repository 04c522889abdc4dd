"""One Settings object. Environment variables are read here and nowhere else."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DATABASE_FILE = "etoile.sqlite3"


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


class SettingsError(ValueError):
    """An environment variable whose value Étoile cannot read (the message names it)."""


def _env_int(name: str, default: int, least: int = 1) -> int:
    raw = _env(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = least - 1
    if value < least:
        raise SettingsError(f"{name} must be a whole number of at least {least}, not {raw!r}")
    return value


@dataclass(frozen=True)
class Settings:
    """Run-time settings.

    Attributes
    ----------
    database_url
        SQLAlchemy URL. Default: an SQLite file ``etoile.sqlite3`` in the working directory;
        ``ETOILE_DATABASE_URL`` overrides it (``postgresql+psycopg://...`` for PostgreSQL).
    test_postgres_url
        The PostgreSQL server the test suite uses (``ETOILE_TEST_POSTGRES_URL``).
    ci
        True under CI (``CI=true``): tests that need PostgreSQL must run, not skip.
    shared_dir
        The shared reference folder: public benchmark instances and calibration data
        (``ETOILE_SHARED_DIR``; default ``../shared`` beside the repository).
    workers, seed, time_limit
        Solver defaults for the CLI.
    secure_cookies
        Send the session cookie over HTTPS only. On by default; ``etoile serve --dev`` (or
        ``ETOILE_SECURE_COOKIES=false``) turns it off to use the app over plain HTTP on one's
        own machine.
    job_workers
        Solving jobs the web app runs at once (``ETOILE_JOB_WORKERS``, default 1).
    public_url
        The web app's address as its readers reach it, e.g. ``https://etoile.example.org``
        (``ETOILE_PUBLIC_URL``). Calendar feed addresses are built from it; ``etoile serve``
        defaults it to its own host and port.
    redis_url
        A Redis server shared by the web app's processes (``ETOILE_REDIS_URL``, e.g.
        ``redis://127.0.0.1:6379/0``). When set, sessions, login throttling and the job queue
        live there, so that ``etoile serve --workers N`` and ``etoile worker`` processes share
        them; when unset (the embedded default) sessions are kept in the database and jobs run
        inside the web process.
    """

    database_url: str = field(
        default_factory=lambda: (
            _env("ETOILE_DATABASE_URL") or f"sqlite:///{Path(DEFAULT_DATABASE_FILE).resolve()}"
        )
    )
    test_postgres_url: str = field(
        default_factory=lambda: (
            _env("ETOILE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
            or ""
        )
    )
    ci: bool = field(default_factory=lambda: (_env("CI", "") or "").lower() in ("1", "true", "yes"))
    shared_dir: Path = field(default_factory=lambda: _shared_dir())
    workers: int = 2
    seed: int = 0
    time_limit: float = 30.0
    secure_cookies: bool = field(
        default_factory=lambda: (
            (_env("ETOILE_SECURE_COOKIES", "") or "").lower() not in ("0", "false", "no")
        )
    )
    job_workers: int = field(default_factory=lambda: _env_int("ETOILE_JOB_WORKERS", 1))
    public_url: str | None = field(default_factory=lambda: _env("ETOILE_PUBLIC_URL"))
    redis_url: str | None = field(default_factory=lambda: _env("ETOILE_REDIS_URL"))


def _shared_dir() -> Path:
    """The shared reference folder (benchmarks, calibration data) beside the repository."""
    explicit = _env("ETOILE_SHARED_DIR")
    if explicit:
        return Path(explicit)
    beside_repo = Path(__file__).resolve().parents[2].parent / "shared"
    for candidate in (beside_repo, Path("/work/shared")):
        if candidate.is_dir():
            return candidate
    return beside_repo


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of an SQLite file."""
    return f"sqlite:///{path.resolve()}"


def get_settings() -> Settings:
    """Settings from the environment, read afresh (cheap; tests change the environment)."""
    return Settings()


def export_web_settings(settings: Settings) -> None:
    """Write the web app's settings to this process's environment, so that the processes it
    starts (``etoile serve --workers N``: each builds its app from the environment) get the
    ones its command line chose (database, cookies, public address)."""
    values = {
        "ETOILE_DATABASE_URL": settings.database_url,
        "ETOILE_SECURE_COOKIES": "true" if settings.secure_cookies else "false",
        "ETOILE_PUBLIC_URL": settings.public_url,
    }
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
