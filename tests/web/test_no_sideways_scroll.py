"""No page scrolls sideways for the people who use it, in both languages.

In headless Chromium against a real ``etoile serve``: a dancer on a 390x844 phone, and a
ballet master and a director of each house on a 1280x900 screen, each in English and in
French, open every page the menu leads them to and the pages one click further (a casting
grid, its edit form and a saved cell; a version's changelog; the publication's confirmation;
a busy week of rehearsals; a new calendar address), folded parts opened. No page is
wider than the window: what is wide (the casting grid, long tables) scrolls inside its own
box. A failure names the page, the reader, the language and the widest element that sticks
out. One browser and one server for the whole run; one context per reader and language.

Needs Debian's Chromium and ``playwright`` (see ``browser_kit``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pytest

import web_kit as kit
from web.test_browser import browser, log_in, server  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

S = f"/seasons/{kit.SEASON_ID}"
LANGS = ("en", "fr")
BUSY_WEEK = "2026-11-16"
"""A Monday when both houses' studios have rehearsal calls."""

WIDEST = """() => {
  const view = window.innerWidth;
  const clipped = (el) => {
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== "visible") return true;
    }
    return false;
  };
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + [...el.classList].map((c) => "." + c).join("");
  let worst = null;
  let right = view + 1;
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.right > right && !clipped(el)) { worst = el; right = r.right; }
  }
  if (worst === null) return null;
  const path = [];
  for (let el = worst; el && el !== document.body && path.length < 3; el = el.parentElement) {
    path.unshift(name(el));
  }
  return path.join(" > ") + " (right edge at " + Math.round(right) + " px)";
}"""
"""The element sticking out furthest right of the window (not counting what scrolls or is
clipped inside a box of its own), as ``parent > element.class (right edge at N px)``."""


@dataclass(frozen=True)
class Reader:
    """Someone reading the pages, in one language, on a phone or a wide screen."""

    login: str
    lang: str
    phone: bool

    @property
    def role(self) -> str:
        return kit.ACCOUNTS[self.login].role

    @property
    def house(self) -> str:
        return kit.ACCOUNTS[self.login].company

    def __str__(self) -> str:
        screen = "390x844 phone" if self.phone else "1280x900 screen"
        return f"{self.login} ({self.lang}, {screen})"


READERS = [
    *(Reader(f"{house}-dancer", lang, phone=True) for house in ("nyc", "par") for lang in LANGS),
    *(
        Reader(f"{house}-{role}", lang, phone=False)
        for house in ("nyc", "par")
        for role in ("ballet-master", "director")
        for lang in LANGS
    ),
]

PRODUCTION = {"nyc": kit.NYC_PRODUCTION, "par": kit.PAR_PRODUCTION}


def pages(reader: Reader) -> list[tuple[str, str]]:
    """(name, URL path) of the pages ``reader`` reaches from the menu, and one click further."""
    if reader.role == "dancer":
        return [
            ("login", "/login"),
            ("my schedule", "/me"),
            ("my schedule, a week of rehearsals", f"/me?date={BUSY_WEEK}"),
            ("password", "/me/password"),
        ]
    grid = f"{S}/casting/{PRODUCTION[reader.house]}?plan_id=2"
    found = [
        ("login", "/login"),
        ("seasons", "/seasons"),
        ("home: the season at a glance", "/"),
        ("productions", f"{S}/casting"),
        ("casting grid", grid),
        ("rehearsal calendar, week", f"{S}/rehearsals"),
        ("rehearsal calendar, a week of calls", f"{S}/rehearsals?view=week&date={BUSY_WEEK}"),
        ("rehearsal calendar, a day of calls", f"{S}/rehearsals?view=day&date={BUSY_WEEK}"),
        ("plans", f"{S}/plans"),
        ("changelog of version 1", f"{S}/versions/1"),
        ("password", "/me/password"),
    ]
    if reader.role == "director":
        found += [
            ("publish confirmation of draft 2", f"{S}/plans/2/publish?base_version=1"),
            ("exchange board", f"{S}/exchange"),
            ("finance", f"{S}/finance"),
            ("users", "/users"),
        ]
    return found


def overflow(page: Any, view: int) -> str | None:
    """Why ``page`` scrolls sideways in a window ``view`` px wide, or None when it does not.

    Folded parts (``<details>``) are opened first: a reader opens them too.
    """
    page.eval_on_selector_all("details", "folds => folds.forEach(d => { d.open = true; })")
    inner = page.evaluate("window.innerWidth")
    assert inner == view
    width = page.evaluate("document.documentElement.scrollWidth")
    if width <= inner + 1:
        return None
    return f"the page is {width} px wide; sticking out furthest: {page.evaluate(WIDEST)}"


def menu(page: Any) -> set[str]:
    """The paths the page's menu and account links lead to."""
    hrefs = page.eval_on_selector_all(
        "header.top nav a, header.top a.account", "links => links.map(a => a.href)"
    )
    return {urlsplit(h).path for h in hrefs}


def open_edit_form(page: Any) -> None:
    """Open the edit form of the grid's first cell."""
    page.click("#grid-box td a.edit >> nth=0")


def leave_cell_empty(page: Any) -> None:
    """In the open edit form, choose nobody and save (the validator's warnings show)."""
    page.select_option("#edit-cell select >> nth=0", "")
    page.click("#edit-cell button[type=submit]")


def make_address(page: Any) -> None:
    """Ask for a new calendar address (shown once, in full)."""
    page.click("form[action='/me/feed'] button[type=submit]")


FURTHER: dict[str, list[tuple[str, Callable[[Any], None], str]]] = {
    "casting grid": [
        ("its edit form", open_edit_form, "#edit-cell"),
        ("a cell left empty", leave_cell_empty, "#edit-result"),
    ],
    "my schedule": [("a new calendar address", make_address, "#feed-url")],
}
"""What a reader does on a page, then reads: (what, the action, what then shows). The ballet
masters' saved cells make the directors' publish confirmation list a change."""


def test_no_page_scrolls_sideways(browser: Any, server: str) -> None:  # noqa: F811
    failures: list[str] = []
    for reader in READERS:
        view = 390 if reader.phone else 1280
        page = log_in(browser, server, reader.login, reader.lang, phone=reader.phone)
        visited: set[str] = set()
        offered: set[str] = set()
        for name, path in pages(reader):
            answer = page.goto(f"{server}{path}")
            where = f"{name} ({path}) as {reader}"
            assert answer is not None and answer.status == 200, where
            assert page.locator("html").get_attribute("lang") == reader.lang, where
            visited |= {urlsplit(path).path, urlsplit(page.url).path}
            offered |= menu(page)
            if (why := overflow(page, view)) is not None:
                failures.append(f"{where}: {why}")
            for what, act, shows in FURTHER.get(name, []):
                act(page)
                page.wait_for_load_state()
                assert page.locator(shows).count() == 1, f"{where}, {what}"
                if (why := overflow(page, view)) is not None:
                    failures.append(f"{where}, {what}: {why}")
        unchecked = offered - visited
        assert not unchecked, f"{reader}'s menu leads to pages not checked: {unchecked}"
        page.context.close()
    assert not failures, "Pages scroll sideways:\n" + "\n".join(failures)


def test_the_check_names_what_sticks_out(browser: Any) -> None:  # noqa: F811
    """The check itself: a page with a 2000 px banner fails and names it; the same width
    scrolling inside its own box passes."""
    page = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    page.set_content('<body><main><div class="box"><p class="banner">wide</p></div></main></body>')
    page.add_style_tag(content=".banner { width: 2000px; }")
    why = overflow(page, 390)
    assert why is not None and "div.box > p.banner" in why, why
    page.add_style_tag(content=".box { overflow-x: auto; }")
    assert overflow(page, 390) is None
    page.context.close()
