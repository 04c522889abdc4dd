"""Logging in and out, and the start page that sends each role where it works."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from etoile.api.deps import Lang, State, User, client_address, csrf_token
from etoile.api.sessions import end_session, rotate_session
from etoile.services.access import Role
from etoile.services.auth import authenticate_throttled
from etoile.services.throttle import TooManyAttempts
from etoile.web.render import render

router = APIRouter()


def _safe_next(target: str | None) -> str:
    """Only local paths: a login link must not send anyone to another site."""
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return "/"


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, lang: Lang, next: str | None = None) -> Response:
    """The login form."""
    return render(request, "login.html.j2", lang=lang, user=None, next=_safe_next(next))


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    state: State,
    lang: Lang,
    login: Annotated[str, Form(max_length=80)],
    password: Annotated[str, Form(max_length=1024)],
    csrf: Annotated[str, Form(max_length=100)] = "",
    next: Annotated[str, Form(max_length=500)] = "/",
) -> Response:
    """Check the password; on success start a new session (under a new id, so that an id
    planted before the login is worth nothing)."""
    if not csrf or csrf != request.session.get("csrf"):
        return render(
            request, "login.html.j2", lang=lang, user=None, next="/", failed=True, status_code=403
        )
    address = client_address(request)
    try:
        user = authenticate_throttled(state.db, state.throttle, login, password, address)
    except TooManyAttempts as busy:
        page = render(
            request,
            "login.html.j2",
            lang=lang,
            user=None,
            next=_safe_next(next),
            busy=busy.seconds,
            status_code=429,
        )
        page.headers["Retry-After"] = str(busy.seconds)
        return page
    if user is None:
        return render(
            request,
            "login.html.j2",
            lang=lang,
            user=None,
            next=_safe_next(next),
            failed=True,
            status_code=401,
        )
    chosen = request.session.get("lang")
    request.session.clear()
    request.session["uid"] = user.id
    request.session["account_lang"] = user.language
    if chosen in ("en", "fr"):
        request.session["lang"] = chosen
    csrf_token(request)
    rotate_session(request)
    # Now and then, not on every request: expired sessions go at someone's login.
    state.sessions.purge()
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request, user: User) -> Response:
    """End the session: it is deleted on the server, so its cookie opens nothing any more."""
    end_session(request)
    return RedirectResponse("/login", status_code=303)


@router.get("/")
def start(user: User, state: State) -> Response:
    """Dancers go to their schedule; the others to their latest season."""
    if user.role is Role.DANCER:
        return RedirectResponse("/me", status_code=303)
    for info in sorted(state.workspace.seasons(), key=lambda s: (s.start, s.id), reverse=True):
        if user.company in state.workspace.season(info.id).company:
            return RedirectResponse(f"/seasons/{info.id}", status_code=303)
    return RedirectResponse("/seasons", status_code=303)
