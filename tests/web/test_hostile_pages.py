"""Hostile strings in every page's path, query and form never crash the app, never come back as
markup, and never send the browser to another site.

Hypothesis draws, for every page route of the app (its routes outside the JSON API), path
parameters, query parameters and form fields: markup, quotes, NUL and ``%00``, lone surrogates
and invalid UTF-8, ``../``, right-to-left marks, CRLF, very long strings, huge and negative
numbers, the first and last days of the calendar, and now and then a value the route knows
(the season, a plan, a production) so that the other values reach past the first lookup. Each
role logged in (director, ballet master, finance, dancer) and a visitor logged out send them,
with the session's CSRF token most of the time. Every answer is a 2xx, 3xx or 4xx; markup sent
never appears raw in an HTML answer; a redirect stays on this site.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markupsafe import escape

import web_kit as kit
from api.conftest import copied_app
from api.test_login import csrf_of, log_in
from api.test_stateful import quick_planner

EXAMPLES = 150
"""Requests per role."""

MARKUP = (
    '<script>alert("etoile")</script>',
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "'><iframe src=javascript:alert(1)>",
    "</textarea><b onmouseover=alert(1)>",
)
"""Markup that must only ever come back escaped."""

HOSTILE = (
    "%00",
    "\x00",
    "../../../../etc/passwd",
    "..%2f..%2fetc%2fpasswd",
    "..\\..\\windows",
    "\u202egnp.exe",
    "\u200f\u061c",
    "a\r\nSet-Cookie: stolen=1",
    "\r\n\r\n<html>",
    "0001-01-01",
    "9999-12-31",
    "0000-00-00",
    "2026-02-30",
    "-1",
    "0",
    str(2**31),
    str(2**63),
    str(2**64),
    f"-{2**63}",
    "1" * 400,
    "1e308",
    "-1e308",
    "NaN",
    "Infinity",
    "//evil.example/",
    "/\\evil.example",
    "\\\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "/%2F%2Fevil.example",
    "x" * 5000,
    "\U0001f483" * 300,
    "\ud800",
    "\udfff\ud800",
    "{{7*7}}",
    "${7*7}",
    "' OR '1'='1",
    "week|day",
    "|",
)
"""Strings that have broken web apps before."""

KNOWN: dict[str, tuple[str, ...]] = {
    "season_id": (kit.SEASON_ID,),
    "production": (kit.NYC_PRODUCTION, kit.PAR_PRODUCTION),
    "plan_id": ("1", "2"),
    "version": ("1",),
    "job_id": ("1",),
    "base_revision": ("1",),
    "base_version": ("0", "1"),
    "performance": (kit.NYC_SHOW,),
    "role": (kit.NYC_ROLE,),
    "dancer": (kit.NYC_DANCER, kit.PAR_DANCER, ""),
    "subject": ("studio", "staff", "dancer"),
    "id": (kit.NYC_STUDIO, kit.NYC_STAFF, kit.NYC_DANCER, kit.PAR_STUDIO),
    "view": ("day", "week"),
    "date": ("2026-11-05", "2027-01-01"),
    "lang": ("en", "fr"),
    "next": ("/", "/me", f"/seasons/{kit.SEASON_ID}"),
    "edit": (f"{kit.NYC_SHOW}|{kit.NYC_ROLE}",),
    "published": ("1",),
    "login": ("nyc-director", "par-dancer"),
    "casting_time_limit": ("0.5",),
}
"""Values a route knows, by parameter name: with them, the hostile values reach further."""

Value = str | bytes

SEASON = f"/seasons/{kit.SEASON_ID}"


def with_markup(text: str) -> st.SearchStrategy[str]:
    """``text`` with markup before, after or instead of it."""
    markup = st.sampled_from(MARKUP)
    return st.one_of(
        markup,
        markup.map(lambda m: "/" + m),
        markup.map(lambda m: text + m),
        markup.map(lambda m: m + text),
    )


def values(name: str) -> st.SearchStrategy[Value]:
    """What may be sent for parameter ``name``: a known value, markup, a hostile string,
    arbitrary text (lone surrogates included), raw bytes, or a number of any size."""
    known = KNOWN.get(name, ("x",))
    return st.one_of(
        st.sampled_from(known),
        st.sampled_from(known).flatmap(with_markup),
        st.sampled_from(HOSTILE),
        st.text(st.one_of(st.characters(), st.characters(categories=["Cs"])), max_size=40),
        st.binary(min_size=1, max_size=12),
        st.integers().map(str),
        st.floats().map(str),
    )


def encoded(value: Value) -> str:
    """``value`` percent-encoded as a path segment or a query value."""
    return quote(as_bytes(value), safe="")


@dataclass(frozen=True)
class Page:
    """A page route: method, path template, and its parameters by where they go."""

    method: str
    path: str
    path_params: tuple[str, ...]
    query: tuple[str, ...]
    form: tuple[str, ...]


def app_routes(app: FastAPI) -> Iterator[Any]:
    """Every route the app serves (recent FastAPI wraps the routes of included routers)."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # older FastAPI: the routes are listed flat
        yield from app.routes
        return
    yield from iter_route_contexts(app.routes)


def _dependants(dependant: Any) -> Iterator[Any]:
    yield dependant
    for sub in dependant.dependencies:
        yield from _dependants(sub)


def pages(app: FastAPI) -> list[Page]:
    """The app's page routes: those outside the JSON API and its description."""
    found = []
    for route in app_routes(app):
        dependant = getattr(route, "dependant", None)
        if dependant is None or route.include_in_schema or route.path.startswith("/api/"):
            continue
        every = list(_dependants(dependant))
        for method in sorted(route.methods):
            found.append(
                Page(
                    method=method,
                    path=route.path_format,
                    path_params=tuple(p.alias for d in every for p in d.path_params),
                    query=tuple(p.alias for d in every for p in d.query_params),
                    form=tuple(p.alias for d in every for p in d.body_params),
                )
            )
    return found


@dataclass(frozen=True)
class Sent:
    """A request to send: method, URL (path and query, encoded), form fields (None: no body),
    the CSRF token of a form (None: the session's own), and the markup in it all (what must
    not come back raw)."""

    method: str
    url: str
    form: tuple[tuple[str, bytes], ...] | None
    csrf: bytes | None
    markup: tuple[str, ...]

    def body(self, session_csrf: str) -> bytes | None:
        """The form, encoded, with the session's CSRF token unless another was drawn."""
        if self.form is None:
            return None
        token = self.csrf if self.csrf is not None else session_csrf.encode()
        return urlencode([*self.form, ("csrf", token)]).encode("ascii")


def as_bytes(value: Value) -> bytes:
    """``value`` as a client sends it (lone surrogates as their UTF-8-like bytes)."""
    return value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")


@st.composite
def requests(draw: st.DrawFn, routes: list[Page]) -> Sent:
    """A request to one of ``routes`` with up to three hostile parameters, the others known
    (so that the hostile ones get past the first lookups); a form carries the session's CSRF
    token four times in five."""
    page = draw(st.sampled_from(routes))
    names = [*page.path_params, *page.query, *(f for f in page.form if f != "csrf")]
    hostile = draw(st.sets(st.sampled_from(names), max_size=3)) if names else set()
    sent: list[Value] = []

    def pick(name: str) -> Value:
        value = draw(values(name) if name in hostile else st.sampled_from(KNOWN.get(name, ("x",))))
        sent.append(value)
        return value

    path = page.path
    for name in page.path_params:
        path = path.replace(f"{{{name}}}", encoded(pick(name)))
    query = [
        f"{name}={encoded(pick(name))}"
        for name in page.query
        if name in hostile or draw(st.integers(0, 3)) == 0
    ]
    url = path + ("?" + "&".join(query) if query else "")
    form: tuple[tuple[str, bytes], ...] | None = None
    csrf = None
    if page.method == "POST":
        repeat = {"dancer": 2}
        form = tuple(
            (name, as_bytes(pick(name)))
            for name in page.form
            if name != "csrf"
            for _ in range(draw(st.integers(0 if name in hostile else 1, repeat.get(name, 1))))
        )
        if not draw(st.integers(0, 4)):
            token = draw(values("csrf"))
            sent.append(token)
            csrf = as_bytes(token)
    markup = tuple(m for m in MARKUP if any(isinstance(v, str) and m in v for v in sent))
    return Sent(page.method, url, form, csrf, markup)


def same_site(location: str) -> bool:
    """True when a redirect to ``location`` stays on this site, as a browser reads it (tabs and
    newlines dropped, a backslash taken for a slash)."""
    read = "".join(c for c in location if c not in "\t\r\n").replace("\\", "/")
    parts = urlsplit(read)
    if parts.scheme or parts.netloc:
        return parts.scheme in ("http", "https") and parts.netloc == "testserver"
    return read.startswith("/") and not read.startswith("//")


ROLES = ("nyc-director", "nyc-ballet-master", "nyc-finance", "nyc-dancer", None)
"""Who sends the requests: each role logged in, and a visitor (None)."""


@pytest.fixture
def app(populated_sqlite: Path, tmp_path: Path) -> FastAPI:
    """The app on a copy of the populated database; its jobs run briefly, and stop with it."""
    return copied_app(populated_sqlite, tmp_path, planner=quick_planner)


def sign_in(client: TestClient, login: str | None) -> str:
    """Log ``login`` in (None: nobody); the session's CSRF token."""
    if login is None:
        return csrf_of(client.get("/login").text)
    assert log_in(client, login) == 303
    return csrf_of(client.get("/me/password").text)


def test_the_pages_are_all_found(app: FastAPI) -> None:
    found = {(p.method, p.path) for p in pages(app)}
    assert {("GET", "/login"), ("POST", "/login"), ("GET", "/me"), ("POST", "/logout")} <= found
    assert ("POST", "/seasons/{season_id}/casting/{production}") in found
    assert not any(path.startswith(("/api/", "/docs", "/openapi")) for _, path in found)
    assert len(found) >= 20


@pytest.mark.parametrize("login", ROLES, ids=lambda login: login or "logged-out")
def test_hostile_strings_never_break_a_page(app: FastAPI, login: str | None) -> None:
    with TestClient(app) as client:
        session = {"csrf": sign_in(client, login)}
        problems: list[str] = []
        reflected: list[str] = []

        @given(sent=requests(pages(app)))
        @example(sent=Sent("GET", f"/login?next=/{encoded(MARKUP[2])}", None, None, MARKUP[2:3]))
        @example(
            sent=Sent("GET", f"{SEASON}/casting/{encoded(MARKUP[1])}", None, None, MARKUP[1:2])
        )
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        def check(sent: Sent) -> None:
            body = sent.body(session["csrf"])
            headers = {"content-type": "application/x-www-form-urlencoded"} if body else {}
            answer = client.request(
                sent.method, sent.url, content=body, headers=headers, follow_redirects=False
            )
            where = f"{login} {sent.method} {sent.url[:200]}"
            if answer.status_code >= 500:
                problems.append(f"{where}: {answer.status_code} {answer.text[:200]}")
            if "text/html" in answer.headers.get("content-type", ""):
                raw = [m for m in sent.markup if m in answer.text]
                if raw:
                    problems.append(f"{where}: markup rendered raw: {raw}")
                reflected.extend(m for m in sent.markup if str(escape(m)) in answer.text)
            location = answer.headers.get("location")
            if location is not None and not same_site(location):
                problems.append(f"{where}: redirect off the site to {location!r}")
            if sent.url.startswith("/logout") and answer.status_code == 303 and login:
                session["csrf"] = sign_in(client, login)  # the next examples are logged in again

        check()
    assert problems == []
    # Not vacuous: markup sent came back, escaped (at least in the explicit examples).
    assert reflected != []


def test_the_redirect_check_reads_a_location_as_a_browser_does() -> None:
    assert (
        same_site("/me") and same_site("/login?next=/seasons") and same_site("http://testserver/")
    )
    assert not same_site("//evil.example/")
    assert not same_site("/\\evil.example")
    assert not same_site("/\t/evil.example")
    assert not same_site("https://evil.example/")
    assert not same_site("javascript:alert(1)")


def test_a_form_with_a_non_ascii_csrf_token_is_refused(app: FastAPI) -> None:
    # It used to be a 500: secrets.compare_digest refuses strs with non-ASCII characters.
    with TestClient(app) as client:
        sign_in(client, "nyc-director")
        for token in ("é", "\U0001f483", "\ud800"):
            body = urlencode([("csrf", as_bytes(token))])
            answer = client.post(
                "/logout",
                content=body,
                headers={"content-type": "application/x-www-form-urlencoded"},
                follow_redirects=False,
            )
            assert answer.status_code == 403, token
        assert client.get("/me/password").status_code == 200  # still logged in
