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
