"""Inputs that used to crash the app (500) are refused with a 4xx and a message: days out of
any season's range, ids too large for the database, JSON with NaN or Infinity, a login that is
not valid Unicode."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

import web_kit as kit
from api.conftest import bearer
from api.test_login import log_in

S = f"/api/seasons/{kit.SEASON_ID}"
P = f"/seasons/{kit.SEASON_ID}"
HUGE = "9223372036854775808"  # 2**63: one more than SQLite's largest integer


@pytest.mark.parametrize(
    "path",
    [
        f"{S}/calendars/studio/{kit.NYC_STUDIO}?start=9999-12-25&days=30",
        f"{S}/calendars/studio/{kit.NYC_STUDIO}?start=0001-01-01&days=30",
        f"{S}/plans/{HUGE}",
        f"/api/jobs/{HUGE}",
    ],
)
def test_the_api_refuses_out_of_range_days_and_ids(client: TestClient, path: str) -> None:
    answer = client.get(path, headers=bearer(client, "nyc-director"))
    assert answer.status_code in (404, 422), answer.text
    assert answer.json()["detail"]


@pytest.mark.parametrize(
    ("login", "path"),
    [
        ("nyc-ballet-master", f"{P}/rehearsals?date=9999-12-31"),
        ("nyc-ballet-master", f"{P}/rehearsals?date=0001-01-01"),
        ("nyc-director", f"{P}/casting/{kit.NYC_PRODUCTION}?plan_id={HUGE}"),
        ("nyc-dancer", "/me?date=0001-01-01"),
        ("nyc-dancer", "/me?date=9999-12-31"),
    ],
)
def test_pages_refuse_out_of_range_days_and_ids(client: TestClient, login: str, path: str) -> None:
    assert log_in(client, login) == 303
    answer = client.get(path)
    assert 400 <= answer.status_code < 500, answer.text


@pytest.mark.parametrize(
    "body", ['{"exchange_time_limit": NaN}', '{"draws": Infinity}', '{"seed": -Infinity}']
)
def test_a_job_with_a_non_finite_number_is_refused(client: TestClient, body: str) -> None:
    headers = {**bearer(client, "nyc-director"), "content-type": "application/json"}
    answer = client.post(f"{S}/jobs", content=body, headers=headers)
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"][0] == "body"


def test_a_login_that_is_not_unicode_is_refused() -> None:
    from etoile.services.auth import _is_text

    assert not _is_text("\ud800x")
    assert _is_text("Léa")


def test_a_token_request_with_a_lone_surrogate_is_refused(client: TestClient) -> None:
    answer = client.post(
        "/api/auth/token",
        content='{"login": "\\ud800x", "password": "y"}',
        headers={"content-type": "application/json"},
    )
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"] == ["body", "login"]
