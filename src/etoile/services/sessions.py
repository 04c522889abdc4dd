"""Page sessions kept on the server: the cookie carries only a random id.

A session id is 256 random bits (:func:`new_session_id`); the store keeps the session's data
(the user, the CSRF token, the language ...) under the SHA-256 of the id (:func:`session_key`),
so that a leaked table or Redis dump opens no session. A session ends

- when it has been idle :data:`SESSION_DAYS` days (a visitor who has not logged in:
  :data:`ANONYMOUS_HOURS` hours, so that robots do not fill the store),
- :data:`ABSOLUTE_DAYS` days after it began, however active (a login starts a new one),
- at logout, and when its user's password changes (every other session of the user).

Two stores: :class:`DatabaseSessionStore` (the default, table ``web_sessions``) and
:class:`etoile.services.redis_sessions.RedisSessionStore` when ``ETOILE_REDIS_URL`` is set,
so that several server processes share the sessions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Protocol

from etoile.storage import Database
from etoile.storage.clock import utc_now
from etoile.storage.web_sessions import StoredWebSession, WebSessionRepository

SESSION_DAYS = 14
"""How long a page session lasts without being used."""
ABSOLUTE_DAYS = 30
"""How long a page session lasts at most, however active: then one logs in again."""
ANONYMOUS_HOURS = 24
"""How long the session of a visitor who has not logged in lasts without being used."""
TOUCH_MINUTES = 5
"""A session's last use is recorded at most this often (not a write per request)."""


def new_session_id() -> str:
    """A fresh session id: 256 random bits, URL-safe (43 characters)."""
    return secrets.token_urlsafe(32)


def session_key(session_id: str) -> str:
    """The SHA-256 (hex) under which the session ``session_id`` is stored."""
    return hashlib.sha256(session_id.encode("utf-8", "surrogatepass")).hexdigest()


def user_of(data: dict[str, Any]) -> int | None:
    """The logged-in user of a session's data (the pages keep it under ``uid``)."""
    uid = data.get("uid")
    return uid if isinstance(uid, int) and not isinstance(uid, bool) else None


@dataclass(frozen=True)
class SessionPolicy:
    """When sessions end (defaults: the module's constants)."""

    idle: dt.timedelta = dt.timedelta(days=SESSION_DAYS)
    absolute: dt.timedelta = dt.timedelta(days=ABSOLUTE_DAYS)
    anonymous_idle: dt.timedelta = dt.timedelta(hours=ANONYMOUS_HOURS)
    touch_every: dt.timedelta = dt.timedelta(minutes=TOUCH_MINUTES)

    def expires_at(
        self, created_at: dt.datetime, last_seen_at: dt.datetime, user_id: int | None
    ) -> dt.datetime:
        """When a session ends unless used again: idle expiry, capped by the absolute one.

        Parameters
        ----------
        created_at
            When the session began.
        last_seen_at
            When it was last used.
        user_id
            Its user (None: anonymous, which expires sooner).
        """
        idle = self.idle if user_id is not None else self.anonymous_idle
        return min(last_seen_at + idle, created_at + self.absolute)

    def record(
        self,
        key: str,
        data: dict[str, Any],
        now: dt.datetime,
        created_at: dt.datetime | None = None,
    ) -> StoredWebSession:
        """The stored form of a session with ``data``, used at ``now``.

        Parameters
        ----------
        key
            The hash of the session's id.
        data
            What the session holds.
        now
            The time of the request.
        created_at
            When the session began (None: now).
        """
        created = created_at or now
        uid = user_of(data)
        return StoredWebSession(
            session_hash=key,
            user_id=uid,
            data=dict(data),
            created_at=created,
            last_seen_at=now,
            expires_at=self.expires_at(created, now, uid),
        )

    def touched(self, stored: StoredWebSession, now: dt.datetime) -> StoredWebSession | None:
        """``stored`` used again at ``now``, or None when its last use is recent enough.

        Parameters
        ----------
        stored
            The session as stored.
        now
            When it is used.
        """
        if now - stored.last_seen_at < self.touch_every:
            return None
        return replace(
            stored,
            last_seen_at=now,
            expires_at=self.expires_at(stored.created_at, now, stored.user_id),
        )


class SessionStore(Protocol):
    """Where sessions live. Every method takes the session's key (:func:`session_key`)."""

    policy: SessionPolicy
    clock: Callable[[], dt.datetime]

    def load(self, key: str) -> StoredWebSession | None:
        """The live session stored under ``key``, or None (unknown, expired or ended).

        Parameters
        ----------
        key
            The hash of the session's id (:func:`session_key`).
        """
        ...

    def save(self, stored: StoredWebSession, *, new: bool = True) -> None:
        """Store the session: create it (``new``) or replace the one with the same key.

        With ``new=False`` a session ended meanwhile (a logout or a password change in
        another request) is not brought back.

        Parameters
        ----------
        stored
            The session, under its key.
        new
            May the session be created.
        """
        ...

    def delete(self, key: str) -> None:
        """End the session stored under ``key`` (nothing happens for an unknown one)."""
        ...

    def end_user_sessions(self, user_id: int, *, keep: str | None = None) -> int:
        """End every session of ``user_id`` but the one under ``keep``; returns how many.

        Parameters
        ----------
        user_id
            Whose sessions end.
        keep
            The key of a session kept open (the one that asked).
        """
        ...

    def purge(self) -> int:
        """Remove the expired sessions; returns how many."""
        ...


class DatabaseSessionStore:
    """Sessions in the database (table ``web_sessions``), the embedded default.

    Parameters
    ----------
    db
        The app's database.
    policy
        When sessions end.
    clock
        Returns the current aware time; tests pass their own.
    """

    def __init__(
        self,
        db: Database,
        policy: SessionPolicy | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self.db = db
        self.policy = policy or SessionPolicy()
        self.clock = clock

    def load(self, key: str) -> StoredWebSession | None:
        """The live session stored under ``key``, or None."""
        with self.db.transaction() as session:
            return WebSessionRepository(session, clock=self.clock).get(key)

    def save(self, stored: StoredWebSession, *, new: bool = True) -> None:
        """Store the session (create it, or replace it if it still exists)."""
        with self.db.transaction(write=True) as session:
            WebSessionRepository(session, clock=self.clock).put(stored, create=new)

    def delete(self, key: str) -> None:
        """End the session stored under ``key``."""
        with self.db.transaction(write=True) as session:
            WebSessionRepository(session, clock=self.clock).delete(key)

    def end_user_sessions(self, user_id: int, *, keep: str | None = None) -> int:
        """End every session of ``user_id`` but ``keep``."""
        with self.db.transaction(write=True) as session:
            return WebSessionRepository(session, clock=self.clock).delete_for_user(
                user_id, keep=keep
            )

    def purge(self) -> int:
        """Remove the expired sessions."""
        with self.db.transaction(write=True) as session:
            return WebSessionRepository(session, clock=self.clock).purge()
