"""Page sessions and API bearer tokens, inside the caller's session.

Like :mod:`etoile.storage.accounts`, the repositories store what they are given: the session
ids and token secrets are hashed by :mod:`etoile.services.sessions` and
:mod:`etoile.services.tokens`, so that no clear secret ever reaches this layer. Expiry times
are decided there too; here a row past its ``expires_at`` simply is not found.
"""

from __future__ import annotations

import builtins
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update

from etoile.storage.models import ApiTokenRow, UserRow, WebSessionRow
from etoile.storage.repository import Repository


def _count(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


@dataclass(frozen=True)
class StoredWebSession:
    """A page session as stored (under the hash of its id)."""

    session_hash: str
    user_id: int | None
    data: dict[str, Any]
    created_at: dt.datetime
    last_seen_at: dt.datetime
    expires_at: dt.datetime


def _web_session(row: WebSessionRow) -> StoredWebSession:
    return StoredWebSession(
        session_hash=row.session_hash,
        user_id=row.user_id,
        data=dict(row.data),
        created_at=row.created_at,
        last_seen_at=row.last_seen_at,
        expires_at=row.expires_at,
    )


class WebSessionRepository(Repository):
    """Page sessions in the database."""

    def get(self, session_hash: str) -> StoredWebSession | None:
        """The live session stored under ``session_hash``, or None (unknown or expired)."""
        row = self._session.scalar(
            select(WebSessionRow).where(
                WebSessionRow.session_hash == session_hash,
                WebSessionRow.expires_at > self._clock(),
            )
        )
        return None if row is None else _web_session(row)

    def put(self, stored: StoredWebSession, *, create: bool = True) -> bool:
        """Store ``stored``, replacing the session with the same hash if there is one.

        With ``create=False`` only an existing session is replaced: one ended meanwhile (by
        a logout or a password change elsewhere) stays ended. Returns whether it was stored.

        Parameters
        ----------
        stored
            The session, under the hash of its id; an unknown user is stored as none.
        create
            Whether a session not stored yet may be added.
        """
        # A user deleted meanwhile: keep the session anonymous rather than break the key.
        user_id = stored.user_id
        if user_id is not None and self._session.get(UserRow, user_id) is None:
            user_id = None
        row = self._session.scalar(
            select(WebSessionRow).where(WebSessionRow.session_hash == stored.session_hash)
        )
        if row is None:
            if not create:
                return False
            row = WebSessionRow(session_hash=stored.session_hash)
            self._session.add(row)
        row.user_id = user_id
        row.data = dict(stored.data)
        row.created_at = stored.created_at
        row.last_seen_at = stored.last_seen_at
        row.expires_at = stored.expires_at
        return True

    def delete(self, session_hash: str) -> int:
        """Remove the session; returns how many were removed (0 or 1)."""
        return _count(
            self._session.execute(
                delete(WebSessionRow).where(WebSessionRow.session_hash == session_hash)
            )
        )

    def delete_for_user(self, user_id: int, *, keep: str | None = None) -> int:
        """Remove every session of ``user_id`` but the one stored under ``keep``.

        Parameters
        ----------
        user_id
            Whose sessions end.
        keep
            The hash of the one session to keep (the one making the change), if any.

        Returns
        -------
        int
            How many sessions were removed.
        """
        query = delete(WebSessionRow).where(WebSessionRow.user_id == user_id)
        if keep is not None:
            query = query.where(WebSessionRow.session_hash != keep)
        return _count(self._session.execute(query))

    def purge(self) -> int:
        """Remove the expired sessions; returns how many."""
        return _count(
            self._session.execute(
                delete(WebSessionRow).where(WebSessionRow.expires_at <= self._clock())
            )
        )

    def count(self) -> int:
        """Sessions stored, expired ones included (until purged)."""
        return self._session.scalar(select(func.count()).select_from(WebSessionRow)) or 0


@dataclass(frozen=True)
class StoredApiToken:
    """An API token as stored (its hash stays here: never send it to a client)."""

    id: int
    user_id: int
    label: str
    created_at: dt.datetime
    last_used_at: dt.datetime | None
    expires_at: dt.datetime
    revoked_at: dt.datetime | None


def _api_token(row: ApiTokenRow) -> StoredApiToken:
    return StoredApiToken(
        id=row.id,
        user_id=row.user_id,
        label=row.label,
        created_at=row.created_at,
        last_used_at=row.last_used_at,
        expires_at=row.expires_at,
        revoked_at=row.revoked_at,
    )


class ApiTokenRepository(Repository):
    """API bearer tokens in the database, stored as hashes."""

    def add(
        self, user_id: int, token_hash: str, *, label: str, expires_at: dt.datetime
    ) -> StoredApiToken:
        """Store a new token of ``user_id``.

        Parameters
        ----------
        user_id
            The token's owner.
        token_hash
            The hash of its secret.
        label
            What its owner called it.
        expires_at
            When it stops working.

        Returns
        -------
        StoredApiToken
            The token as stored, with its id.
        """
        row = ApiTokenRow(
            user_id=user_id,
            token_hash=token_hash,
            label=label,
            created_at=self._clock(),
            expires_at=expires_at,
        )
        self._session.add(row)
        self._session.flush()
        return _api_token(row)

    def live(self, token_hash: str) -> StoredApiToken | None:
        """The token stored under ``token_hash`` if neither revoked nor expired, else None."""
        row = self._session.scalar(
            select(ApiTokenRow).where(
                ApiTokenRow.token_hash == token_hash,
                ApiTokenRow.revoked_at.is_(None),
                ApiTokenRow.expires_at > self._clock(),
            )
        )
        return None if row is None else _api_token(row)

    def used(self, token_id: int, when: dt.datetime) -> None:
        """Record a use of the token.

        Parameters
        ----------
        token_id
            The token just used.
        when
            The time of the request.
        """
        self._session.execute(
            update(ApiTokenRow).where(ApiTokenRow.id == token_id).values(last_used_at=when)
        )

    def of_user(self, user_id: int) -> builtins.list[StoredApiToken]:
        """The live tokens of ``user_id``, newest first."""
        rows = self._session.scalars(
            select(ApiTokenRow)
            .where(
                ApiTokenRow.user_id == user_id,
                ApiTokenRow.revoked_at.is_(None),
                ApiTokenRow.expires_at > self._clock(),
            )
            .order_by(ApiTokenRow.created_at.desc(), ApiTokenRow.id.desc())
        )
        return [_api_token(r) for r in rows]

    def revoke(self, user_id: int, token_id: int) -> bool:
        """Revoke token ``token_id`` if it is a live token of ``user_id``; True if it was.

        Parameters
        ----------
        user_id
            Its owner; another user's token is left alone.
        token_id
            The token to revoke.
        """
        result = self._session.execute(
            update(ApiTokenRow)
            .where(
                ApiTokenRow.id == token_id,
                ApiTokenRow.user_id == user_id,
                ApiTokenRow.revoked_at.is_(None),
                ApiTokenRow.expires_at > self._clock(),
            )
            .values(revoked_at=self._clock())
        )
        return _count(result) == 1

    def revoke_all(self, user_id: int) -> int:
        """Revoke every live token of ``user_id``; returns how many were live."""
        result = self._session.execute(
            update(ApiTokenRow)
            .where(
                ApiTokenRow.user_id == user_id,
                ApiTokenRow.revoked_at.is_(None),
                ApiTokenRow.expires_at > self._clock(),
            )
            .values(revoked_at=self._clock())
        )
        return _count(result)

    def purge(self) -> int:
        """Remove the tokens past their expiry (revoked ones included: they expire too)."""
        return _count(
            self._session.execute(
                delete(ApiTokenRow).where(ApiTokenRow.expires_at <= self._clock())
            )
        )
