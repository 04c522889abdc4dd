"""A director's page of their house's accounts (``/users``): who they are, a temporary
password for one who forgot theirs, and deactivating (or reactivating) an account.

Only directors, only their own house: another role gets 403, another house's account is
"nothing here" (404, as unknown seasons are). Every form carries the session's CSRF token
(checked by :func:`etoile.api.deps.get_user`); a reset asks for the director's own password,
checked and throttled like a login.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from etoile.api.deps import DB_INT, Lang, State, User, client_address
from etoile.services.access import Principal
from etoile.services.auth import MIN_PASSWORD
from etoile.services.house_accounts import (
    OwnAccountError,
    house_user,
    house_users,
    reset_user_password,
    set_user_active,
)
from etoile.storage import UserNotFoundError
from etoile.web.pages.passwords import change_refused
from etoile.web.render import render

router = APIRouter()

UserPath = Annotated[int, Path(ge=1, le=DB_INT, description="A user id.")]

DONE = "users_done"
"""Session key: (message key, login) of the change just made, said once by ``GET /users``."""


def _page(
    request: Request,
    user: Principal,
    state: State,
    lang: str,
    *,
    status_code: int = 200,
    error: str | None = None,
    target: str = "",
    busy: int = 0,
    done: tuple[str, str] | None = None,
) -> HTMLResponse:
    page = render(
        request,
        "users.html.j2",
        lang=lang,
        user=user,
        users=house_users(state.db, user),
        min_password=MIN_PASSWORD,
        error=error,
        target=target,
        busy=busy,
        done=done,
        status_code=status_code,
    )
    if busy:
        page.headers["Retry-After"] = str(busy)
    return page


def _missing(request: Request, lang: str) -> HTMLResponse:
    """The 404 page: an unknown account and another house's are not told apart."""
    return render(
        request,
        "error.html.j2",
        lang=lang,
        user=None,
        status_code=404,
        code=404,
        message="no such user in your house",
    )


def _done(request: Request, key: str, login: str) -> Response:
    request.session[DONE] = [key, login]
    return RedirectResponse("/users", status_code=303)


@router.get("/users", response_class=HTMLResponse)
def users(request: Request, user: User, state: State, lang: Lang) -> HTMLResponse:
    """The accounts of the director's house, with their forms."""
    found = request.session.pop(DONE, None)
    done = (str(found[0]), str(found[1])) if isinstance(found, list) and len(found) == 2 else None
    return _page(request, user, state, lang, done=done)


@router.post("/users/{user_id}/password", response_class=HTMLResponse)
def reset_password(
    request: Request,
    user_id: UserPath,
    user: User,
    state: State,
    lang: Lang,
    password: Annotated[str, Form(max_length=1024)],
    confirm: Annotated[str, Form(max_length=1024)],
    own_password: Annotated[str, Form(max_length=1024)],
) -> Response:
    """Give an account of the house a temporary password; its sessions and tokens end."""
    try:
        target = house_user(state.db, user, user_id)
    except UserNotFoundError:
        return _missing(request, lang)
    error, code, busy = change_refused(
        password,
        confirm,
        lambda: reset_user_password(
            state.db,
            state.throttle,
            state.sessions,
            user,
            target.id,
            password,
            own_password=own_password,
            address=client_address(request),
        ),
        wrong="users.wrong_own",
    )
    if error is None:
        return _done(request, "users.reset_done", target.login)
    return _page(
        request, user, state, lang, status_code=code, error=error, target=target.login, busy=busy
    )


def _set_active(
    request: Request, user_id: int, user: Principal, state: State, lang: str, active: bool
) -> Response:
    try:
        target = house_user(state.db, user, user_id)
    except UserNotFoundError:
        return _missing(request, lang)
    try:
        set_user_active(state.db, state.sessions, user, target.id, active)
    except OwnAccountError:
        return _page(
            request, user, state, lang, status_code=409, error="users.own_deactivate",
            target=target.login,
        )  # fmt: skip
    return _done(request, "users.reactivated" if active else "users.deactivated", target.login)


@router.post("/users/{user_id}/deactivate", response_class=HTMLResponse)
def deactivate(
    request: Request, user_id: UserPath, user: User, state: State, lang: Lang
) -> Response:
    """Deactivate an account of the house: it cannot log in; its sessions and tokens end."""
    return _set_active(request, user_id, user, state, lang, False)


@router.post("/users/{user_id}/reactivate", response_class=HTMLResponse)
def reactivate(
    request: Request, user_id: UserPath, user: User, state: State, lang: Lang
) -> Response:
    """Let a deactivated account of the house log in again."""
    return _set_active(request, user_id, user, state, lang, True)
