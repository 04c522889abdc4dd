"""Every role on every endpoint and page: what each may do, and every refusal.

One table lists the endpoints; another says, for each account, which answer it must get. Each
account runs the whole table, in order, on a fresh database (some rows change things: an edit,
a job, a publication), and the answers are compared as one dictionary, so a failure shows
every difference at once.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

import web_kit as kit

from .conftest import bearer

S = f"/api/seasons/{kit.SEASON_ID}"
P = f"/seasons/{kit.SEASON_ID}"
JOB = {"exchange_time_limit": 1, "casting_time_limit": 1, "rehearsal_time_limit": 0, "draws": 50}
EDIT = {
    "performance": kit.NYC_SHOW,
    "role": kit.NYC_ROLE,
    "dancers": [kit.NYC_DANCER],
    "base_revision": 1,
}

ENDPOINTS: list[tuple[str, str, str, dict[str, Any] | None]] = [
    ("me", "GET", "/api/me", None),
    ("seasons", "GET", "/api/seasons", None),
    ("season", "GET", S, None),
    ("plans", "GET", f"{S}/plans", None),
    ("plan document", "GET", f"{S}/plans/1", None),
    ("exchange", "GET", f"{S}/exchange", None),
    ("productions", "GET", f"{S}/productions", None),
    ("casting nyc", "GET", f"{S}/productions/{kit.NYC_PRODUCTION}/casting", None),
    ("casting par", "GET", f"{S}/productions/{kit.PAR_PRODUCTION}/casting", None),
    ("edit nyc cast", "PUT", f"{S}/plans/2/casting", EDIT),
    ("studio nyc", "GET", f"{S}/calendars/studio/{kit.NYC_STUDIO}", None),
    ("studio par", "GET", f"{S}/calendars/studio/{kit.PAR_STUDIO}", None),
    ("ballet master nyc", "GET", f"{S}/calendars/staff/{kit.NYC_STAFF}", None),
    ("dancer nyc", "GET", f"{S}/calendars/dancer/{kit.NYC_DANCER}", None),
    ("other nyc dancer", "GET", f"{S}/calendars/dancer/{kit.OTHER_NYC_DANCER}", None),
    ("my schedule", "GET", "/api/me/schedule", None),
    ("forecast", "GET", f"{S}/forecast", None),
    ("jobs", "GET", f"{S}/jobs", None),
    ("start job", "POST", f"{S}/jobs", JOB),
    ("changelog v1", "GET", f"{S}/versions/1/changelog", None),
    ("publish draft 2", "POST", f"{S}/plans/2/publish", None),
    ("feed", "GET", "/api/me/feed", None),
    ("new feed", "POST", "/api/me/feed", None),
    ("revoke feed", "DELETE", "/api/me/feed", None),
    ("page glance", "GET", P, None),
    ("page exchange", "GET", f"{P}/exchange", None),
    ("page casting nyc", "GET", f"{P}/casting/{kit.NYC_PRODUCTION}", None),
    ("page rehearsals", "GET", f"{P}/rehearsals", None),
    ("page finance", "GET", f"{P}/finance", None),
    ("page plans", "GET", f"{P}/plans", None),
    ("page my schedule", "GET", "/me", None),
]

ALL = {name for name, *_ in ENDPOINTS}
STAFF_READ = {"season", "plans", "changelog v1", "page glance", "page plans"}
DIRECTOR = STAFF_READ | {
    "plan document",
    "exchange",
    "jobs",
    "start job",
    "publish draft 2",
    "forecast",
    "page exchange",
    "page finance",
}
NYC_CASTING = {
    "productions",
    "casting nyc",
    "edit nyc cast",
    "studio nyc",
    "ballet master nyc",
    "dancer nyc",
    "other nyc dancer",
    "page casting nyc",
    "page rehearsals",
}
PAR_CASTING = {"productions", "casting par", "studio par", "page rehearsals"}
FINANCE = STAFF_READ | {"forecast", "page finance"}
DANCER = {"my schedule", "feed", "new feed", "revoke feed", "page my schedule"}
EVERYONE = {"me", "seasons"}

ALLOWED = {
    "nyc-director": EVERYONE | DIRECTOR | NYC_CASTING,
    "nyc-ballet-master": EVERYONE | STAFF_READ | NYC_CASTING,
    "nyc-finance": EVERYONE | FINANCE,
    "nyc-dancer": EVERYONE | DANCER | {"dancer nyc"},
    "par-director": EVERYONE | DIRECTOR | PAR_CASTING,
    "par-ballet-master": EVERYONE | STAFF_READ | PAR_CASTING,
    "par-finance": EVERYONE | FINANCE,
    "par-dancer": EVERYONE | DANCER,
}
"""What each account may do; everything else must be refused with 403."""

SUCCESS = {"start job": 202, "new feed": 201, "revoke feed": 204}


def answers(client: TestClient, headers: dict[str, str]) -> dict[str, int]:
    """The status of every endpoint of the table, in order."""
    found = {}
    for name, method, path, body in ENDPOINTS:
        response = client.request(method, path, json=body, headers=headers, follow_redirects=False)
        found[name] = response.status_code
    return found


@pytest.mark.parametrize("login", sorted(ALLOWED))
def test_each_role_gets_exactly_its_rights(client: TestClient, login: str) -> None:
    expected = {
        name: (SUCCESS.get(name, 200) if name in ALLOWED[login] else 403) for name, *_ in ENDPOINTS
    }
    assert answers(client, bearer(client, login)) == expected


def test_without_login_the_api_says_401_and_pages_send_to_the_login_form(
    client: TestClient,
) -> None:
    found = answers(client, {})
    assert found == {name: (303 if name.startswith("page") else 401) for name in ALL}
    page = client.get(f"{P}/exchange", follow_redirects=False)
    assert page.headers["location"] == f"/login?next={P}/exchange"


def test_a_forged_or_foreign_token_is_refused(client: TestClient) -> None:
    assert client.get("/api/me", headers={"Authorization": "Bearer nonsense"}).status_code == 401
    good = bearer(client, "nyc-director")["Authorization"]
    assert client.get("/api/me", headers={"Authorization": good + "x"}).status_code == 401


def test_a_dancer_reads_only_their_own_schedule(client: TestClient) -> None:
    headers = bearer(client, "nyc-dancer")
    own = client.get(f"{S}/calendars/dancer/{kit.NYC_DANCER}", headers=headers)
    other = client.get(f"{S}/calendars/dancer/{kit.OTHER_NYC_DANCER}", headers=headers)
    abroad = client.get(f"{S}/calendars/dancer/{kit.PAR_DANCER}", headers=headers)
    assert (own.status_code, other.status_code, abroad.status_code) == (200, 403, 403)
    assert own.json()["id"] == kit.NYC_DANCER
    assert own.json()["events"] != []
    assert other.json() == {"detail": "a dancer of nyc may not use schedule here"}


def test_a_dancer_ignores_drafts(client: TestClient) -> None:
    # Dancers read the newest published version, whatever plan id they send.
    headers = bearer(client, "nyc-dancer")
    found = client.get(f"{S}/calendars/dancer/{kit.NYC_DANCER}?plan_id=2", headers=headers)
    assert (found.json()["plan_id"], found.json()["plan_version"]) == (1, 1)


def test_unknown_season_and_plan_are_404(client: TestClient) -> None:
    headers = bearer(client, "nyc-director")
    assert client.get("/api/seasons/nope", headers=headers).status_code == 404
    assert client.get(f"{S}/plans/999", headers=headers).status_code == 404
    assert client.get(f"{S}/calendars/dancer/nobody", headers=headers).status_code == 404
