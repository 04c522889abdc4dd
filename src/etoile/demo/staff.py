"""A house's artistic staff: ballet masters, répétiteurs, teachers, pianists, conductors.

Head-counts follow ``ballet-facts.md`` 1.1-1.3 (Paris: 7 teachers for the daily class; New
York: about 9 ballet masters, 2 rehearsal pianists and 3 conductors; demo sizes are close).
Who can rehearse what:

- every production has three ballet masters and two répétiteurs (who coach the principals
  and teach the solo roles), so that its company groups, coaching and learning calls can run
  side by side;
- teachers give class and rehearse nothing;
- pianists play for every production;
- every production has a conductor, and a second one when its run is long (runs can split
  conductors by date).
"""

from __future__ import annotations

import datetime as dt
import random

from etoile.demo.houses import HouseSpec
from etoile.demo.names import NamePicker, slug
from etoile.domain import DateRange, Staff, StaffKind

_PREFIX = {
    StaffKind.BALLET_MASTER: "bm",
    StaffKind.REPETITEUR: "rep",
    StaffKind.TEACHER: "teach",
    StaffKind.PIANIST: "piano",
    StaffKind.CONDUCTOR: "cond",
}


def _spread(productions: list[str], people: int, per_production: int) -> list[list[str]]:
    """Give each production ``per_production`` different people, round robin."""
    assigned: list[list[str]] = [[] for _ in range(people)]
    turn = 0
    for production in productions:
        for _ in range(min(per_production, people)):
            assigned[turn % people].append(production)
            turn += 1
    return assigned


def staff(
    house: HouseSpec,
    productions: list[str],
    shows: dict[str, int],
    season: DateRange,
    names: NamePicker,
    rng: random.Random,
) -> list[Staff]:
    """The artistic staff of ``house`` for a season of ``productions`` (ids, in run order).

    Parameters
    ----------
    shows
        Production id -> number of performances (long runs get a second conductor).
    season
        The season's days: about a third of the staff take a week off in it.
    """
    people: list[Staff] = []
    for kind, count in house.staff:
        if kind is StaffKind.BALLET_MASTER:
            what = _spread(productions, count, 3)
        elif kind is StaffKind.REPETITEUR:
            what = _spread(productions, count, 2)
        elif kind is StaffKind.PIANIST:
            what = [list(productions) for _ in range(count)]
        elif kind is StaffKind.CONDUCTOR:
            what = [[] for _ in range(count)]
            for i, production in enumerate(productions):
                what[i % count].append(production)
                if shows.get(production, 0) > 20 and count > 1:
                    what[(i + 1) % count].append(production)
        else:
            what = [[] for _ in range(count)]
        for productions_of in what:
            name = names.pick(rng.random() < 0.5)
            unavailable = []
            if rng.random() < 0.35:
                start = season.start + dt.timedelta(days=rng.randrange(0, season.days - 7))
                unavailable.append(DateRange(start=start, end=start + dt.timedelta(days=6)))
            people.append(
                Staff(
                    id=f"{house.id}-{_PREFIX[kind]}-{slug(name)}",
                    name=name,
                    kind=kind,
                    productions=sorted(set(productions_of), key=productions.index),
                    unavailable=unavailable,
                    weekly_hours=house.staff_hours,
                )
            )
    return people
