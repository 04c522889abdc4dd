"""Use case: users and secrets. Passwords hashed with Argon2id, feed tokens kept as hashes.

``etoile user add``, ``etoile user password`` and the web app's login call these functions.
Passwords are hashed with ``argon2-cffi`` (Argon2id, its default parameters: 64 MiB, 3
passes): memory-hard, so a stolen table is slow to attack on GPUs, and the parameters travel
inside the hash, so they can be raised later and old hashes re-hashed at the next login.
Calendar feed tokens are random 256-bit values; only their SHA-256 is stored, so a database
leak does not open anyone's calendar.

A new password ends every session and API token of its user (:func:`set_password`), but the
session it was changed from: whoever knew the old one is out.

A director manages the accounts of their own house in :mod:`etoile.services.house_accounts`.
A deactivated account is refused by :func:`authenticate`, :func:`load_principal` and
:func:`feed_owner`.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from etoile.services.access import Principal, Role
from etoile.services.sessions import SessionStore
from etoile.services.throttle import LoginThrottle, TooManyAttempts, hashing
from etoile.storage import Database, FeedTokenRepository, StoredUser, UserRepository
from etoile.storage.errors import StorageError
from etoile.storage.web_sessions import ApiTokenRepository

_HASHER = PasswordHasher()
MIN_PASSWORD = 8
"""Shortest password accepted."""

_DUMMY_HASH = _HASHER.hash("not a password of anyone")
"""Verified against when the login is unknown, so that timing does not reveal which exist."""


class UserInputError(StorageError):
    """A user cannot be created as asked (a short password, a dancer without a dancer id)."""


class WrongPassword(UserInputError):
    """The current password given to change it is not the user's."""

    def __init__(self) -> None:
        super().__init__("the current password is wrong")


def hash_password(password: str) -> str:
    """The Argon2id hash of ``password`` (salt and parameters included)."""
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """True when ``password`` matches ``password_hash``; never raises for a wrong password."""
    try:
        with hashing():
            return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def principal(user: StoredUser) -> Principal:
    """What the rest of the app needs to know about a stored user (no password hash)."""
    return Principal(
        id=user.id,
        login=user.login,
        name=user.name or user.login,
        role=Role(user.role),
        company=user.company,
        dancer=user.dancer,
        language=user.language,
    )


def check_password(password: str) -> None:
    """Raise :class:`UserInputError` for a password too short, or not text."""
    if len(password) < MIN_PASSWORD:
        raise UserInputError(f"the password must have at least {MIN_PASSWORD} characters")
    if not _is_text(password):
        raise UserInputError("the password must be text (no lone surrogates)")


def add_user(
    db: Database,
    login: str,
    password: str,
    role: Role,
    company: str,
    *,
    dancer: str | None = None,
    language: str = "en",
    name: str = "",
) -> Principal:
    """Create a user with a hashed password.

    Parameters
    ----------
    db
        Where the account is stored.
    login, password
        The account's login, and its password in clear (only the hash is kept).
    role, company
        What the user does, in which house.
    dancer, language, name
        A dancer's id (dancers only), ``en`` or ``fr``, the name shown.

    Raises
    ------
    UserInputError
        When the password is shorter than :data:`MIN_PASSWORD`, a dancer has no dancer id, or
        another role has one.
    etoile.storage.UserExistsError
        When the login is taken.
    """
    check_password(password)
    if (role is Role.DANCER) != (dancer is not None):
        raise UserInputError(
            "a dancer's account needs --dancer ID"
            if role is Role.DANCER
            else f"only a dancer's account names a dancer, not a {role.value}'s"
        )
    if language not in ("en", "fr"):
        raise UserInputError(f"unknown language {language!r}: expected en or fr")
    with db.transaction(write=True) as session:
        user = UserRepository(session).add(
            login,
            hash_password(password),
            role.value,
            company,
            dancer=dancer,
            language=language,
            name=name,
        )
    return principal(user)


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def authenticate(db: Database, login: str, password: str) -> Principal | None:
    """The user whose login and password these are, or None.

    A hash made with weaker parameters than today's is replaced on the way. A login or
    password that is not valid Unicode text (a lone surrogate) names nobody.

    Parameters
    ----------
    db
        The users' database.
    login, password
        As typed at the login form.
    """
    if not (_is_text(login) and _is_text(password)):
        return None
    with db.transaction() as session:
        user = UserRepository(session).by_login(login)
    # Hashing takes tens of milliseconds: never inside a transaction.
    if user is None:
        verify_password(_DUMMY_HASH, password)
        return None
    if not verify_password(user.password_hash, password):
        return None
    if not user.active:
        # Checked after the password, so that timing does not tell deactivated accounts apart.
        return None
    if _HASHER.check_needs_rehash(user.password_hash):
        with db.transaction(write=True) as session:
            UserRepository(session).set_password_hash(user.id, hash_password(password))
    return principal(user)


def load_principal(db: Database, user_id: int) -> Principal | None:
    """The user ``user_id`` (from a session cookie or a bearer token), or None if gone."""
    from etoile.storage import UserNotFoundError

    with db.transaction() as session:
        try:
            user = UserRepository(session).get(user_id)
        except UserNotFoundError:
            return None
    return principal(user) if user.active else None


def token_hash(token: str) -> str:
    """The SHA-256 (hex) under which a feed token is stored."""
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class FeedToken:
    """A new feed token, shown once to its owner."""

    token: str


def new_feed_token(db: Database, user: Principal) -> FeedToken:
    """Issue a fresh feed token for ``user``; their previous one stops working."""
    token = secrets.token_urlsafe(32)
    with db.transaction(write=True) as session:
        FeedTokenRepository(session).replace(user.id, token_hash(token))
    return FeedToken(token)


def revoke_feed_tokens(db: Database, user: Principal) -> int:
    """Revoke every feed token of ``user``; returns how many were live."""
    with db.transaction(write=True) as session:
        return FeedTokenRepository(session).revoke(user.id)


def has_feed(db: Database, user: Principal) -> bool:
    """True when ``user`` has a live feed token."""
    with db.transaction() as session:
        return FeedTokenRepository(session).has_live(user.id)


def feed_owner(db: Database, token: str) -> Principal | None:
    """The owner of a live feed token, or None (unknown or revoked)."""
    with db.transaction() as session:
        user = FeedTokenRepository(session).user_for(token_hash(token))
    return None if user is None or not user.active else principal(user)


def authenticate_throttled(
    db: Database, throttle: LoginThrottle, login: str, password: str, address: str
) -> Principal | None:
    """:func:`authenticate`, refused (:class:`TooManyAttempts`) after a burst of wrong
    passwords for this login or from this address; the password is then not even checked.

    Parameters
    ----------
    db, login, password
        As for :func:`authenticate`.
    throttle, address
        Counts the recent failures; the client's address.

    Raises
    ------
    TooManyAttempts
        With the seconds to wait.
    """
    wait = throttle.retry_after(login, address)
    if wait:
        raise TooManyAttempts(wait)
    user = authenticate(db, login, password)
    if user is None:
        throttle.failed(login, address)
    else:
        throttle.succeeded(login)
    return user


@dataclass(frozen=True)
class PasswordChanged:
    """What a new password ended."""

    sessions_ended: int
    tokens_revoked: int


def set_password(
    db: Database,
    sessions: SessionStore,
    user_id: int,
    password: str,
    *,
    keep_session: str | None = None,
) -> PasswordChanged:
    """Give user ``user_id`` a new password; end their sessions and API tokens.

    Parameters
    ----------
    db, user_id, password
        Where the user is stored, who, and the new password in clear.
    sessions
        The app's session store (the database's, or Redis).
    keep_session
        The key of the session the password was changed from, which stays open.

    Raises
    ------
    UserInputError
        When the password is shorter than :data:`MIN_PASSWORD`.
    etoile.storage.UserNotFoundError
        When there is no such user.
    """
    check_password(password)
    new_hash = hash_password(password)  # tens of milliseconds: outside the transaction
    with db.transaction(write=True) as session:
        users = UserRepository(session)
        users.get(user_id)
        users.set_password_hash(user_id, new_hash)
        revoked = ApiTokenRepository(session).revoke_all(user_id)
    ended = sessions.end_user_sessions(user_id, keep=keep_session)
    return PasswordChanged(sessions_ended=ended, tokens_revoked=revoked)


def reset_password(
    db: Database, sessions: SessionStore, login: str, password: str
) -> PasswordChanged:
    """An administrator's :func:`set_password` by login (``etoile user password``): every
    session of the user ends.

    Parameters
    ----------
    db, sessions
        The users' database and the page sessions' store.
    login, password
        Whose password, and the new one in clear.

    Raises
    ------
    etoile.storage.UserNotFoundError
        When no user has this login.
    """
    from etoile.storage import UserNotFoundError

    with db.transaction() as session:
        user = UserRepository(session).by_login(login)
    if user is None:
        raise UserNotFoundError(repr(login))
    return set_password(db, sessions, user.id, password)


def change_password(
    db: Database,
    throttle: LoginThrottle,
    sessions: SessionStore,
    user: Principal,
    current: str,
    new: str,
    *,
    address: str,
    keep_session: str | None,
) -> PasswordChanged:
    """A user's own change of password: the current one is checked first (throttled like a
    login, so that a borrowed session cannot guess it).

    Parameters
    ----------
    db, throttle, sessions
        The users, the login throttle, the page sessions.
    user, current, new
        The reader, their password now, the one they want.
    address, keep_session
        Their address, for the throttle; the session kept open.

    Raises
    ------
    WrongPassword
        When ``current`` is not the user's password.
    TooManyAttempts
        After a burst of wrong passwords.
    UserInputError
        When the new password is too short.
    """
    check_password(new)
    if authenticate_throttled(db, throttle, user.login, current, address) is None:
        raise WrongPassword
    return set_password(db, sessions, user.id, new, keep_session=keep_session)
