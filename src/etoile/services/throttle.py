"""Login throttling: wrong passwords are counted per account and per address, and a burst
gets "too many attempts" (HTTP 429 with ``Retry-After``) instead of another Argon2 hash.

Limits, per sliding minute: :data:`PER_ACCOUNT` failures for one login, :data:`PER_ADDRESS`
for one client address. A success clears the account's count. The counts live in this
process (:class:`MemoryFailures`, the embedded default runs one process), or in Redis
(:class:`RedisFailures`) when ``ETOILE_REDIS_URL`` is set, so that every process of a
deployment shares them and the limits hold whatever the number of workers.

Each password check costs 64 MiB of Argon2 memory: :data:`HASHING_AT_ONCE` bounds how many run
at once (:func:`hashing`), so that parallel tries cannot exhaust the machine's memory.
"""

from __future__ import annotations

import math
import secrets
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Protocol

import redis

WINDOW_SECONDS = 60.0
PER_ACCOUNT = 10
"""Wrong passwords for one login in a minute before it is refused for a while."""
PER_ADDRESS = 30
"""Wrong passwords from one address in a minute (any logins) before it is refused."""
HASHING_AT_ONCE = 2
"""Password checks (64 MiB of Argon2 each) that may run at the same time."""

_HASHING = threading.BoundedSemaphore(HASHING_AT_ONCE)


@contextmanager
def hashing() -> Iterator[None]:
    """Hold one of the :data:`HASHING_AT_ONCE` places for a password check."""
    with _HASHING:
        yield


class FailureLog(Protocol):
    """Where the times of wrong passwords are kept, per key (a login or an address)."""

    def recent(self, key: str, now: float) -> list[float]:
        """The times of ``key``'s failures in the window ending at ``now``, oldest first.

        Parameters
        ----------
        key
            ``login:...`` or ``addr:...``.
        now
            The time, in seconds of the throttle's clock.
        """
        ...

    def add(self, keys: Sequence[str], now: float) -> None:
        """Record a failure at ``now`` under each of ``keys``.

        Parameters
        ----------
        keys
            The login's and the address's keys.
        now
            When it failed.
        """
        ...

    def clear(self, key: str) -> None:
        """Forget ``key``'s failures."""
        ...


class MemoryFailures:
    """Failures kept in this process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._failures: dict[str, deque[float]] = defaultdict(deque)

    def _trimmed(self, key: str, now: float) -> deque[float]:
        times = self._failures[key]
        while times and now - times[0] >= WINDOW_SECONDS:
            times.popleft()
        return times

    def recent(self, key: str, now: float) -> list[float]:
        """The failures of ``key`` in the window."""
        with self._lock:
            return list(self._trimmed(key, now))

    def add(self, keys: Sequence[str], now: float) -> None:
        """Record a failure under each key."""
        with self._lock:
            for key in keys:
                self._trimmed(key, now).append(now)

    def clear(self, key: str) -> None:
        """Forget the failures of ``key``."""
        with self._lock:
            self._failures.pop(key, None)


class RedisFailures:
    """Failures kept in Redis, shared by every process: one sorted set of times per key,
    which expires a window after its last failure.

    Parameters
    ----------
    client
        A Redis client answering text (:func:`etoile.services.redis_sessions.connect`).
    prefix
        Prefix of the keys (tests use their own).
    """

    def __init__(self, client: redis.Redis, *, prefix: str = "etoile:") -> None:
        self.client = client
        self.prefix = prefix

    def _key(self, key: str) -> str:
        return f"{self.prefix}throttle:{key}"

    def recent(self, key: str, now: float) -> list[float]:
        """The failures of ``key`` in the window."""
        with self.client.pipeline(transaction=True) as pipe:
            pipe.zremrangebyscore(self._key(key), "-inf", now - WINDOW_SECONDS)
            pipe.zrange(self._key(key), 0, -1, withscores=True)
            _, found = pipe.execute()
        return sorted(float(score) for _, score in found)

    def add(self, keys: Sequence[str], now: float) -> None:
        """Record a failure under each key (members are unique, so two at once both count)."""
        member = f"{now!r}:{secrets.token_hex(6)}"
        with self.client.pipeline(transaction=True) as pipe:
            for key in keys:
                pipe.zadd(self._key(key), {member: now})
                pipe.expire(self._key(key), math.ceil(WINDOW_SECONDS) + 1)
            pipe.execute()

    def clear(self, key: str) -> None:
        """Forget the failures of ``key``."""
        self.client.delete(self._key(key))


class LoginThrottle:
    """Counts wrong passwords per account and per address in a sliding window.

    Parameters
    ----------
    clock
        Seconds (tests pass their own). Monotonic for the in-memory log; the wall clock for
        a log shared between processes (:meth:`shared`), whose monotonic clocks differ.
    log
        Where the failures are kept (default: in this process).
    """

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, log: FailureLog | None = None
    ) -> None:
        self._clock = clock
        self.log: FailureLog = log if log is not None else MemoryFailures()

    @classmethod
    def shared(cls, client: redis.Redis, *, prefix: str = "etoile:") -> LoginThrottle:
        """A throttle whose counts live in Redis, shared by every process.

        Parameters
        ----------
        client
            A client of the Redis server.
        prefix
            Put before every key (tests use their own).
        """
        return cls(time.time, RedisFailures(client, prefix=prefix))

    @staticmethod
    def _keys(login: str, address: str) -> tuple[tuple[str, int], tuple[str, int]]:
        return ((f"login:{login.lower()}", PER_ACCOUNT), (f"addr:{address}", PER_ADDRESS))

    def retry_after(self, login: str, address: str) -> int:
        """Seconds until this login may be tried from this address again (0: now).

        Parameters
        ----------
        login
            The login tried (case folded).
        address
            The client's address.
        """
        now = self._clock()
        waits = []
        for key, limit in self._keys(login, address):
            times = self.log.recent(key, now)
            if len(times) >= limit:
                waits.append(times[len(times) - limit] + WINDOW_SECONDS - now)
        return math.ceil(max(waits)) if waits else 0

    def failed(self, login: str, address: str) -> None:
        """Count one wrong password."""
        self.log.add([key for key, _ in self._keys(login, address)], self._clock())

    def succeeded(self, login: str) -> None:
        """The account's count starts again (the address's does not)."""
        self.log.clear(f"login:{login.lower()}")


def login_throttle(redis_url: str | None) -> LoginThrottle:
    """The app's throttle: shared through Redis when ``redis_url`` is set, else in-process.

    Parameters
    ----------
    redis_url
        The shared Redis server, or None.
    """
    if redis_url:
        from etoile.services.redis_sessions import connect

        return LoginThrottle.shared(connect(redis_url))
    return LoginThrottle()


class TooManyAttempts(Exception):
    """Too many wrong passwords lately: try again in ``seconds``."""

    def __init__(self, seconds: int) -> None:
        super().__init__(f"too many attempts: try again in {seconds} s")
        self.seconds = seconds
