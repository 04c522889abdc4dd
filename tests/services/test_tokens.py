"""API bearer tokens: issued once, stored as a hash, refused when revoked or expired, their
last use written at most once a minute, expired ones purged when a new one is issued."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from etoile.services.auth import token_hash
from etoile.services.tokens import LABEL_LENGTH, TOKEN_SECONDS, USED_EVERY_SECONDS, TokenService
from etoile.storage import Database, UserRepository
from etoile.storage.models import ApiTokenRow
from etoile.storage.web_sessions import ApiTokenRepository

T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    with Database(database_url) as database:
        yield database


@pytest.fixture
def users(db: Database) -> tuple[int, int]:
    with db.transaction(write=True) as session:
        repo = UserRepository(session)
        ava = repo.add("ava", "hash", "dancer", "nyc", dancer="nyc-ava").id
        ben = repo.add("ben", "hash", "dancer", "nyc", dancer="nyc-ben").id
    return ava, ben


def test_a_token_is_valid_twelve_hours_and_stored_as_a_hash(
    db: Database, users: tuple[int, int]
) -> None:
    ava, _ = users
    clock = Clock()
    issued = TokenService(db, clock).issue(ava, "laptop")
    # 12 h = 43,200 s after T0.
    assert TOKEN_SECONDS == 43_200
    assert issued.info.expires_at == T0 + dt.timedelta(hours=12)
    assert (issued.info.user_id, issued.info.label, issued.info.last_used_at) == (
        ava,
        "laptop",
        None,
    )
    with db.transaction() as session:
        tokens = ApiTokenRepository(session, clock=clock)
        assert tokens.live(token_hash(issued.secret)) is not None
        assert tokens.live(issued.secret) is None  # the secret itself is not what is kept


def test_check_gives_the_owner_until_the_token_expires(
    db: Database, users: tuple[int, int]
) -> None:
    ava, _ = users
    clock = Clock()
    service = TokenService(db, clock)
    issued = service.issue(ava)
    use = service.check(issued.secret)
    assert use is not None
    assert (use.user.login, use.user.dancer, use.token_id) == ("ava", "nyc-ava", issued.info.id)
    clock.advance(TOKEN_SECONDS)  # exactly 12 h later: expired
    assert service.check(issued.secret) is None
    assert service.check("forged") is None


def test_the_last_use_is_written_at_most_once_a_minute(
    db: Database, users: tuple[int, int]
) -> None:
    ava, _ = users
    clock = Clock()
    service = TokenService(db, clock)
    issued = service.issue(ava)
    service.check(issued.secret)  # first use at T0: written
    clock.advance(USED_EVERY_SECONDS - 1)  # 59 s later: not written again
    service.check(issued.secret)
    assert [t.last_used_at for t in service.of_user(ava)] == [T0]
    clock.advance(1)  # 60 s after the last write: written
    service.check(issued.secret)
    assert [t.last_used_at for t in service.of_user(ava)] == [T0 + dt.timedelta(seconds=60)]


def test_revoking_only_touches_the_owners_live_tokens(db: Database, users: tuple[int, int]) -> None:
    ava, ben = users
    clock = Clock()
    service = TokenService(db, clock)
    first = service.issue(ava, "one")
    clock.advance(1)
    second = service.issue(ava, "two")
    bens = service.issue(ben)
    assert [t.label for t in service.of_user(ava)] == ["two", "one"]  # newest first
    assert service.revoke(ben, first.info.id) is False  # not Ben's token
    assert service.revoke(ava, first.info.id) is True
    assert service.revoke(ava, first.info.id) is False  # already revoked
    assert service.check(first.secret) is None
    assert service.check(second.secret) is not None
    assert service.revoke_all(ava) == 1  # only "two" was still live
    assert service.of_user(ava) == []
    assert service.check(bens.secret) is not None


def test_a_long_label_is_cut(db: Database, users: tuple[int, int]) -> None:
    ava, _ = users
    issued = TokenService(db, Clock()).issue(ava, "x" * (LABEL_LENGTH + 50))
    assert len(issued.info.label) == LABEL_LENGTH == 200


def test_two_secrets_are_never_the_same(db: Database, users: tuple[int, int]) -> None:
    ava, _ = users
    service = TokenService(db, Clock())
    # 32 random bytes, URL-safe base64: 43 characters.
    secrets = {service.issue(ava).secret for _ in range(3)}
    assert len(secrets) == 3
    assert {len(s) for s in secrets} == {43}


def test_issuing_purges_the_expired_tokens(db: Database, users: tuple[int, int]) -> None:
    ava, ben = users
    clock = Clock()
    service = TokenService(db, clock)
    service.issue(ava)
    clock.advance(TOKEN_SECONDS - 1)
    service.issue(ben)  # Ava's first token still has one second: kept
    clock.advance(1)
    service.issue(ava)  # now it has expired: deleted, Ben's stays until T0 + 24 h - 1 s
    with db.transaction() as session:
        stored = session.scalars(select(ApiTokenRow.user_id).order_by(ApiTokenRow.id)).all()
    assert stored == [ben, ava]
