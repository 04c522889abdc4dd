"""Rendering a page: the template, the reader's language, the navigation their role allows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from etoile.api.deps import csrf_token
from etoile.services.access import Principal, Right, Role, allowed
from etoile.web.i18n import PageTranslator

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"

# Autoescaping on for every template whatever its name: ``select_autoescape()`` would leave
# our ``*.html.j2`` files raw, and a dancer's name or a URL would then run as markup.
_ENV = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENV.filters["isodate"] = dt.date.fromisoformat
TEMPLATES = Jinja2Templates(env=_ENV)


class LazyCsrf:
    """The session's CSRF token, made when a template writes it: a page without a form
    (an error page for a robot) starts no session."""

    def __init__(self, request: Request) -> None:
        self._request = request

    def __str__(self) -> str:
        return csrf_token(self._request)

    def __html__(self) -> Markup:
        return escape(str(self))


def nav(user: Principal | None, season_id: str | None) -> list[tuple[str, str]]:
    """(label key, URL) of the pages ``user`` may open, for the menu.

    Parameters
    ----------
    user
        The reader, or None before login.
    season_id
        The season the page is about, if any.
    """
    if user is None:
        return []
    if user.role is Role.DANCER:
        return [("nav.me", "/me")]
    if season_id is None:
        return [("nav.glance", "/")]
    base = f"/seasons/{season_id}"
    links = [("nav.glance", base)]
    if allowed(user, Right.EXCHANGE):
        links.append(("nav.exchange", f"{base}/exchange"))
    if allowed(user, Right.CASTING, house=user.company):
        links.append(("nav.casting", f"{base}/casting"))
    if allowed(user, Right.REHEARSALS, house=user.company):
        links.append(("nav.rehearsals", f"{base}/rehearsals"))
    if allowed(user, Right.FORECAST, house=user.company):
        links.append(("nav.finance", f"{base}/finance"))
    if allowed(user, Right.PLANS):
        links.append(("nav.plans", f"{base}/plans"))
    return links


def render(
    request: Request,
    template: str,
    *,
    lang: str,
    user: Principal | None,
    season_id: str | None = None,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    """The page ``template`` for ``user`` in ``lang``.

    A ``?lang=`` in the URL is remembered for the reader's next pages.

    Parameters
    ----------
    request
        The request answered.
    template
        A template of ``web/templates``.
    lang
        The page's language.
    user
        The reader (None on the login page).
    season_id
        The season of the page, for the menu.
    status_code
        The answer's HTTP status.
    **context
        What the template shows.
    """
    if request.query_params.get("lang") in ("en", "fr"):
        request.session["lang"] = request.query_params["lang"]
    tr = PageTranslator(lang)
    other = "fr" if lang == "en" else "en"
    return TEMPLATES.TemplateResponse(
        request,
        template,
        {
            "t": tr.t,
            "tr": tr,
            "lang": lang,
            "other_lang": other,
            "user": user,
            "csrf": LazyCsrf(request),
            "nav": nav(user, season_id),
            "season_id": season_id,
            **context,
        },
        status_code=status_code,
    )
