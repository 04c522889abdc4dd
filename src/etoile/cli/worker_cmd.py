"""``etoile worker``: run the solving jobs that the web app puts on the Redis queue."""

from __future__ import annotations

from typing import Annotated

import typer

from etoile.cli.common import console, fail
from etoile.config import get_settings


def check_redis(redis_url: str) -> None:
    """Exit 2 with a clear message unless the Redis server at ``redis_url`` answers.

    Parameters
    ----------
    redis_url
        The queue's Redis URL.
    """
    from redis.exceptions import RedisError

    from etoile.services.job_queue import display_redis_url, ping

    try:
        ping(redis_url)
    except (RedisError, ValueError) as error:
        fail(f"the Redis server at {display_redis_url(redis_url)} cannot be reached: {error}")


def register(app: typer.Typer) -> None:
    """Add ``worker`` to ``app``."""

    @app.command()
    def worker(
        burst: Annotated[
            bool,
            typer.Option("--burst", help="Stop once the queue is empty (instead of waiting)."),
        ] = False,
        queue: Annotated[
            str,
            typer.Option(
                "--queue",
                hidden=True,
                help="The queue's name (tests; installations sharing Redis use their own "
                "database number in ETOILE_REDIS_URL instead).",
            ),
        ] = "etoile",
    ) -> None:
        """Run solving jobs from the queue at ETOILE_REDIS_URL, one at a time, until interrupted.

        Start as many as jobs should run at once, on any machine that reaches Redis and the
        database."""
        from etoile.services.job_queue import display_redis_url, work

        settings = get_settings()
        if not settings.redis_url:
            fail(
                "etoile worker takes its jobs from a Redis queue: set ETOILE_REDIS_URL "
                "(e.g. redis://127.0.0.1:6379/0), the same as the web app's. Without it, "
                "etoile serve runs jobs itself."
            )
        check_redis(settings.redis_url)
        console.print(
            f"Worker on queue [bold]{queue}[/] at {display_redis_url(settings.redis_url)}"
            + (" until it is empty." if burst else " (Ctrl+C to stop after the current job).")
        )
        work(settings.redis_url, queue, burst=burst)
