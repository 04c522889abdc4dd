"""The login throttle on its own: the sliding window of the in-process log, the longer of the
two waits, and the error it raises (the API's 429 is tested in ``api/test_throttle.py``)."""

from __future__ import annotations

from etoile.services.throttle import (
    PER_ACCOUNT,
    PER_ADDRESS,
    WINDOW_SECONDS,
    LoginThrottle,
    MemoryFailures,
    TooManyAttempts,
    login_throttle,
)


class Clock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_the_memory_log_forgets_failures_a_window_old() -> None:
    log = MemoryFailures()
    log.add(["login:lea"], 0.0)
    log.add(["login:lea", "addr:10.0.0.1"], 30.0)
    # At 59.5 s both are inside the 60 s window; at 60.0 the one at 0.0 is exactly 60 s old
    # and leaves (60.0 - 0.0 >= 60); at 90.0 the one at 30.0 leaves too.
    assert log.recent("login:lea", 59.5) == [0.0, 30.0]
    assert log.recent("login:lea", 60.0) == [30.0]
    assert log.recent("addr:10.0.0.1", 60.0) == [30.0]
    assert log.recent("login:lea", 90.0) == []


def test_clearing_one_key_keeps_the_others() -> None:
    log = MemoryFailures()
    log.add(["login:lea", "addr:10.0.0.1"], 5.0)
    log.clear("login:lea")
    assert (log.recent("login:lea", 6.0), log.recent("addr:10.0.0.1", 6.0)) == ([], [5.0])


def test_the_wait_is_counted_from_the_oldest_failure_that_still_counts() -> None:
    clock = Clock(0.0)
    throttle = LoginThrottle(clock)
    # Failures at 0, 2, 4, ..., 2 * PER_ACCOUNT: one more than the limit.
    for i in range(PER_ACCOUNT + 1):
        clock.now = 2.0 * i
        throttle.failed("lea", "10.0.0.1")
    clock.now = 2.0 * PER_ACCOUNT + 0.5  # 20.5 with PER_ACCOUNT = 10
    # The last PER_ACCOUNT failures start at 2.0 (the one at 0.0 is the extra one):
    # wait = 2.0 + 60 - 20.5 = 41.5, rounded up to 42.
    expected = 2.0 + WINDOW_SECONDS - clock.now
    assert expected == 41.5
    assert throttle.retry_after("lea", "10.0.0.1") == 42


def test_the_longer_of_the_two_waits_wins() -> None:
    clock = Clock(0.0)
    throttle = LoginThrottle(clock)
    # PER_ADDRESS failures from one address, all at 0.0, over many logins: the address
    # waits until 60.0.
    for i in range(PER_ADDRESS):
        throttle.failed(f"user{i}", "10.0.0.9")
    # Then PER_ACCOUNT failures of "lea" from elsewhere at 10.0: the account waits until 70.0.
    clock.now = 10.0
    for _ in range(PER_ACCOUNT):
        throttle.failed("lea", "10.0.0.8")
    clock.now = 20.0
    # From 10.0.0.9: address wait 60 - 20 = 40, account wait 70 - 20 = 50: 50 wins.
    assert throttle.retry_after("lea", "10.0.0.9") == 50
    # Another login from 10.0.0.9 only has the address's 40.
    assert throttle.retry_after("hugo", "10.0.0.9") == 40


def test_one_failure_short_of_the_limit_may_try_again() -> None:
    throttle = LoginThrottle(Clock())
    for _ in range(PER_ACCOUNT - 1):
        throttle.failed("lea", "10.0.0.1")
    assert throttle.retry_after("lea", "10.0.0.1") == 0


def test_a_success_clears_the_account_but_not_the_address() -> None:
    throttle = LoginThrottle(Clock())
    for i in range(PER_ADDRESS):
        throttle.failed("lea" if i < PER_ACCOUNT else f"user{i}", "10.0.0.1")
    throttle.succeeded("LEA")  # case folded, as the keys
    assert throttle.log.recent("login:lea", 1000.0) == []
    assert len(throttle.log.recent("addr:10.0.0.1", 1000.0)) == PER_ADDRESS
    assert throttle.retry_after("lea", "10.0.0.2") == 0
    assert throttle.retry_after("lea", "10.0.0.1") == WINDOW_SECONDS


def test_too_many_attempts_says_how_long_to_wait() -> None:
    error = TooManyAttempts(42)
    assert (str(error), error.seconds) == ("too many attempts: try again in 42 s", 42)


def test_without_redis_the_throttle_keeps_its_counts_in_memory() -> None:
    assert isinstance(login_throttle(None).log, MemoryFailures)
    assert isinstance(login_throttle("").log, MemoryFailures)
