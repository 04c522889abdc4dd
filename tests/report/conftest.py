"""Fixtures of the report tests: the hand-built plan, a season with a big corps role, and for
the browser tests one Chromium per module and a way to open a report in it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from browser_kit import Opened, headless_chromium, opened
from etoile.domain import Plan, Season
from etoile.i18n import LANGUAGES
from etoile.report import render_report

from .builders import EXPLANATIONS, plan_data, season_data


def pytest_configure(config: pytest.Config) -> None:
    # Registered here until pyproject.toml lists the marker (--strict-markers rejects it).
    config.addinivalue_line("markers", "browser: opens the report in headless Chromium")


@pytest.fixture(scope="session")
def rendered() -> dict[str, str]:
    """The tiny season's report with the hand-built plan, :data:`EXPLANATIONS` and no
    findings, by language.

    Rendered once per session: drawing the charts makes a render take about a second.
    """
    season = Season.model_validate(season_data())
    plan = Plan.model_validate(plan_data())
    return {
        lang: render_report(season, plan, lang, EXPLANATIONS, violations=[]) for lang in LANGUAGES
    }


@pytest.fixture
def plan() -> Plan:
    """The hand-built plan with Léa Garnier's move."""
    return Plan.model_validate(plan_data())


@pytest.fixture
def crowd_season() -> Season:
    """The tiny season with four Wilis (a corps role shown folded) and two more corps women."""
    data = season_data()
    nyc = data["companies"][0]
    nyc["productions"][0]["roles"][3]["count"] = 4
    for ident, name in (("nyc-gia", "Gia Stone"), ("nyc-hana", "Hana Ito")):
        nyc["dancers"].append(
            {"id": ident, "name": name, "rank": "corps", "tags": ["woman"],
             "known_roles": ["nyc-giselle.wili"]}
        )  # fmt: skip
    return Season.model_validate(data)


Show = Callable[..., Opened]
"""``show(reports, width, height=900)``: ``reports[lang]`` opened at this window size."""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for the module."""
    with headless_chromium() as chromium:
        yield chromium


@pytest.fixture(params=["en", "fr"])
def lang(request: pytest.FixtureRequest) -> str:
    """Each language of the report in turn."""
    return str(request.param)


@pytest.fixture
def show(browser: Any, lang: str) -> Iterator[Show]:
    """Opens the test's language of a report (by language) at a window size; every page
    it opened is closed after the test."""
    with ExitStack() as pages:

        def opening(reports: dict[str, Path], width: int, height: int = 900) -> Opened:
            return pages.enter_context(opened(browser, reports[lang], width, height))

        yield opening
