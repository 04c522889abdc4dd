"""A dancer's own schedule, made for a phone, and their private calendar address; every
reader's change of password (``/me/password``)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from etoile.api.deps import Day, Lang, State, User
from etoile.api.routes.calendars import (
    SCHEDULE_DAYS,
    check_reader,
    dancer_season,
    schedule_start,
)
from etoile.api.routes.feeds import feed_url
from etoile.api.sessions import rotate_session, session_key_of
from etoile.services.auth import (
    MIN_PASSWORD,
    UserInputError,
    WrongPassword,
    change_password,
    has_feed,
    new_feed_token,
    revoke_feed_tokens,
)
from etoile.services.publishing import latest_changelog
from etoile.services.schedule import (
    Subject,
    changes_for,
    entries,
    first_day,
    owner,
    when_text,
    within,
)
from etoile.services.throttle import TooManyAttempts
from etoile.web.render import render

router = APIRouter()


def _page(
    request: Request,
    user: User,
    state: State,
    lang: str,
    new_url: str | None = None,
    date: dt.date | None = None,
) -> HTMLResponse:
    season = dancer_season(state, user, None)
    first = date or schedule_start(season, dt.date.today())
    assert user.dancer is not None
    who = owner(season, Subject.DANCER, user.dancer)
    check_reader(user, who)
    stored = state.workspace.current(season.id, published_only=True)
    days: list[tuple[object, list[tuple[object, str]]]] = []
    changes: list[str] = []
    if stored is not None:
        for e in within(entries(season, stored.plan, who, lang), first, SCHEDULE_DAYS):
            day = first_day(e)
            if not days or days[-1][0] != day:
                days.append((day, []))
            days[-1][1].append((e, when_text(e, lang)))
        log = latest_changelog(state.db, season.id)
        if log is not None and log.version == stored.version:
            changes = changes_for(log.diff, season, who.id, lang)
    return render(
        request,
        "me.html.j2",
        lang=lang,
        user=user,
        who=who,
        season=season,
        stored=stored,
        days=days,
        changes=changes,
        feed_active=has_feed(state.db, user),
        new_url=new_url,
        first=first,
        step=dt.timedelta(days=SCHEDULE_DAYS),
        min_password=MIN_PASSWORD,
    )


@router.get("/me", response_class=HTMLResponse)
def schedule(
    request: Request, user: User, state: State, lang: Lang, date: Day = None
) -> HTMLResponse:
    """The dancer's schedule from the newest published version, day by day, four weeks from
    ``date`` (default: today, or the season's first day outside the season)."""
    new_url = request.session.pop(NEW_FEED, None)
    return _page(request, user, state, lang, new_url=new_url, date=date)


NEW_FEED = "new_feed"
"""Session key of a feed address just made, shown once by the next ``GET /me``."""


@router.post("/me/feed")
def make_feed(request: Request, user: User, state: State, lang: Lang) -> Response:
    """A new private calendar address, shown once: POST, then a redirect to ``/me`` (so that
    reloading the page does not make another address and kill the one just subscribed)."""
    dancer_season(state, user, None)
    token = new_feed_token(state.db, user).token
    request.session[NEW_FEED] = feed_url(request, token)
    return RedirectResponse("/me#feed", status_code=303)


@router.post("/me/feed/revoke", response_class=HTMLResponse)
def revoke_feed(request: Request, user: User, state: State, lang: Lang) -> HTMLResponse:
    """Stop the calendar address."""
    dancer_season(state, user, None)
    revoke_feed_tokens(state.db, user)
    return _page(request, user, state, lang)


PASSWORD_CHANGED = "password_changed"
"""Session key: the password was just changed, said once by the next ``GET /me/password``."""


@router.get("/me/password", response_class=HTMLResponse)
def password_form(request: Request, user: User, lang: Lang) -> HTMLResponse:
    """The form to change one's password (any role)."""
    changed = bool(request.session.pop(PASSWORD_CHANGED, False))
    return render(
        request,
        "password.html.j2",
        lang=lang,
        user=user,
        min_password=MIN_PASSWORD,
        password_changed=changed,
    )


@router.post("/me/password", response_class=HTMLResponse)
def password_change(
    request: Request,
    user: User,
    state: State,
    lang: Lang,
    current: Annotated[str, Form(max_length=1024)],
    new: Annotated[str, Form(max_length=1024)],
    confirm: Annotated[str, Form(max_length=1024)],
) -> Response:
    """Change the reader's password, the current one checked first. Every other session and
    every API token of the reader ends; this session goes on under a new id."""
    error, code, busy = None, 400, 0
    if new != confirm:
        error = "password.mismatch"
    else:
        address = request.client.host if request.client else "unknown"
        try:
            change_password(
                state.db,
                state.throttle,
                state.sessions,
                user,
                current,
                new,
                address=address,
                keep_session=session_key_of(request),
            )
        except TooManyAttempts as wait:
            error, code, busy = "login.busy", 429, wait.seconds
        except WrongPassword:
            error = "password.wrong"
        except UserInputError:
            error = "password.short"
    if error is None:
        rotate_session(request)
        request.session[PASSWORD_CHANGED] = True
        return RedirectResponse("/me/password", status_code=303)
    page = render(
        request,
        "password.html.j2",
        lang=lang,
        user=user,
        min_password=MIN_PASSWORD,
        password_error=error,
        busy=busy,
        status_code=code,
    )
    if busy:
        page.headers["Retry-After"] = str(busy)
    return page
