"""Schemathesis, statefully: sequences of requests that follow the OpenAPI links (a plan read,
then edited on the revision read, then published; a job started, polled, cancelled; a token
issued, listed, revoked) never cause a server error, and every answer obeys the documented
schema.

Requests are sent as the New York director (a bearer token per scenario, so that a scenario
that revokes its own token does not end the next one) to a copy of the populated SQLite
database, through the ASGI app. Jobs run the real planner within the tests' budget, and every
job started is cancelled and its thread joined at the end. Scenarios and steps are bounded so
that the run takes seconds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.generation.stateful.state_machine import APIStateMachine
from schemathesis.specs.openapi.checks import response_schema_conformance

import web_kit as kit
from api.conftest import copied_app
from etoile.api.openapi_links import add_links
from etoile.api.openapi_operations import (
    CANCEL_JOB,
    GET_JOB,
    GRID,
    PUBLISH,
    PUT_CASTING,
    REVOKE_TOKEN,
    Operation,
)
from etoile.api.openapi_workflows import LINKS
from etoile.domain import Season
from etoile.services.plan import PlanOutcome, PlanParams, Stage, plan_season

DIRECTOR = 1  # nyc-director's user id in the populated database


def quick_planner(season: Season, params: PlanParams, stage: Stage) -> PlanOutcome:
    """The real planner, its budgets capped at the tests' (a generated job may ask for an hour
    of solving and 16 workers; the API's limits are checked by the requests, not here)."""
    fast = kit.FAST
    capped = replace(
        params,
        exchange_time_limit=min(params.exchange_time_limit, fast.exchange_time_limit),
        casting_time_limit=min(params.casting_time_limit, fast.casting_time_limit),
        rehearsal_time_limit=min(params.rehearsal_time_limit, fast.rehearsal_time_limit),
        workers=1,
        draws=min(params.draws, fast.draws),
        sensitivity=False,
    )
    return plan_season(season, capped, stage)


@pytest.fixture
def app(populated_sqlite: Path, tmp_path: Path) -> Iterator[FastAPI]:
    """The app on a copy of the populated database; its jobs are cancelled and joined after."""
    made = copied_app(populated_sqlite, tmp_path, planner=quick_planner)
    yield made
    made.state.etoile.runner.shutdown()


def label(operation: Operation) -> str:
    """Schemathesis's label of an operation: ``PUT /api/...``."""
    method, path = operation
    return f"{method.upper()} {path}"


def test_every_link_is_in_the_served_document(app: FastAPI) -> None:
    with TestClient(app) as client:
        document = client.get("/openapi.json").json()
        assert client.get("/docs").status_code == 200
    for link in LINKS:
        method, path = link.source
        answer = document["paths"][path][method]["responses"][link.status]
        target_method, target_path = link.target
        target = document["paths"][target_path][target_method]
        assert answer["links"][link.name]["operationId"] == target["operationId"], link
    # Links to operations the app lacks are left out rather than making the document invalid.
    assert add_links({"paths": {}}) == []
    schema = linked_schema(app)
    schema.validate()  # the OpenAPI 3.1 meta-schema
    assert schema.statistic.transitions.total == len(LINKS)
    # Every expression parses and names a parameter the target has (else this raises).
    assert issubclass(schema.as_state_machine(), APIStateMachine)


def linked_schema(app: FastAPI) -> Any:
    """The app's API as schemathesis sees it, with the app's own links only: its guesses (any
    id-like field to any parameter of that name) would dilute the scenarios with chains no
    client makes."""
    config = schemathesis.Config.from_dict(
        {"phases": {"stateful": {"inference": {"algorithms": []}}}}
    )
    return schemathesis.openapi.from_asgi("/openapi.json", app, config=config)


Hit = tuple[str, int]
"""An operation reached through a link, and the status it answered."""


@dataclass(frozen=True)
class Family:
    """A family of scenarios.

    Attributes
    ----------
    paths
        The operations' paths, a regular expression (None: every operation).
    expected
        Answers that show the links were followed with real ids: each must come at least once.
    scenarios, steps
        Hypothesis's budget: scenarios, and steps at most in each.
    """

    paths: str | None
    expected: tuple[tuple[Operation, frozenset[int]], ...] = ()
    scenarios: int = 20
    steps: int = 10


FAMILIES = {
    # The director's day: a season, its plans and grids, a cast changed, a draft published
    # (409 for a plan published already: a real id, refused for what it is).
    "plans": Family(
        r"^/api/seasons(/\{season_id\}(/plans.*|/productions.*|/versions/.*))?$",
        (
            (GRID, frozenset({200})),
            (PUT_CASTING, frozenset({200})),
            (PUBLISH, frozenset({200, 409})),
        ),
        scenarios=30,
        steps=12,
    ),
    # Planning in the background: a job started, polled and cancelled.
    "jobs": Family(
        r"^/api/(seasons|seasons/\{season_id\}/jobs|jobs/.*)$",
        ((GET_JOB, frozenset({200})), (CANCEL_JOB, frozenset({200}))),
        scenarios=15,
    ),
    # Bearer tokens listed and revoked (each login tried costs a password hash: few scenarios).
    "tokens": Family(r"^/api/auth/", ((REVOKE_TOKEN, frozenset({204})),), scenarios=8, steps=6),
    # Every operation and every link at once.
    "everything": Family(None, scenarios=15),
}
"""The scenario families, each run on its own app."""


def run_family(app: FastAPI, family: Family) -> tuple[list[str], Counter[Hit]]:
    """Run the scenarios of ``family`` as the director; the failures (as text) and the hits
    of the steps that followed a link."""
    state = app.state.etoile
    schema = linked_schema(app)
    if family.paths is not None:
        schema = schema.include(path_regex=family.paths)
    failures: list[str] = []
    followed: Counter[Hit] = Counter()

    class Workflow(schema.as_state_machine()):  # type: ignore[misc]
        """The director's scenarios, each with its own token; failures are collected."""

        def setup(self) -> None:
            token = state.issue_token(DIRECTOR, "stateful test")
            self.headers = {"Authorization": f"Bearer {token}"}
            # The director's other device: the newest token, the one the token links revoke.
            state.issue_token(DIRECTOR, "another device")

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"headers": self.headers}

        def step(self, input: Any) -> Any:
            output = super().step(input)
            if input.transition is not None and input.is_applied:
                followed[(input.case.operation.label, output.response.status_code)] += 1
            return output

        def validate_response(
            self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any
        ) -> None:
            try:
                case.validate_response(
                    response,
                    checks=[not_a_server_error, response_schema_conformance],
                    transport_kwargs=kwargs or None,
                )
            except (AssertionError, FailureGroup) as error:
                failures.append(f"{case.operation.label} {response.status_code}: {error}"[:400])

    Workflow.run(
        settings=settings(
            max_examples=family.scenarios,
            stateful_step_count=family.steps,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
    )
    return failures, followed


@pytest.mark.parametrize("family", list(FAMILIES))
def test_linked_sequences_cause_no_server_error(app: FastAPI, family: str) -> None:
    failures, followed = run_family(app, FAMILIES[family])
    assert failures == []
    # The links are followed with real ids: the chained requests get through, not 404s.
    missing = [
        (label(op), sorted(codes))
        for op, codes in FAMILIES[family].expected
        if not any(followed[(label(op), code)] for code in codes)
    ]
    assert missing == [], dict(followed)
    through = sum(n for (_, code), n in followed.items() if 200 <= code < 300)
    assert through >= sum(followed.values()) / 3, dict(followed)
