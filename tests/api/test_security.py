"""Security headers: every answer gets the common headers and the page policy; FastAPI's API
description pages get the looser docs policy; a header the route set itself is kept."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from etoile.api.security import (
    COMMON,
    DOCS_POLICY,
    PAGE_POLICY,
    SecurityHeaders,
    policy_for,
)


def _ok(request: Request) -> PlainTextResponse:
    return PlainTextResponse("ok")


def _framed(request: Request) -> PlainTextResponse:
    return PlainTextResponse("ok", headers={"X-Frame-Options": "SAMEORIGIN"})


def _client(*, hsts: bool = False) -> TestClient:
    app = Starlette(
        routes=[
            Route("/plans", _ok),
            Route("/docs", _ok),
            Route("/docs/oauth2-redirect", _ok),
            Route("/docsy", _ok),
            Route("/framed", _framed),
        ]
    )
    return TestClient(SecurityHeaders(app, hsts=hsts))


def test_only_the_docs_paths_get_the_docs_policy() -> None:
    assert [policy_for(p) for p in ["/docs", "/redoc", "/docs/oauth2-redirect"]] == [
        DOCS_POLICY
    ] * 3
    # "/docsy" only starts with the letters of "/docs": it is a page like any other.
    assert [policy_for(p) for p in ["/", "/plans", "/docsy", "/api/docs"]] == [PAGE_POLICY] * 4


def test_the_page_policy_runs_scripts_from_this_site_only() -> None:
    directives = dict(d.split(" ", 1) for d in PAGE_POLICY.split("; "))
    assert directives["script-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"


def test_a_page_answer_carries_every_header() -> None:
    answer = _client().get("/plans")
    assert answer.text == "ok"
    assert {name: answer.headers[name] for name in COMMON} == {
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "no-referrer",
        "Cross-Origin-Opener-Policy": "same-origin",
    }
    assert answer.headers["Content-Security-Policy"] == PAGE_POLICY
    assert "Strict-Transport-Security" not in answer.headers


def test_the_docs_page_gets_the_cdn_policy() -> None:
    client = _client()
    assert client.get("/docs").headers["Content-Security-Policy"] == DOCS_POLICY
    assert client.get("/docs/oauth2-redirect").headers["Content-Security-Policy"] == DOCS_POLICY
    assert client.get("/docsy").headers["Content-Security-Policy"] == PAGE_POLICY


def test_a_header_set_by_the_route_is_kept() -> None:
    assert _client().get("/framed").headers["X-Frame-Options"] == "SAMEORIGIN"


def test_hsts_only_when_asked() -> None:
    answer = _client(hsts=True).get("/plans")
    # One year: 365 * 24 * 3600 = 31 536 000 s.
    assert answer.headers["Strict-Transport-Security"] == "max-age=31536000"
