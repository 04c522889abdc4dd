"""Use case: a director manages the accounts of their own house (``/users``).

:func:`house_users` lists them, :func:`reset_user_password` gives one a temporary password
(every session, API token and feed token of the user ends) and :func:`set_user_active`
deactivates or reactivates one (a deactivated account cannot log in; its sessions and tokens
end at once). A director never reaches another house's accounts, and never deactivates or
resets their own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from etoile.services.access import Forbidden, Principal, Role
from etoile.services.auth import (
    UserInputError,
    WrongPassword,
    authenticate_throttled,
    check_password,
    set_password,
)
from etoile.services.sessions import SessionStore
from etoile.services.throttle import LoginThrottle
from etoile.storage import Database, FeedTokenRepository, StoredUser, UserRepository
from etoile.storage.web_sessions import ApiTokenRepository


class OwnAccountError(UserInputError):
    """A director tried to deactivate (or reset from ``/users``) their own account."""


@dataclass(frozen=True)
class HouseUser:
    """An account as the users page shows it to a director (never the password hash)."""

    id: int
    login: str
    name: str
    role: Role
    dancer: str | None
    language: str
    active: bool
    created_at: dt.datetime


@dataclass(frozen=True)
class AccessEnded:
    """What a reset or a deactivation ended."""

    sessions_ended: int
    tokens_revoked: int
    feeds_revoked: int


def _house_user(user: StoredUser) -> HouseUser:
    return HouseUser(
        id=user.id,
        login=user.login,
        name=user.name,
        role=Role(user.role),
        dancer=user.dancer,
        language=user.language,
        active=user.active,
        created_at=user.created_at,
    )


def _require_director(user: Principal) -> None:
    if user.role is not Role.DIRECTOR:
        raise Forbidden(f"a {user.role.value} of {user.company} may not manage users")


def house_users(db: Database, director: Principal) -> list[HouseUser]:
    """The accounts of ``director``'s house, by login.

    Parameters
    ----------
    db
        The app's database.
    director
        The reader, a director.

    Raises
    ------
    Forbidden
        When ``director`` is not a director.
    """
    _require_director(director)
    with db.transaction() as session:
        return [_house_user(u) for u in UserRepository(session).of_company(director.company)]


def house_user(db: Database, director: Principal, user_id: int) -> HouseUser:
    """The account ``user_id``, if it belongs to ``director``'s house.

    Parameters
    ----------
    db
        Where the users are.
    director
        Who asks.
    user_id
        The account wanted.

    Raises
    ------
    Forbidden
        When ``director`` is not a director.
    etoile.storage.UserNotFoundError
        For an unknown account and for one of another house (not told apart).
    """
    from etoile.storage import UserNotFoundError

    _require_director(director)
    with db.transaction() as session:
        try:
            user = UserRepository(session).get(user_id)
        except UserNotFoundError:
            user = None
    if user is None or user.company != director.company:
        raise UserNotFoundError(str(user_id))
    return _house_user(user)


def reset_user_password(
    db: Database,
    throttle: LoginThrottle,
    sessions: SessionStore,
    director: Principal,
    user_id: int,
    password: str,
    *,
    own_password: str,
    address: str,
) -> AccessEnded:
    """A director gives an account of their house a temporary password. The director's own
    password is checked first (throttled like a login, so that a borrowed session cannot take
    over the house's accounts); every session, API token and feed token of the user ends.

    Parameters
    ----------
    db, throttle, sessions
        The database, the login throttle and the sessions' store.
    director
        Who resets, their own password checked.
    user_id, password
        The account, and its temporary password in clear.
    own_password, address
        The director's password and their client's address.

    Raises
    ------
    Forbidden
        When ``director`` is not a director.
    etoile.storage.UserNotFoundError
        For an unknown account or one of another house.
    OwnAccountError
        For the director's own account (``/me/password`` changes it).
    UserInputError
        When the temporary password is shorter than :data:`MIN_PASSWORD`.
    WrongPassword
        When ``own_password`` is not the director's password.
    TooManyAttempts
        After a burst of wrong passwords.
    """
    target = house_user(db, director, user_id)
    if target.id == director.id:
        raise OwnAccountError("change your own password on your password page")
    check_password(password)
    if authenticate_throttled(db, throttle, director.login, own_password, address) is None:
        raise WrongPassword
    changed = set_password(db, sessions, target.id, password)
    with db.transaction(write=True) as session:
        feeds = FeedTokenRepository(session).revoke(target.id)
    return AccessEnded(changed.sessions_ended, changed.tokens_revoked, feeds)


def set_user_active(
    db: Database, sessions: SessionStore, director: Principal, user_id: int, active: bool
) -> AccessEnded:
    """Reactivate, or deactivate, an account of the director's house. A deactivated account
    cannot log in, and its sessions, API tokens and feed tokens end at once.

    Parameters
    ----------
    db, sessions
        The database and the page sessions.
    director
        Who decides.
    user_id
        The account of their house.
    active
        True lets it log in again.

    Raises
    ------
    Forbidden
        When ``director`` is not a director.
    etoile.storage.UserNotFoundError
        For an unknown account or one of another house.
    OwnAccountError
        When a director would deactivate their own account.
    """
    target = house_user(db, director, user_id)
    if target.id == director.id and not active:
        raise OwnAccountError("a director cannot deactivate their own account")
    tokens = feeds = 0
    with db.transaction(write=True) as session:
        UserRepository(session).set_active(target.id, active)
        if not active:
            tokens = ApiTokenRepository(session).revoke_all(target.id)
            feeds = FeedTokenRepository(session).revoke(target.id)
    ended = 0 if active else sessions.end_user_sessions(target.id)
    return AccessEnded(ended, tokens, feeds)
