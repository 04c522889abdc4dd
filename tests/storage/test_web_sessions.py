"""Page sessions as stored: live until they expire, replaced in place, never recreated once
ended elsewhere, ended for a user but the one making the change, purged when expired."""

from __future__ import annotations

import datetime as dt

from etoile.storage import Database, UserRepository
from etoile.storage.web_sessions import StoredWebSession, WebSessionRepository

T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)


def _session(key: str, user: int | None, *, hours: int = 2, **data: str) -> StoredWebSession:
    return StoredWebSession(key, user, dict(data), T0, T0, T0 + hours * HOUR)


def test_a_session_is_live_until_it_expires(db: Database) -> None:
    now = [T0]
    with db.transaction(write=True) as session:
        repo = WebSessionRepository(session, clock=lambda: now[0])
        assert repo.put(_session("h1", None, lang="fr")) is True
        found = repo.get("h1")
        assert found is not None and (found.data, found.user_id) == ({"lang": "fr"}, None)
        now[0] = T0 + 2 * HOUR  # exactly at its expiry: gone
        assert repo.get("h1") is None
        assert repo.get("unknown") is None


def test_put_replaces_and_does_not_recreate_an_ended_session(db: Database) -> None:
    with db.transaction(write=True) as session:
        repo = WebSessionRepository(session, clock=lambda: T0)
        repo.put(_session("h1", None, lang="en"))
        assert repo.put(_session("h1", None, lang="fr"), create=False) is True
        assert repo.get("h1").data == {"lang": "fr"}  # type: ignore[union-attr]
        assert repo.delete("h1") == 1
        # Ended meanwhile (a logout elsewhere): a late write does not bring it back.
        assert repo.put(_session("h1", None, lang="de"), create=False) is False
        assert repo.get("h1") is None
        assert repo.delete("h1") == 0


def test_a_session_of_an_unknown_user_is_stored_anonymous(db: Database) -> None:
    with db.transaction(write=True) as session:
        repo = WebSessionRepository(session, clock=lambda: T0)
        repo.put(_session("h1", 999))
        assert repo.get("h1").user_id is None  # type: ignore[union-attr]


def test_a_password_change_ends_every_other_session_of_the_user(db: Database) -> None:
    with db.transaction(write=True) as session:
        users = UserRepository(session)
        ava = users.add("ava", "hash", "dancer", "nyc", dancer="nyc-ava").id
        ben = users.add("ben", "hash", "dancer", "nyc", dancer="nyc-ben").id
        repo = WebSessionRepository(session, clock=lambda: T0)
        for key, user in [("a1", ava), ("a2", ava), ("a3", ava), ("b1", ben)]:
            repo.put(_session(key, user))
        # Ava changes her password from a2: a1 and a3 end, a2 and Ben's session stay.
        assert repo.delete_for_user(ava, keep="a2") == 2
        assert [repo.get(k) is not None for k in ["a1", "a2", "a3", "b1"]] == [
            False,
            True,
            False,
            True,
        ]
        assert repo.delete_for_user(ava) == 1


def test_purge_removes_only_expired_sessions(db: Database) -> None:
    with db.transaction(write=True) as session:
        repo = WebSessionRepository(session, clock=lambda: T0 + 3 * HOUR)
        repo.put(_session("short", None, hours=2))  # expired an hour ago
        repo.put(_session("long", None, hours=4))
        assert repo.count() == 2
        assert repo.purge() == 1
        assert (repo.count(), repo.get("long") is not None) == (1, True)
