"""The API's workflows as OpenAPI links: from each answer, the requests that may follow.

:data:`LINKS` holds every link of the API, by source operation: a season's id opens everything
about it; a plan is read, edited on the revision read, published, and its changelog read; a
production's casting grid leads to one of its cells edited and to a dancer's calendar; a job
is started, polled, cancelled and its draft read; a token is issued, listed and revoked; a
dancer's feed is made and read. :func:`etoile.api.openapi_links.install` puts them in the
app's document.
"""

from __future__ import annotations

from etoile.api.openapi_operations import (
    CALENDAR,
    CANCEL_JOB,
    CHANGELOG,
    EXCHANGE,
    FEED,
    FORECAST,
    GET_JOB,
    GET_PLAN,
    GET_SEASON,
    GRID,
    LIST_JOBS,
    LIST_PLANS,
    LIST_SEASONS,
    LIST_TOKENS,
    MY_SCHEDULE,
    NEW_FEED,
    NEW_TOKEN,
    PRODUCTIONS,
    PUBLISH,
    PUT_CASTING,
    REVOKE_TOKEN,
    START_JOB,
    Link,
)

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
