"""The private calendar feed: a secret URL per dancer, stored as a hash, revocable."""

from __future__ import annotations

import hashlib

from fastapi.testclient import TestClient
from sqlalchemy import select

import web_kit as kit
from etoile.storage import Database
from etoile.storage.models import FeedTokenRow

from .conftest import bearer


def feed_path(url: str) -> str:
    """The path of an absolute feed URL."""
    return url.removeprefix("http://testserver")


def test_a_dancer_subscribes_with_a_secret_url(client: TestClient, site_url: str) -> None:
    headers = bearer(client, "par-dancer")
    assert client.get("/api/me/feed", headers=headers).json() == {"active": False}
    made = client.post("/api/me/feed", headers=headers).json()
    assert made["url"] == f"http://testserver/feeds/{made['token']}.ics"
    assert client.get("/api/me/feed", headers=headers).json() == {"active": True}

    feed = client.get(feed_path(made["url"]))
    assert feed.status_code == 200
    assert feed.headers["content-type"] == "text/calendar; charset=utf-8"
    text = feed.text
    assert text.startswith("BEGIN:VCALENDAR")
    assert "X-WR-TIMEZONE:Europe/Paris" in text
    # In the dancer's language (French), with their shows of the published version.
    assert f"UID:show/par-swan-lake-01/dancer/{kit.PAR_DANCER}" in text.replace("\r\n ", "")
    assert "Répétition" in text.replace("\r\n ", "")

    with Database(site_url) as db, db.transaction() as session:
        stored = session.scalars(select(FeedTokenRow.token_hash)).all()
    assert stored == [hashlib.sha256(made["token"].encode()).hexdigest()]


def test_unknown_replaced_and_revoked_tokens_open_nothing(client: TestClient) -> None:
    headers = bearer(client, "nyc-dancer")
    assert client.get("/feeds/not-a-token.ics").status_code == 404
    first = client.post("/api/me/feed", headers=headers).json()
    second = client.post("/api/me/feed", headers=headers).json()
    assert client.get(feed_path(first["url"])).status_code == 404
    assert client.get(feed_path(second["url"])).status_code == 200
    assert client.delete("/api/me/feed", headers=headers).status_code == 204
    assert client.get(feed_path(second["url"])).status_code == 404
    assert client.get("/api/me/feed", headers=headers).json() == {"active": False}


def test_the_feed_address_comes_from_the_public_url_not_the_host_header(site_url: str) -> None:
    from etoile.config import Settings
    from etoile.services.jobs import ThreadJobRunner
    from etoile.web.app import create_app

    settings = Settings(secure_cookies=False, public_url="https://etoile.example.org/")
    app = create_app(site_url, settings=settings, runner=ThreadJobRunner(Database(site_url)))
    with TestClient(app) as client:
        headers = {**bearer(client, "par-dancer"), "Host": "evil.example.com"}
        made = client.post("/api/me/feed", headers=headers).json()
    assert made["url"] == f"https://etoile.example.org/feeds/{made['token']}.ics"


def test_the_access_log_never_shows_a_feed_token() -> None:
    import logging

    from etoile.api.logs import MaskFeedTokens, mask

    assert mask("/feeds/abc-DEF_123.ics") == "/feeds/***.ics"
    assert mask("/feeds/abc?x=1") == "/feeds/***?x=1"
    assert mask("/me/feed") == "/me/feed"
    record = logging.LogRecord(
        "uvicorn.access", logging.INFO, "", 0, '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/feeds/s3cr3t.ics", "1.1", 200), None,
    )  # fmt: skip
    assert MaskFeedTokens().filter(record)
    assert "s3cr3t" not in record.getMessage()
    assert "/feeds/***.ics" in record.getMessage()


def test_making_a_feed_on_the_page_redirects_and_shows_the_address_once(
    client: TestClient,
) -> None:
    from api.test_login import csrf_of, log_in

    assert log_in(client, "par-dancer") == 303
    page = client.get("/me")
    made = client.post("/me/feed", data={"csrf": csrf_of(page.text)}, follow_redirects=False)
    assert (made.status_code, made.headers["location"]) == (303, "/me#feed")
    shown = client.get("/me")
    assert "/feeds/" in shown.text
    assert "/feeds/" not in client.get("/me").text  # shown once: a reload makes nothing new
