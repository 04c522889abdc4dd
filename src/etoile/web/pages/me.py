"""A dancer's own schedule, made for a phone, and their private calendar address; every
reader's change of password (``/me/password``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from etoile.api.deps import Day, Lang, State, User, client_address
from etoile.api.routes.calendars import (
    SCHEDULE_DAYS,
    check_reader,
    dancer_season,
    schedule_start,
)
from etoile.api.routes.feeds import feed_url
from etoile.api.sessions import rotate_session, session_key_of
from etoile.calendars.entry import Entry
from etoile.domain import Season
from etoile.services.auth import (
    MIN_PASSWORD,
    change_password,
    has_feed,
    new_feed_token,
    revoke_feed_tokens,
)
from etoile.services.schedule import (
    MyChange,
    Subject,
    clock_text,
    entries,
    first_day,
    last_day,
    my_changes,
    owner,
    week_start,
    when_text,
    within,
)
from etoile.storage import SeenVersionRepository, StoredPlan
from etoile.web.i18n import PageTranslator
from etoile.web.pages.passwords import change_refused
from etoile.web.render import render

router = APIRouter()


SOON_DAYS = 14
"""Days shown one by one at the top of ``/me``; the rest of the schedule goes by week."""

FIRST_CHANGES = 3
"""Lines of "what changed for you" shown before "show all"."""

Card = tuple[Entry, str]
"""An event and what its card says of when (the day is its heading's)."""


def today() -> dt.date:
    """Today's date (a function, so that tests may fix it)."""
    return dt.date.today()


def _by_day(
    found: list[Entry], first: dt.date, days: int, zone: str, lang: str
) -> list[tuple[dt.date, list[Card]]]:
    """The days from ``first`` that have events, each with its events' cards (an event that
    began before ``first`` and still runs goes under ``first``)."""
    out: list[tuple[dt.date, list[Card]]] = []
    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        cards = [
            (e, clock_text(e, lang, zone))
            for e in found
            if max(first_day(e), first) == day and last_day(e) >= first
        ]
        if cards:
            out.append((day, cards))
    return out


def _by_week(
    days: list[tuple[dt.date, list[Card]]],
) -> list[tuple[dt.date, list[tuple[dt.date, list[Card]]]]]:
    """Days grouped under the Monday of their week."""
    out: list[tuple[dt.date, list[tuple[dt.date, list[Card]]]]] = []
    for day, cards in days:
        monday = week_start(day)
        if not out or out[-1][0] != monday:
            out.append((monday, []))
        out[-1][1].append((day, cards))
    return out


def _next(found: list[Entry], now: dt.date) -> Entry | None:
    """The first event that is not over by ``now`` (a timed event of today counts)."""
    for e in found:
        if e.busy and last_day(e) >= now:
            return e
    return None


VERSIONS_BACK = 20
"""At most this many versions are gathered for "since you last looked" (the newest ones):
each is a plan to read, and the changes of older versions are mostly past by then."""


@dataclass(frozen=True)
class MyChanges:
    """What changed for a dancer, by version, newest version first.

    ``since`` is the version the dancer saw last when the list covers every version published
    after it; None when it is the newest version's changes alone (never looked, or nothing
    published since they did).
    """

    newest: int
    since: int | None
    groups: list[tuple[int, list[MyChange]]]

    @property
    def every(self) -> list[MyChange]:
        """Every change, in the order shown."""
        return [c for _, found in self.groups for c in found]


def _changes(
    state: State, season: Season, version: int, person: str, since: dt.date, lang: str
) -> list[MyChange]:
    """What published ``version`` changed for ``person`` on days from ``since``."""
    log = state.workspace.changelog_of(season.id, version)
    if log is None:
        return []
    every = state.workspace.kept(
        ("my-changes", season.id, version, person, lang),
        lambda: my_changes(log.diff, season, person, lang),
    )
    return [c for c in every if c.day >= since]


def _changes_since(
    state: State,
    season: Season,
    newest: StoredPlan,
    seen: int | None,
    person: str,
    since: dt.date,
    lang: str,
) -> MyChanges:
    """What changed for ``person`` on days from ``since`` in every version after ``seen`` up
    to ``newest`` (at most :data:`VERSIONS_BACK` of them); the newest version's changes alone
    when ``seen`` is None or not older than ``newest`` (a reload shows them again)."""
    top = newest.version or 0
    if seen is None or seen >= top:
        return MyChanges(top, None, [(top, _changes(state, season, top, person, since, lang))])
    groups: list[tuple[int, list[MyChange]]] = []
    for version in range(top, max(seen, top - VERSIONS_BACK), -1):
        found = _changes(state, season, version, person, since, lang)
        if found:
            groups.append((version, found))
    return MyChanges(top, seen, groups)


def _last_seen(state: State, user: User, season_id: str) -> int | None:
    with state.db.transaction() as session:
        return SeenVersionRepository(session).last_seen(user.id, season_id)


def _record_seen(state: State, user: User, season_id: str, version: int) -> None:
    with state.db.transaction(write=True) as session:
        SeenVersionRepository(session).record(user.id, season_id, version)


Group = tuple[int, list[str]]
"""A version and the lines of its changes."""


def _fold(groups: list[Group], first: int) -> tuple[list[Group], list[Group]]:
    """The groups of the first ``first`` lines, and those of the rest (a version cut in two
    appears in both)."""
    shown: list[Group] = []
    rest: list[Group] = []
    left = first
    for version, lines in groups:
        if lines[:left]:
            shown.append((version, lines[:left]))
        if lines[left:]:
            rest.append((version, lines[left:]))
        left = max(0, left - len(lines))
    return shown, rest


def _summary(tr: PageTranslator, changes: list[MyChange]) -> str:
    """``12 changes still to come: 2 roles, 10 calls``."""
    counts = {"cast": 0, "call": 0, "stay": 0}
    for c in changes:
        counts[c.key.partition(".")[0]] += 1
    parts = [tr.t("me.count." + k, count=n) for k, n in counts.items() if n]
    head = tr.t("me.changes_count", count=len(changes))
    return tr.t("me.changes_summary", head=head, parts=", ".join(parts))


def _changes_context(tr: PageTranslator, changes: MyChanges | None) -> dict[str, Any]:
    """What the template shows of "what changed for you": its heading, the summary, the
    lines by version (the first :data:`FIRST_CHANGES`, then the rest) and how many."""
    if changes is None:
        return {"changes_count": 0}
    mine = changes.every
    groups = [
        (v, [tr.t("me.change." + c.key, **c.fields) for c in found]) for v, found in changes.groups
    ]
    told, folded = _fold(groups, FIRST_CHANGES)
    since = changes.since is not None
    return {
        "changes_heading": (
            tr.t("me.changes_since") if since else tr.t("me.changes_in", version=changes.newest)
        ),
        "changes_by_version": since,
        "changes_shown": told,
        "changes_rest": folded,
        "changes_count": len(mine),
        "changes_summary": _summary(tr, mine) if mine else "",
    }


def _page(
    request: Request,
    user: User,
    state: State,
    lang: str,
    new_url: str | None = None,
    date: dt.date | None = None,
) -> HTMLResponse:
    season = dancer_season(state, user, None)
    # What is still to come is counted from today, or from the day the dancer asked to see
    # (``?date=``); once the season is over, the page reads it from its start (like the
    # schedule below).
    day = today()
    now = date if date is not None else day if day <= season.end else season.start
    first = date or schedule_start(season, day)
    assert user.dancer is not None
    who = owner(season, Subject.DANCER, user.dancer)
    check_reader(user, who)
    stored = state.workspace.current(season.id, published_only=True)
    tr = PageTranslator(lang)
    soon: list[tuple[dt.date, list[Card]]] = []
    later: list[tuple[dt.date, list[tuple[dt.date, list[Card]]]]] = []
    coming: Entry | None = None
    changes: MyChanges | None = None
    seen: int | None = None
    if stored is not None:
        every = entries(season, stored.plan, who, lang)
        shown = within(every, first, SCHEDULE_DAYS)
        soon = _by_day(shown, first, SOON_DAYS, who.timezone, lang)
        rest = first + dt.timedelta(days=SOON_DAYS)
        later = _by_week(_by_day(shown, rest, SCHEDULE_DAYS - SOON_DAYS, who.timezone, lang))
        coming = _next(every, now)
        if any(e is coming for _, cards in soon for e, _ in cards):
            coming = None  # the list below starts with it
        if stored.version is not None:
            seen = _last_seen(state, user, season.id)
            changes = _changes_since(state, season, stored, seen, who.id, now, lang)
    page = render(
        request,
        "me.html.j2",
        lang=lang,
        user=user,
        who=who,
        season=season,
        stored=stored,
        now=now,
        coming=coming,
        coming_when=when_text(coming, lang) if coming is not None else "",
        soon=soon,
        later=later,
        **_changes_context(tr, changes),
        feed_active=has_feed(state.db, user),
        new_url=new_url,
        first=first,
        step=dt.timedelta(days=SCHEDULE_DAYS),
        min_password=MIN_PASSWORD,
    )
    # Recorded once the page is made (a failure above records nothing), and only when it
    # moves: a reload of a page already seen writes nothing.
    if changes is not None and (seen is None or seen < changes.newest):
        _record_seen(state, user, season.id, changes.newest)
    return page


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
    error, code, busy = change_refused(
        new,
        confirm,
        lambda: change_password(
            state.db,
            state.throttle,
            state.sessions,
            user,
            current,
            new,
            address=client_address(request),
            keep_session=session_key_of(request),
        ),
        wrong="password.wrong",
    )
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
