"""``etoile serve``: the web app and API on the configured database, migrations applied."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated

import typer

from etoile.cli.common import console
from etoile.cli.db_cmd import UrlOption, storage_errors_exit
from etoile.config import get_settings, sqlite_url
from etoile.storage import display_url, upgrade


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
    ) -> None:
        """Serve the pages and the JSON API (OpenAPI at /docs) until interrupted."""
        import uvicorn

        from etoile.api import create_app
        from etoile.api.logs import uvicorn_log_config

        settings = get_settings()
        if dev:
            settings = dataclasses.replace(settings, secure_cookies=False)
        if not settings.public_url:
            scheme = "https" if settings.secure_cookies else "http"
            settings = dataclasses.replace(settings, public_url=f"{scheme}://{host}:{port}")
        target = sqlite_url(Path(database)) if database else None
        target = target or url or settings.database_url
        with storage_errors_exit(target):
            revision = upgrade(target)
            app = create_app(target, settings=settings)
        console.print(f"Database {display_url(target)} at revision {revision}.")
        if not settings.secret_key:
            console.print(
                "[yellow]ETOILE_SECRET_KEY is not set: sessions end when the server stops.[/]"
            )
        if settings.secure_cookies:
            console.print(
                "Session cookies are HTTPS-only: serve behind a TLS proxy, or use --dev for "
                "plain HTTP on this machine."
            )
        console.print(f"Open [bold]{settings.public_url}/[/] (API description at /docs).")
        uvicorn.run(app, host=host, port=port, log_level="info", log_config=uvicorn_log_config())
