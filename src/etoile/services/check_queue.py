"""A cast save's checks in an ``etoile worker --checks`` process, through Redis (RQ).

When the web app runs as several processes, each web process answers dancers' reads and
ballet masters' saves. A save's checks are a tenth of a second of pure Python; in the web
process they hold the interpreter lock that the reads of that process need a dozen times
each, and the reads that land during a save wait (``docs/benchmarks.md``, "Edits and reads at
once"). :class:`QueueChecker` sends the checks to a check worker instead: a long-lived process
(RQ's :class:`~rq.SimpleWorker`, no fork per job) that keeps the season and the drafts it
has read in memory, checks the stored plan at the revision the save names, and answers in
JSON. The web process only waits.

The answer is the same as in the web process (the worker runs
:func:`etoile.services.cast_checks.check_edit` on the same stored plan). The checks fall back
to the web process, with a warning in its log, when no check worker is registered on the
queue, when Redis fails, when no answer comes within :data:`WAIT_SECONDS`, and when the
worker read another revision than the save's (someone saved meanwhile: the save's
conditional write will refuse it anyway).
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from redis import Redis
from redis.exceptions import RedisError
from rq import Queue, SimpleWorker
from rq.results import Result
from rq.serializers import JSONSerializer

from etoile.services.cast_checks import (
    CastChecker,
    CellEdit,
    EditCheck,
    LocalChecker,
    check_edit,
    violations_json,
    violations_of,
)
from etoile.services.queue_workers import Unsubscribed, absolute_url, open_url, work
from etoile.services.workspace import Workspace
from etoile.storage import Database

log = logging.getLogger(__name__)

CHECK_QUEUE = "etoile-checks"
"""The checks' queue (apart from the solving jobs', whose worker may be busy for minutes)."""
WAIT_SECONDS = 5
"""How long a save waits for a check worker's answer before checking in its own process."""
RESULT_SECONDS = 60
"""How long RQ keeps an answer (the web process reads it at once)."""


class _CheckWorker(Unsubscribed, SimpleWorker):
    """The check worker: each check in the worker's own process, whose caches stay warm."""


@functools.lru_cache(maxsize=4)
def _workspace(database_url: str) -> Workspace:
    """The worker's workspace on the database at ``database_url``, kept for its lifetime."""
    return Workspace(open_url(database_url))


def perform_check(
    database_url: str,
    season_id: str,
    plan_id: int,
    revision: int,
    performance: str,
    role: str,
    dancers: list[str],
) -> dict[str, Any]:
    """What a check worker runs for one save.

    Parameters
    ----------
    database_url
        The database of the season and the plan.
    season_id, plan_id
        The plan the save changes.
    revision
        The plan's revision the save is based on.
    performance, role, dancers
        The cell and its new cast.

    Returns
    -------
    dict
        ``revision``: the revision checked; when it is ``revision``, ``before`` and
        ``after``: the violations (:func:`etoile.services.cast_checks.violations_json`).
    """
    workspace = _workspace(database_url)
    stored = workspace.plan(season_id, plan_id)
    if stored.revision != revision:
        return {"revision": stored.revision}
    found = check_edit(workspace.season(season_id), stored.plan, performance, role, dancers)
    return {
        "revision": revision,
        "before": violations_json(found.before),
        "after": violations_json(found.after),
    }


class QueueChecker:
    """A save's checks sent to ``etoile worker --checks`` processes.

    Parameters
    ----------
    db
        The web app's database; check workers open it from its URL.
    redis_url
        The Redis server of the queue (``ETOILE_REDIS_URL``).
    queue
        The checks' queue name (the check workers must serve the same one).
    wait
        Seconds a save waits for an answer before checking here.
    """

    def __init__(
        self,
        db: Database,
        redis_url: str,
        queue: str = CHECK_QUEUE,
        wait: int = WAIT_SECONDS,
    ) -> None:
        self.database_url = absolute_url(db.url.render_as_string(hide_password=False))
        self.connection = Redis.from_url(redis_url, socket_connect_timeout=2)
        self.queue = Queue(queue, connection=self.connection, serializer=JSONSerializer)
        self.wait = wait
        self.local = LocalChecker()

    def check(self, edit: CellEdit) -> EditCheck:
        """The checks of ``edit``, from a check worker (or here, as the module says)."""
        answer = self._ask(edit)
        if answer is None or answer.get("revision") != edit.stored.revision:
            return self.local.check(edit)
        return EditCheck(violations_of(answer["before"]), violations_of(answer["after"]))

    def _ask(self, edit: CellEdit) -> dict[str, Any] | None:
        """The worker's answer, or None (said in the log) when there is none to use."""
        try:
            if SimpleWorker.count(connection=self.connection, queue=self.queue) == 0:
                return None
            job = self.queue.enqueue(
                perform_check,
                self.database_url,
                edit.season.id,
                edit.stored.id,
                edit.stored.revision,
                edit.performance,
                edit.role,
                edit.dancers,
                # Not RQ's default (the call with its arguments): the URL may hold a password.
                description=f"check a cast save of plan {edit.stored.id}",
                job_timeout=60,
                ttl=self.wait,
                result_ttl=RESULT_SECONDS,
                failure_ttl=RESULT_SECONDS,
            )
            result = job.latest_result(timeout=self.wait)
        except RedisError as error:
            log.warning("cast check in the web process: Redis failed (%s)", error)
            return None
        if result is None:
            log.warning("cast check in the web process: no answer in %s s", self.wait)
            return None
        if result.type is not Result.Type.SUCCESSFUL:
            log.warning("cast check in the web process: the worker failed (%s)", result.exc_string)
            return None
        value = result.return_value
        return value if isinstance(value, dict) else None

    def close(self) -> None:
        """Let go of the Redis connection."""
        self.connection.close()


def cast_checker(db: Database, redis_url: str | None) -> CastChecker:
    """The checker the settings ask for: check workers through Redis when ``redis_url`` is
    set, else this process."""
    if redis_url:
        return QueueChecker(db, redis_url)
    return LocalChecker()


def work_checks(redis_url: str, queue: str = CHECK_QUEUE, *, burst: bool = False) -> bool:
    """Serve ``queue``'s checks until stopped (``burst``: until it is empty); True if one ran.

    Each check runs in the worker's own process (:func:`etoile.services.queue_workers.work` with
    the check worker), whose workspace stays warm from one check to the next.
    """
    return work(redis_url, queue, burst=burst, kind=_CheckWorker, level="WARNING")
