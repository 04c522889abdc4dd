"""``etoile db``: upgrade, load, export and list, and clear exits (code 2) on bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from etoile.cli import db_cmd
from etoile.config import sqlite_url
from etoile.seasonfile import dump_season, load_season
from etoile.storage import Database
from storage.conftest import row_counts

runner = CliRunner()
# Only the db commands: the full app imports every solver and chart library, seconds of startup.
app = typer.Typer(pretty_exceptions_enable=False)
db_cmd.register(app)


def etoile(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


@pytest.fixture
def url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path / "cli.sqlite3")


@pytest.fixture
def season_file(tmp_path: Path, tiny_season_file: Path) -> Path:
    """The tiny season in the canonical form the writer produces."""
    path = tmp_path / "season.yaml"
    dump_season(load_season(tiny_season_file), path)
    return path


def test_upgrade_load_list_export_round_trip(url: str, season_file: Path, tmp_path: Path) -> None:
    assert etoile("db", "upgrade", "--url", url) == (
        0,
        f"Database {url} is at revision 0007_plan_document_revision.\n",
    )
    code, out = etoile("db", "load", str(season_file), "--url", url)
    assert code == 0
    assert "Loaded season tiny-2026: 2 companies, 13 dancers, 6 performances" in out

    code, out = etoile("db", "list", "--url", url)
    assert code == 0
    assert "tiny-2026" in out

    exported = tmp_path / "exported.yaml"
    assert etoile("db", "export", "tiny-2026", "-o", str(exported), "--url", url)[0] == 0
    assert exported.read_bytes() == season_file.read_bytes()


def test_url_comes_from_the_environment(
    url: str, season_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ETOILE_DATABASE_URL", url)
    assert etoile("db", "upgrade")[0] == 0
    assert etoile("db", "load", str(season_file))[0] == 0
    assert etoile("db", "load", "--replace", str(season_file))[0] == 0
    assert "tiny-2026" in etoile("db", "list")[1]


def test_list_of_an_empty_database(database_url: str) -> None:
    url = database_url
    assert etoile("db", "list", "--url", url) == (0, f"No seasons in {url}.\n")


def _assert_refused(args: list[str], message: str) -> None:
    code, out = etoile(*args)
    assert code == 2
    assert message in " ".join(out.split())
    assert "Traceback" not in out


def test_missing_season_file(database_url: str, tmp_path: Path) -> None:
    url = database_url
    _assert_refused(["db", "load", str(tmp_path / "nope.yaml"), "--url", url], "file not found")
    with Database(url) as db:
        assert sum(row_counts(db.engine).values()) == 0


def test_invalid_season_file(database_url: str, tmp_path: Path, season_file: Path) -> None:
    url = database_url
    bad = tmp_path / "bad.yaml"
    bad.write_text(season_file.read_text().replace("capacity: 2544", "capacity: lots"))
    _assert_refused(["db", "load", str(bad), "--url", url], "Invalid input: 1 problem(s)")
    with Database(url) as db:
        assert sum(row_counts(db.engine).values()) == 0


def test_duplicate_season_without_replace(database_url: str, season_file: Path) -> None:
    url = database_url
    assert etoile("db", "load", str(season_file), "--url", url)[0] == 0
    with Database(url) as db:
        before = row_counts(db.engine)
    _assert_refused(
        ["db", "load", str(season_file), "--url", url],
        "Error: season 'tiny-2026' is already in the database; load it with replace (--replace)",
    )
    with Database(url) as db:
        assert row_counts(db.engine) == before


def test_unknown_season_id(database_url: str, tmp_path: Path) -> None:
    url = database_url
    out = tmp_path / "out.yaml"
    _assert_refused(
        ["db", "export", "nope", "-o", str(out), "--url", url],
        "Error: no season 'nope' in the database",
    )
    assert not out.exists()


def test_database_not_upgraded(url: str, season_file: Path) -> None:
    _assert_refused(["db", "load", str(season_file), "--url", url], "run `etoile db upgrade`")


def test_unusable_urls(tmp_path: Path) -> None:
    _assert_refused(["db", "list", "--url", "nosuchdb://x"], "not a usable database URL")
    _assert_refused(
        ["db", "upgrade", "--url", sqlite_url(tmp_path / "missing-dir" / "x.sqlite3")],
        "unable to open database file",
    )
