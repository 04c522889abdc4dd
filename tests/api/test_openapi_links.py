"""OpenAPI links added to a document: only between operations it has, on the answer named,
with the body's merge flag for schemathesis; and installed once on an app's openapi()."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from etoile.api.openapi_links import SCHEMATHESIS, add_links, install
from etoile.api.openapi_operations import GET_JOB, GET_PLAN, LIST_PLANS, START_JOB, Link

PLAN_LINK = Link(
    name="plan",
    source=LIST_PLANS,
    status="200",
    target=GET_PLAN,
    parameters={"plan_id": "$response.body#/0/id", "season_id": "$request.path.season_id"},
    description="Read a listed plan.",
)
JOB_LINK = Link(
    name="poll",
    source=START_JOB,
    status="202",
    target=GET_JOB,
    parameters={"job_id": "$response.body#/id"},
    body={"seed": 1},
    complete=True,
)


def _document() -> dict[str, Any]:
    """Two plans operations and a job start that only documents a 202."""
    return {
        "paths": {
            LIST_PLANS[1]: {"get": {"operationId": "list_plans", "responses": {"200": {}}}},
            GET_PLAN[1]: {"get": {"operationId": "get_plan", "responses": {"200": {}}}},
            START_JOB[1]: {"post": {"operationId": "start_job", "responses": {"202": {}}}},
            GET_JOB[1]: {"get": {"operationId": "get_job", "responses": {"200": {}}}},
        }
    }


def test_a_link_is_written_on_the_sources_answer() -> None:
    document = _document()
    assert add_links(document, (PLAN_LINK,)) == [PLAN_LINK]
    answer = document["paths"][LIST_PLANS[1]]["get"]["responses"]["200"]
    assert answer["links"] == {
        "plan": {
            "operationId": "get_plan",
            "parameters": {
                "plan_id": "$response.body#/0/id",
                "season_id": "$request.path.season_id",
            },
            "description": "Read a listed plan.",
        }
    }


def test_a_whole_body_is_not_merged() -> None:
    document = _document()
    add_links(document, (JOB_LINK,))
    entry = document["paths"][START_JOB[1]]["post"]["responses"]["202"]["links"]["poll"]
    assert entry["requestBody"] == {"seed": 1}
    assert entry[SCHEMATHESIS] == {"merge_body": False}
    assert "description" not in entry  # none given


def test_links_to_missing_operations_or_answers_are_left_out() -> None:
    document = _document()
    del document["paths"][GET_PLAN[1]]
    wrong_status = Link(name="x", source=START_JOB, status="200", target=GET_JOB)
    # PLAN_LINK's target is gone; wrong_status names an answer START_JOB does not document.
    assert add_links(document, (PLAN_LINK, wrong_status, JOB_LINK)) == [JOB_LINK]
    assert "links" not in document["paths"][LIST_PLANS[1]]["get"]["responses"]["200"]
    assert "links" not in document["paths"][START_JOB[1]]["post"]["responses"].get("200", {})


def test_install_builds_the_document_once() -> None:
    app = FastAPI()
    calls = []
    build = app.openapi

    def counted() -> dict[str, Any]:
        calls.append(1)
        return build()

    app.openapi = counted  # type: ignore[method-assign]
    install(app)
    first = app.openapi()
    assert app.openapi() is first
    assert len(calls) == 1
