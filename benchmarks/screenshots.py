"""Screenshots and load times of the main pages, in English and French (``make screenshots``).

``python -m benchmarks.screenshots [DEMO_DIR]`` (default ``etoile-demo``, what ``make demo``
writes). The demo database is copied to a temporary folder (the demo itself is left as it
is), migrated, its accounts given their names, its draft published as version 1 and copied as
a new draft (so that the publish confirmation and the changelog have something to show). Then
``etoile serve`` runs on the copy, like the web benchmark, and headless Chromium (Debian's, via
Playwright, like the browser tests) logs in:

- a dancer on a 390x844 phone: ``/me``;
- a ballet master at 1280x900: the casting grid, the rehearsal calendar, the changelog;
- a director at 1280x900: the publish confirmation, the finance page, the changelog, ``/users``.

English pages are read by the New York accounts, French ones by the Paris accounts (each
house's language). Each page is opened, then reloaded and measured (the reload is what a
reader sees once the server's caches are warm): the time to the first byte (the server's time
plus loopback) and to the ``load`` event, from the browser's Navigation Timing. The PNGs go to
``bench-out/screenshots/``, the table to ``bench-out/screenshots.json``. Measures; never fails
because the machine is slow.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from etoile.config import sqlite_url
from etoile.services.demo import DATABASE_FILE
from etoile.services.demo_users import DEMO_PASSWORD, add_demo_users
from etoile.services.publishing import publish
from etoile.storage import Database, PlanRepository, SeasonRepository, upgrade

OUT = Path("bench-out")
SHOTS = OUT / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
HOUSES = {"en": "nyc", "fr": "par"}
"""Which house's accounts read the pages of each language."""

TIMING = """() => {
  const n = performance.getEntriesByType("navigation")[0];
  return {ttfb: n.responseStart - n.requestStart, load: n.loadEventEnd - n.startTime,
          bytes: n.transferSize};
}"""


@dataclass(frozen=True)
class Demo:
    """What the pages need to know of the prepared copy of the demo."""

    url: str
    season: str
    draft: int
    version: int
    productions: dict[str, str]
    """House -> one of its productions (for the casting grid)."""


def _missing(demo_dir: Path) -> str | None:
    """Why the screenshots cannot be taken here, or None."""
    database = demo_dir / DATABASE_FILE
    if not database.exists():
        return (
            f"no demo database at {database}: run `make demo` first (it plans the demo "
            "season, a few minutes), or name another folder: "
            "python -m benchmarks.screenshots DIR"
        )
    if importlib.util.find_spec("playwright") is None:
        return "the Python package 'playwright' is missing (pip install playwright)"
    if not CHROMIUM.exists():
        return f"Debian's Chromium is missing at {CHROMIUM} (apt-get install -y chromium)"
    return None


def _prepare(demo_dir: Path, folder: Path) -> Demo:
    """A copy of the demo database with names, version 1 published and a draft copy of it."""
    path = folder / DATABASE_FILE
    shutil.copyfile(demo_dir / DATABASE_FILE, path)
    url = sqlite_url(path)
    upgrade(url)
    with Database(url) as db:
        with db.transaction() as session:
            infos = SeasonRepository(session).list()
            if not infos:
                raise SystemExit(f"{demo_dir / DATABASE_FILE} holds no season: run `make demo`")
            season = SeasonRepository(session).get(infos[0].id)
            plans = PlanRepository(session).list(season.id)
        if not plans:
            raise SystemExit("the demo has no plan: run `make demo` (it plans the season)")
        published = [p for p in plans if p.version is not None]
        if published:
            version = max(p.version or 0 for p in published)
            base = next(p for p in published if p.version == version)
        else:
            base = plans[0]
            version = publish(db, season, base.id).plan.version or 1
        with db.transaction() as session:
            plan = PlanRepository(session).get(base.id).plan
            draft = PlanRepository(session).save_draft(plan, label="screenshots").id
    add_demo_users(url, season)
    productions = {c.id: c.productions[0].id for c in season.companies if c.productions}
    return Demo(url, season.id, draft, version, productions)


def _pages(demo: Demo, house: str) -> dict[str, list[tuple[str, str]]]:
    """Role -> (page name, path) of the pages each account reads."""
    base = f"/seasons/{demo.season}"
    changes = ("changelog", f"{base}/versions/{demo.version}")
    return {
        "dancer": [("me", "/me")],
        "ballet-master": [
            ("casting", f"{base}/casting/{demo.productions[house]}"),
            ("rehearsals", f"{base}/rehearsals"),
            changes,
        ],
        "director": [
            ("publish", f"{base}/plans/{demo.draft}/publish"),
            ("finance", f"{base}/finance"),
            changes,
            ("users", "/users"),
        ],
    }


def _log_in(page: Any, base: str, login: str, lang: str) -> None:
    page.goto(f"{base}/login?lang={lang}")
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", DEMO_PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit]")
    if "/login" in page.url:
        raise SystemExit(f"{login} could not log in with the demo password")


def _shoot(browser: Any, base: str, demo: Demo) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for lang, house in HOUSES.items():
        for role, pages in _pages(demo, house).items():
            login = f"{house}-{role}"
            viewport = PHONE if role == "dancer" else DESKTOP
            context = browser.new_context(viewport=viewport, device_scale_factor=1)
            page = context.new_page()
            _log_in(page, base, login, lang)
            for name, path in pages:
                sep = "&" if "?" in path else "?"
                response = page.goto(f"{base}{path}{sep}lang={lang}")
                status = response.status if response is not None else 0
                response = page.reload()  # measured warm
                timing = page.evaluate(TIMING)
                file = SHOTS / f"{lang}-{role}-{name}.png"
                page.screenshot(path=str(file), full_page=True)
                row = {
                    "lang": lang,
                    "login": login,
                    "viewport": f"{viewport['width']}x{viewport['height']}",
                    "page": name,
                    "path": path,
                    "status": status,
                    "ttfb_ms": round(timing["ttfb"], 1),
                    "load_ms": round(timing["load"], 1),
                    "bytes": timing["bytes"],
                    "png": str(file),
                }
                rows.append(row)
                print(
                    f"{lang}  {login:18} {row['viewport']:8} {name:10} {status}  "
                    f"first byte {row['ttfb_ms']:7.1f} ms  load {row['load_ms']:7.1f} ms",
                    flush=True,
                )
            context.close()
    return rows


def run(demo_dir: Path = Path("etoile-demo")) -> list[dict[str, Any]]:
    """Take the screenshots; one row per page and language (empty when it cannot run)."""
    reason = _missing(demo_dir)
    if reason is not None:
        print(f"screenshots skipped: {reason}", flush=True)
        return []
    from playwright.sync_api import sync_playwright

    from benchmarks.web import _serve

    SHOTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        demo = _prepare(demo_dir, Path(tmp))
        process, base = _serve(demo.url)
        try:
            with sync_playwright() as driver:
                browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
                try:
                    return _shoot(browser, base, demo)
                finally:
                    browser.close()
        finally:
            process.terminate()
            process.wait(timeout=30)


def main(argv: list[str]) -> int:
    """Take the screenshots; write the table as JSON. Exit 2 when the demo is missing."""
    demo_dir = Path(argv[0]) if argv else Path("etoile-demo")
    reason = _missing(demo_dir)
    if reason is not None:
        print(f"Cannot take the screenshots: {reason}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    rows = run(demo_dir)
    (OUT / "screenshots.json").write_text(json.dumps(rows, indent=2) + "\n")
    bad = [r for r in rows if r["status"] != 200]
    print(
        f"{len(rows)} screenshots in {SHOTS} ({time.perf_counter() - started:.0f} s); "
        f"table in {OUT / 'screenshots.json'}" + (f"; {len(bad)} page(s) not 200" if bad else "")
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
