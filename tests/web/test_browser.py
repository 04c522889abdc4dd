"""The whole story in headless Chromium, in both languages, against a real ``etoile serve``.

A ballet master opens the casting grid and takes a dancer out of a role; the validator's
warning shows on the page and the change is kept. A director publishes the draft. The dancer,
on a phone-sized screen, sees the show gone from their schedule and reads what changed for
them. English runs on the New York house, French on the Paris house (each account reads its
house's language).

Needs Debian's Chromium and the ``playwright`` package (skipped with the reason otherwise,
failing under CI), like ``tests/report/test_browser.py``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

import web_kit as kit
from browser_kit import headless_chromium
from etoile.config import sqlite_url

pytestmark = pytest.mark.browser


@dataclass(frozen=True)
class Story:
    """Who plays the story in one language, and what they should read."""

    lang: str
    house: str
    production: str
    saved: str
    published: str
    changed: str


STORIES = {
    "en": Story(
        "en", "nyc", kit.NYC_PRODUCTION, "Saved in draft", "is published", "What changed for you"
    ),
    "fr": Story(
        "fr",
        "par",
        kit.PAR_PRODUCTION,
        "Enregistré dans le brouillon",
        "est publiée",
        "Ce qui a changé pour vous",
    ),
}


def free_port() -> int:
    """A TCP port nobody listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for the module."""
    with headless_chromium() as chromium:
        yield chromium


@pytest.fixture
def server(populated_sqlite: Path, tmp_path: Path) -> Iterator[str]:
    """``etoile serve`` on a fresh copy of the populated database; its base URL."""
    path = tmp_path / "etoile.sqlite3"
    shutil.copyfile(populated_sqlite, path)
    port = free_port()
    command = [str(Path(sys.executable).parent / "etoile"), "serve", "--dev", "--port", str(port)]
    env = {
        **os.environ,
        "ETOILE_DATABASE_URL": sqlite_url(path),
    }
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{base}/login", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            output = process.stdout.read().decode() if process.stdout else ""
            pytest.fail(f"etoile serve did not start:\n{output}")
        time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=30)


def cast_cell(base: str, story: Story, dancer: str) -> tuple[str, str, str]:
    """(performance, role, day) of the production where ``dancer`` dances in draft 2."""
    token = httpx.post(
        f"{base}/api/auth/token",
        json={"login": f"{story.house}-director", "password": kit.PASSWORD},
    ).json()["access_token"]
    grid = httpx.get(
        f"{base}/api/seasons/{kit.SEASON_ID}/productions/{story.production}/casting?plan_id=2",
        headers={"Authorization": f"Bearer {token}"},
    ).json()
    for role in grid["roles"]:
        for show, cell in zip(grid["shows"], role["cells"], strict=True):
            if role["count"] == 1 and [p["id"] for p in cell] == [dancer]:
                return show["id"], role["id"], show["date"]
    raise AssertionError(f"{dancer} dances no solo role in {story.production}")


def log_in(browser: Any, base: str, login: str, lang: str, phone: bool = False) -> Any:
    """A new page (own cookies) logged in as ``login``, in ``lang``."""
    viewport = {"width": 390, "height": 844} if phone else {"width": 1280, "height": 900}
    page = browser.new_context(viewport=viewport).new_page()
    page.goto(f"{base}/login?lang={lang}")
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", kit.PASSWORD)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_load_state()
    return page


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_edit_publish_and_the_dancer_sees_it(browser: Any, server: str, lang: str) -> None:
    story = STORIES[lang]
    dancer = kit.ACCOUNTS[f"{story.house}-dancer"].dancer
    assert dancer is not None
    show, role, day = cast_cell(server, story, dancer)

    phone = log_in(browser, server, f"{story.house}-dancer", lang, phone=True)
    assert phone.url == f"{server}/me"
    phone.goto(f"{server}/me?date={day}")  # four weeks from the show, whatever today is
    before = phone.locator(".event").count()

    master = log_in(browser, server, f"{story.house}-ballet-master", lang)
    master.goto(f"{server}/seasons/{kit.SEASON_ID}/casting/{story.production}?plan_id=2")
    assert master.locator("html").get_attribute("lang") == lang
    master.click(f"td[data-cell='{show}|{role}'] a.edit")
    master.select_option("#edit-cell select[name=dancer]", "")
    master.click("#edit-cell button[type=submit]")
    result = master.locator("#edit-result")
    assert story.saved in result.inner_text()
    assert "Role slot unfilled" in result.locator(".warnings").inner_text()

    director = log_in(browser, server, f"{story.house}-director", lang)
    director.goto(f"{server}/seasons/{kit.SEASON_ID}/plans")
    director.click("button[name=publish][value='2']")
    director.wait_for_load_state()
    # Publishing asks first: the confirmation says what changes and who is told.
    assert director.locator("#publish-confirm").count() == 1
    director.click("#publish-confirm button[name=confirm]")
    director.wait_for_load_state()
    assert director.url == f"{server}/seasons/{kit.SEASON_ID}/versions/2"
    assert story.published in director.inner_text("main")
    assert director.locator("ul.changes li").count() == 1

    phone.reload()
    assert phone.locator(".event").count() == before - 1
    changes = phone.locator("#my-changes")
    assert story.changed in changes.inner_text()
    assert changes.locator("li").count() == 1
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
