"""The written report in a real browser: headless Chromium from Debian's package.

Checks what a director sees, in both languages: the answer, the casting grid and the charts are
visible, nothing is fetched from anywhere, nothing fails in the console, and on a phone-sized
screen the page does not scroll sideways (wide tables scroll inside their own box).

Needs ``/usr/bin/chromium`` (``apt-get install -y chromium``) and the Python package
``playwright``, driven with that executable (never ``playwright install``). Without them the
tests skip and say why, except under CI, where they fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import calendar_kit
from etoile.domain import Plan, Season
from etoile.i18n import Translator
from etoile.report import write_report

from .builders import EXPLANATIONS, plan_data, season_data
from .conftest import Show

LANGS = ["en", "fr"]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The report written to disk in each language."""
    season = Season.model_validate(season_data())
    plan = Plan.model_validate(plan_data())
    folder = tmp_path_factory.mktemp("reports")
    return {
        lang: write_report(season, plan, folder / f"report-{lang}.html", lang, EXPLANATIONS)
        for lang in LANGS
    }


def test_answer_grid_and_charts_are_visible(
    show: Show, reports: dict[str, Path], lang: str
) -> None:
    tr = Translator(lang)
    page, requests, errors = show(reports, 1200)
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("#answer h2").inner_text() == tr.t("sec.answer")
    dancer = page.locator("#answer table.moves tbody th")
    assert dancer.is_visible()
    assert dancer.inner_text() == "Léa Garnier (Étoile)"
    assert page.locator("#answer table.houses tbody tr").count() == 2
    assert page.locator("#answer table.houses").is_visible()

    grids = page.locator("#casting table.grid")
    assert grids.count() == 2
    assert all(grids.nth(i).is_visible() for i in range(2))
    guests = page.locator("#casting table.grid .guest")
    assert [guests.nth(i).inner_text() for i in range(guests.count())] == ["Léa Garnier ★"] * 3

    charts = page.locator("#finance figure.chart svg")
    assert charts.count() == 3
    for i in range(3):
        box = charts.nth(i).bounding_box()
        assert charts.nth(i).is_visible()
        assert box is not None and box["width"] > 300 and box["height"] > 100
    assert page.locator("#finance figcaption").first.inner_text() == tr.t("fin.weekly")

    assert requests == [reports[lang].as_uri()]  # the file itself, nothing else
    assert errors == []


def test_a_phone_reads_it_without_scrolling_sideways(show: Show, reports: dict[str, Path]) -> None:
    page, _, errors = show(reports, 390)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    # The answer's tables become one card per row: the dancer and the route stay readable.
    assert page.locator("#answer table.moves td.route").is_visible()
    box = page.locator("#answer table.moves").bounding_box()
    assert box is not None and box["width"] <= 390
    assert errors == []


@pytest.fixture(scope="module")
def rehearsal_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The report of a plan with rehearsal calls, in each language."""
    season, plan = calendar_kit.season(), calendar_kit.plan()
    folder = tmp_path_factory.mktemp("rehearsals")
    return {
        lang: write_report(season, plan, folder / f"report-{lang}.html", lang) for lang in LANGS
    }


def test_the_rehearsal_weeks_and_progress_are_visible(
    show: Show, rehearsal_reports: dict[str, Path], lang: str
) -> None:
    tr = Translator(lang)
    page, requests, errors = show(rehearsal_reports, 1200)
    assert page.locator("#rehearsals h2").inner_text() == tr.t("sec.rehearsals")
    bars = page.locator("#rehearsals table.progress .bar")
    assert bars.count() == 10  # two productions, five kinds of call each
    assert all(bars.nth(i).is_visible() for i in range(10))
    # Each house's first week is open, the others folded.
    weeks = page.locator("#rehearsals details.reh-week")
    assert [weeks.nth(i).get_attribute("open") for i in range(weeks.count())] == [
        "", "", None, None
    ]  # fmt: skip
    calls = page.locator("#rehearsals details[open] .call")
    assert calls.count() == 4  # New York's three calls, Paris's coaching on 4 Dec
    assert all(calls.nth(i).is_visible() for i in range(4))
    assert requests == [rehearsal_reports[lang].as_uri()]
    assert errors == []


def test_a_phone_reads_the_rehearsals_without_scrolling_sideways(
    show: Show, rehearsal_reports: dict[str, Path]
) -> None:
    page, _, errors = show(rehearsal_reports, 390)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.locator("#rehearsals table.progress").first.is_visible()
    assert errors == []
