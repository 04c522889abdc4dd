"""Who may do what: the four roles, their rights, and the house each right is limited to.

Every page and every API endpoint asks :func:`allowed` (or :func:`require`) before it reads or
writes anything. The table is the whole policy:

========================  ========  =============  =======  ======
right                     director  ballet master  finance  dancer
========================  ========  =============  =======  ======
season (at a glance)      yes       yes            yes      -
plans (list, versions)    yes       yes            yes      -
exchange board            yes       -              -        -
casting (read, edit)      own house own house      -        -
rehearsals (calendars)    own house own house      -        -
forecast (finance)        own house -              own house -
schedules of dancers      own house own house      -        self
whole plan document       yes       -              -        -
solve, cancel, publish    yes       -              -        -
========================  ========  =============  =======  ======

"Own house" compares the user's ``company`` with the house that owns the thing (a
production, a studio, a dancer). The exchange and publication concern both houses, so a
director of either house of the season may decide them. A dancer reads their own schedule,
their feed and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """The roles of users."""

    DIRECTOR = "director"
    BALLET_MASTER = "ballet_master"
    FINANCE = "finance"
    DANCER = "dancer"


class Right(StrEnum):
    """What a request wants to do."""

    SEASON = "season"
    PLANS = "plans"
    EXCHANGE = "exchange"
    CASTING = "casting"
    EDIT_CASTING = "edit_casting"
    REHEARSALS = "rehearsals"
    FORECAST = "forecast"
    SCHEDULE = "schedule"
    DOCUMENT = "document"
    SOLVE = "solve"
    PUBLISH = "publish"


RIGHTS: dict[Role, frozenset[Right]] = {
    Role.DIRECTOR: frozenset(Right),
    Role.BALLET_MASTER: frozenset(
        {
            Right.SEASON,
            Right.PLANS,
            Right.CASTING,
            Right.EDIT_CASTING,
            Right.REHEARSALS,
            Right.SCHEDULE,
        }
    ),
    Role.FINANCE: frozenset({Right.SEASON, Right.PLANS, Right.FORECAST}),
    Role.DANCER: frozenset({Right.SCHEDULE}),
}
"""The rights of each role (limited to the user's house where the table above says so)."""

HOUSE_BOUND = frozenset(
    {Right.CASTING, Right.EDIT_CASTING, Right.REHEARSALS, Right.FORECAST, Right.SCHEDULE}
)
"""Rights that apply only to things of the user's own house."""


@dataclass(frozen=True)
class Principal:
    """A logged-in user, as the app sees them (never the password hash)."""

    id: int
    login: str
    name: str
    role: Role
    company: str
    dancer: str | None
    language: str


class Forbidden(Exception):
    """The user may not do this; ``str(error)`` says why, without revealing data."""


def allowed(
    user: Principal, right: Right, *, house: str | None = None, dancer: str | None = None
) -> bool:
    """True when ``user`` has ``right`` (on a thing of ``house``, or dancer ``dancer``).

    Parameters
    ----------
    user
        Who asks.
    right
        What they want to do.
    house
        The house that owns the thing (a production, a studio, a dancer); required for the
        house-bound rights.
    dancer
        For :attr:`Right.SCHEDULE`: whose schedule. A dancer may read only their own.
    """
    if right not in RIGHTS[user.role]:
        return False
    if user.role is Role.DANCER:
        return right is Right.SCHEDULE and dancer is not None and dancer == user.dancer
    if right in HOUSE_BOUND:
        return house is not None and house == user.company
    return True


def require(
    user: Principal, right: Right, *, house: str | None = None, dancer: str | None = None
) -> None:
    """Raise :class:`Forbidden` unless :func:`allowed`.

    Parameters
    ----------
    user, right, house, dancer
        As for :func:`allowed`.
    """
    if not allowed(user, right, house=house, dancer=dancer):
        raise Forbidden(f"a {user.role.value} of {user.company} may not use {right.value} here")
