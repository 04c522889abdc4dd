"""The site: the API with the pages on top and the static files at /static."""

from __future__ import annotations

from pathlib import Path

from api.conftest import make_client
from etoile.web.app import STATIC


def test_static_files_are_served(database_url: str) -> None:
    with make_client(database_url) as client:
        answer = client.get("/static/etoile.css")
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith("text/css")
        assert answer.content == (STATIC / "etoile.css").read_bytes()
        assert client.get("/static/nope.css").status_code == 404


def test_pages_and_api_share_one_app(database_url: str) -> None:
    # A page answers HTML; without a login the API answers 401 and a page sends the reader
    # to the login form, then back.
    with make_client(database_url) as client:
        login = client.get("/login")
        assert (login.status_code, login.headers["content-type"].split(";")[0]) == (
            200,
            "text/html",
        )
        assert client.get("/api/seasons").status_code == 401
        page = client.get("/seasons/tiny-2026", follow_redirects=False)
        assert (page.status_code, page.headers["location"]) == (
            303,
            "/login?next=/seasons/tiny-2026",
        )


def test_the_static_folder_holds_the_style_and_the_script() -> None:
    assert sorted(p.name for p in Path(STATIC).iterdir() if p.is_file())[:2] == [
        "etoile.css",
        "etoile.js",
    ]
