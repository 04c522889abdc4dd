"""The web pages of Étoile: server-rendered HTML in English and French, usable on a phone.

Pages are thin like the API routes: they check the reader's rights, call the same services and
render a Jinja2 template with the pages' translator. ``router`` holds every page.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from etoile.api.deps import get_lang
from etoile.web.pages import auth, calendars, casting, me, plans, season, users
from etoile.web.render import render

router = APIRouter(include_in_schema=False)
for _module in (auth, season, casting, calendars, plans, me, users):
    router.include_router(_module.router)


def error_page(request: Request, code: int, message: str) -> HTMLResponse:
    """The page shown for a refusal (403) or something missing (404).

    Parameters
    ----------
    request
        The refused request (its language is the reader's).
    code
        403 or 404.
    message
        The error's own words (the page shows its own).
    """
    lang = get_lang(request, None)
    return render(
        request,
        "error.html.j2",
        lang=lang,
        user=None,
        status_code=code,
        code=code,
        message=message,
    )


__all__ = ["error_page", "router"]
