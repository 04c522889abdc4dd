"""Errors as answers: JSON for the API, a page for the browser, never a traceback.

Unknown things are 404, refusals 403, a published plan that cannot change 409, bad edits 422,
no login 401 (the pages redirect to the login form instead).
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from fastapi import FastAPI, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response

from etoile.api.deps import LoginRequired
from etoile.services.access import Forbidden
from etoile.services.casting_edit import CastEditError
from etoile.services.schedule import UnknownSubjectError
from etoile.services.views import UnknownProductionError
from etoile.storage import (
    JobNotFoundError,
    PlanNotFoundError,
    PlanStateError,
    SeasonNotFoundError,
    StaleWriteError,
    StorageError,
    UserExistsError,
)

STATUS: list[tuple[type[Exception], int]] = [
    (LoginRequired, status.HTTP_401_UNAUTHORIZED),
    (Forbidden, status.HTTP_403_FORBIDDEN),
    (SeasonNotFoundError, status.HTTP_404_NOT_FOUND),
    (PlanNotFoundError, status.HTTP_404_NOT_FOUND),
    (JobNotFoundError, status.HTTP_404_NOT_FOUND),
    (UnknownSubjectError, status.HTTP_404_NOT_FOUND),
    (UnknownProductionError, status.HTTP_404_NOT_FOUND),
    (StaleWriteError, status.HTTP_409_CONFLICT),
    (PlanStateError, status.HTTP_409_CONFLICT),
    (UserExistsError, status.HTTP_409_CONFLICT),
    (CastEditError, 422),
    (StorageError, status.HTTP_400_BAD_REQUEST),
]
"""Exception -> HTTP status, most specific first."""

PageError = Callable[[Request, int, str], Response]
"""Renders the page for a refused or missing thing: ``page_error(request, code, message)``."""


def conflict_body(error: StaleWriteError) -> dict[str, object]:
    """The JSON of a 409 for a stale write: what happened, the current revision (or version),
    and the saved edits the writer missed.

    Parameters
    ----------
    error
        The refused write.
    """
    return {
        "detail": str(error),
        "current_revision": error.current,
        "missed": [
            {
                "revision": e.revision,
                "performance": e.performance,
                "role": e.role,
                "dancers": list(e.dancers),
                "by": e.by,
                "at": e.at.isoformat(),
            }
            for e in error.missed
        ],
    }


def is_api(request: Request) -> bool:
    """True for the JSON API (and feeds), False for pages."""
    return request.url.path.startswith(("/api/", "/feeds/"))


def install(app: FastAPI, page_error: PageError | None) -> None:
    """Register the handlers on ``app``; ``page_error(request, code, message)`` renders pages
    (without it, every request is answered as the API's).

    Parameters
    ----------
    app
        The app that gets the handlers.
    page_error
        The site's error page, or None for an API alone.
    """

    def handler(code: int) -> object:
        async def handle(request: Request, error: Exception) -> Response:
            api = page_error is None or is_api(request)
            if code == status.HTTP_401_UNAUTHORIZED:
                if api:
                    return JSONResponse(
                        {"detail": "log in first"},
                        status_code=code,
                        headers={"WWW-Authenticate": "Bearer"},
                    )
                target = quote(request.url.path, safe="/")
                return RedirectResponse(f"/login?next={target}", status_code=303)
            message = str(error)
            if api and isinstance(error, StaleWriteError):
                return JSONResponse(conflict_body(error), status_code=code)
            if api:
                # 422 keeps FastAPI's documented shape (a list of problems) for every client.
                detail: object = (
                    [{"loc": ["body"], "msg": message, "type": "value_error"}]
                    if code == 422
                    else message
                )
                return JSONResponse({"detail": detail}, status_code=code)
            assert page_error is not None
            return page_error(request, code, message)

        return handle

    for kind, code in STATUS:
        app.add_exception_handler(kind, handler(code))  # type: ignore[arg-type]

    async def invalid(request: Request, error: RequestValidationError) -> Response:
        # FastAPI's own answer echoes the input, which may not be JSON (NaN, Infinity, a lone
        # surrogate) and would then fail as a 500: say where and what, without the input.
        detail = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": e.get("type")}
            for e in error.errors()
        ]
        return JSONResponse({"detail": detail}, status_code=422)

    app.add_exception_handler(RequestValidationError, invalid)  # type: ignore[arg-type]
