"""The site: the JSON API of :mod:`etoile.api` with the pages and their static files.

:func:`create_app` is what ``etoile serve`` runs (and the tests drive): the API app for the
database (:func:`etoile.api.app.create_api`), its errors shown as this package's error page for
a browser, then every page and ``/static``. The API never imports the pages; the pages sit on
top of it.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from etoile.api.app import create_api
from etoile.config import Settings
from etoile.services.jobs import JobRunner
from etoile.web import error_page, router

STATIC = Path(__file__).parent / "static"
"""The pages' style sheet, scripts and images, served at ``/static``."""


def create_app(
    url: str | None = None,
    *,
    settings: Settings | None = None,
    runner: JobRunner | None = None,
) -> FastAPI:
    """The site for the database at ``url`` (default: the configured one).

    Parameters
    ----------
    url, settings, runner
        As for :func:`~etoile.api.app.create_api`, which makes the API under the pages.
    """
    app = create_api(url, settings=settings, runner=runner, page_error=error_page)
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), "static")
    return app


def app_from_environment() -> FastAPI:
    """The site on the configured database, with every setting from the environment: the
    factory each process of ``etoile serve --workers N`` calls (uvicorn imports it by name)."""
    return create_app()
