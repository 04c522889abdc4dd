"""``/api/me/feed``: a dancer's private calendar feed; ``/feeds/{token}.ics``: the feed itself.

The feed URL carries a secret token instead of a login, since a phone's calendar cannot log
in; only the token's hash is stored, a new token revokes the old one, and the feed always
shows the newest published version, in the dancer's language.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response, status

from etoile.api.deps import State, User
from etoile.api.routes.calendars import dancer_season
from etoile.api.schemas.schedules import FeedCreatedPublic, FeedPublic
from etoile.domain import Plan
from etoile.services.access import Forbidden, Principal, Role
from etoile.services.auth import feed_owner, has_feed, new_feed_token, revoke_feed_tokens
from etoile.services.schedule import Subject, ics, owner

router = APIRouter(tags=["feeds"])


def _dancer(user: Principal) -> None:
    if user.role is not Role.DANCER:
        raise Forbidden("calendar feeds are for dancers' accounts")


@router.get("/api/me/feed", response_model=FeedPublic)
def get_feed(user: User, state: State) -> FeedPublic:
    """Whether the reader has a live feed."""
    _dancer(user)
    return FeedPublic(active=has_feed(state.db, user))


def feed_url(request: Request, token: str) -> str:
    """The absolute URL of the feed with ``token``: the configured public address (never the
    request's Host header, which a client chooses) and the feed's path."""
    path = request.app.url_path_for("calendar_feed", token=token)
    base = request.app.state.etoile.public_url
    if base is None:  # an app built without one (tests): the server's own address
        return str(request.url_for("calendar_feed", token=token))
    return base.rstrip("/") + str(path)


@router.post("/api/me/feed", response_model=FeedCreatedPublic, status_code=201)
def create_feed(request: Request, user: User, state: State) -> FeedCreatedPublic:
    """A new feed URL (shown once); the previous one stops working."""
    _dancer(user)
    token = new_feed_token(state.db, user).token
    return FeedCreatedPublic(url=feed_url(request, token), token=token)


@router.delete("/api/me/feed", status_code=status.HTTP_204_NO_CONTENT)
def delete_feed(user: User, state: State) -> Response:
    """Revoke the reader's feed."""
    _dancer(user)
    revoke_feed_tokens(state.db, user)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/feeds/{token}.ics",
    name="calendar_feed",
    response_class=Response,
    responses={200: {"content": {"text/calendar": {}}}, 404: {"description": "No such feed."}},
)
def calendar_feed(token: str, state: State) -> Response:
    """The dancer's calendar (iCalendar), for a phone to subscribe to."""
    user = feed_owner(state.db, token)
    if user is None or user.dancer is None:
        return Response("no such feed\n", status_code=404, media_type="text/plain")
    season = dancer_season(state, user, None)
    stored = state.workspace.current(season.id, published_only=True)
    # Before the first version the feed is empty, not missing: a subscription made early works.
    plan = stored.plan if stored is not None else Plan(season=season.id)
    who = owner(season, Subject.DANCER, user.dancer)
    return Response(
        ics(season, plan, who, user.language),
        media_type="text/calendar",
        headers={"Cache-Control": "private, max-age=300"},
    )
