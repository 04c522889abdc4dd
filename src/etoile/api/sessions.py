"""``request.session`` kept on the server: an ASGI middleware in place of Starlette's signed
cookie, so that logging out ends a session for good.

The cookie ``etoile_session`` carries only a random id (:func:`etoile.services.sessions.
new_session_id`); the session's dict is loaded from the app's store before the request and
saved after it, only when it changed (or, every few minutes, to record that it was used).
Pages and dependencies use ``request.session`` as a plain dict; :func:`rotate_session` (at
login) gives the session a new id, and :func:`end_session` (at logout) deletes it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Callable
from typing import Any

import anyio.to_thread
from starlette.datastructures import MutableHeaders
from starlette.requests import HTTPConnection, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from etoile.services.sessions import SessionStore, new_session_id, session_key
from etoile.storage.web_sessions import StoredWebSession

COOKIE = "etoile_session"
"""Name of the session cookie."""
PURGE_EVERY_SECONDS = 600.0
"""A process deletes expired sessions at most this often (when it starts a new one)."""
_SESSION_ID = re.compile(r"[A-Za-z0-9_-]{43}")


class ServerSession(dict[str, Any]):
    """A request's session: a dict, that also knows which stored session it came from.

    Parameters
    ----------
    stored
        The stored session the dict was loaded from (None: a new session).
    """

    def __init__(self, stored: StoredWebSession | None) -> None:
        super().__init__(stored.data if stored is not None else {})
        self.stored = stored
        self.renew = False

    @property
    def key(self) -> str | None:
        """The store key of the session this request came with, if any."""
        return self.stored.session_hash if self.stored is not None else None


def _server_session(request: Request) -> ServerSession:
    session = request.session
    assert isinstance(session, ServerSession), "ServerSessions middleware is not installed"
    return session


def rotate_session(request: Request) -> None:
    """Give the session a new id at the end of this request (after a login, so that an id
    planted in a browser before it is worth nothing), keeping its data."""
    _server_session(request).renew = True


def end_session(request: Request) -> None:
    """End the session: its data is deleted from the store, its id never works again."""
    session = _server_session(request)
    session.clear()
    session.renew = True


def session_key_of(request: Request) -> str | None:
    """The store key of the reader's current session (None without one)."""
    return _server_session(request).key


def _snapshot(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, default=str)


class ServerSessions:
    """The middleware.

    Parameters
    ----------
    app
        The ASGI app it wraps.
    store
        Returns the session store (read on every request, so that tests may swap it).
    secure
        Send the cookie over HTTPS only.
    skip
        Path prefixes whose requests never use the session (static files): no store access.
    """

    def __init__(
        self,
        app: ASGIApp,
        store: Callable[[], SessionStore],
        secure: bool,
        skip: tuple[str, ...] = ("/static/",),
    ) -> None:
        self.app = app
        self.store = store
        self.secure = secure
        self.skip = skip
        self._last_purge = -PURGE_EVERY_SECONDS

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if str(scope.get("path", "")).startswith(self.skip):
            scope["session"] = ServerSession(None)
            await self.app(scope, receive, send)
            return
        store = self.store()
        sent_id = HTTPConnection(scope).cookies.get(COOKIE)
        stored = None
        if sent_id is not None and _SESSION_ID.fullmatch(sent_id):
            stored = await anyio.to_thread.run_sync(store.load, session_key(sent_id))
        session = ServerSession(stored)
        scope["session"] = session
        before = _snapshot(session)

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                cookie = await anyio.to_thread.run_sync(
                    self._commit, store, session, before, sent_id is not None
                )
                if cookie is not None:
                    MutableHeaders(scope=message).append("set-cookie", cookie)
            await send(message)

        await self.app(scope, receive, send_with_cookie)

    def _commit(
        self, store: SessionStore, session: ServerSession, before: str, had_cookie: bool
    ) -> str | None:
        """Save what changed; the Set-Cookie header to send, if any."""
        now = store.clock()
        data = dict(session)
        stored = session.stored
        if stored is not None and (session.renew or not data):
            store.delete(stored.session_hash)
            stored = None
        if not data:
            return self._expired_cookie() if had_cookie else None
        if stored is None:
            # A new session, or a new id for the same data (login).
            session_id = new_session_id()
            store.save(store.policy.record(session_key(session_id), data, now))
            self._purge_now_and_then(store)
            return self._cookie(session_id, store.policy.absolute)
        # Replacing only (new=False): a session ended by another request meanwhile (a
        # password change elsewhere) must not be brought back by this one's write.
        if _snapshot(data) != before:
            renewed = store.policy.record(stored.session_hash, data, now, stored.created_at)
            store.save(renewed, new=False)
        else:
            touched = store.policy.touched(stored, now)
            if touched is not None:
                store.save(touched, new=False)
        return None

    def _purge_now_and_then(self, store: SessionStore) -> None:
        now = time.monotonic()
        if now - self._last_purge >= PURGE_EVERY_SECONDS:
            self._last_purge = now
            store.purge()

    def _cookie(self, value: str, max_age: dt.timedelta) -> str:
        parts = [
            f"{COOKIE}={value}",
            "path=/",
            f"Max-Age={int(max_age.total_seconds())}",
            "httponly",
            "samesite=lax",
        ]
        if self.secure:
            parts.append("secure")
        return "; ".join(parts)

    def _expired_cookie(self) -> str:
        parts = [
            f"{COOKIE}=",
            "path=/",
            "Max-Age=0",
            "expires=Thu, 01 Jan 1970 00:00:00 GMT",
            "httponly",
            "samesite=lax",
        ]
        if self.secure:
            parts.append("secure")
        return "; ".join(parts)
