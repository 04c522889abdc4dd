"""A cast save's checks in an ``etoile worker --checks`` process: the same answer as in the
web process, and the web process checking by itself whenever no worker can answer.

The check worker is a real process on a queue of the test's own, on the test Redis server
(skipped with the reason when it does not answer, failing under CI).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import pytest
from redis import Redis
from rq import Queue, SimpleWorker
from rq.registry import FinishedJobRegistry
from rq.serializers import JSONSerializer

import job_queue_kit as qkit
import web_kit as kit
from api.conftest import BACKENDS
from etoile.services.cast_checks import (
    CellEdit,
    LocalChecker,
    violations_json,
    violations_of,
)
from etoile.services.casting_edit import edit_cast
from etoile.services.check_queue import QueueChecker, cast_checker, perform_check
from etoile.storage import Database, StoredPlan
from etoile.validate import validate_scope

START_SECONDS = 60
"""At most how long a check worker takes to start and register (a second or two)."""


@pytest.fixture
def redis() -> Iterator[Redis]:
    """The test Redis server (or a skip, a failure under CI)."""
    client = qkit.redis_or_skip()
    yield client
    client.close()


@pytest.fixture
def queue(redis: Redis) -> Iterator[str]:
    """A checks queue of this test's own; its keys are deleted afterwards."""
    name = f"etoile-test-checks-{uuid.uuid4().hex[:10]}"
    yield name
    qkit.forget(redis, name)


@pytest.fixture
def db(site_url: str) -> Iterator[Database]:
    """The test's populated database, opened."""
    with Database(site_url) as database:
        yield database


def draft(db: Database) -> StoredPlan:
    """The populated database's draft (version 1 is published, draft 2 is the same plan)."""
    from etoile.services.workspace import Workspace

    stored = Workspace(db).current(kit.SEASON_ID, published_only=False)
    assert stored is not None
    return stored


def a_change(stored: StoredPlan) -> tuple[str, str, list[str]]:
    """A cell of New York's Giselle and a cast that breaks a rule: its lead left uncast."""
    show = kit.NYC_SHOW
    assert any(a.performance == show and a.role == kit.NYC_ROLE for a in stored.plan.casting)
    return show, kit.NYC_ROLE, []


def registered(redis: Redis, queue: str) -> None:
    """Wait until a check worker serves ``queue``."""
    named = Queue(queue, connection=redis, serializer=JSONSerializer)
    deadline = time.monotonic() + START_SECONDS
    while SimpleWorker.count(connection=redis, queue=named) == 0:
        assert time.monotonic() < deadline, "the check worker did not register"
        time.sleep(0.1)


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_a_check_worker_gives_the_web_process_answer(
    db: Database, redis: Redis, queue: str
) -> None:
    stored = draft(db)
    show, role, dancers = a_change(stored)
    here = LocalChecker().check(CellEdit(kit.season(), stored, show, role, dancers))
    # The lead left uncast is a violation the change introduces: the answer is not empty.
    assert set(here.after) - set(here.before)
    with qkit.worker(queue, burst=False, checks=True) as process:
        registered(redis, queue)
        checker = QueueChecker(db, qkit.REDIS_URL, queue=queue, wait=30)
        try:
            there = checker.check(CellEdit(kit.season(), stored, show, role, dancers))
            # A second save of the same draft: the worker answers from its warm workspace.
            again = checker.check(
                CellEdit(kit.season(), stored, show, role, [kit.OTHER_NYC_DANCER])
            )
        finally:
            checker.close()
        process.terminate()
    assert (there.before, there.after) == (here.before, here.after)
    assert again.after == validate_scope(
        kit.season(),
        stored.plan.recast(show, role, [kit.OTHER_NYC_DANCER]),
        [show],
        [a.dancer for a in stored.plan.casting if (a.performance, a.role) == (show, role)]
        + [kit.OTHER_NYC_DANCER],
    )
    named = Queue(queue, connection=redis, serializer=JSONSerializer)
    # Both answers came from the worker, not from the fallback here.
    assert FinishedJobRegistry(queue=named).count == 2


def test_without_a_check_worker_the_web_process_checks_at_once(
    db: Database, redis: Redis, queue: str
) -> None:
    stored = draft(db)
    show, role, dancers = a_change(stored)
    checker = QueueChecker(db, qkit.REDIS_URL, queue=queue, wait=30)
    started = time.monotonic()
    try:
        found = checker.check(CellEdit(kit.season(), stored, show, role, dancers))
    finally:
        checker.close()
    assert time.monotonic() - started < 10  # not the 30 s wait for an answer
    assert found == LocalChecker().check(CellEdit(kit.season(), stored, show, role, dancers))
    assert Queue(queue, connection=redis, serializer=JSONSerializer).count == 0  # nothing sent


def test_a_worker_that_reads_another_revision_does_not_check(db: Database) -> None:
    stored = draft(db)
    show, role, dancers = a_change(stored)
    url = db.url.render_as_string(hide_password=False)
    answer = perform_check(url, kit.SEASON_ID, stored.id, stored.revision + 1, show, role, dancers)
    assert answer == {"revision": stored.revision}  # the caller then checks by itself
    answer = perform_check(url, kit.SEASON_ID, stored.id, stored.revision, show, role, dancers)
    assert (
        violations_of(answer["after"])
        == LocalChecker().check(CellEdit(kit.season(), stored, show, role, dancers)).after
    )


def test_violations_travel_as_json_unchanged(db: Database) -> None:
    stored = draft(db)
    found = LocalChecker().check(CellEdit(kit.season(), stored, *a_change(stored)))
    assert found.after
    assert violations_of(violations_json(found.after)) == found.after


def test_the_settings_choose_the_checker(db: Database) -> None:
    assert isinstance(cast_checker(db, None), LocalChecker)
    remote = cast_checker(db, qkit.REDIS_URL)
    assert isinstance(remote, QueueChecker)
    remote.close()


def test_a_save_through_the_check_worker_is_saved_with_its_warnings(
    db: Database, redis: Redis, queue: str
) -> None:
    stored = draft(db)
    show, role, dancers = a_change(stored)
    with qkit.worker(queue, burst=False, checks=True) as process:
        registered(redis, queue)
        checker = QueueChecker(db, qkit.REDIS_URL, queue=queue, wait=30)
        try:
            done = edit_cast(
                db,
                kit.season(),
                stored,
                show,
                role,
                dancers,
                base_revision=stored.revision,
                who="bm",
                checker=checker,
            )
        finally:
            checker.close()
        process.terminate()
    assert done.plan.revision == stored.revision + 1
    expected = LocalChecker().check(CellEdit(kit.season(), stored, show, role, dancers))
    assert done.violations == expected.after
    assert done.introduced == [v for v in expected.after if v not in expected.before]
    assert done.introduced and all(show in v.entities for v in done.introduced)
