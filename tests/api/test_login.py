"""Logging in: Argon2id hashes, the login form, the session cookie and its CSRF token."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

import web_kit as kit
from etoile.services.access import Role
from etoile.services.auth import UserInputError, add_user, hash_password, verify_password
from etoile.storage import Database, UserExistsError

S = f"/api/seasons/{kit.SEASON_ID}"


def csrf_of(html: str) -> str:
    """The CSRF token of a page's first form."""
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found is not None, "the page has a form with a CSRF token"
    return found.group(1)


def log_in(client: TestClient, login: str, password: str = kit.PASSWORD) -> int:
    """Log in through the form; returns the status of the POST."""
    token = csrf_of(client.get("/login").text)
    answer = client.post(
        "/login",
        data={"login": login, "password": password, "csrf": token, "next": "/"},
        follow_redirects=False,
    )
    return answer.status_code


def test_passwords_are_hashed_with_argon2id_and_salted() -> None:
    first, second = hash_password("a long password"), hash_password("a long password")
    assert first.startswith("$argon2id$")
    assert first != second
    assert verify_password(first, "a long password")
    assert not verify_password(first, "a long passworD")
    assert not verify_password("not a hash", "a long password")


def test_user_creation_checks_its_input(site_url: str) -> None:
    with Database(site_url) as db:
        made = add_user(db, "new-bm", "12345678", Role.BALLET_MASTER, "par", language="fr")
        assert (made.login, made.role, made.company, made.language) == (
            "new-bm",
            Role.BALLET_MASTER,
            "par",
            "fr",
        )
        with pytest.raises(UserInputError, match="at least 8 characters"):
            add_user(db, "short", "1234567", Role.FINANCE, "nyc")
        with pytest.raises(UserInputError, match="needs --dancer"):
            add_user(db, "nobody", "12345678", Role.DANCER, "nyc")
        with pytest.raises(UserInputError, match="only a dancer's account"):
            add_user(db, "odd", "12345678", Role.DIRECTOR, "nyc", dancer=kit.NYC_DANCER)
        with pytest.raises(UserExistsError):
            add_user(db, "new-bm", "12345678", Role.FINANCE, "nyc")


def test_the_login_form_starts_a_session(client: TestClient) -> None:
    assert log_in(client, "nyc-director", "wrong password") == 401
    assert client.get("/api/me").status_code == 401
    assert log_in(client, "nyc-director") == 303
    assert client.get("/api/me").json()["login"] == "nyc-director"
    start = client.get("/", follow_redirects=False)
    assert start.headers["location"] == f"/seasons/{kit.SEASON_ID}"


def test_a_wrong_login_page_says_so_in_the_readers_language(client: TestClient) -> None:
    client.get("/login?lang=fr")
    token = csrf_of(client.get("/login").text)
    page = client.post("/login", data={"login": "x", "password": "y", "csrf": token})
    assert page.status_code == 401
    assert "Identifiant ou mot de passe incorrect." in page.text


def test_a_login_without_the_forms_token_is_refused(client: TestClient) -> None:
    client.get("/login")
    answer = client.post("/login", data={"login": "nyc-director", "password": kit.PASSWORD})
    assert answer.status_code == 403
    assert client.get("/api/me").status_code == 401


def test_cookie_writes_need_the_csrf_token(client: TestClient) -> None:
    assert log_in(client, "nyc-ballet-master") == 303
    body = {
        "performance": kit.NYC_SHOW,
        "role": kit.NYC_ROLE,
        "dancers": [kit.NYC_DANCER],
        "base_revision": 1,
    }
    refused = client.put(f"{S}/plans/2/casting", json=body)
    assert (refused.status_code, refused.json()) == (
        403,
        {"detail": "missing or wrong CSRF token"},
    )
    token = csrf_of(client.get(f"/seasons/{kit.SEASON_ID}").text)
    accepted = client.put(f"{S}/plans/2/casting", json=body, headers={"X-CSRF-Token": token})
    assert accepted.status_code == 200


def test_logging_out_ends_the_session(client: TestClient) -> None:
    assert log_in(client, "nyc-dancer") == 303
    token = csrf_of(client.get("/me").text)
    assert client.post("/logout", data={"csrf": token}, follow_redirects=False).status_code == 303
    assert client.get("/api/me").status_code == 401
