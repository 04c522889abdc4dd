"""The session stores (database and Redis) and the shared login throttle, on a clock of the
test's own: idle and absolute expiry, a visitor's shorter session, ending all of a user's
sessions but one, purging, and wrong-password counts shared by several processes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import redis

from api import test_sessions
from etoile.services.redis_sessions import RedisSessionStore
from etoile.services.sessions import (
    DatabaseSessionStore,
    SessionPolicy,
    SessionStore,
    session_key,
)
from etoile.services.throttle import PER_ACCOUNT, PER_ADDRESS, WINDOW_SECONDS, LoginThrottle
from etoile.storage import Database, UserRepository, WebSessionRepository

redis_prefix = test_sessions.redis_prefix
"""The test Redis server and a key prefix of the test's own (a fixture)."""
START = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)


class Clock:
    """An aware clock that moves only when told."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


STORES = [
    pytest.param("sqlite", "database", id="database-sqlite"),
    pytest.param("postgres", "database", id="database-postgres", marks=pytest.mark.postgres),
    pytest.param("sqlite", "redis", id="redis"),
]
each_store = pytest.mark.parametrize(("backend", "kind"), STORES, indirect=True)
"""Run a test with each store: the database's (SQLite, PostgreSQL) and Redis."""


@pytest.fixture
def kind(request: pytest.FixtureRequest) -> str:
    """``database`` or ``redis``."""
    return str(request.param)


@pytest.fixture
def store(
    request: pytest.FixtureRequest, kind: str, backend: str, clock: Clock
) -> Iterator[SessionStore]:
    """A session store on the test's clock (the database's has the test users 1 to 8)."""
    if kind == "redis":
        client, prefix = request.getfixturevalue("redis_prefix")
        yield RedisSessionStore(client, prefix=prefix, clock=clock)
        return
    with Database(request.getfixturevalue("site_url")) as db:
        yield DatabaseSessionStore(db, clock=clock)


@pytest.fixture
def uids(store: SessionStore) -> list[int]:
    """Ids of three users (the database's differ between backends and runs)."""
    if not isinstance(store, DatabaseSessionStore):
        return [1, 2, 3]
    with store.db.transaction() as session:
        return [u.id for u in UserRepository(session).list()][:3]


def new(store: SessionStore, name: str, data: dict[str, object]) -> str:
    """Store a session with ``data`` now; its key."""
    key = session_key(name)
    store.save(store.policy.record(key, data, store.clock()))
    return key


def use(store: SessionStore, key: str) -> bool:
    """A request with the session: True if it was live (its use is then recorded)."""
    stored = store.load(key)
    if stored is None:
        return False
    touched = store.policy.touched(stored, store.clock())
    if touched is not None:
        store.save(touched)
    return True


@each_store
def test_a_session_ends_after_two_idle_weeks(
    store: SessionStore, clock: Clock, uids: list[int]
) -> None:
    key = new(store, "lea", {"uid": uids[0], "csrf": "t"})
    clock.advance(days=13)
    assert use(store, key)
    clock.advance(days=13)  # 26 days since the start, 13 since the last use
    assert use(store, key)
    clock.advance(days=14)
    assert not use(store, key)


@each_store
def test_a_session_ends_after_thirty_days_however_active(
    store: SessionStore, clock: Clock, uids: list[int]
) -> None:
    key = new(store, "lea", {"uid": uids[0]})
    for _ in range(4):
        clock.advance(days=7)
        assert use(store, key)
    clock.advance(days=1, hours=23)
    assert use(store, key)
    clock.advance(hours=1)  # 30 days since it began
    assert not use(store, key)


@each_store
def test_a_visitors_session_lasts_a_day(store: SessionStore, clock: Clock) -> None:
    key = new(store, "visitor", {"csrf": "t", "lang": "fr"})
    clock.advance(hours=23)
    assert use(store, key)
    clock.advance(hours=24, minutes=1)
    assert not use(store, key)


@each_store
def test_a_use_is_recorded_at_most_every_five_minutes(store: SessionStore, uids: list[int]) -> None:
    key = new(store, "lea", {"uid": uids[0]})
    stored = store.load(key)
    assert stored is not None
    assert store.policy.touched(stored, START + dt.timedelta(minutes=4)) is None
    later = START + dt.timedelta(minutes=5)
    touched = store.policy.touched(stored, later)
    assert touched is not None
    assert (touched.last_seen_at, touched.expires_at) == (later, later + dt.timedelta(days=14))


@each_store
def test_ending_a_users_sessions_keeps_the_one_asked(store: SessionStore, uids: list[int]) -> None:
    lea, sam = uids[:2]
    phone, laptop, tablet = (new(store, n, {"uid": lea}) for n in ("phone", "laptop", "tablet"))
    other = new(store, "other", {"uid": sam})
    assert store.end_user_sessions(lea, keep=laptop) == 2
    assert [store.load(k) is not None for k in (phone, laptop, tablet, other)] == [
        False,
        True,
        False,
        True,
    ]
    store.delete(laptop)
    assert store.load(laptop) is None
    assert store.end_user_sessions(lea) == 0


@each_store
def test_saving_replaces_the_data(store: SessionStore, clock: Clock, uids: list[int]) -> None:
    key = new(store, "visitor", {"csrf": "t"})
    clock.advance(minutes=1)
    uid = uids[2]
    store.save(store.policy.record(key, {"csrf": "t", "uid": uid}, clock(), START))
    stored = store.load(key)
    assert stored is not None
    assert (stored.data, stored.user_id, stored.created_at) == (
        {"csrf": "t", "uid": uid},
        uid,
        START,
    )
    assert store.end_user_sessions(uid) == 1


@each_store
def test_expired_sessions_are_purged(
    store: SessionStore, clock: Clock, kind: str, uids: list[int]
) -> None:
    if kind == "redis":
        new(store, "visitor", {"csrf": "t"})
        assert store.purge() == 0  # Redis expires its keys itself
        return
    assert isinstance(store, DatabaseSessionStore)
    new(store, "visitor", {"csrf": "t"})
    new(store, "lea", {"uid": uids[0]})
    clock.advance(days=2)
    assert store.purge() == 1  # the visitor's
    clock.advance(days=13)
    assert store.purge() == 1
    with store.db.transaction() as session:
        assert WebSessionRepository(session, clock=clock).count() == 0


def test_a_session_policy_can_be_shorter() -> None:
    policy = SessionPolicy(idle=dt.timedelta(hours=1), absolute=dt.timedelta(hours=8))
    assert policy.expires_at(START, START, 1) == START + dt.timedelta(hours=1)
    late = START + dt.timedelta(hours=7, minutes=30)
    assert policy.expires_at(START, late, 1) == START + dt.timedelta(hours=8)


class Seconds:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_the_shared_throttle_counts_for_every_process(
    redis_prefix: tuple[redis.Redis, str],
) -> None:
    client, prefix = redis_prefix
    clock = Seconds()
    # Two throttles on one Redis, as in two server processes.
    first = LoginThrottle.shared(client, prefix=prefix)
    second = LoginThrottle.shared(client, prefix=prefix)
    first._clock = second._clock = clock
    for i in range(PER_ACCOUNT):
        assert (first, second)[i % 2].retry_after("lea", "10.0.0.1") == 0
        (first, second)[i % 2].failed("lea", "10.0.0.1")
        clock.now += 1
    # The first failure was 10 s ago: the window frees in 50 s, for both.
    assert first.retry_after("LEA", "10.0.0.2") == WINDOW_SECONDS - PER_ACCOUNT
    assert second.retry_after("lea", "10.0.0.3") == WINDOW_SECONDS - PER_ACCOUNT
    assert second.retry_after("hugo", "10.0.0.2") == 0
    clock.now += WINDOW_SECONDS
    assert first.retry_after("lea", "10.0.0.1") == 0


def test_the_shared_throttle_limits_an_address_and_forgets_a_success(
    redis_prefix: tuple[redis.Redis, str],
) -> None:
    client, prefix = redis_prefix
    clock = Seconds()
    throttle = LoginThrottle(clock, LoginThrottle.shared(client, prefix=prefix).log)
    for i in range(PER_ADDRESS):
        throttle.failed(f"user{i}", "10.0.0.9")
    assert throttle.retry_after("someone-else", "10.0.0.9") == WINDOW_SECONDS
    assert throttle.retry_after("someone-else", "10.0.0.8") == 0
    for _ in range(PER_ACCOUNT - 1):
        throttle.failed("lea", "10.0.0.1")
    throttle.succeeded("lea")
    throttle.failed("lea", "10.0.0.1")
    assert throttle.retry_after("lea", "10.0.0.1") == 0
    # Nothing outlives the window: every key expires on its own.
    assert all(0 < int(client.ttl(k)) <= WINDOW_SECONDS + 1 for k in client.scan_iter(f"{prefix}*"))


@each_store
def test_a_session_ended_meanwhile_is_not_brought_back(
    store: SessionStore, clock: Clock, uids: list[int]
) -> None:
    key = new(store, "lea", {"uid": uids[0]})
    loaded = store.load(key)  # a request begins ...
    assert loaded is not None
    assert store.end_user_sessions(uids[0]) == 1  # ... a password change elsewhere ...
    clock.advance(minutes=10)
    touched = store.policy.touched(loaded, clock())
    assert touched is not None
    store.save(touched, new=False)  # ... and the request ends
    store.save(store.policy.record(key, {"uid": uids[0], "lang": "fr"}, clock()), new=False)
    assert store.load(key) is None
