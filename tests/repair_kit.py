"""The season of the repair tests: New York, one production with one lead role, Ann, Bea and
Cat (all knowing the lead), shows p1 (Mon 7 Dec 2026), p2 (Mon 14 Dec) and p3 (Fri 18 Dec)."""

from __future__ import annotations

from typing import Any

from casting_kit import company, dancer, role, season, show
from etoile.domain import Season

LEAD = "nyc-bal.lead"
LIGHT = {"coaching_hours_per_cast": 2, "stage_rehearsals": 0, "dress_rehearsals": 0}
"""Light production needs (2 h of coaching, no stage call): the rehearsal-load rule does not
decide for the tests."""


def three_shows(**house: Any) -> Season:
    """The season; ``house`` goes to the company (``labor=``, ``production=`` ...)."""
    dancers = [dancer(n, known=(LEAD,)) for n in ("ann", "bea", "cat")]
    shows = [
        show("p1", "2026-12-07T19:30"),
        show("p2", "2026-12-14T19:30"),
        show("p3", "2026-12-18T19:30"),
    ]
    return season(company("nyc", dancers, [role(LEAD, lead=True)], shows, **house))
