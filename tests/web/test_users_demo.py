"""The demo accounts have names (shown in the pages' header instead of the login), and the
migration that lets a director deactivate accounts runs on SQLite."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from etoile.config import sqlite_url
from etoile.demo import generate
from etoile.services.auth import authenticate
from etoile.services.demo_users import DEMO_PASSWORD, add_demo_users, demo_users
from etoile.storage import Database, UserRepository, alembic_config, make_engine, upgrade


def test_every_demo_account_has_a_name() -> None:
    season = generate("tiny", 0)
    users = demo_users(season)
    assert users
    for u in users:
        assert u.name and u.name != u.login
        if u.dancer is not None:
            assert u.name == season.dancers[u.dancer].item.name
    by_login = {u.login: u.name for u in users}
    assert by_login["nyc-director"] == "Eleanor Whitcombe"
    assert by_login["par-director"] == "Hélène Vasseur"


def test_demo_accounts_get_their_names_even_when_made_before(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "demo.sqlite3")
    upgrade(url)
    season = generate("tiny", 0)
    with Database(url) as db, db.transaction() as session:
        # An account made by an older `etoile demo`, without a name.
        UserRepository(session).add("nyc-director", "x", "director", "nyc")
    add_demo_users(url, season)
    with Database(url) as db:
        with db.transaction() as session:
            names = {u.login: u.name for u in UserRepository(session).list()}
        found = authenticate(db, "par-director", DEMO_PASSWORD)
    assert names == {u.login: u.name for u in demo_users(season)}
    assert found is not None and found.name == "Hélène Vasseur"


def test_the_active_flag_migrates_up_and_down_on_sqlite(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "old.sqlite3")
    assert upgrade(url, "0004_plan_edits") == "0004_plan_edits"
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO users (login, name, password_hash, role, company, language, "
                "created_at) VALUES ('old', '', 'h', 'finance', 'nyc', 'en', "
                "'2026-01-01 00:00:00')"
            )
        )
    assert upgrade(url, "0005_user_active") == "0005_user_active"
    with Database(url) as db, db.transaction() as session:
        old = UserRepository(session).by_login("old")
        assert old is not None and old.active
        UserRepository(session).set_active(old.id, False)
    with Database(url) as db, db.transaction() as session:
        old = UserRepository(session).by_login("old")
        assert old is not None and not old.active
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0004_plan_edits")
    with engine.connect() as connection:
        columns = connection.execute(text("PRAGMA table_info(users)")).all()
    assert "active" not in {c[1] for c in columns}
    engine.dispose()
