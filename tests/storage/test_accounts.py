"""User accounts as stored: added once per login, looked up exactly, listed by login, their
name, hash and activity changed in place, and the table's rules refused with a clear error."""

from __future__ import annotations

import datetime as dt

import pytest

from etoile.storage import ConstraintError, Database, UserExistsError, UserNotFoundError
from etoile.storage.accounts import UserRepository

T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def test_a_user_is_added_once_and_found_by_exact_login(db: Database) -> None:
    with db.transaction(write=True) as session:
        users = UserRepository(session, clock=lambda: T0)
        ava = users.add("ava", "h1", "dancer", "nyc", dancer="nyc-ava", name="Ava Linden")
        assert (ava.login, ava.name, ava.created_at, ava.active, ava.language) == (
            "ava",
            "Ava Linden",
            T0,
            True,
            "en",
        )
        with pytest.raises(UserExistsError):
            users.add("ava", "h2", "director", "nyc")
        assert users.by_login("ava") == ava
        assert users.by_login("AVA") is None  # exact, case included
        assert users.get(ava.id) == ava
        with pytest.raises(UserNotFoundError):
            users.get(ava.id + 1)


def test_lists_are_by_login(db: Database) -> None:
    with db.transaction(write=True) as session:
        users = UserRepository(session)
        for login, company in [("zoe", "par"), ("ava", "nyc"), ("mia", "par")]:
            users.add(login, "h", "director", company)
        assert [u.login for u in users.list()] == ["ava", "mia", "zoe"]
        assert [u.login for u in users.of_company("par")] == ["mia", "zoe"]
        assert users.of_company("cph") == []


def test_name_hash_and_activity_change_in_place(db: Database) -> None:
    with db.transaction(write=True) as session:
        users = UserRepository(session)
        ben = users.add("ben", "old", "ballet_master", "nyc")
        users.set_name(ben.id, "Ben Okafor")
        users.set_password_hash(ben.id, "new")
        users.set_active(ben.id, False)
        changed = users.get(ben.id)
    assert (changed.name, changed.password_hash, changed.active) == ("Ben Okafor", "new", False)


def test_a_role_the_table_does_not_know_is_refused(db: Database) -> None:
    with db.transaction(write=True) as session:
        users = UserRepository(session)
        with pytest.raises(ConstraintError, match="could not add user 'eve'"):
            users.add("eve", "h", "emperor", "nyc")
        assert users.by_login("eve") is None  # nothing half-written
