"""Users and their calendar feed tokens, inside the caller's session.

The repositories store what they are given: hashing passwords and tokens is the job of
:mod:`etoile.services.auth`, so that no clear secret ever reaches this layer.
"""

from __future__ import annotations

import builtins
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from etoile.storage.errors import ConstraintError, StorageError
from etoile.storage.models import FeedTokenRow, UserRow
from etoile.storage.repository import Repository


class UserExistsError(StorageError):
    """A user with this login is already stored."""

    def __init__(self, login: str) -> None:
        self.login = login
        super().__init__(f"a user {login!r} already exists")


class UserNotFoundError(StorageError):
    """No user with this login or id is stored."""

    def __init__(self, what: str) -> None:
        super().__init__(f"no user {what}")


@dataclass(frozen=True)
class StoredUser:
    """A user as stored (the password hash included; never send it to a client)."""

    id: int
    login: str
    name: str
    password_hash: str
    role: str
    company: str
    dancer: str | None
    language: str
    created_at: dt.datetime
    active: bool = True


def _user(row: UserRow) -> StoredUser:
    return StoredUser(
        id=row.id,
        login=row.login,
        name=row.name,
        password_hash=row.password_hash,
        role=row.role,
        company=row.company,
        dancer=row.dancer,
        language=row.language,
        created_at=row.created_at,
        active=row.active,
    )


class UserRepository(Repository):
    """Users in the database (see :class:`~etoile.storage.SeasonRepository` for sessions)."""

    def add(
        self,
        login: str,
        password_hash: str,
        role: str,
        company: str,
        *,
        dancer: str | None = None,
        language: str = "en",
        name: str = "",
    ) -> StoredUser:
        """Store a new user.

        Parameters
        ----------
        login
            The name the user logs in with; unique among users.
        password_hash
            The Argon2id hash of the password (this layer never sees the password).
        role
            ``director``, ``ballet_master``, ``finance`` or ``dancer``.
        company
            The id of the user's house.
        dancer
            For a dancer's account, their dancer id in the season; None for other roles.
        language
            ``en`` or ``fr``, the language of the user's pages.
        name
            The name the pages show (empty: the login is shown).

        Returns
        -------
        StoredUser
            The user as stored, with its new id.

        Raises
        ------
        UserExistsError
            When the login is taken.
        ConstraintError
            When the role, language or dancer break the table's rules.
        """
        if self._session.scalar(select(UserRow.id).where(UserRow.login == login)) is not None:
            raise UserExistsError(login)
        row = UserRow(
            login=login,
            name=name,
            password_hash=password_hash,
            role=role,
            company=company,
            dancer=dancer,
            language=language,
            created_at=self._clock(),
        )
        try:
            with self._session.begin_nested():
                self._session.add(row)
        except IntegrityError as error:
            raise ConstraintError(f"could not add user {login!r}: {error.orig}") from error
        return _user(row)

    def by_login(self, login: str) -> StoredUser | None:
        """The user with this login, or None.

        Parameters
        ----------
        login
            The login to look up (exact, case included).
        """
        row = self._session.scalar(select(UserRow).where(UserRow.login == login))
        return None if row is None else _user(row)

    def get(self, user_id: int) -> StoredUser:
        """The user ``user_id``.

        Raises
        ------
        UserNotFoundError
            When there is none.
        """
        row = self._session.get(UserRow, user_id)
        if row is None:
            raise UserNotFoundError(str(user_id))
        return _user(row)

    def set_password_hash(self, user_id: int, password_hash: str) -> None:
        """Replace the password hash (after a re-hash with stronger parameters).

        Parameters
        ----------
        user_id
            Whose hash to replace.
        password_hash
            The new Argon2id hash.
        """
        self._session.execute(
            update(UserRow).where(UserRow.id == user_id).values(password_hash=password_hash)
        )

    def list(self) -> builtins.list[StoredUser]:
        """Every user, by login."""
        return [_user(r) for r in self._session.scalars(select(UserRow).order_by(UserRow.login))]

    def of_company(self, company: str) -> builtins.list[StoredUser]:
        """The users of house ``company``, by login."""
        query = select(UserRow).where(UserRow.company == company).order_by(UserRow.login)
        return [_user(r) for r in self._session.scalars(query)]

    def set_active(self, user_id: int, active: bool) -> None:
        """Activate or deactivate user ``user_id`` (a deactivated user cannot log in).

        Parameters
        ----------
        user_id
            The account to change.
        active
            True to let the user log in again, False to shut them out.
        """
        self._session.execute(update(UserRow).where(UserRow.id == user_id).values(active=active))

    def set_name(self, user_id: int, name: str) -> None:
        """Replace the name shown on the pages.

        Parameters
        ----------
        user_id
            The account to rename.
        name
            Its new display name.
        """
        self._session.execute(update(UserRow).where(UserRow.id == user_id).values(name=name))


class FeedTokenRepository(Repository):
    """Calendar feed tokens, stored as hashes; one live token per user at most."""

    def replace(self, user_id: int, token_hash: str) -> None:
        """Revoke the user's live tokens and store ``token_hash`` as the new one.

        Parameters
        ----------
        user_id
            The owner of the calendar feed.
        token_hash
            The hash of the new token's secret.
        """
        with self._session.begin_nested():
            self.revoke(user_id)
            self._session.add(
                FeedTokenRow(user_id=user_id, token_hash=token_hash, created_at=self._clock())
            )

    def revoke(self, user_id: int) -> int:
        """Revoke every live token of the user; returns how many were live."""
        result = self._session.execute(
            update(FeedTokenRow)
            .where(FeedTokenRow.user_id == user_id, FeedTokenRow.revoked_at.is_(None))
            .values(revoked_at=self._clock())
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def user_for(self, token_hash: str) -> StoredUser | None:
        """The owner of a live token with this hash, or None (unknown or revoked).

        Parameters
        ----------
        token_hash
            The hash of the secret in a feed URL.
        """
        row = self._session.scalar(
            select(UserRow)
            .join(FeedTokenRow, FeedTokenRow.user_id == UserRow.id)
            .where(FeedTokenRow.token_hash == token_hash, FeedTokenRow.revoked_at.is_(None))
        )
        return None if row is None else _user(row)

    def has_live(self, user_id: int) -> bool:
        """True when the user has a live (unrevoked) token."""
        found = self._session.scalar(
            select(FeedTokenRow.id).where(
                FeedTokenRow.user_id == user_id, FeedTokenRow.revoked_at.is_(None)
            )
        )
        return found is not None
