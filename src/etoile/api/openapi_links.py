"""OpenAPI links between the API's operations: how a client goes from one answer to the next.

A link says which field of an answer fills which parameter (or body field) of a following
request: the id of a plan in the list of plans is the ``plan_id`` of ``GET .../plans/{plan_id}``,
the revision of the plan read is the ``base_revision`` of an edit, the id of a started job is
the ``job_id`` to poll and to cancel. They document the API's workflows in ``/openapi.json``
(Swagger UI shows them under each response) and let a stateful tester (schemathesis) chain real
ids instead of guessing them.

FastAPI builds the document from the routes and has no words for links, so
:func:`install` wraps the app's ``openapi()`` and adds the links of :data:`LINKS` to the built
document once. A link whose operations the app does not have is left out (the document stays
valid); ``tests/api/test_stateful.py`` checks that every link is there.

Values are OpenAPI runtime expressions: ``$response.body#/<JSON pointer>`` (a field of the
answer), ``$response.header.<name>``, ``$request.path.<name>`` and ``$request.body#/<pointer>``
(what the source request sent); any other string is a constant.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI

Operation = tuple[str, str]
"""An operation of the document: ``(method, path)``, the method in lower case."""

SCHEMATHESIS = "x-schemathesis"
"""The extension that tells schemathesis whether a link's body is whole (the standard) or a
part to merge into a body it generates (its default)."""

SEASONS = "/api/seasons"
SEASON = "/api/seasons/{season_id}"
PLANS = f"{SEASON}/plans"
PLAN = f"{PLANS}/{{plan_id}}"

LIST_SEASONS: Operation = ("get", SEASONS)
GET_SEASON: Operation = ("get", SEASON)
LIST_PLANS: Operation = ("get", PLANS)
GET_PLAN: Operation = ("get", PLAN)
PUT_CASTING: Operation = ("put", f"{PLAN}/casting")
PUBLISH: Operation = ("post", f"{PLAN}/publish")
CHANGELOG: Operation = ("get", f"{SEASON}/versions/{{version}}/changelog")
EXCHANGE: Operation = ("get", f"{SEASON}/exchange")
FORECAST: Operation = ("get", f"{SEASON}/forecast")
PRODUCTIONS: Operation = ("get", f"{SEASON}/productions")
GRID: Operation = ("get", f"{SEASON}/productions/{{production}}/casting")
CALENDAR: Operation = ("get", f"{SEASON}/calendars/{{subject}}/{{ident}}")
MY_SCHEDULE: Operation = ("get", "/api/me/schedule")
START_JOB: Operation = ("post", f"{SEASON}/jobs")
LIST_JOBS: Operation = ("get", f"{SEASON}/jobs")
GET_JOB: Operation = ("get", "/api/jobs/{job_id}")
CANCEL_JOB: Operation = ("post", "/api/jobs/{job_id}/cancel")
NEW_TOKEN: Operation = ("post", "/api/auth/token")
LIST_TOKENS: Operation = ("get", "/api/auth/tokens")
REVOKE_TOKEN: Operation = ("delete", "/api/auth/tokens/{token_id}")
NEW_FEED: Operation = ("post", "/api/me/feed")
FEED: Operation = ("get", "/feeds/{token}.ics")


@dataclass(frozen=True)
class Link:
    """One link: after ``source`` answered ``status``, ``target`` may follow.

    Attributes
    ----------
    name
        The link's name, unique among the links of the source's answer.
    source, status, target
        The operation that answered, its status code, and the operation that may follow.
    parameters
        Target parameter (``name``, or ``location.name`` such as ``header.if-match``) ->
        runtime expression or constant.
    body
        The target's request body: fields -> runtime expressions (nested lists and objects
        allowed); None when the link fills no body.
    complete
        True when ``body`` is a whole request body (the standard meaning of a link's
        ``requestBody``), False when it gives only some fields and the client fills the rest.
    description
        What the link means, for the reader of the document.
    """

    name: str
    source: Operation
    status: str
    target: Operation
    parameters: Mapping[str, str] = field(default_factory=dict)
    body: Mapping[str, Any] | None = None
    description: str = ""
    complete: bool = False


SAME_SEASON = {"season_id": "$request.path.season_id"}
"""The season of the source request, for a target in the same season."""

FIRST_SEASON = {"season_id": "$response.body#/0/id"}
"""The first season of ``GET /api/seasons``."""

# The casting grid names a performance (column), a role (row) and its cast (cell): enough for
# a complete edit of that cell (here: the first cell, recast as it is, first dancer).
GRID_CELL_EDIT = {
    "performance": "$response.body#/shows/0/id",
    "role": "$response.body#/roles/0/id",
    "dancers": ["$response.body#/roles/0/cells/0/0/id"],
    "base_revision": "$response.body#/plan_revision",
}

# The plan document lists its casting one dancer at a time: the first entry is a real cell.
PLAN_CELL_EDIT = {
    "performance": "$response.body#/document/casting/0/performance",
    "role": "$response.body#/document/casting/0/role",
    "dancers": ["$response.body#/document/casting/0/dancer"],
    "base_revision": "$response.body#/info/revision",
}

LINKS: tuple[Link, ...] = (
    # A season's id opens everything about it.
    *(
        Link(name, LIST_SEASONS, "200", target, FIRST_SEASON, description=words)
        for name, target, words in (
            ("GetSeason", GET_SEASON, "The first season at a glance."),
            ("ListPlans", LIST_PLANS, "The first season's drafts and versions."),
            ("ListProductions", PRODUCTIONS, "The productions of the first season."),
            ("GetExchange", EXCHANGE, "The exchange board of the first season."),
            ("GetForecast", FORECAST, "The forecast of the first season."),
            ("ListJobs", LIST_JOBS, "The solving jobs of the first season."),
            ("StartJob", START_JOB, "Plan the first season again."),
        )
    ),
    Link(
        "MySchedule",
        LIST_SEASONS,
        "200",
        MY_SCHEDULE,
        {"query.season_id": "$response.body#/0/id"},
        description="A dancer's own schedule in the first season.",
    ),
    # Plans: read one, edit it on the revision read, publish it, read what changed.
    Link(
        "GetPlan",
        LIST_PLANS,
        "200",
        GET_PLAN,
        {**SAME_SEASON, "plan_id": "$response.body#/0/id"},
        description="The oldest plan, whole.",
    ),
    Link(
        "EditPlan",
        LIST_PLANS,
        "200",
        PUT_CASTING,
        {**SAME_SEASON, "plan_id": "$response.body#/0/id"},
        {"base_revision": "$response.body#/0/revision"},
        "Change a cast of the oldest plan, on the revision listed.",
    ),
    Link(
        "PublishPlan",
        LIST_PLANS,
        "200",
        PUBLISH,
        {**SAME_SEASON, "plan_id": "$response.body#/0/id"},
        description="Publish the oldest plan (409 when it is a version already).",
    ),
    Link(
        "GetChangelog",
        LIST_PLANS,
        "200",
        CHANGELOG,
        {**SAME_SEASON, "version": "$response.body#/0/version"},
        description="What the oldest plan's version changed (when it is one).",
    ),
    Link(
        "EditCell",
        GET_PLAN,
        "200",
        PUT_CASTING,
        {**SAME_SEASON, "plan_id": "$request.path.plan_id"},
        PLAN_CELL_EDIT,
        "Recast the plan's first cast cell, on the revision read.",
        complete=True,
    ),
    Link(
        "EditCellIfMatch",
        GET_PLAN,
        "200",
        PUT_CASTING,
        {
            **SAME_SEASON,
            "plan_id": "$request.path.plan_id",
            "header.if-match": "$response.header.ETag",
        },
        description="Change a cast on the revision the ETag names.",
    ),
    Link(
        "PublishPlan",
        GET_PLAN,
        "200",
        PUBLISH,
        {**SAME_SEASON, "plan_id": "$request.path.plan_id"},
        description="Publish the plan read.",
    ),
    Link(
        "GetExchange",
        GET_PLAN,
        "200",
        EXCHANGE,
        {**SAME_SEASON, "query.plan_id": "$response.body#/info/id"},
        description="The exchange board of the plan read.",
    ),
    Link(
        "GetForecast",
        GET_PLAN,
        "200",
        FORECAST,
        {**SAME_SEASON, "query.plan_id": "$response.body#/info/id"},
        description="The forecast of the plan read.",
    ),
    Link(
        "GetPlan",
        PUT_CASTING,
        "200",
        GET_PLAN,
        {**SAME_SEASON, "plan_id": "$response.body#/plan/id"},
        description="The draft just saved (a new one when the edit was made on a version).",
    ),
    Link(
        "EditAgain",
        PUT_CASTING,
        "200",
        PUT_CASTING,
        {**SAME_SEASON, "plan_id": "$response.body#/plan/id"},
        {
            "performance": "$request.body#/performance",
            "role": "$request.body#/role",
            "dancers": "$request.body#/dancers",
            "base_revision": "$response.body#/plan/revision",
        },
        "The same cell again, on the revision just saved.",
        complete=True,
    ),
    Link(
        "PublishDraft",
        PUT_CASTING,
        "200",
        PUBLISH,
        {**SAME_SEASON, "plan_id": "$response.body#/plan/id"},
        description="Publish the draft just saved.",
    ),
    Link(
        "RetryOnCurrent",
        PUT_CASTING,
        "409",
        PUT_CASTING,
        {**SAME_SEASON, "plan_id": "$request.path.plan_id"},
        {
            "performance": "$request.body#/performance",
            "role": "$request.body#/role",
            "dancers": "$request.body#/dancers",
            "base_revision": "$response.body#/current_revision",
        },
        "After a conflict: the same change again, on the current revision.",
        complete=True,
    ),
    Link(
        "GetChangelog",
        PUBLISH,
        "200",
        CHANGELOG,
        {**SAME_SEASON, "version": "$response.body#/changelog/version"},
        description="What the version just published changed.",
    ),
    Link(
        "GetPlan",
        PUBLISH,
        "200",
        GET_PLAN,
        {**SAME_SEASON, "plan_id": "$response.body#/plan/id"},
        description="The version just published.",
    ),
    # Casting grids: a production's grid, one of its cells edited, a dancer's calendar.
    Link(
        "GetGrid",
        PRODUCTIONS,
        "200",
        GRID,
        {**SAME_SEASON, "production": "$response.body#/0/id"},
        description="The casting grid of the first production.",
    ),
    Link(
        "EditCell",
        GRID,
        "200",
        PUT_CASTING,
        {**SAME_SEASON, "plan_id": "$response.body#/plan_id"},
        GRID_CELL_EDIT,
        "Recast the grid's first cell, on the revision shown.",
        complete=True,
    ),
    Link(
        "GetPlan",
        GRID,
        "200",
        GET_PLAN,
        {**SAME_SEASON, "plan_id": "$response.body#/plan_id"},
        description="The plan the grid shows.",
    ),
    Link(
        "DancerCalendar",
        GRID,
        "200",
        CALENDAR,
        {
            **SAME_SEASON,
            "subject": "dancer",
            "ident": "$response.body#/roles/0/cells/0/0/id",
            "query.plan_id": "$response.body#/plan_id",
        },
        description="The calendar of the dancer in the grid's first cell, under the same plan.",
    ),
    # Jobs: start, poll, cancel, read the draft made.
    Link(
        "GetJob",
        START_JOB,
        "202",
        GET_JOB,
        {"job_id": "$response.body#/id"},
        description="Poll the job just started.",
    ),
    Link(
        "CancelJob",
        START_JOB,
        "202",
        CANCEL_JOB,
        {"job_id": "$response.body#/id"},
        description="Cancel the job just started.",
    ),
    Link(
        "GetJob",
        LIST_JOBS,
        "200",
        GET_JOB,
        {"job_id": "$response.body#/0/id"},
        description="The newest job.",
    ),
    Link(
        "CancelJob",
        GET_JOB,
        "200",
        CANCEL_JOB,
        {"job_id": "$request.path.job_id"},
        description="Cancel the job polled.",
    ),
    Link(
        "GetDraft",
        GET_JOB,
        "200",
        GET_PLAN,
        {"season_id": "$response.body#/season_id", "plan_id": "$response.body#/plan_id"},
        description="The draft the job produced (once it has).",
    ),
    Link(
        "GetJob",
        CANCEL_JOB,
        "200",
        GET_JOB,
        {"job_id": "$response.body#/id"},
        description="The job after the cancel request.",
    ),
    # Tokens: list and revoke them; a dancer's feed.
    Link(
        "RevokeToken",
        NEW_TOKEN,
        "200",
        REVOKE_TOKEN,
        {"token_id": "$response.body#/id"},
        description="Revoke the token just issued.",
    ),
    Link(
        "ListTokens",
        NEW_TOKEN,
        "200",
        LIST_TOKENS,
        description="The live tokens, the new one among them.",
    ),
    Link(
        "RevokeToken",
        LIST_TOKENS,
        "200",
        REVOKE_TOKEN,
        {"token_id": "$response.body#/0/id"},
        description="Revoke the newest token.",
    ),
    Link(
        "GetFeed",
        NEW_FEED,
        "201",
        FEED,
        {"token": "$response.body#/token"},
        description="The calendar feed just made.",
    ),
)
"""Every link of the API, by source operation."""


def add_links(document: dict[str, Any], links: tuple[Link, ...] = LINKS) -> list[Link]:
    """Add ``links`` to an OpenAPI ``document`` (in place); returns the links added.

    A link is left out when the document lacks its source or target operation, or the source's
    answer with the link's status.
    """
    paths = document.get("paths", {})

    def operation(key: Operation) -> dict[str, Any] | None:
        method, path = key
        found = paths.get(path, {}).get(method)
        return found if isinstance(found, dict) else None

    added = []
    for link in links:
        source, target = operation(link.source), operation(link.target)
        if source is None or target is None or "operationId" not in target:
            continue
        answer = source.get("responses", {}).get(link.status)
        if answer is None:
            continue
        entry: dict[str, Any] = {"operationId": target["operationId"]}
        if link.parameters:
            entry["parameters"] = dict(link.parameters)
        if link.body is not None:
            entry["requestBody"] = dict(link.body)
            # Schemathesis merges a link's body into one it generates, unless told otherwise.
            entry[SCHEMATHESIS] = {"merge_body": not link.complete}
        if link.description:
            entry["description"] = link.description
        answer.setdefault("links", {})[link.name] = entry
        added.append(link)
    return added


def install(app: FastAPI) -> None:
    """Make ``app.openapi()`` (and so ``/openapi.json`` and ``/docs``) carry :data:`LINKS`."""
    build: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = build()
            add_links(document)
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
