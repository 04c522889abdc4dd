"""Errors as answers: each refusal gets its status, JSON for the API (and feeds), a page or a
redirect to the login form for the browser, and never the request's input echoed back."""

from __future__ import annotations

import datetime as dt

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse, Response
from fastapi.testclient import TestClient
from pydantic import BaseModel

from etoile.api.deps import LoginRequired
from etoile.api.errors import conflict_body, install
from etoile.services.access import Forbidden
from etoile.services.casting_edit import CastEditError
from etoile.storage import PlanStateError, SeasonNotFoundError, StaleWriteError, StorageError
from etoile.storage.edits import PlanEdit

MISSED = PlanEdit(
    revision=4,
    performance="nyc-p1",
    role="nyc-giselle.myrtha",
    dancers=("nyc-ava",),
    by="nyc-director",
    at=dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.UTC),
)
RAISED: dict[str, Exception] = {
    "login": LoginRequired(),
    "forbidden": Forbidden("only the Paris director may publish"),
    "season": SeasonNotFoundError("tiny-2026"),
    "published": PlanStateError("plan 3 is published"),
    "stale": StaleWriteError("plan 3 changed since revision 3", current=4, missed=[MISSED]),
    "cast": CastEditError("no role 'nyc-giselle.x'"),
    "storage": StorageError("bad data"),
}


class Body(BaseModel):
    count: int


def _page(request: Request, code: int, message: str) -> Response:
    return PlainTextResponse(f"page {code}: {message}", status_code=code)


def _client(pages: bool = True) -> TestClient:
    app = FastAPI()
    install(app, _page if pages else None)

    async def fail(what: str) -> None:
        raise RAISED[what]

    app.add_api_route("/api/fail/{what}", fail)
    app.add_api_route("/plans/{what}", fail)

    async def take(body: Body) -> int:
        return body.count

    app.add_api_route("/api/take", take, methods=["POST"])
    return TestClient(app, follow_redirects=False)


def test_each_refusal_has_its_status_and_message() -> None:
    client = _client()
    answers = {w: client.get(f"/api/fail/{w}") for w in ["forbidden", "season", "published"]}
    assert {w: (a.status_code, a.json()) for w, a in answers.items()} == {
        "forbidden": (403, {"detail": "only the Paris director may publish"}),
        "season": (404, {"detail": "no season 'tiny-2026' in the database"}),
        "published": (409, {"detail": "plan 3 is published"}),
    }
    # StorageError is the base class of the storage errors: it comes last, and answers 400.
    assert client.get("/api/fail/storage").status_code == 400


def test_a_bad_edit_keeps_fastapis_422_shape() -> None:
    answer = _client().get("/api/fail/cast")
    assert (answer.status_code, answer.json()) == (
        422,
        {"detail": [{"loc": ["body"], "msg": "no role 'nyc-giselle.x'", "type": "value_error"}]},
    )


def test_no_login_is_401_for_the_api_and_a_redirect_for_a_page() -> None:
    client = _client()
    api = client.get("/api/fail/login")
    assert (api.status_code, api.json(), api.headers["WWW-Authenticate"]) == (
        401,
        {"detail": "log in first"},
        "Bearer",
    )
    page = client.get("/plans/login")
    # The page asks for the login form, then back to where the reader was.
    assert (page.status_code, page.headers["location"]) == (303, "/login?next=/plans/login")


def test_a_page_gets_the_sites_error_page() -> None:
    answer = _client().get("/plans/forbidden")
    assert (answer.status_code, answer.text) == (
        403,
        "page 403: only the Paris director may publish",
    )


def test_without_pages_every_path_answers_as_the_api() -> None:
    answer = _client(pages=False).get("/plans/season")
    assert (answer.status_code, answer.json()) == (
        404,
        {"detail": "no season 'tiny-2026' in the database"},
    )


def test_a_stale_write_says_what_the_writer_missed() -> None:
    error = RAISED["stale"]
    assert isinstance(error, StaleWriteError)
    expected = {
        "detail": "plan 3 changed since revision 3",
        "current_revision": 4,
        "missed": [
            {
                "revision": 4,
                "performance": "nyc-p1",
                "role": "nyc-giselle.myrtha",
                "dancers": ["nyc-ava"],
                "by": "nyc-director",
                "at": "2026-12-07T09:30:00+00:00",
            }
        ],
    }
    assert conflict_body(error) == expected
    answer = _client().get("/api/fail/stale")
    assert (answer.status_code, answer.json()) == (409, expected)


def test_invalid_input_says_where_without_echoing_it() -> None:
    answer = _client().post("/api/take", json={"count": "many"})
    assert answer.status_code == 422
    (problem,) = answer.json()["detail"]
    assert problem["loc"] == ["body", "count"]
    assert problem["type"] == "int_parsing"
    assert "input" not in problem
    assert "many" not in answer.text
