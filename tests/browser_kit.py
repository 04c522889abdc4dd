"""Debian's Chromium for the browser tests (report and web app), driven by Playwright.

``headless_chromium()`` skips the test with a reason when the machine lacks Chromium or
Playwright, and fails it under CI (``CI=true``), which must provide both; ``opened()`` shows a
file in a window of a given size, with what it requests and the errors it logs.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from etoile.config import get_settings

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip


def missing() -> list[str]:
    """What this machine lacks to run the browser tests."""
    lacks = []
    if importlib.util.find_spec("playwright") is None:
        lacks.append("the Python package 'playwright' (pip install playwright)")
    if not CHROMIUM.exists():
        lacks.append(f"Debian's Chromium at {CHROMIUM} (apt-get install -y chromium)")
    return lacks


@contextmanager
def headless_chromium() -> Iterator[Any]:
    """One headless Chromium (skipped, or failed under CI, when it cannot start)."""
    lacks = missing()
    if lacks:
        reason = "browser test needs " + " and ".join(lacks)
        if get_settings().ci:
            pytest.fail(f"{reason}; CI must provide it")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class Opened(NamedTuple):
    """A page opened on a file: the page, the URLs it requested and the errors it logged."""

    page: Any
    requests: list[str]
    errors: list[str]


@contextmanager
def opened(browser: Any, path: Path, width: int, height: int = 900) -> Iterator[Opened]:
    """``path`` loaded in a new page of ``browser`` at this window size; closed afterwards."""
    page = browser.new_page(viewport={"width": width, "height": height})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    try:
        yield Opened(page, requests, errors)
    finally:
        page.close()
