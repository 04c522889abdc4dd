"""For the tests of jobs run by ``etoile worker`` processes: the test Redis server, a worker
started as a separate process, and planners that a worker imports by name.

The planners are the real :func:`plan_season`, slowed down or broken on purpose, so that a
test can watch a job's progress, or cancel or kill it half-way, from another process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from redis import Redis
from redis.exceptions import RedisError

from etoile.config import Settings
from etoile.domain import Season
from etoile.services.plan import PlanOutcome, PlanParams, Stage, plan_season

REDIS_URL = "redis://127.0.0.1:6379/15"
"""The test Redis server; database 15, which the default installation (0) does not use."""
TESTS = Path(__file__).resolve().parent
STAGE_SECONDS = 0.25
"""How long :func:`slow_planner` lingers after each stage it announces."""
SLOW = "job_queue_kit:slow_planner"
FAILING = "job_queue_kit:failing_planner"
BROKEN = "the rehearsal rooms are flooded"


def slow_planner(season: Season, params: PlanParams, stage: Stage) -> PlanOutcome:
    """:func:`plan_season`, pausing after each stage (long enough to watch and cancel)."""

    def lingering(text: str) -> None:
        stage(text)
        time.sleep(STAGE_SECONDS)

    return plan_season(season, params, lingering)


def failing_planner(season: Season, params: PlanParams, stage: Stage) -> PlanOutcome:
    """:func:`plan_season` until the exchange stage, where it breaks."""

    def breaking(text: str) -> None:
        stage(text)
        if text.startswith("Exchange"):
            raise OSError(BROKEN)

    return plan_season(season, params, breaking)


def redis_or_skip(url: str = REDIS_URL) -> Redis:
    """A client of the test Redis server (database ``url``); skip with the reason when it does
    not answer (fail under CI, where these tests must run)."""
    client = Redis.from_url(url, socket_connect_timeout=2)
    try:
        client.ping()
    except RedisError as error:
        client.close()
        reason = f"Redis at {url} is unreachable ({error})"
        if Settings().ci:
            pytest.fail(f"{reason}. CI=true: the job queue tests must run.", pytrace=False)
        pytest.skip(reason)
    return client


def forget(client: Redis, *fragments: str) -> None:
    """Delete every key that contains one of ``fragments`` (a queue name, a job id prefix),
    and the queues among them from RQ's list of queues."""
    for fragment in fragments:
        keys = list(client.scan_iter(match=f"*{fragment}*", count=1000))
        if keys:
            client.delete(*keys)
        queues = [q for q in client.smembers("rq:queues") if fragment.encode() in q]
        if queues:
            client.srem("rq:queues", *queues)


def worker_command(queue: str, *, burst: bool = True, checks: bool = False) -> list[str]:
    """``etoile worker`` on ``queue`` (``checks``: a check worker), as a command line."""
    return [
        sys.executable,
        "-c",
        "from etoile.cli.main import run; run()",
        "worker",
        "--queue",
        queue,
        *(["--burst"] if burst else []),
        *(["--checks"] if checks else []),
    ]


def worker_environment() -> dict[str, str]:
    """The environment of a worker process: the test Redis, and the tests importable (the
    planners above are named by import path)."""
    path = os.pathsep.join(p for p in (str(TESTS), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "ETOILE_REDIS_URL": REDIS_URL, "PYTHONPATH": path}


@contextmanager
def worker(
    queue: str, *, burst: bool = True, checks: bool = False
) -> Iterator[subprocess.Popen[str]]:
    """A worker process serving ``queue`` (``checks``: a check worker); killed on the way out
    if it still runs."""
    process = subprocess.Popen(
        worker_command(queue, burst=burst, checks=checks),
        env=worker_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        if process.stdout is not None and not process.stdout.closed:
            process.communicate(timeout=30)


def finished(process: subprocess.Popen[str], timeout: float = 90) -> str:
    """Wait for the worker ``process`` to stop by itself, check it stopped well, and return
    what it printed (in the assertion message when it did not)."""
    output = process.communicate(timeout=timeout)[0]
    assert process.returncode == 0, output
    return output


def children(pid: int) -> list[int]:
    """The child processes of ``pid`` (Linux)."""
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []
