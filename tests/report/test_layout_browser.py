"""The report's layout in headless Chromium: what fits a desktop window, what scrolls in its own
box, and what a phone shows.

At 1280 x 900 the page never scrolls sideways and no summary table (the answer, the deal, the
finance tables) has to be scrolled inside its box; a wide casting grid or exchange calendar
does scroll in its own box, and its first column (the role, the dancer) stays in view while it
does. At 390 x 844 (a phone) the page does not scroll sideways either.

The plan is the hand-built one of :mod:`.builders` with its deal, made wide on purpose: Giselle
runs 24 more times, and the money is in the millions, like the demo season's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from calendar_kit import GISELLE_CAST
from etoile.domain import Plan, Season
from etoile.report import render_report

from .builders import EXPLANATIONS, deal_data, plan_data, season_data
from .conftest import Show

LANGS = ["en", "fr"]
EXTRA_SHOWS = 24
SCALE = 37
"""Money is multiplied by this, so that the numbers are as wide as a real season's."""

SUMMARY_TABLES = [
    "#answer table.moves",
    "#answer table.houses",
    "#deal table.deal-houses",
    "#deal table.transfers",
    "#deal table.packages",
    "#deal table.sensitivity",
    "#deal table.paths",
    "#finance table.results",
    "#finance table.lines",
]
"""Every table that sums the plan up: it must fit a desktop window as it is."""

pytestmark = pytest.mark.browser


def wide_season() -> Season:
    """The tiny season with Giselle danced 24 more times in New York (twice a day)."""
    data = season_data()
    nyc = data["companies"][0]
    first = dt.datetime(2026, 12, 14, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    for i in range(EXTRA_SHOWS):
        start = first + dt.timedelta(days=i // 2, hours=6 * (i % 2))
        nyc["performances"].append(
            {"id": f"nyc-x{i:02}", "production": "nyc-giselle", "venue": "koch",
             "start": start.isoformat()}
        )  # fmt: skip
    return Season.model_validate(data)


def _scaled(house: dict[str, Any], keep: set[str]) -> dict[str, Any]:
    """``house`` with every amount of money multiplied by :data:`SCALE`."""
    out: dict[str, Any] = {}
    for key, value in house.items():
        if isinstance(value, int | float) and key not in keep and not key.startswith("prob"):
            out[key] = value * SCALE
        elif isinstance(value, dict) and key.endswith("lines"):
            out[key] = {k: v * SCALE for k, v in value.items()}
        else:
            out[key] = value
    return out


def wide_plan() -> Plan:
    """The hand-built plan and deal, casting every extra Giselle, with millions at stake."""
    data = plan_data()
    for i in range(EXTRA_SHOWS):
        for role, dancer in GISELLE_CAST:
            giselle = role == "nyc-giselle.giselle"
            data["casting"].append(
                {"performance": f"nyc-x{i:02}", "role": role,
                 "dancer": "nyc-ava" if giselle else dancer}
            )  # fmt: skip
    counts = {"performances", "expected_attendance", "occupancy"}
    forecast = data["forecast"]
    forecast["houses"] = [_scaled(h, counts) for h in forecast["houses"]]
    deal = deal_data("swap")
    deal["houses"] = [_scaled(h, set()) for h in deal["houses"]]
    data["deal"] = deal
    return Plan.model_validate(data)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The wide report written to disk in each language."""
    season, plan = wide_season(), wide_plan()
    folder = tmp_path_factory.mktemp("layout")
    paths = {}
    for lang in LANGS:
        path = folder / f"report-{lang}.html"
        html = render_report(season, plan, lang, EXPLANATIONS, violations=[])
        path.write_text(html, encoding="utf-8")
        paths[lang] = path
    return paths


BOX = """(table) => {
  const box = table.closest('.scroll') || table.parentElement;
  return {scroll: box.scrollWidth, client: box.clientWidth,
          right: table.getBoundingClientRect().right};
}"""

SCROLL_SIDEWAYS = """(table) => {
  const box = table.closest('.scroll');
  const before = box.scrollLeft;
  box.scrollLeft = box.scrollWidth;
  const edge = box.getBoundingClientRect();
  const first = (row) => row.cells[0].getBoundingClientRect();
  const rows = Array.from(table.rows).map((r) => {
    const c = first(r);
    return [c.left - edge.left, edge.right - c.right];
  });
  const cell = table.tBodies[0].rows[0].cells[1].getBoundingClientRect();
  return {before: before, after: box.scrollLeft, rows: rows,
          secondColumnMoved: cell.left - edge.left};
}"""


def test_the_summary_tables_fit_a_desktop_window(show: Show, reports: dict[str, Path]) -> None:
    page, _, errors = show(reports, 1280, 900)
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    for selector in SUMMARY_TABLES:
        tables = page.locator(selector)
        assert tables.count() >= 1, selector
        for i in range(tables.count()):
            box = tables.nth(i).evaluate(BOX)
            assert box["scroll"] <= box["client"], (selector, i, box)
            assert box["right"] <= 1280, (selector, i, box)
    # Numbers are right-aligned, headers included, and a header may wrap over its column.
    header = page.locator("#answer table.houses thead th.num").first
    assert header.evaluate("e => getComputedStyle(e).textAlign") == "right"
    assert header.evaluate("e => getComputedStyle(e).whiteSpace") == "normal"
    assert errors == []


def test_a_wide_casting_grid_keeps_its_role_column_in_view(
    show: Show, reports: dict[str, Path]
) -> None:
    page, _, errors = show(reports, 1280, 900)
    grid = page.locator("#casting table.grid").first
    assert grid.locator("thead th").count() == 3 + EXTRA_SHOWS + 1
    seen = grid.evaluate(SCROLL_SIDEWAYS)
    assert seen["before"] == 0 and seen["after"] > 1000  # it did scroll, far
    for left, right in seen["rows"]:  # the header's corner and every role
        assert left >= -1 and right >= -1, seen
    assert seen["secondColumnMoved"] < 0  # while the performances scrolled away
    # The header row sticks to the top of the grid's own box.
    corner = grid.locator("thead th.role")
    assert corner.evaluate("e => getComputedStyle(e).position") == "sticky"
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    assert errors == []


def test_the_exchange_calendar_keeps_its_dancer_column_in_view(
    show: Show, reports: dict[str, Path]
) -> None:
    page, _, _ = show(reports, 390, 844)
    calendar = page.locator("#calendar table.timeline")
    box = calendar.evaluate(BOX)
    assert box["scroll"] > box["client"]  # five weeks do not fit a phone
    seen = calendar.evaluate(SCROLL_SIDEWAYS)
    assert seen["after"] > 0
    for left, right in seen["rows"]:
        assert left >= -1 and right >= -1, seen


def test_a_phone_never_scrolls_the_page_sideways(show: Show, reports: dict[str, Path]) -> None:
    page, _, errors = show(reports, 390, 844)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.evaluate("document.body.scrollWidth") <= 390
    # The wide grid scrolls in its own box instead.
    box = page.locator("#casting table.grid").first.evaluate(BOX)
    assert box["scroll"] > box["client"]
    assert errors == []
