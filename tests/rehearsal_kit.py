"""A tiny hand-checkable season and calendar for the rehearsal tests (validator and solver).

New York dances one ballet with a lead (Ava, who knows it) and two corps dancers (Bea knows
her role; Cal debuts, 2 h to learn it), on Thu 10 Dec 2026 at 19:30 and twice on Sat 12 Dec.
The ballet needs 3 h of company calls, 2 h of coaching per lead cast, a stage and a dress
rehearsal. The corps role is an ensemble role (two dancers), so Cal learns it in the company
calls (3 h >= 2 h): no learning call is needed. :func:`good_calls` is a calendar that keeps
every rule (its learning call for Cal is more than needed, and harmless).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from casting_kit import company, dancer, plan, role, season, show
from etoile.domain import Plan, Rehearsal, RehearsalKind, Season
from etoile.validate import rehearsal, rehearsal_labor

REHEARSAL_RULES = {
    value
    for module in (rehearsal, rehearsal_labor)
    for name, value in vars(module).items()
    if name.isupper() and isinstance(value, str) and name not in ("LEADERS",)
}
"""The stable names of every rehearsal rule."""

NY = dt.timezone(dt.timedelta(hours=-5))


def kit_season(
    labor: dict[str, Any] | None = None,
    corps: int = 2,
    cal_hours: float = 2.0,
    rehearsal: dict[str, Any] | None = None,
    **studio: Any,
) -> Season:
    """The kit season; ``labor`` overrides the house's rules, ``corps`` is the corps role's
    count (1 makes it a solo role), ``cal_hours`` Cal's hours to learn it, ``rehearsal``
    overrides the production's needs, ``studio`` the studio's fields."""
    data = company(
        "nyc",
        [
            dancer("ava", known=("nyc-bal.lead",)),
            dancer("bea", rank="corps", known=("nyc-bal.corps",)),
            dancer("cal", rank="corps", learn_hours={"nyc-bal.corps": cal_hours}),
        ],
        [
            role("nyc-bal.lead", lead=True),
            role("nyc-bal.corps", tiers=("corps",), count=corps),
        ],
        [
            show("s1", "2026-12-10T19:30"),
            show("s2", "2026-12-12T14:00"),
            show("s3", "2026-12-12T20:00"),
        ],
        labor=labor,
        production={
            "rehearsal": {
                "company_hours": 3,
                "coaching_hours_per_cast": 2,
                "stage_rehearsals": 1,
                "dress_rehearsals": 1,
                **(rehearsal or {}),
            }
        },
    )
    data["studios"][0].update(studio)
    return season(data)


def kit_plan(calls: list[Rehearsal] | None = None, corps: tuple[str, ...] = ("bea", "cal")) -> Plan:
    """The kit casting (Ava leads every show, ``corps`` in the corps role) with ``calls``."""
    cast = [
        (s, r, d)
        for s in ("s1", "s2", "s3")
        for r, d in (("nyc-bal.lead", "ava"), *(("nyc-bal.corps", c) for c in corps))
    ]
    return plan(cast).model_copy(update={"rehearsals": calls or []})


def call(
    id: str,
    kind: str,
    day: str,
    start: str,
    end: str,
    dancers: tuple[str, ...],
    roles: tuple[str, ...] = (),
    studio: str = "nyc-studio",
    staff: tuple[str, ...] = ("nyc-bm",),
) -> Rehearsal:
    """A call of the kit ballet on ``day`` (ISO) from ``start`` to ``end`` (HH:MM, New York)."""
    d = dt.date.fromisoformat(day)

    def at(hhmm: str) -> dt.datetime:
        return dt.datetime.combine(d, dt.time.fromisoformat(hhmm), NY)

    return Rehearsal(
        id=id,
        company="nyc",
        production="nyc-bal",
        kind=RehearsalKind(kind),
        start=at(start),
        end=at(end),
        studio=studio,
        staff=list(staff),
        dancers=list(dancers),
        roles=list(roles),
    )


def good_calls() -> list[Rehearsal]:
    """A calendar that keeps every rule (worked by hand in the module notes of the tests)."""
    return [
        call(
            "company", "company", "2026-12-01", "10:00", "13:00", ("bea", "cal"), ("nyc-bal.corps",)
        ),
        call("coaching", "coaching", "2026-12-01", "14:00", "16:00", ("ava",), ("nyc-bal.lead",)),
        call("learning", "learning", "2026-12-02", "10:00", "12:00", ("cal",), ("nyc-bal.corps",)),
        call(
            "stage",
            "stage",
            "2026-12-08",
            "10:00",
            "12:00",
            ("ava", "bea", "cal"),
            studio="nyc-stage",
        ),
        call(
            "dress",
            "dress",
            "2026-12-09",
            "10:00",
            "12:00",
            ("ava", "bea", "cal"),
            studio="nyc-stage",
        ),
    ]
