"""Nothing a user typed is ever rendered raw: stored and reflected markup comes back as text.

The season's every name and title, the plan's label and every account's name start with
:data:`web_kit.HOSTILE`; a crawler follows every same-site link each role can see and checks
that the markup never appears raw and does appear escaped (so the check is not vacuous).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import web_kit as kit
from api.conftest import make_client
from api.test_login import log_in
from etoile.api.security import PAGE_POLICY
from etoile.config import sqlite_url
from etoile.web.render import TEMPLATE_DIR, TEMPLATES

RAW = ("<img src=x onerror", "<script>alert(", "<svg onload")
LINK = re.compile(r'href="(/[^"#]*)"')
SKIP = ("/logout", "/static/", "/feeds/", "/api/")
MOST_PAGES = 80  # per role: every kind of page, without walking every production's day


def test_every_template_is_autoescaped() -> None:
    names = sorted(p.name for p in TEMPLATE_DIR.iterdir() if p.is_file())
    assert len(names) >= 10
    escape = TEMPLATES.env.autoescape
    assert [n for n in names if not (escape(n) if callable(escape) else escape)] == []
    # A template added tomorrow, under any name, is escaped too.
    assert TEMPLATES.env.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"


@pytest.fixture(scope="module")
def hostile_url(migrated_sqlite: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("hostile") / "etoile.sqlite3"
    shutil.copyfile(migrated_sqlite, path)
    kit.populate(sqlite_url(path), hostile=True)
    return sqlite_url(path)


@pytest.fixture
def hostile(hostile_url: str) -> Iterator[TestClient]:
    with make_client(hostile_url) as c:
        yield c


def assert_escaped(path: str, html: str) -> None:
    raw = [r for r in RAW if r in html]
    assert raw == [], f"{path} renders user markup raw: {raw}"


def crawl(client: TestClient, start: list[str]) -> dict[str, str]:
    """Every same-site page reachable from ``start`` (at most :data:`MOST_PAGES`)."""
    seen: dict[str, str] = {}
    queue = list(start)
    while queue and len(seen) < MOST_PAGES:
        path = queue.pop(0)
        if path in seen or path.startswith(SKIP) or "lang=" in path:
            continue
        answer = client.get(path)
        assert answer.status_code < 500, path
        seen[path] = answer.text
        queue += [m.replace("&amp;", "&") for m in LINK.findall(answer.text)]
    return seen


@pytest.mark.parametrize(
    "login", ["nyc-director", "nyc-ballet-master", "par-ballet-master", "nyc-finance", "nyc-dancer"]
)
def test_stored_markup_is_escaped_on_every_page(hostile: TestClient, login: str) -> None:
    assert log_in(hostile, login) == 303
    pages = crawl(hostile, ["/", "/me", f"/seasons/{kit.SEASON_ID}"])
    assert len(pages) >= 2
    for path, html in pages.items():
        assert_escaped(path, html)
    escaped = [p for p, html in pages.items() if "&lt;img src=x onerror" in html]
    assert escaped != [], "the hostile names appear (escaped) somewhere"


@pytest.mark.parametrize(
    "path",
    [
        '/login?next=/"><script>alert(document.domain)</script>',
        "/login?next=/%22%3E%3Csvg%20onload%3Dalert(1)%3E",
        "/seasons/<svg onload=alert(1)>",
        f"/seasons/{kit.SEASON_ID}/casting/<svg onload=alert(1)>",
    ],
)
def test_reflected_markup_is_escaped(hostile: TestClient, path: str) -> None:
    before = hostile.get(path)
    assert before.status_code < 500
    assert_escaped(path, before.text)
    assert log_in(hostile, "nyc-director") == 303
    after = hostile.get(path)
    assert after.status_code < 500
    assert_escaped(path, after.text)


def test_the_login_link_keeps_a_hostile_path_as_text(hostile: TestClient) -> None:
    answer = hostile.get("/seasons/<svg onload=alert(1)>", follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/login?next=/seasons/%3Csvg%20onload%3Dalert%281%29%3E"


def test_every_answer_carries_the_security_headers(hostile: TestClient) -> None:
    for path in ("/login", "/static/etoile.css", "/seasons/nowhere", "/api/seasons"):
        headers = hostile.get(path, follow_redirects=False).headers
        assert headers["content-security-policy"] == PAGE_POLICY, path
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "no-referrer"
    assert "script-src 'self';" in PAGE_POLICY
    assert "frame-ancestors 'none'" in PAGE_POLICY


def test_no_page_has_inline_script_or_handlers() -> None:
    for template in sorted(TEMPLATE_DIR.iterdir()):
        text = template.read_text(encoding="utf-8")
        assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", text) == [], template.name
        assert re.findall(r"\son[a-z]+=", text) == [], template.name
        assert re.findall(r"\sstyle=", text) == [], template.name
