"""What the Redis queues' workers share: RQ's worker without its command channel, the loop
that serves a queue, the database a worker opens from a message's URL, and the Redis server
checks the CLI prints.

``etoile worker`` serves the solving jobs (:mod:`etoile.services.job_queue`, each job in a
child process); ``etoile worker --checks`` the cast saves' checks
(:mod:`etoile.services.check_queue`, in the worker's own process).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from redis import Redis
from rq import Queue, Worker
from rq.serializers import JSONSerializer
from rq.worker import BaseWorker
from sqlalchemy.engine import make_url

from etoile.storage import Database

SQLITE_BUSY_SECONDS = 30.0
"""How long a worker's SQLite writes wait for the web app's (and other workers') writes."""


def absolute_url(url: str) -> str:
    """``url`` with a relative SQLite path made absolute: a worker may run elsewhere."""
    parsed = make_url(url)
    path = parsed.database
    if parsed.get_backend_name() == "sqlite" and path and path != ":memory:":
        parsed = parsed.set(database=str(Path(path).resolve()))
    return parsed.render_as_string(hide_password=False)


def open_url(database_url: str) -> Database:
    """The database at ``database_url``, opened by a worker (SQLite writes wait their turn)."""
    if make_url(database_url).get_backend_name() == "sqlite":
        return Database(database_url, connect_args={"timeout": SQLITE_BUSY_SECONDS})
    return Database(database_url)


class Unsubscribed(BaseWorker):
    """An RQ worker without its command channel (RQ's remote shutdown and stop-job commands).

    Étoile cancels through the job's row and stops workers with signals, so the channel is
    not needed; and with redis-py 8 its listening thread, once unsubscribed, waits a full
    minute before it sees the stop, which made every worker take a minute to exit.
    """

    def subscribe(self) -> None:
        """Listen to nothing."""

    def unsubscribe(self) -> None:
        """Nothing to stop listening to."""


class JobWorker(Unsubscribed, Worker):
    """The jobs' worker: each job in a child process (RQ's default)."""


def work(
    redis_url: str,
    queue: str,
    *,
    burst: bool = False,
    kind: type[Unsubscribed] | None = None,
    level: str = "INFO",
) -> bool:
    """Serve ``queue`` until stopped (``burst``: until it is empty); True if a job ran.

    Parameters
    ----------
    redis_url
        The queue's Redis server.
    queue
        The queue's name.
    burst
        Stop when the queue is empty.
    kind
        The worker: by default each job in a child process of the worker (RQ's default), so
        that a job that crashes, or is killed, leaves the worker serving.
    level
        The worker's logging level.
    """
    connection = Redis.from_url(redis_url)
    worker = (kind or JobWorker)(
        [Queue(queue, connection=connection, serializer=JSONSerializer)],
        connection=connection,
        serializer=JSONSerializer,
    )
    try:
        return bool(worker.work(burst=burst, logging_level=level))
    finally:
        connection.close()


def ping(redis_url: str) -> None:
    """Check that the Redis server at ``redis_url`` answers.

    Raises
    ------
    redis.exceptions.RedisError
        When it does not (unreachable, refused, wrong password ...).
    ValueError
        When ``redis_url`` is not a Redis URL.
    """
    connection = Redis.from_url(redis_url, socket_connect_timeout=5)
    try:
        connection.ping()
    finally:
        connection.close()


def display_redis_url(redis_url: str) -> str:
    """``redis_url`` as it is safe to print: the password, if any, masked."""
    parts = urlsplit(redis_url)
    if parts.password is None:
        return redis_url
    user = parts.username or ""
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}{port}"))
