"""``etoile worker``: run the solving jobs (or, with ``--checks``, the cast saves' checks) that
the web app puts on its Redis queues."""

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

    from etoile.services.queue_workers import display_redis_url, ping

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
        checks: Annotated[
            bool,
            typer.Option(
                "--checks",
                help="Check ballet masters' cast saves instead of solving: the web processes "
                "then spend no time on checks and answer readers at once. Start one or two "
                "beside the web processes.",
            ),
        ] = False,
        queue: Annotated[
            str | None,
            typer.Option(
                "--queue",
                hidden=True,
                help="The queue's name (tests; installations sharing Redis use their own "
                "database number in ETOILE_REDIS_URL instead).",
            ),
        ] = None,
    ) -> None:
        """Run solving jobs from the queue at ETOILE_REDIS_URL, one at a time, until interrupted.

        Start as many as jobs should run at once, on any machine that reaches Redis and the
        database. With --checks, run the checks of cast saves instead (each in this process,
        which keeps the seasons and drafts it has read in memory)."""
        from etoile.services.check_queue import CHECK_QUEUE, work_checks
        from etoile.services.job_queue import QUEUE
        from etoile.services.queue_workers import display_redis_url, work

        settings = get_settings()
        if not settings.redis_url:
            fail(
                "etoile worker takes its jobs from a Redis queue: set ETOILE_REDIS_URL "
                "(e.g. redis://127.0.0.1:6379/0), the same as the web app's. Without it, "
                "etoile serve runs jobs itself."
            )
        check_redis(settings.redis_url)
        name = queue or (CHECK_QUEUE if checks else QUEUE)
        console.print(
            f"{'Check worker' if checks else 'Worker'} on queue [bold]{name}[/] at "
            f"{display_redis_url(settings.redis_url)}"
            + (" until it is empty." if burst else " (Ctrl+C to stop after the current job).")
        )
        (work_checks if checks else work)(settings.redis_url, name, burst=burst)
