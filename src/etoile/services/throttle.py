"""Login throttling: wrong passwords are counted per account and per address, and a burst
gets "too many attempts" (HTTP 429 with ``Retry-After``) instead of another Argon2 hash.

Limits, per sliding minute: :data:`PER_ACCOUNT` failures for one login, :data:`PER_ADDRESS`
for one client address. A success clears the account's count. The counts live in this
process (the embedded default runs one); a deployment with several processes behind a proxy
throttles per process, which bounds the rate to ``workers`` times the limits.

Each password check costs 64 MiB of Argon2 memory: :data:`HASHING_AT_ONCE` bounds how many run
at once (:func:`hashing`), so that parallel tries cannot exhaust the machine's memory.
"""

from __future__ import annotations

import math
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager

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


class LoginThrottle:
    """Counts wrong passwords per account and per address in a sliding window.

    Parameters
    ----------
    clock
        Seconds, monotonic (tests pass their own).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: dict[str, deque[float]] = defaultdict(deque)

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures[key]
        while times and now - times[0] >= WINDOW_SECONDS:
            times.popleft()
        return times

    def retry_after(self, login: str, address: str) -> int:
        """Seconds until this login may be tried from this address again (0: now)."""
        now = self._clock()
        waits = []
        with self._lock:
            for key, limit in (
                (f"login:{login.lower()}", PER_ACCOUNT),
                (f"addr:{address}", PER_ADDRESS),
            ):
                times = self._recent(key, now)
                if len(times) >= limit:
                    waits.append(times[len(times) - limit] + WINDOW_SECONDS - now)
        return math.ceil(max(waits)) if waits else 0

    def failed(self, login: str, address: str) -> None:
        """Count one wrong password."""
        now = self._clock()
        with self._lock:
            self._recent(f"login:{login.lower()}", now).append(now)
            self._recent(f"addr:{address}", now).append(now)

    def succeeded(self, login: str) -> None:
        """The account's count starts again (the address's does not)."""
        with self._lock:
            self._failures.pop(f"login:{login.lower()}", None)


class TooManyAttempts(Exception):
    """Too many wrong passwords lately: try again in ``seconds``."""

    def __init__(self, seconds: int) -> None:
        super().__init__(f"too many attempts: try again in {seconds} s")
        self.seconds = seconds
