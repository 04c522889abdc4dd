"""Use case: API bearer tokens, kept on the server so that they can be listed and revoked.

A token is 256 random bits given once to its owner (``POST /api/auth/token``); the database
keeps only its SHA-256, with when it was made, last used, when it expires (:data:`TOKEN_SECONDS`
later) and when it was revoked. A revoked or expired token is refused like a forged one.
Tokens past their expiry are deleted whenever a new one is issued.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from etoile.services.access import Principal
from etoile.services.auth import principal, token_hash
from etoile.storage import Database, UserNotFoundError, UserRepository
from etoile.storage.clock import utc_now
from etoile.storage.web_sessions import ApiTokenRepository, StoredApiToken

TOKEN_SECONDS = 12 * 3600
"""How long an API bearer token is valid."""
USED_EVERY_SECONDS = 60
"""A token's last use is recorded at most this often (not a write per request)."""
LABEL_LENGTH = 200
"""Longest label kept (a longer User-Agent is cut)."""


@dataclass(frozen=True)
class IssuedToken:
    """A new token: the secret, shown once, and what is stored about it."""

    secret: str
    info: StoredApiToken


@dataclass(frozen=True)
class TokenUse:
    """Who a valid token belongs to, and which token it is."""

    user: Principal
    token_id: int


class TokenService:
    """Issue, check, list and revoke the API tokens of a database.

    Parameters
    ----------
    db
        The app's database.
    clock
        Returns the current aware time; tests pass their own.
    """

    def __init__(self, db: Database, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self.db = db
        self.clock = clock

    def _tokens(self, session: Session) -> ApiTokenRepository:
        return ApiTokenRepository(session, clock=self.clock)

    def issue(self, user_id: int, label: str = "") -> IssuedToken:
        """A new token of ``user_id``, valid :data:`TOKEN_SECONDS`; expired ones are purged.

        Parameters
        ----------
        user_id
            The owner.
        label
            What they call the token.

        Returns
        -------
        IssuedToken
            The secret (shown once) and the token as stored.
        """
        secret = secrets.token_urlsafe(32)
        expires = self.clock() + dt.timedelta(seconds=TOKEN_SECONDS)
        with self.db.transaction(write=True) as session:
            tokens = self._tokens(session)
            tokens.purge()
            info = tokens.add(
                user_id, token_hash(secret), label=label[:LABEL_LENGTH], expires_at=expires
            )
        return IssuedToken(secret, info)

    def check(self, secret: str) -> TokenUse | None:
        """The owner of a live token, or None (unknown, revoked, expired, or user gone)."""
        key = token_hash(secret)
        with self.db.transaction() as session:
            found = self._tokens(session).live(key)
            if found is None:
                return None
            try:
                user = principal(UserRepository(session).get(found.user_id))
            except UserNotFoundError:
                return None
        now = self.clock()
        last = found.last_used_at
        if last is None or (now - last).total_seconds() >= USED_EVERY_SECONDS:
            with self.db.transaction(write=True) as session:
                self._tokens(session).used(found.id, now)
        return TokenUse(user, found.id)

    def of_user(self, user_id: int) -> list[StoredApiToken]:
        """The live tokens of ``user_id``, newest first."""
        with self.db.transaction() as session:
            return self._tokens(session).of_user(user_id)

    def revoke(self, user_id: int, token_id: int) -> bool:
        """Revoke ``user_id``'s live token ``token_id``; False when they have no such token.

        Parameters
        ----------
        user_id
            Who revokes; only their own tokens.
        token_id
            Which token.
        """
        with self.db.transaction(write=True) as session:
            return self._tokens(session).revoke(user_id, token_id)

    def revoke_all(self, user_id: int) -> int:
        """Revoke every live token of ``user_id``; returns how many."""
        with self.db.transaction(write=True) as session:
            return self._tokens(session).revoke_all(user_id)
