"""``etoile serve``: the web app and API on the configured database, migrations applied.

One process by default, running solving jobs itself. ``--workers N`` runs N web processes
(uvicorn's), which share nothing in memory: they need the Redis queue and session store
(``ETOILE_REDIS_URL``; jobs then run in ``etoile worker`` processes), and the command refuses
to start without it. (No shared key is needed: sessions and API tokens are random ids kept on
the server, not signed cookies.)
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated

import typer

from etoile.cli.common import console, fail
from etoile.cli.db_cmd import UrlOption, storage_errors_exit
from etoile.cli.worker_cmd import check_redis
from etoile.config import Settings, export_web_settings, get_settings, sqlite_url
from etoile.storage import display_url, upgrade

FACTORY = "etoile.web.app:app_from_environment"
"""What each web process of ``--workers N`` imports and calls to build its app."""
HEALTHCHECK_SECONDS = 60
"""How long a web process may take to answer uvicorn before it is restarted."""


def check_several(settings: Settings, workers: int) -> None:
    """Exit 2 with the reason unless ``workers`` web processes can share their work.

    Parameters
    ----------
    settings
        Gives the Redis URL the processes would share.
    workers
        How many web processes were asked for.
    """
    if workers == 1:
        return
    if not settings.redis_url:
        fail(
            f"--workers {workers} runs {workers} web processes, which share nothing in memory: "
            "they need a shared job queue and shared sessions. Set ETOILE_REDIS_URL "
            "(e.g. redis://127.0.0.1:6379/0) and run `etoile worker` beside them, or serve "
            "with one process."
        )


def register(app: typer.Typer) -> None:
    """Add ``serve`` to ``app``."""

    @app.command()
    def serve(
        host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="TCP port.", min=1, max=65535)] = 8000,
        url: UrlOption = None,
        database: Annotated[
            str | None,
            typer.Option("--database", help="An SQLite file to serve (instead of --url)."),
        ] = None,
        dev: Annotated[
            bool,
            typer.Option(
                "--dev",
                help="Plain HTTP on one's own machine: the session cookie is not marked Secure.",
            ),
        ] = False,
        workers: Annotated[
            int,
            typer.Option(
                "--workers",
                min=1,
                help="Web processes. More than one needs ETOILE_REDIS_URL (jobs then run in "
                "`etoile worker` processes).",
            ),
        ] = 1,
    ) -> None:
        """Serve the pages and the JSON API (OpenAPI at /docs) until interrupted."""
        import uvicorn

        from etoile.api.logs import uvicorn_log_config
        from etoile.services.queue_workers import display_redis_url
        from etoile.web.app import create_app

        settings = get_settings()
        check_several(settings, workers)
        if settings.redis_url:
            check_redis(settings.redis_url)
        if dev:
            settings = dataclasses.replace(settings, secure_cookies=False)
        if not settings.public_url:
            scheme = "https" if settings.secure_cookies else "http"
            settings = dataclasses.replace(settings, public_url=f"{scheme}://{host}:{port}")
        target = sqlite_url(Path(database)) if database else None
        target = target or url or settings.database_url
        settings = dataclasses.replace(settings, database_url=target)
        with storage_errors_exit(target):
            revision = upgrade(target)
            # One process: build the app here, so that a bad database stops the command now.
            app = create_app(target, settings=settings) if workers == 1 else None
        console.print(f"Database {display_url(target)} at revision {revision}.")
        if settings.redis_url:
            console.print(
                f"Jobs go to the queue at {display_redis_url(settings.redis_url)}: "
                "run them with [bold]etoile worker[/]."
            )
        if settings.secure_cookies:
            console.print(
                "Session cookies are HTTPS-only: serve behind a TLS proxy, or use --dev for "
                "plain HTTP on this machine."
            )
        console.print(f"Open [bold]{settings.public_url}/[/] (API description at /docs).")
        log_config = uvicorn_log_config()
        if app is not None:
            uvicorn.run(app, host=host, port=port, log_level="info", log_config=log_config)
            return
        # Each process builds its own app from the environment: hand it this command's choices.
        export_web_settings(settings)
        uvicorn.run(
            FACTORY,
            factory=True,
            workers=workers,
            host=host,
            port=port,
            log_level="info",
            log_config=log_config,
            # A process imports the whole app (the solvers too) before it answers uvicorn's
            # health check: seconds on a busy machine, where uvicorn's 5 would kill it.
            timeout_worker_healthcheck=HEALTHCHECK_SECONDS,
        )
