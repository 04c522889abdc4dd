"""In headless Chromium at 1280x900: a ballet master scrolls the casting grid sideways and the
role names stay in view, while the page itself never scrolls sideways.

The tiny season has few shows, so the test widens the show columns (as a season of 40 shows
would) before it scrolls. Needs Debian's Chromium and ``playwright`` (see ``browser_kit``).
"""

from __future__ import annotations

from typing import Any

import pytest

import web_kit as kit
from web.test_browser import browser, log_in, server  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser


def test_the_role_column_stays_when_the_grid_scrolls(browser: Any, server: str) -> None:  # noqa: F811
    page = log_in(browser, server, "nyc-ballet-master", "en")
    page.goto(f"{server}/seasons/{kit.SEASON_ID}/casting/{kit.NYC_PRODUCTION}?plan_id=2")
    page.add_style_tag(content="table.grid td { min-width: 30rem; }")
    box = page.locator("#grid-box")
    assert box.evaluate("b => b.scrollWidth > b.clientWidth")
    box.evaluate("b => { b.scrollLeft = 600; }")
    assert box.evaluate("b => b.scrollLeft") > 0
    area = box.bounding_box()
    role = page.locator(f"tr[data-role='{kit.NYC_ROLE}'] th.role").bounding_box()
    header = page.locator("thead th.role").bounding_box()
    assert area is not None and role is not None and header is not None
    assert role["x"] >= area["x"] - 0.5
    assert header["x"] >= area["x"] - 0.5
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
