"""Injuries and leave: a few absences in each house, never enough to make a role uncastable.

About 3% of a house's dancers are injured for 1-6 weeks at some point of the season (ankle
sprains, calf strains, stress fractures: the usual ballet injuries), and a large house has one
dancer on parental leave for 2-3 months. Stars are spared, so that the exchange has its cast.
"""

from __future__ import annotations

import datetime as dt
import random

from etoile.demo.houses import HouseSpec
from etoile.demo.people import Draft
from etoile.demo.repertoire import Staged
from etoile.domain import Absence, AbsenceReason, DateRange, Role

_INJURIES = (
    "ankle sprain",
    "calf strain",
    "metatarsal stress fracture",
    "hip flexor tendinopathy",
    "knee (patellar tendinopathy)",
    "lower back strain",
)


def absences(
    house: HouseSpec,
    staged: list[Staged],
    drafts: list[Draft],
    season: DateRange,
    rng: random.Random,
) -> None:
    """A few injuries (1-6 weeks) and, in a large house, one long leave; never a star, and
    never so many at once that a role has fewer free dancers than it needs.

    Parameters
    ----------
    house
        The house, for its size (a leave from 150 dancers up; 3% of them injured, at least two).
    staged
        Its productions, whose roles must stay castable.
    drafts
        The house's dancers; an absence is appended to the ``absences`` of a dancer who has none
        yet.
    season
        The days an absence may start in (up to two weeks before the end); it ends by the last.
    rng
        The house's generator; each wanted absence makes at most 20 tries.
    """
    roles = [r for s in staged for r in s.production.roles]
    wanted = [(AbsenceReason.INJURY, 7, 42)] * max(2, round(house.size * 0.03))
    if house.size >= 150:
        wanted.append((AbsenceReason.LEAVE, 56, 84))
    candidates = [d for d in drafts if not d.star]
    for reason, shortest, longest in wanted:
        for _ in range(20):
            d = rng.choice(candidates)
            days = rng.randint(shortest, longest)
            start = season.start + dt.timedelta(days=rng.randrange(0, season.days - 14))
            end = min(season.end, start + dt.timedelta(days=days - 1))
            note = rng.choice(_INJURIES) if reason is AbsenceReason.INJURY else "parental leave"
            absence = Absence(start=start, end=end, reason=reason, note=note)
            if not d.absences and _still_castable(roles, drafts, d, absence):
                d.absences.append(absence)
                break


def _still_castable(roles: list[Role], drafts: list[Draft], d: Draft, new: Absence) -> bool:
    for role in roles:
        if not d.fits(role):
            continue
        pool = [x for x in drafts if x.fits(role)]
        away = 1 + sum(1 for x in pool if any(a.overlaps(new) for a in x.absences))
        if len(pool) - away < role.count:
            return False
    return True
