"""The one Settings object: what each environment variable sets, and what an empty one means."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from etoile.config import Settings, export_web_settings, get_settings, sqlite_url

VARIABLES = (
    "ETOILE_DATABASE_URL",
    "ETOILE_SECURE_COOKIES",
    "ETOILE_PUBLIC_URL",
    "ETOILE_REDIS_URL",
    "ETOILE_JOB_WORKERS",
    "ETOILE_SHARED_DIR",
    "CI",
)


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No Étoile variable set, and an empty working folder."""
    for name in VARIABLES:
        # Set first, so that monkeypatch restores the variable as it was (even absent) after
        # export_web_settings, which writes os.environ itself.
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_defaults_without_any_variable(clean_environment: Path) -> None:
    settings = get_settings()
    assert settings.database_url == f"sqlite:///{clean_environment.resolve()}/etoile.sqlite3"
    assert (settings.secure_cookies, settings.job_workers, settings.ci) == (True, 1, False)
    assert (settings.public_url, settings.redis_url) == (None, None)
    assert (settings.workers, settings.seed, settings.time_limit) == (2, 0, 30.0)


def test_an_empty_variable_is_no_variable(
    clean_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("ETOILE_DATABASE_URL", "ETOILE_REDIS_URL", "ETOILE_PUBLIC_URL"):
        monkeypatch.setenv(name, "")
    settings = get_settings()
    assert settings.database_url.endswith("/etoile.sqlite3")
    assert (settings.redis_url, settings.public_url) == (None, None)


@pytest.mark.parametrize(
    ("value", "secure"),
    [("false", False), ("FALSE", False), ("0", False), ("no", False), ("true", True), ("", True)],
)
def test_only_false_0_or_no_turn_secure_cookies_off(
    clean_environment: Path, monkeypatch: pytest.MonkeyPatch, value: str, secure: bool
) -> None:
    monkeypatch.setenv("ETOILE_SECURE_COOKIES", value)
    assert get_settings().secure_cookies is secure


@pytest.mark.parametrize(("value", "ci"), [("true", True), ("1", True), ("YES", True), ("", False)])
def test_ci_is_read_from_true_1_or_yes(
    clean_environment: Path, monkeypatch: pytest.MonkeyPatch, value: str, ci: bool
) -> None:
    monkeypatch.setenv("CI", value)
    assert get_settings().ci is ci


def test_the_variables_set_their_settings(
    clean_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ETOILE_DATABASE_URL", "postgresql+psycopg://etoile@db/etoile")
    monkeypatch.setenv("ETOILE_JOB_WORKERS", "3")
    monkeypatch.setenv("ETOILE_REDIS_URL", "redis://127.0.0.1:6379/2")
    monkeypatch.setenv("ETOILE_SHARED_DIR", str(clean_environment / "shared"))
    settings = get_settings()
    assert settings.database_url == "postgresql+psycopg://etoile@db/etoile"
    assert (settings.job_workers, settings.redis_url) == (3, "redis://127.0.0.1:6379/2")
    assert settings.shared_dir == clean_environment / "shared"


def test_an_sqlite_url_is_absolute(clean_environment: Path) -> None:
    assert sqlite_url(Path("data/e.sqlite3")) == f"sqlite:///{clean_environment}/data/e.sqlite3"


def test_the_web_settings_are_exported_for_the_processes_it_starts(
    clean_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ETOILE_PUBLIC_URL", "https://old.example.org")
    chosen = Settings(
        database_url="sqlite:////srv/etoile.sqlite3", secure_cookies=False, public_url=None
    )
    export_web_settings(chosen)
    assert os.environ["ETOILE_DATABASE_URL"] == "sqlite:////srv/etoile.sqlite3"
    assert os.environ["ETOILE_SECURE_COOKIES"] == "false"
    assert "ETOILE_PUBLIC_URL" not in os.environ  # None removes the old value
    again = get_settings()
    assert (again.database_url, again.secure_cookies, again.public_url) == (
        chosen.database_url,
        False,
        None,
    )
