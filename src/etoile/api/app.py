"""The FastAPI application of the JSON API on one database (the pages are added above it).

``create_api(url)`` migrates nothing by itself (``etoile serve`` runs the migrations first) but
refuses a database that is not at the current revision, recovers jobs a previous server left
unfinished, and starts the job runner (threads in this process, or the Redis queue that
``etoile worker`` processes serve); the runner stops with the app. The site that ``etoile
serve`` runs is :func:`etoile.web.app.create_app`: this app with the pages and their static
files.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from etoile.api import errors, openapi_links
from etoile.api.errors import PageError
from etoile.api.routes import auth, calendars, casting, exchange, feeds, forecast, jobs, plans
from etoile.api.routes import seasons as season_routes
from etoile.api.security import SecurityHeaders
from etoile.api.sessions import ServerSessions
from etoile.api.state import AppState
from etoile.config import Settings, get_settings
from etoile.services.check_queue import cast_checker
from etoile.services.job_queue import job_runner
from etoile.services.jobs import JobRunner
from etoile.services.redis_sessions import session_store
from etoile.services.throttle import login_throttle
from etoile.services.workspace import Workspace
from etoile.storage import Database, require_current_schema

GIL_SWITCH_SECONDS = 0.001
"""How often a web process's threads hand the interpreter lock over (Python's default: 5 ms;
measured in ``benchmarks/web.py``, see ``docs/benchmarks.md``)."""

SQLITE_BUSY_SECONDS = 30.0
"""How long an SQLite writer waits for another one before giving up."""


def open_database(url: str) -> Database:
    """The app's database. An SQLite file is switched to write-ahead logging, so that the
    many readers of a web app never block the one writer (nor it them), and writers wait
    for each other rather than fail.

    Parameters
    ----------
    url
        The database's SQLAlchemy URL.
    """
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


def create_api(
    url: str | None = None,
    *,
    settings: Settings | None = None,
    runner: JobRunner | None = None,
    page_error: PageError | None = None,
) -> FastAPI:
    """The JSON API for the database at ``url`` (default: the configured one).

    Parameters
    ----------
    url
        SQLAlchemy URL of a migrated database.
    settings
        Cookie, queue and job settings (default: from the environment).
    runner
        The job runner (default: the Redis queue when ``settings.redis_url`` is set, else
        ``settings.job_workers`` threads in this process).
    page_error
        Renders the page of a refusal or of something missing for a request outside the API
        (see :func:`etoile.api.errors.install`); the site passes its error page.
    """
    settings = settings or get_settings()
    db = open_database(url or settings.database_url)
    require_current_schema(db.engine)
    state = AppState(
        db=db,
        workspace=Workspace(db),
        runner=runner or job_runner(db, settings),
        secure_cookies=settings.secure_cookies,
        public_url=settings.public_url,
        throttle=login_throttle(settings.redis_url),
        session_store=session_store(db, settings.redis_url),
        checker=cast_checker(db, settings.redis_url),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # A cast save is a few hundred milliseconds of pure Python (its scoped checks); a read
        # in the same process takes the interpreter lock back a dozen times (each database
        # query, each hand-over between the event loop and its thread), waiting up to one
        # switch interval each time. At Python's 5 ms, reads during saves had a p95 of about
        # 160 ms in the web bench; at 1 ms, about 30 ms, saves a little slower. With Redis the
        # checks run in `etoile worker --checks` processes instead (etoile.services.check_queue).
        sys.setswitchinterval(GIL_SWITCH_SECONDS)
        state.runner.recover()
        yield
        state.runner.shutdown()
        state.checker.close()
        db.dispose()

    app = FastAPI(
        title="Étoile",
        summary="Season plans of ballet companies that trade their stars.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.etoile = state
    # Sessions live on the server (the database, or Redis): the cookie holds only their id.
    app.add_middleware(ServerSessions, store=lambda: state.sessions, secure=state.secure_cookies)
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
    errors.install(app, page_error)
    openapi_links.install(app)
    return app
