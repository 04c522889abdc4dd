"""The API operations that OpenAPI links join, and what a link is.

An operation of the document is its ``(method, path)``: the constants here name the ones the
links of :mod:`etoile.api.openapi_workflows` join. A :class:`Link` says which field of the
source's answer fills which parameter (or body field) of the target's request;
:mod:`etoile.api.openapi_links` adds the links to the app's document.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

Operation = tuple[str, str]
"""An operation of the document: ``(method, path)``, the method in lower case."""

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
