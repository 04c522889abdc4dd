"""The FastAPI application: the JSON API, the pages, the static files, one database.

``create_app(url)`` migrates nothing by itself (``etoile serve`` runs the migrations first) but
refuses a database that is not at the current revision, recovers jobs a previous server left
unfinished, and starts the job runner; the runner stops with the app.
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from etoile.api import errors
from etoile.api.routes import auth, calendars, casting, exchange, feeds, forecast, jobs, plans
from etoile.api.routes import seasons as season_routes
from etoile.api.security import SecurityHeaders
from etoile.api.state import AppState
from etoile.config import Settings, get_settings
from etoile.services.jobs import JobRunner
from etoile.services.workspace import Workspace
from etoile.storage import Database, require_current_schema

SESSION_DAYS = 14
"""How long a page session lasts without logging in again."""


SQLITE_BUSY_SECONDS = 30.0
"""How long an SQLite writer waits for another one before giving up."""


def open_database(url: str) -> Database:
    """The app's database. An SQLite file is switched to write-ahead logging, so that the
    many readers of a web app never block the one writer (nor it them), and writers wait
    for each other rather than fail."""
    if not url.startswith("sqlite"):
        return Database(url)
    db = Database(url, connect_args={"timeout": SQLITE_BUSY_SECONDS})
    # Outside SQLAlchemy's transaction (the journal mode cannot change inside one).
    raw = db.engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA journal_mode=WAL")  # type: ignore[union-attr]
    finally:
        raw.close()
    return db


def create_app(
    url: str | None = None,
    *,
    settings: Settings | None = None,
    runner: JobRunner | None = None,
) -> FastAPI:
    """The app for the database at ``url`` (default: the configured one).

    Parameters
    ----------
    url
        SQLAlchemy URL of a migrated database.
    settings
        Secret key, cookie and job settings (default: from the environment).
    runner
        The job runner (default: one with ``settings.job_workers`` threads on this database).
    """
    from etoile import web

    settings = settings or get_settings()
    db = open_database(url or settings.database_url)
    require_current_schema(db.engine)
    state = AppState(
        db=db,
        workspace=Workspace(db),
        runner=runner or JobRunner(db, workers=settings.job_workers),
        secret_key=settings.secret_key or secrets.token_urlsafe(32),
        secure_cookies=settings.secure_cookies,
        public_url=settings.public_url,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        state.runner.recover()
        yield
        state.runner.shutdown()
        db.dispose()

    app = FastAPI(
        title="Étoile",
        summary="Season plans of ballet companies that trade their stars.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.etoile = state
    app.add_middleware(
        SessionMiddleware,
        secret_key=state.secret_key,
        session_cookie="etoile_session",
        max_age=SESSION_DAYS * 24 * 3600,
        same_site="lax",
        https_only=state.secure_cookies,
    )
    # Outermost, so that error pages and static files carry the headers too.
    app.add_middleware(SecurityHeaders, hsts=state.secure_cookies)
    for module in (
        auth,
        season_routes,
        plans,
        exchange,
        casting,
        calendars,
        forecast,
        jobs,
        feeds,
    ):
        app.include_router(module.router)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=Path(web.__file__).parent / "static"), "static")
    errors.install(app, web.error_page)
    return app
