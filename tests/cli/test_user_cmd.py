"""``etoile user add`` (and the demo's accounts): users the web app can log in with."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner

import web_kit as kit
from etoile.cli import user_cmd
from etoile.config import sqlite_url
from etoile.services.access import Role
from etoile.services.auth import authenticate
from etoile.services.demo_users import DEMO_PASSWORD, add_demo_users, demo_users
from etoile.storage import Database, UserRepository, upgrade

runner = CliRunner()
app = typer.Typer(pretty_exceptions_enable=False)
user_cmd.register(app)


def etoile(*args: str, stdin: str = "") -> tuple[int, str]:
    result = runner.invoke(app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_user_add_reads_the_password_from_stdin(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "etoile.sqlite3")
    upgrade(url)
    code, out = etoile(
        "user", "add", "lea", "--role", "dancer", "--company", "par", "--dancer", "par-lea",
        "--lang", "fr", "--password-stdin", "--url", url, stdin="un mot de passe\n",
    )  # fmt: skip
    assert (code, out) == (0, "User lea added: dancer of par.\n")
    with Database(url) as db:
        user = authenticate(db, "lea", "un mot de passe")
    assert user is not None
    assert (user.role, user.dancer, user.language) == (Role.DANCER, "par-lea", "fr")


def test_user_add_refuses_bad_input_with_exit_2(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "etoile.sqlite3")
    upgrade(url)
    base = ["user", "add", "sam", "--company", "nyc", "--password-stdin", "--url", url]
    code, out = etoile(*base, "--role", "dancer", stdin="long enough\n")
    assert (code, out.strip()) == (2, "Error: a dancer's account needs --dancer ID")
    code, out = etoile(*base, "--role", "finance", stdin="short\n")
    assert (code, out.strip()) == (2, "Error: the password must have at least 8 characters")
    assert etoile(*base, "--role", "finance", stdin="long enough\n")[0] == 0
    code, out = etoile(*base, "--role", "finance", stdin="long enough\n")
    assert (code, out.strip()) == (2, "Error: a user 'sam' already exists")


def test_the_demo_has_one_account_per_role_and_house(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "etoile.sqlite3")
    upgrade(url)
    season = kit.season()
    add_demo_users(url, season)
    add_demo_users(url, season)  # again: nothing new, nothing broken
    with Database(url) as db:
        with db.transaction() as session:
            stored = {
                (u.login, u.role, u.company, u.dancer) for u in UserRepository(session).list()
            }
        assert authenticate(db, "par-dancer", DEMO_PASSWORD) is not None
    assert stored == {(u.login, u.role.value, u.company, u.dancer) for u in demo_users(season)}
    assert len(stored) == 8
    assert ("par-dancer", "dancer", "par", kit.PAR_DANCER) in stored
