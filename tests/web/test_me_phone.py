"""A dancer's ``/me`` as read on a phone: what comes next first, then what changed for them
(only what is still to come, addressed to them, folded), places by their names, the one-time
calendar address where the button was, and a light page. A short Chromium run at 390x844
checks the first screen.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

import web_kit as kit
from api.test_login import csrf_of, log_in
from etoile.services.publishing import latest_changelog
from etoile.services.schedule import Subject, entries, last_day, my_changes, owner
from etoile.storage import Database
from etoile.web.i18n import PageTranslator
from etoile.web.pages import me
from web.test_browser import browser, server  # noqa: F401  (fixtures)
from web.test_browser import log_in as browser_log_in

TODAY = dt.date(2026, 12, 3)
"""A day inside the tiny season (December 2026): its first calls (November) are past, and
each dancer has more changes to come than the few shown before "show all"."""

DANCERS = {"en": ("nyc-dancer", kit.NYC_DANCER), "fr": ("par-dancer", kit.PAR_DANCER)}


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``/me`` reads today as :data:`TODAY`."""
    monkeypatch.setattr(me, "today", lambda: TODAY)
    yield


def my_page(client: TestClient, lang: str) -> str:
    """``/me`` of the house's dancer, in ``lang``."""
    assert log_in(client, DANCERS[lang][0]) == 303
    page = client.get(f"/me?lang={lang}")
    assert page.status_code == 200
    return page.text


def section(html: str, ident: str) -> str:
    """The HTML of ``<section ... id="ident">`` up to its closing tag (no nested sections)."""
    found = re.search(rf'<section[^>]*id="{ident}"[^>]*>(.*?)</section>', html, flags=re.S)
    assert found is not None, f"the page has a section #{ident}"
    return found.group(1)


def text(html: str) -> str:
    """The words of some HTML, without tags or attribute values."""
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.parametrize("lang", sorted(DANCERS))
def test_what_comes_next_is_before_what_changed(client: TestClient, lang: str) -> None:
    html = my_page(client, lang)
    dancer = DANCERS[lang][1]
    who = owner(kit.season(), Subject.DANCER, dancer)
    coming = next(e for e in entries(kit.season(), kit.plan(), who, lang) if last_day(e) >= TODAY)
    where = html.find(str(escape(coming.summary)))
    assert 0 < where < html.index('id="my-changes"')
    assert html.index('id="soon"') < html.index('id="my-changes"') < html.index('id="feed"')


@pytest.mark.parametrize("lang", sorted(DANCERS))
def test_changes_are_still_to_come_and_speak_to_the_dancer(
    client: TestClient, site_url: str, lang: str
) -> None:
    html = my_page(client, lang)
    dancer = DANCERS[lang][1]
    season = kit.season()
    with Database(site_url) as db:
        log = latest_changelog(db, kit.SEASON_ID)
    assert log is not None
    every = my_changes(log.diff, season, dancer, lang)
    assert any(c.day < TODAY for c in every), "the fixture has past changes to leave out"
    ahead = [c for c in every if c.day >= TODAY]
    assert ahead

    changes = section(html, "my-changes")
    lines = [text(li).strip() for li in re.findall(r"<li>(.*?)</li>", changes, flags=re.S)]
    assert len(lines) == len(ahead)
    you = ("You ", "Your ") if lang == "en" else ("Vous ", "Votre ")
    for line in lines:
        assert line.startswith(you) or " vous invite " in line, line
        assert season.dancers[dancer].item.name not in line
    tr = PageTranslator(lang)
    for past in (TODAY - dt.timedelta(days=n) for n in range(1, 10)):
        assert tr.format_date(past) not in changes
    # Folded: the first lines, then the rest behind a <details> that needs no script.
    assert changes.index("<details>") > changes.index("<li>")
    assert "<summary>" in changes
    summary = tr.t("me.changes_count", count=len(ahead))
    assert str(escape(summary)) in changes


def test_a_day_asked_for_counts_what_is_still_to_come_from_that_day(
    client: TestClient, site_url: str
) -> None:
    """``/me?date=D``: the changes shown are those from D on, whatever today is (so a page
    read about a day already past, or a test run later, still shows that day's changes)."""
    dancer = DANCERS["en"][1]
    with Database(site_url) as db:
        log = latest_changelog(db, kit.SEASON_ID)
    assert log is not None
    every = my_changes(log.diff, kit.season(), dancer, "en")
    past = min(c.day for c in every)
    assert past < TODAY
    assert log_in(client, DANCERS["en"][0]) == 303
    changes = section(client.get(f"/me?date={past.isoformat()}").text, "my-changes")
    lines = re.findall(r"<li>(.*?)</li>", changes, flags=re.S)
    assert (
        len(lines)
        == len([c for c in every if c.day >= past])
        > len([c for c in every if c.day >= TODAY])
    )


@pytest.mark.parametrize("lang", sorted(DANCERS))
def test_places_are_named_not_given_by_id(client: TestClient, lang: str) -> None:
    words = text(my_page(client, lang))
    venues = kit.season().venues
    assert any(v.item.name in words for v in venues.values())
    for ident in venues:
        assert not re.search(rf"\b{re.escape(ident)}\b", words), ident


def test_a_new_address_shows_once_where_the_button_was(client: TestClient) -> None:
    html = my_page(client, "en")
    made = client.post("/me/feed", data={"csrf": csrf_of(html)}, follow_redirects=False)
    assert made.status_code == 303
    assert made.headers["location"] == "/me#feed"

    page = client.get("/me").text
    feed = section(page, "feed")
    url = re.search(r'<input class="url" id="feed-url" readonly value="([^"]+)"', feed)
    assert url is not None
    assert feed.index('id="feed-url"') < feed.index('action="/me/feed"')
    assert 'data-copy="feed-url"' in feed
    # The section comes first on the page that shows the address, before the schedule.
    assert page.index('id="feed"') < page.index('id="soon"')

    again = client.get("/me").text
    assert url.group(1) not in again
    assert again.index('id="soon"') < again.index('id="feed"')
    feed_path = url.group(1).removeprefix("http://testserver")
    assert client.get(feed_path).status_code == 200  # still the address just made


@pytest.mark.parametrize("lang", sorted(DANCERS))
def test_the_page_is_light(client: TestClient, lang: str) -> None:
    assert len(my_page(client, lang).encode()) < 100_000


@pytest.mark.browser
def test_on_a_phone_the_next_event_is_on_the_first_screen(
    browser: Any,  # noqa: F811
    server: str,  # noqa: F811
) -> None:
    for lang, (login, _) in sorted(DANCERS.items()):
        phone = browser_log_in(browser, server, login, lang, phone=True)
        phone.goto(f"{server}/me?lang={lang}")
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
        first = phone.locator(".next .coming, #soon .event").first
        box = first.bounding_box()
        assert box is not None and box["y"] < 844, box
        phone.context.close()
