"""Page sessions in Redis, shared by every process of a deployment (``ETOILE_REDIS_URL``).

Each session is one key, ``<prefix>session:<sha256 of its id>``, holding its JSON record and
expiring on its own when the session does (Redis removes it: nothing to purge). Each user has
a set ``<prefix>user-sessions:<id>`` of their session keys, so that a password change can end
them all; a set may name sessions that have expired meanwhile, which is harmless.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable
from typing import Any

import redis

from etoile.services.sessions import DatabaseSessionStore, SessionPolicy, SessionStore
from etoile.storage import Database
from etoile.storage.clock import utc_now
from etoile.storage.web_sessions import StoredWebSession

PREFIX = "etoile:"
"""Prefix of every key Étoile writes in Redis."""


def connect(url: str) -> redis.Redis:
    """A client of the Redis server at ``url`` (``redis://host:port/db``), answering text.

    Connecting is lazy: an unreachable server shows at the first command, not here.
    """
    client: redis.Redis = redis.Redis.from_url(
        url, decode_responses=True, socket_connect_timeout=5, socket_timeout=5
    )
    return client


def _encode(stored: StoredWebSession) -> str:
    return json.dumps(
        {
            "user_id": stored.user_id,
            "data": stored.data,
            "created_at": stored.created_at.isoformat(),
            "last_seen_at": stored.last_seen_at.isoformat(),
            "expires_at": stored.expires_at.isoformat(),
        }
    )


def _decode(key: str, text: str) -> StoredWebSession | None:
    try:
        found: dict[str, Any] = json.loads(text)
        return StoredWebSession(
            session_hash=key,
            user_id=found["user_id"],
            data=dict(found["data"]),
            created_at=dt.datetime.fromisoformat(found["created_at"]),
            last_seen_at=dt.datetime.fromisoformat(found["last_seen_at"]),
            expires_at=dt.datetime.fromisoformat(found["expires_at"]),
        )
    except (ValueError, KeyError, TypeError):
        return None  # not ours, or from an older release: as good as no session


class RedisSessionStore:
    """Sessions in Redis.

    Parameters
    ----------
    client
        A client answering text (:func:`connect`).
    prefix
        Prefix of the keys (tests use their own, so that they share a server safely).
    policy
        When sessions end.
    clock
        Returns the current aware time; tests pass their own.
    """

    def __init__(
        self,
        client: redis.Redis,
        *,
        prefix: str = PREFIX,
        policy: SessionPolicy | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self.client = client
        self.prefix = prefix
        self.policy = policy or SessionPolicy()
        self.clock = clock

    def _key(self, key: str) -> str:
        return f"{self.prefix}session:{key}"

    def _user_key(self, user_id: int) -> str:
        return f"{self.prefix}user-sessions:{user_id}"

    def load(self, key: str) -> StoredWebSession | None:
        """The live session stored under ``key``, or None."""
        text = self.client.get(self._key(key))
        if not isinstance(text, str):
            return None
        stored = _decode(key, text)
        if stored is None or stored.expires_at <= self.clock():
            return None
        return stored

    def save(self, stored: StoredWebSession, *, new: bool = True) -> None:
        """Store the session (create it, or replace it if it still exists); Redis drops it
        at its expiry."""
        seconds = math.ceil((stored.expires_at - self.clock()).total_seconds())
        if seconds <= 0:
            self.delete(stored.session_hash)
            return
        # XX: only replace. A session ended meanwhile must not come back with this write.
        written = self.client.set(
            self._key(stored.session_hash), _encode(stored), ex=seconds, xx=not new
        )
        if written and stored.user_id is not None:
            user_key = self._user_key(stored.user_id)
            with self.client.pipeline(transaction=True) as pipe:
                pipe.sadd(user_key, stored.session_hash)
                # The set lives as long as the longest session it can name.
                pipe.expire(user_key, math.ceil(self.policy.absolute.total_seconds()))
                pipe.execute()

    def delete(self, key: str) -> None:
        """End the session stored under ``key``."""
        text = self.client.get(self._key(key))
        stored = _decode(key, text) if isinstance(text, str) else None
        with self.client.pipeline(transaction=True) as pipe:
            pipe.delete(self._key(key))
            if stored is not None and stored.user_id is not None:
                pipe.srem(self._user_key(stored.user_id), key)
            pipe.execute()

    def end_user_sessions(self, user_id: int, *, keep: str | None = None) -> int:
        """End every session of ``user_id`` but ``keep``."""
        user_key = self._user_key(user_id)
        members = self.client.smembers(user_key)
        assert isinstance(members, set)
        ending = sorted(str(m) for m in members if m != keep)
        if not ending:
            return 0
        with self.client.pipeline(transaction=True) as pipe:
            pipe.delete(*(self._key(k) for k in ending))
            pipe.srem(user_key, *ending)
            removed, _ = pipe.execute()
        return int(removed)

    def purge(self) -> int:
        """Nothing to do: Redis expires the sessions itself."""
        return 0


def session_store(db: Database, redis_url: str | None) -> SessionStore:
    """The app's session store: in Redis when ``redis_url`` is set, else in ``db``
    (:class:`~etoile.services.sessions.DatabaseSessionStore`).

    Parameters
    ----------
    db
        The database, for the sessions when there is no Redis.
    redis_url
        The Redis server's URL, or None.
    """
    if redis_url:
        return RedisSessionStore(connect(redis_url))
    return DatabaseSessionStore(db)
