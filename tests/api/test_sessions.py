"""Real sessions: the cookie holds only a random id, the session lives on the server (the
database, or Redis), logging out ends it, a login gives it a new id, a password change ends
every other session and every API token; API tokens are listed without their secrets and
revoked one by one.

The page-session tests run with the database store (SQLite and PostgreSQL) and with the
Redis store (a real server at :data:`REDIS_URL`, keys under a prefix of their own, deleted
afterwards; skipped with the reason when it is unreachable, failing under CI).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from collections.abc import Iterator

import pytest
import redis
import typer
from fastapi.testclient import TestClient
from sqlalchemy import select, update
from typer.testing import CliRunner

import web_kit as kit
from api.conftest import BACKENDS, bearer, make_client
from api.test_login import csrf_of, log_in
from etoile.api.sessions import COOKIE
from etoile.api.state import AppState
from etoile.cli import user_cmd
from etoile.config import Settings
from etoile.services.jobs import ThreadJobRunner
from etoile.services.redis_sessions import RedisSessionStore, connect
from etoile.services.sessions import session_key
from etoile.services.throttle import PER_ACCOUNT, WINDOW_SECONDS, LoginThrottle, RedisFailures
from etoile.storage import Database
from etoile.storage.models import ApiTokenRow, WebSessionRow
from etoile.web.app import create_app
from etoile.web.messages import MESSAGES

REDIS_URL = "redis://127.0.0.1:6379/15"
"""The test Redis server; database 15, keys under a random prefix per test."""
NEW_PASSWORD = "a brand new password"
STORES = ["database", "redis"]


def redis_or_skip() -> redis.Redis:
    """A client of the test Redis server, or a skip (a failure under CI) when unreachable."""
    client = connect(REDIS_URL)
    try:
        client.ping()
    except redis.RedisError as error:
        reason = f"Redis at {REDIS_URL} is unreachable ({error})"
        if Settings().ci:
            pytest.fail(f"{reason}. CI=true: the Redis tests must run.", pytrace=False)
        pytest.skip(reason)
    return client


@pytest.fixture
def redis_prefix() -> Iterator[tuple[redis.Redis, str]]:
    """The test Redis server and a key prefix of this test's own; its keys go afterwards."""
    client = redis_or_skip()
    prefix = f"etoile-test-{uuid.uuid4().hex[:12]}:"
    yield client, prefix
    keys = list(client.scan_iter(match=f"{prefix}*"))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest) -> str:
    """``database`` or ``redis``: where the app under test keeps its sessions."""
    return str(request.param)


@pytest.fixture
def web(request: pytest.FixtureRequest, site_url: str, store: str) -> Iterator[TestClient]:
    """A client of the app, its sessions (and login throttle) in ``store``."""
    with make_client(site_url) as c:
        if store == "redis":
            client, prefix = request.getfixturevalue("redis_prefix")
            state = app_state(c)
            state.session_store = RedisSessionStore(client, prefix=prefix)
            state.throttle = LoginThrottle.shared(client, prefix=prefix)
        yield c


def app_state(client: TestClient) -> AppState:
    state: AppState = client.app.state.etoile  # type: ignore[attr-defined]
    return state


def session_id(client: TestClient) -> str:
    found = client.cookies.get(COOKIE)
    assert found is not None, "the client holds a session cookie"
    return found


def replay(client: TestClient, cookie: str, path: str) -> int:
    """The status of ``path`` asked with the session cookie ``cookie`` (and no other)."""
    client.cookies.clear()
    client.cookies.set(COOKIE, cookie)
    return client.get(path, follow_redirects=False).status_code


def change_password(client: TestClient, current: str, new: str, confirm: str | None = None) -> int:
    page = client.get("/me/password")
    assert page.status_code == 200
    answer = client.post(
        "/me/password",
        data={
            "csrf": csrf_of(page.text),
            "current": current,
            "new": new,
            "confirm": new if confirm is None else confirm,
        },
        follow_redirects=False,
    )
    return answer.status_code


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_logging_out_ends_the_session_on_the_server(web: TestClient) -> None:
    assert log_in(web, "nyc-dancer") == 303
    old = session_id(web)
    assert web.get("/api/me").status_code == 200
    token = csrf_of(web.get("/me").text)
    assert web.post("/logout", data={"csrf": token}, follow_redirects=False).status_code == 303
    assert web.cookies.get(COOKIE) is None  # the browser is told to forget it ...
    assert app_state(web).sessions.load(session_key(old)) is None  # ... and the server has
    assert replay(web, old, "/api/me") == 401
    assert replay(web, old, "/me") == 303
    assert web.get("/me", follow_redirects=False).headers["location"] == "/login?next=/me"


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_a_login_gives_the_session_a_new_id(web: TestClient) -> None:
    web.get("/login?lang=fr")
    before = session_id(web)
    assert log_in(web, "nyc-director") == 303
    after = session_id(web)
    assert after != before
    sessions = app_state(web).sessions
    assert sessions.load(session_key(before)) is None
    stored = sessions.load(session_key(after))
    assert stored is not None
    uid = web.get("/api/me").json()["id"]
    assert (stored.user_id, stored.data["uid"], stored.data["lang"]) == (uid, uid, "fr")
    # An id planted before the login (session fixation) opens nothing afterwards.
    assert replay(web, before, "/api/me") == 401
    assert replay(web, after, "/api/me") == 200


def test_the_cookie_holds_only_a_random_id(client: TestClient) -> None:
    page = client.get("/login")
    cookie = page.headers["set-cookie"]
    value = session_id(client)
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", value)  # 256 bits, URL-safe
    assert cookie == f"{COOKIE}={value}; path=/; Max-Age=2592000; httponly; samesite=lax"
    assert log_in(client, "nyc-director") == 303
    value = session_id(client)
    with Database(app_state(client).db.url) as db, db.transaction() as session:
        rows = session.execute(select(WebSessionRow.session_hash, WebSessionRow.user_id)).all()
    assert rows == [(hashlib.sha256(value.encode()).hexdigest(), 1)]


def test_the_cookie_is_secure_when_asked(site_url: str) -> None:
    app = create_app(
        site_url,
        settings=Settings(secure_cookies=True),
        runner=ThreadJobRunner(Database(site_url)),
    )
    with TestClient(app, base_url="https://testserver") as c:
        cookie = c.get("/login").headers["set-cookie"]
    assert cookie.endswith("; httponly; samesite=lax; secure")


def test_a_page_without_a_form_starts_no_session(client: TestClient) -> None:
    missing = client.get("/no-such-page")
    assert missing.status_code == 404
    assert "set-cookie" not in missing.headers
    assert client.get("/login").headers["set-cookie"].startswith(f"{COOKIE}=")


def test_an_unknown_or_malformed_session_id_is_forgotten(client: TestClient) -> None:
    for forged in ("A" * 43, "not a session id"):
        client.cookies.set(COOKIE, forged)
        answer = client.get("/api/me")
        assert answer.status_code == 401
        assert answer.headers["set-cookie"].startswith(f"{COOKIE}=; path=/; Max-Age=0")


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_a_password_change_ends_every_other_session_and_token(web: TestClient) -> None:
    assert log_in(web, "nyc-dancer") == 303
    token = bearer(web, "nyc-dancer")
    other_token = bearer(web, "nyc-director")  # another user's: untouched
    elsewhere = TestClient(web.app)  # another browser on the same server
    assert log_in(elsewhere, "nyc-dancer") == 303
    elsewhere_id = session_id(elsewhere)
    here = session_id(web)

    assert change_password(web, kit.PASSWORD, NEW_PASSWORD) == 303
    assert "Your password is changed" in web.get("/me/password?lang=en").text
    assert web.get("/api/me").json()["login"] == "nyc-dancer"  # this session goes on ...
    assert session_id(web) != here  # ... under a new id
    current = session_id(web)
    assert web.get("/api/me", headers=token).status_code == 401
    assert web.get("/api/me", headers=other_token).status_code == 200
    assert replay(web, elsewhere_id, "/api/me") == 401
    assert replay(web, here, "/api/me") == 401
    assert replay(web, current, "/api/me") == 200
    web.cookies.clear()
    assert log_in(web, "nyc-dancer") == 401
    assert log_in(web, "nyc-dancer", NEW_PASSWORD) == 303


def test_the_password_page_says_when_the_change_worked(client: TestClient) -> None:
    assert log_in(client, "par-director") == 303
    assert change_password(client, kit.PASSWORD, NEW_PASSWORD) == 303
    page = client.get("/me/password")
    assert "Votre mot de passe est changé" in page.text
    assert "Votre mot de passe est changé" not in client.get("/me/password").text  # once


@pytest.mark.parametrize(
    ("current", "new", "confirm", "status", "message"),
    [
        ("wrong password", NEW_PASSWORD, NEW_PASSWORD, 400, "The current password is wrong."),
        (kit.PASSWORD, "short", "short", 400, "must have at least 8 characters"),
        (kit.PASSWORD, NEW_PASSWORD, "something else", 400, "The two new passwords differ."),
    ],
)
def test_a_refused_password_change_changes_nothing(
    client: TestClient, current: str, new: str, confirm: str, status: int, message: str
) -> None:
    assert log_in(client, "nyc-finance") == 303
    token = bearer(client, "nyc-finance")
    page = client.get("/me/password")
    answer = client.post(
        "/me/password",
        data={"csrf": csrf_of(page.text), "current": current, "new": new, "confirm": confirm},
    )
    assert answer.status_code == status
    assert message in answer.text
    assert client.get("/api/me", headers=token).status_code == 200
    assert client.get("/api/me").status_code == 200
    client.cookies.clear()
    assert log_in(client, "nyc-finance") == 303  # the old password still works


def test_a_dancer_finds_the_password_form_on_their_page(client: TestClient) -> None:
    assert log_in(client, "nyc-dancer") == 303
    page = client.get("/me")
    assert 'action="/me/password"' in page.text
    assert 'autocomplete="current-password"' in page.text


def test_guessing_the_current_password_is_throttled(client: TestClient) -> None:
    assert log_in(client, "nyc-ballet-master") == 303
    codes = [change_password(client, "wrong", NEW_PASSWORD) for _ in range(PER_ACCOUNT + 1)]
    assert codes == [400] * PER_ACCOUNT + [429]


def test_tokens_are_listed_without_their_secrets(client: TestClient) -> None:
    first = client.post(
        "/api/auth/token",
        json={"login": "nyc-director", "password": kit.PASSWORD, "label": "laptop"},
    ).json()
    second = client.post(
        "/api/auth/token",
        json={"login": "nyc-director", "password": kit.PASSWORD},
        headers={"User-Agent": "etoile-script/1.0"},
    ).json()
    assert (first["token_type"], first["expires_in"]) == ("bearer", 12 * 3600)
    listed = client.get(
        "/api/auth/tokens", headers={"Authorization": f"Bearer {second['access_token']}"}
    )
    assert listed.status_code == 200
    body = listed.json()
    assert [(t["id"], t["label"], t["current"]) for t in body] == [
        (second["id"], "etoile-script/1.0", True),
        (first["id"], "laptop", False),
    ]
    assert set(body[0]) == {"id", "label", "created_at", "last_used_at", "expires_at", "current"}
    assert body[0]["last_used_at"] is not None and body[1]["last_used_at"] is None
    assert first["access_token"] not in listed.text
    assert second["access_token"] not in listed.text
    with Database(app_state(client).db.url) as db, db.transaction() as session:
        stored = session.scalars(select(ApiTokenRow.token_hash)).all()
    assert sorted(stored) == sorted(
        hashlib.sha256(t["access_token"].encode()).hexdigest() for t in (first, second)
    )


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_a_revoked_token_gets_401(client: TestClient) -> None:
    keep, revoke = bearer(client, "nyc-director"), bearer(client, "nyc-director")
    listed = client.get("/api/auth/tokens", headers=revoke).json()
    ids = [t["id"] for t in listed]
    revoked_id = next(t["id"] for t in listed if t["current"])
    assert client.delete(f"/api/auth/tokens/{revoked_id}", headers=keep).status_code == 204
    assert client.get("/api/me", headers=revoke).status_code == 401
    assert client.get("/api/me", headers=keep).status_code == 200
    left = [t["id"] for t in client.get("/api/auth/tokens", headers=keep).json()]
    assert left == [i for i in ids if i != revoked_id]
    assert client.delete(f"/api/auth/tokens/{revoked_id}", headers=keep).status_code == 404


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_another_users_token_is_404(client: TestClient) -> None:
    theirs = bearer(client, "nyc-director")
    their_id = client.get("/api/auth/tokens", headers=theirs).json()[0]["id"]
    mine = bearer(client, "par-dancer")
    answer = client.delete(f"/api/auth/tokens/{their_id}", headers=mine)
    assert (answer.status_code, answer.json()) == (404, {"detail": f"no token {their_id}"})
    assert client.get("/api/me", headers=theirs).status_code == 200
    assert [t["id"] for t in client.get("/api/auth/tokens", headers=mine).json()] != [their_id]


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_the_current_token_is_revoked_by_delete(client: TestClient) -> None:
    headers = bearer(client, "nyc-finance")
    assert client.delete("/api/auth/token", headers=headers).status_code == 204
    assert client.get("/api/me", headers=headers).status_code == 401
    # With the page session there is no current token to revoke.
    assert log_in(client, "nyc-finance") == 303
    csrf = {"X-CSRF-Token": csrf_of(client.get(f"/seasons/{kit.SEASON_ID}").text)}
    answer = client.delete("/api/auth/token", headers=csrf)
    assert (answer.status_code, answer.json()) == (
        400,
        {"detail": "this request carries no bearer token"},
    )


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_an_expired_token_gets_401(client: TestClient) -> None:
    headers = bearer(client, "nyc-director")
    state = app_state(client)
    with state.db.transaction(write=True) as session:
        session.execute(
            update(ApiTokenRow).values(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1))
        )
    assert client.get("/api/me", headers=headers).status_code == 401
    # The next token issued purges the expired one.
    fresh = bearer(client, "nyc-director")
    with state.db.transaction() as session:
        assert len(session.scalars(select(ApiTokenRow.id)).all()) == 1
    assert client.get("/api/me", headers=fresh).status_code == 200


def test_the_app_keeps_sessions_and_throttle_in_redis_when_configured(site_url: str) -> None:
    client = redis_or_skip()
    settings = Settings(secure_cookies=False, redis_url=REDIS_URL)
    app = create_app(site_url, settings=settings, runner=ThreadJobRunner(Database(site_url)))
    state: AppState = app.state.etoile
    assert isinstance(state.sessions, RedisSessionStore)
    assert isinstance(state.throttle.log, RedisFailures)
    with TestClient(app) as web:
        web.get("/login")
        visitor = session_key(session_id(web))
        assert log_in(web, "nyc-director") == 303
        key = session_key(session_id(web))
        try:
            assert client.exists(f"etoile:session:{visitor}", f"etoile:session:{key}") == 1
            assert 0 < int(client.ttl(f"etoile:session:{key}")) <= 14 * 24 * 3600
            assert client.smembers("etoile:user-sessions:1") == {key}
            token = csrf_of(web.get(f"/seasons/{kit.SEASON_ID}").text)
            web.post("/logout", data={"csrf": token}, follow_redirects=False)
            assert client.exists(f"etoile:session:{key}", "etoile:user-sessions:1") == 0
        finally:
            client.delete(
                f"etoile:session:{visitor}", f"etoile:session:{key}", "etoile:user-sessions:1"
            )


def test_the_redis_throttle_answers_429_for_every_process(
    site_url: str, redis_prefix: tuple[redis.Redis, str]
) -> None:
    client, prefix = redis_prefix
    with make_client(site_url) as first, make_client(site_url) as second:
        # Two apps, as two server processes, sharing one Redis.
        for c in (first, second):
            app_state(c).throttle = LoginThrottle.shared(client, prefix=prefix)
        wrong = {"login": "nyc-director", "password": "wrong"}
        codes = [
            (first if i % 2 else second).post("/api/auth/token", json=wrong).status_code
            for i in range(PER_ACCOUNT + 1)
        ]
        assert codes == [401] * PER_ACCOUNT + [429]
        answer = first.post("/api/auth/token", json={**wrong, "password": kit.PASSWORD})
        assert answer.status_code == 429
        assert 0 < int(answer.headers["Retry-After"]) <= WINDOW_SECONDS


def test_user_password_ends_every_session_and_token(
    client: TestClient, site_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ETOILE_REDIS_URL", raising=False)  # the sessions are in the database
    assert log_in(client, "nyc-dancer") == 303
    token = bearer(client, "nyc-dancer")
    cli = typer.Typer(pretty_exceptions_enable=False)
    user_cmd.register(cli)

    def etoile(*args: str, stdin: str) -> tuple[int, str]:
        result = CliRunner().invoke(cli, ["user", "password", *args, "--url", site_url], stdin)
        return result.exit_code, result.output

    assert etoile("nyc-dancer", "--password-stdin", stdin=f"{NEW_PASSWORD}\n") == (
        0,
        "Password of nyc-dancer changed: 1 session and 1 API token ended.\n",
    )
    assert client.get("/api/me").status_code == 401
    assert client.get("/api/me", headers=token).status_code == 401
    assert log_in(client, "nyc-dancer", NEW_PASSWORD) == 303
    code, out = etoile("ghost", "--password-stdin", stdin=f"{NEW_PASSWORD}\n")
    assert (code, out.strip()) == (2, "Error: no user 'ghost'")
    code, out = etoile("nyc-dancer", "--password-stdin", stdin="short\n")
    assert (code, out.strip()) == (2, "Error: the password must have at least 8 characters")
    assert client.get("/api/me").status_code == 200  # a refused change ends nothing


def test_static_files_never_touch_the_session_store(client: TestClient) -> None:
    assert log_in(client, "nyc-director") == 303
    store = app_state(client).sessions
    calls: list[str] = []
    original = store.load

    def counting(key: str) -> object:
        calls.append(key)
        return original(key)

    store.load = counting  # type: ignore[method-assign]
    assert client.get("/static/etoile.css").status_code == 200
    assert calls == []
    assert client.get("/api/me").status_code == 200
    assert calls == [session_key(session_id(client))]


def test_a_session_is_written_only_when_it_changes(client: TestClient) -> None:
    assert log_in(client, "nyc-director") == 303
    db = app_state(client).db

    def stored() -> tuple[dict[str, object], dt.datetime]:
        with db.transaction() as session:
            row = session.scalars(select(WebSessionRow)).one()
            return row.data, row.last_seen_at

    data, seen = stored()
    for _ in range(3):
        assert client.get(f"/seasons/{kit.SEASON_ID}").status_code == 200
        assert "set-cookie" not in client.get("/api/me").headers
    assert stored() == (data, seen)
    assert client.get(f"/seasons/{kit.SEASON_ID}?lang=fr").status_code == 200
    assert stored()[0] == {**data, "lang": "fr"}


def test_the_password_page_speaks_both_languages(client: TestClient) -> None:
    assert log_in(client, "nyc-ballet-master") == 303
    keys = ("nav.password", "password.title", "password.current", "password.submit")
    for lang, other in (("en", 1), ("fr", 0)):
        page = client.get(f"/me/password?lang={lang}").text
        assert f'<html lang="{lang}">' in page
        shown = [MESSAGES[k][1 - other] for k in keys]
        hidden = [MESSAGES[k][other] for k in keys]
        assert [w for w in shown if isinstance(w, str) and w not in page] == []
        assert [w for w in hidden if isinstance(w, str) and w in page] == []
