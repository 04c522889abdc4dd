"""Schemathesis against the OpenAPI description: generated requests never cause a server
error, and every answer obeys the documented schema.

Requests are sent as the New York director (the role that reaches the most endpoints) to a
populated SQLite database, through the ASGI app. Examples per operation are bounded so that
the whole run stays well under a minute.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import response_schema_conformance

import web_kit as kit
from api.conftest import copied_app

MAX_EXAMPLES = 6


def run_operation(operation: Any, headers: dict[str, str], **fixed: Any) -> list[str]:
    """Generated cases of one operation (``fixed`` path parameters); the failures, as text."""
    failures: list[str] = []
    names = {p.name for p in operation.path_parameters}
    path = {k: v for k, v in fixed.items() if k in names}
    if fixed and not path:
        return []

    @given(case=operation.as_strategy(path_parameters=path or None))
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        derandomize=True,
    )
    def check(case: Any) -> None:
        response = case.call(headers=headers)
        try:
            case.validate_response(
                response, checks=[not_a_server_error, response_schema_conformance]
            )
        except (AssertionError, FailureGroup) as error:
            failures.append(f"{operation.label} {response.status_code}: {error}"[:300])

    check()
    return failures


def test_generated_requests_cause_no_server_error(populated_sqlite: Path, tmp_path: Path) -> None:
    app = copied_app(populated_sqlite, tmp_path)

    def headers() -> dict[str, str]:
        # A fresh token (nyc-director's) per operation: ``DELETE /api/auth/token`` revokes
        # the one it is sent with, and must not leave the operations after it unauthorised.
        return {"Authorization": f"Bearer {app.state.etoile.issue_token(1)}"}

    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    failures = [
        f
        for operation in operations
        for fixed in ({}, {"season_id": kit.SEASON_ID})
        for f in run_operation(operation, headers(), **fixed)
    ]
    app.state.etoile.runner.shutdown()
    assert len(operations) >= 20
    assert failures == []
