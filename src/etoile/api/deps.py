"""Dependencies every route shares, as ``Annotated`` aliases: the app state, the reader, their
language, and the season they may see.

A reader is found from a bearer token (``Authorization: Bearer ...``, from
``POST /api/auth/token``, checked against the stored tokens: a revoked or expired one is
refused) or from the session cookie of the pages (whose session lives on the server, see
:mod:`etoile.api.sessions`). Requests that change something with the cookie must carry the
session's CSRF token (header ``X-CSRF-Token`` or form field ``csrf``); a bearer token is not
sent by browsers on their own, so it needs none.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Query, Request, Response, status
from fastapi.concurrency import run_in_threadpool
from pydantic import AfterValidator

from etoile.api.state import AppState
from etoile.domain import Season
from etoile.i18n import LANGUAGES
from etoile.services.access import Principal, Role
from etoile.services.auth import load_principal
from etoile.storage import PlanNotFoundError, SeasonNotFoundError, StoredPlan

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class LoginRequired(Exception):
    """No one is logged in: the API answers 401, a page sends the reader to the login form."""


def get_state(request: Request) -> AppState:
    """The app's :class:`AppState`."""
    state: AppState = request.app.state.etoile
    return state


State = Annotated[AppState, Depends(get_state)]


def client_address(request: Request) -> str:
    """The client's address, as the login throttle counts it ("unknown" when there is none)."""
    return request.client.host if request.client else "unknown"


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use."""
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(24)
        request.session["csrf"] = token
    return token


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


async def get_user(request: Request, state: State) -> Principal:
    """The logged-in reader; :class:`LoginRequired` when there is none.

    Parameters
    ----------
    request
        The request, with its session or its ``Authorization`` header.
    state
        The app's state: the tokens and the database.

    Raises
    ------
    LoginRequired
        Without a live session or bearer token, or for a deactivated user.
    HTTPException
        403 for a change by a session without the right CSRF token.
    """
    token = _bearer(request)
    if token is not None:
        used = await run_in_threadpool(state.tokens.check, token)
        if used is None:
            raise LoginRequired
        request.state.token_id = used.token_id
        return used.user
    uid = request.session.get("uid")
    if not isinstance(uid, int):
        raise LoginRequired
    if request.method not in SAFE_METHODS and not await _csrf_ok(request):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "missing or wrong CSRF token")
    user = await run_in_threadpool(load_principal, state.db, uid)
    if user is None:
        request.session.clear()
        raise LoginRequired
    return user


async def _csrf_ok(request: Request) -> bool:
    expected = request.session.get("csrf")
    if not isinstance(expected, str):
        return False
    sent = request.headers.get("x-csrf-token")
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get("csrf")
        sent = value if isinstance(value, str) else None
    # As bytes: compare_digest refuses (TypeError, a 500) two strs with non-ASCII characters.
    return sent is not None and secrets.compare_digest(
        sent.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
    )


User = Annotated[Principal, Depends(get_user)]


def bearer_token_id(request: Request) -> int | None:
    """The id of the bearer token the request was authenticated with (None: the cookie)."""
    found = getattr(request.state, "token_id", None)
    return found if isinstance(found, int) else None


def get_lang(
    request: Request,
    lang: Annotated[
        str | None, Query(pattern="^(en|fr)$", description="Language: en or fr.")
    ] = None,
) -> str:
    """The reader's language: ``?lang=``, else the one they chose, else their account's,
    else the browser's, else English.

    Parameters
    ----------
    request
        For the session's choice, the account's and the browser's languages.
    lang
        The ``?lang=`` of the URL, if any.
    """
    if lang in LANGUAGES:
        return lang
    chosen = request.session.get("lang")
    if chosen in LANGUAGES:
        return str(chosen)
    account = request.session.get("account_lang")
    if account in LANGUAGES:
        return str(account)
    accepted = request.headers.get("accept-language", "")
    return "fr" if accepted.lower().startswith("fr") else "en"


Lang = Annotated[str, Depends(get_lang)]


def visible_season(state: AppState, user: Principal, season_id: str) -> Season:
    """Season ``season_id`` if ``user`` belongs to it (their house, or as a dancer, them).

    Parameters
    ----------
    state
        Gives the workspace the season is read from.
    user
        The reader.
    season_id
        The season asked for.

    Raises
    ------
    SeasonNotFoundError
        For an unknown season and for a season the reader has no part in (not told apart, so
        that ids of other houses' seasons do not leak).
    """
    season = state.workspace.season(season_id)
    if user.role is Role.DANCER:
        if user.dancer not in season.dancers:
            raise SeasonNotFoundError(season_id)
    elif user.company not in season.company:
        raise SeasonNotFoundError(season_id)
    return season


PlanId = Annotated[
    int | None,
    Query(ge=1, le=2**31 - 1, description="A plan id; default: the newest plan of the season."),
]


def chosen_plan(state: AppState, season_id: str, plan_id: int | None) -> StoredPlan:
    """Plan ``plan_id`` of the season, or its newest plan; PlanNotFoundError when none.

    Parameters
    ----------
    state
        The app's workspace.
    season_id
        The plan's season.
    plan_id
        The plan asked for, or None for the newest (a draft included).
    """
    if plan_id is not None:
        return state.workspace.plan(season_id, plan_id)
    found = state.workspace.current(season_id, published_only=False)
    if found is None:
        raise PlanNotFoundError(f"of season {season_id!r} (none is stored yet)")
    return found


DB_INT = 2**31 - 1
"""Largest id a path may carry (what every backend's integer column holds)."""
PlanPath = Annotated[int, Path(ge=1, le=DB_INT, description="A plan id.")]
JobPath = Annotated[int, Path(ge=1, le=DB_INT, description="A job id.")]
VersionPath = Annotated[int, Path(ge=1, le=DB_INT, description="A published version.")]


def json_response(body: str) -> Response:
    """An answer serialised in advance (built from its ``...Public`` schema, so valid)."""
    return Response(body, media_type="application/json")


EARLIEST_DAY = dt.date(1900, 1, 1)
LATEST_DAY = dt.date(2199, 12, 31)
"""Days a page or a calendar may be asked for: a wider range names no season and would
overflow the date arithmetic of a four-week view."""


def _plausible(day: dt.date | None) -> dt.date | None:
    if day is not None and not EARLIEST_DAY <= day <= LATEST_DAY:
        raise ValueError(f"a day from {EARLIEST_DAY} to {LATEST_DAY} is expected, got {day}")
    return day


Day = Annotated[dt.date | None, AfterValidator(_plausible)]
"""An optional day in a query, within :data:`EARLIEST_DAY` .. :data:`LATEST_DAY` (else 422)."""
