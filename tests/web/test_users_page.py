"""The director's users page (``/users``): their house's accounts only, temporary passwords
and deactivation that end the person's sessions and tokens, 403 for other roles, escaping."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

import web_kit as kit
from api.conftest import bearer
from api.test_login import csrf_of, log_in
from etoile.services.access import Role
from etoile.services.auth import add_user
from etoile.storage import Database, UserRepository

TEMPORARY = "temporary pass 42"


def user_id(url: str, login: str) -> int:
    with Database(url) as db, db.transaction() as session:
        found = UserRepository(session).by_login(login)
    assert found is not None
    return found.id


def row(page: str, login: str) -> str:
    found = re.search(rf'<tr data-login="{re.escape(login)}"[^>]*>(.*?)</tr>', page, re.S)
    assert found is not None, login
    return found.group(1)


def post(client: TestClient, path: str, **data: str) -> int:
    token = csrf_of(client.get("/users").text)
    return client.post(path, data={"csrf": token, **data}, follow_redirects=False).status_code


def reset(client: TestClient, uid: int, password: str = TEMPORARY, own: str = kit.PASSWORD) -> int:
    return post(
        client, f"/users/{uid}/password", password=password, confirm=password, own_password=own
    )


def test_the_header_shows_the_name_not_the_login(client: TestClient) -> None:
    assert log_in(client, "nyc-director") == 303
    page = client.get(f"/seasons/{kit.SEASON_ID}").text
    header = page.split("</header>")[0]
    assert '<span class="user">Person 1 · Director</span>' in header
    assert "nyc-director" not in header
    assert 'href="/users"' in header


def test_only_directors_see_the_link(client: TestClient) -> None:
    assert log_in(client, "nyc-ballet-master") == 303
    assert 'href="/users"' not in client.get(f"/seasons/{kit.SEASON_ID}").text


def test_the_page_lists_only_the_directors_house(client: TestClient) -> None:
    assert log_in(client, "nyc-director") == 303
    page = client.get("/users?lang=en")
    assert page.status_code == 200
    logins = re.findall(r'<tr data-login="([^"]+)"', page.text)
    assert logins == ["nyc-ballet-master", "nyc-dancer", "nyc-director", "nyc-finance"]
    assert "par-" not in page.text
    assert "Person 4" in row(page.text, "nyc-dancer")
    assert "(you)" in row(page.text, "nyc-director")
    assert "/deactivate" not in row(page.text, "nyc-director")


def test_the_page_is_in_french_for_a_french_director(client: TestClient) -> None:
    assert log_in(client, "par-director") == 303
    page = client.get("/users")
    assert '<html lang="fr">' in page.text
    assert "Utilisateurs de votre maison" in page.text
    assert re.findall(r'<tr data-login="([^"]+)"', page.text) == [
        "par-ballet-master",
        "par-dancer",
        "par-director",
        "par-finance",
    ]


@pytest.mark.parametrize("login", ["nyc-ballet-master", "nyc-finance", "nyc-dancer"])
def test_other_roles_get_403(client: TestClient, site_url: str, login: str) -> None:
    assert log_in(client, login) == 303
    assert client.get("/users").status_code == 403
    token = csrf_of(client.get("/me/password").text)
    target = user_id(site_url, "nyc-finance")
    for action in ("deactivate", "reactivate"):
        answer = client.post(f"/users/{target}/{action}", data={"csrf": token})
        assert answer.status_code == 403
    answer = client.post(
        f"/users/{target}/password",
        data={"csrf": token, "password": TEMPORARY, "confirm": TEMPORARY, "own_password": "x"},
    )
    assert answer.status_code == 403


def test_another_houses_user_is_not_found(client: TestClient, site_url: str) -> None:
    assert log_in(client, "nyc-director") == 303
    other = user_id(site_url, "par-dancer")
    assert post(client, f"/users/{other}/deactivate") == 404
    assert reset(client, other) == 404
    assert post(client, "/users/999999/deactivate") == 404
    assert log_in(TestClient(client.app), "par-dancer") == 303  # untouched


def test_forms_need_the_csrf_token(client: TestClient, site_url: str) -> None:
    assert log_in(client, "nyc-director") == 303
    target = user_id(site_url, "nyc-dancer")
    assert client.post(f"/users/{target}/deactivate", data={"csrf": "wrong"}).status_code == 403
    assert client.post(f"/users/{target}/deactivate").status_code == 403
    assert "deactivated" not in row(client.get("/users?lang=en").text, "nyc-dancer")


def test_a_reset_ends_the_targets_sessions_and_tokens(client: TestClient, site_url: str) -> None:
    target = user_id(site_url, "nyc-dancer")
    dancer = TestClient(client.app)
    assert log_in(dancer, "nyc-dancer") == 303
    assert dancer.get("/me").status_code == 200
    old_cookies = dict(dancer.cookies)
    token = bearer(client, "nyc-dancer")
    feed = dancer.post("/api/me/feed", headers=token).json()["token"]
    assert client.get(f"/feeds/{feed}.ics").status_code == 200

    assert log_in(client, "nyc-director") == 303
    assert reset(client, target) == 303
    done = client.get("/users?lang=en").text
    assert "nyc-dancer has a temporary password" in done

    assert dancer.get("/api/me").status_code == 401  # the old cookie opens nothing
    replay = TestClient(client.app)
    replay.cookies.update(old_cookies)
    assert replay.get("/me", follow_redirects=False).status_code == 303
    assert client.get("/api/me", headers=token).status_code == 401
    assert client.get(f"/feeds/{feed}.ics").status_code == 404
    fresh = TestClient(client.app)
    assert log_in(fresh, "nyc-dancer") == 401
    assert log_in(fresh, "nyc-dancer", TEMPORARY) == 303
    assert client.get("/api/me").json()["login"] == "nyc-director"  # the director stays in


def test_a_reset_checks_the_password_and_the_directors_own(
    client: TestClient, site_url: str
) -> None:
    target = user_id(site_url, "nyc-finance")
    assert log_in(client, "nyc-director") == 303
    assert reset(client, target, password="short") == 400
    assert reset(client, target, own="not my password") == 400
    page = client.post(
        f"/users/{target}/password",
        data={
            "csrf": csrf_of(client.get("/users").text),
            "password": TEMPORARY,
            "confirm": TEMPORARY + "x",
            "own_password": kit.PASSWORD,
        },
    )
    assert page.status_code == 400
    assert "The two new passwords differ." in page.text
    assert reset(client, user_id(site_url, "nyc-director")) == 409
    assert log_in(TestClient(client.app), "nyc-finance") == 303  # unchanged


def test_wrong_own_passwords_are_throttled(client: TestClient, site_url: str) -> None:
    target = user_id(site_url, "nyc-finance")
    assert log_in(client, "nyc-director") == 303
    codes = [reset(client, target, own=f"wrong {i}") for i in range(12)]
    assert codes[0] == 400
    assert codes[-1] == 429


def test_deactivate_blocks_login_and_ends_sessions(client: TestClient, site_url: str) -> None:
    target = user_id(site_url, "nyc-ballet-master")
    master = TestClient(client.app)
    assert log_in(master, "nyc-ballet-master") == 303
    token = bearer(client, "nyc-ballet-master")

    assert log_in(client, "nyc-director") == 303
    assert post(client, f"/users/{target}/deactivate") == 303
    page = client.get("/users?lang=en").text
    assert "nyc-ballet-master is deactivated" in page
    assert "deactivated" in row(page, "nyc-ballet-master")
    assert "/reactivate" in row(page, "nyc-ballet-master")

    assert master.get("/api/me").status_code == 401
    assert client.get("/api/me", headers=token).status_code == 401
    again = TestClient(client.app)
    assert log_in(again, "nyc-ballet-master") == 401
    answer = again.post(
        "/api/auth/token", json={"login": "nyc-ballet-master", "password": kit.PASSWORD}
    )
    assert answer.status_code == 401

    assert post(client, f"/users/{target}/reactivate") == 303
    assert "nyc-ballet-master can log in again" in client.get("/users?lang=en").text
    assert log_in(again, "nyc-ballet-master") == 303
    assert again.get("/api/me").json()["login"] == "nyc-ballet-master"


def test_a_director_cannot_deactivate_themselves(client: TestClient, site_url: str) -> None:
    me = user_id(site_url, "nyc-director")
    assert log_in(client, "nyc-director") == 303
    token = csrf_of(client.get("/users").text)
    page = client.post(f"/users/{me}/deactivate?lang=en", data={"csrf": token})
    assert page.status_code == 409
    assert "You cannot deactivate your own account." in page.text
    assert client.get("/api/me").json()["login"] == "nyc-director"
    assert log_in(TestClient(client.app), "nyc-director") == 303


def test_a_hostile_name_is_escaped(client: TestClient, site_url: str) -> None:
    with Database(site_url) as db:
        add_user(
            db,
            "nyc-guest",
            kit.PASSWORD,
            Role.FINANCE,
            "nyc",
            name="<script>alert('x')</script>",
        )
    assert log_in(client, "nyc-director") == 303
    page = client.get("/users").text
    assert "<script>alert(" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in row(page, "nyc-guest")
    guest = TestClient(client.app)
    assert log_in(guest, "nyc-guest") == 303
    assert "<script>alert(" not in guest.get(f"/seasons/{kit.SEASON_ID}").text
