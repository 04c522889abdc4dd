"""Login throttling: a burst of wrong passwords gets 429 with Retry-After, per account and per
address, and a minute later the login works again."""

from __future__ import annotations

from fastapi.testclient import TestClient

import web_kit as kit
from api.test_login import csrf_of
from etoile.services.throttle import PER_ACCOUNT, PER_ADDRESS, WINDOW_SECONDS, LoginThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_account_limit_opens_again_after_the_window() -> None:
    clock = Clock()
    throttle = LoginThrottle(clock)
    for _ in range(PER_ACCOUNT):
        assert throttle.retry_after("lea", "10.0.0.1") == 0
        throttle.failed("lea", "10.0.0.1")
        clock.now += 1
    # The first failure was 10 s ago: the window frees in 50 s.
    assert throttle.retry_after("LEA", "10.0.0.2") == WINDOW_SECONDS - PER_ACCOUNT
    assert throttle.retry_after("hugo", "10.0.0.2") == 0  # other accounts are not touched
    clock.now += WINDOW_SECONDS
    assert throttle.retry_after("lea", "10.0.0.1") == 0


def test_the_address_limit_counts_every_login() -> None:
    clock = Clock()
    throttle = LoginThrottle(clock)
    for i in range(PER_ADDRESS):
        throttle.failed(f"user{i}", "10.0.0.9")
    assert throttle.retry_after("someone-else", "10.0.0.9") == WINDOW_SECONDS
    assert throttle.retry_after("someone-else", "10.0.0.8") == 0


def test_a_success_clears_the_account() -> None:
    throttle = LoginThrottle(Clock())
    for _ in range(PER_ACCOUNT - 1):
        throttle.failed("lea", "10.0.0.1")
    throttle.succeeded("lea")
    throttle.failed("lea", "10.0.0.1")
    assert throttle.retry_after("lea", "10.0.0.1") == 0


def test_the_32nd_wrong_password_in_a_minute_gets_429(client: TestClient) -> None:
    answers = [
        client.post("/api/auth/token", json={"login": "nyc-director", "password": "wrong"})
        for _ in range(32)
    ]
    codes = [a.status_code for a in answers]
    assert codes[:PER_ACCOUNT] == [401] * PER_ACCOUNT
    assert codes[PER_ACCOUNT:] == [429] * (32 - PER_ACCOUNT)
    assert 0 < int(answers[-1].headers["Retry-After"]) <= WINDOW_SECONDS
    # Even the right password waits: the throttle answers before any hashing.
    right = client.post("/api/auth/token", json={"login": "nyc-director", "password": kit.PASSWORD})
    assert right.status_code == 429


def test_the_login_page_says_when_to_try_again(client: TestClient) -> None:
    for _ in range(PER_ACCOUNT):
        token = csrf_of(client.get("/login").text)
        wrong = {"login": "par-director", "password": "wrong", "csrf": token, "next": "/"}
        assert client.post("/login", data=wrong).status_code == 401
    token = csrf_of(client.get("/login?lang=fr").text)
    wrong = {"login": "par-director", "password": "wrong", "csrf": token, "next": "/"}
    page = client.post("/login", data=wrong)
    assert page.status_code == 429
    assert "Trop de tentatives : réessayez dans" in page.text
    assert int(page.headers["Retry-After"]) > 0
