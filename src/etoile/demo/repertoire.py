"""A house's production of a classic: ids, names in the house's language, cost, rehearsal.

Role ids are ``<production>.<role>`` (``nyc-swan-lake.odette``) and ``ballet_role`` is
``<ballet>.<role>`` (``swan-lake.odette``) in every house, so that a star who knows Odette in
New York needs only the role's ``relearn_hours`` to dance it in Paris.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from etoile.demo.ballets import Ballet, Kind, RoleTemplate
from etoile.demo.houses import HouseSpec
from etoile.domain import Money, Production, RehearsalNeeds, Role, Tier

_TIERS = {"P": Tier.PRINCIPAL, "S": Tier.SOLOIST, "C": Tier.CORPS}

# Hours to learn a role from scratch, and when danced in another production of the same
# ballet (ballet-facts.md 7: a role debut 40-75 h, the same role in a different production
# 25-40 h; a corps part takes a few calls).
_HOURS = {
    Kind.LEAD: (60.0, 30.0),
    Kind.SOLO: (20.0, 8.0),
    Kind.CHARACTER: (10.0, 4.0),
    Kind.CORPS: (12.0, 5.0),
}

AFTER = {
    "swan-lake": "after Petipa and Ivanov",
    "giselle": "after Coralli and Perrot",
    "nutcracker": "after Ivanov",
    "la-bayadere": "after Petipa",
    "don-quixote": "after Petipa",
    "coppelia": "after Saint-Léon",
    "sleeping-beauty": "after Petipa",
    "la-sylphide": "after Taglioni",
}


@dataclass(frozen=True)
class Staged:
    """A production with what the roster generator needs to know about its roles."""

    production: Production
    kinds: dict[str, Kind]


def production_id(house: HouseSpec, ballet: Ballet) -> str:
    """``nyc-swan-lake``."""
    return f"{house.id}-{ballet.key}"


def _role(house: HouseSpec, pid: str, ballet: Ballet, t: RoleTemplate) -> Role:
    learn, relearn = _HOURS[t.kind]
    if t.kind is Kind.SOLO and "P" in t.tiers:
        learn, relearn = 30.0, 12.0  # principal-sized solos: Myrtha, Gamzatti, Lilac Fairy
    count = t.count
    if t.kind is Kind.CORPS:
        count = max(1, int(t.count * house.corps_scale + 0.5))
    return Role(
        id=f"{pid}.{t.key}",
        name=t.fr if house.language == "fr" else t.en,
        count=count,
        tiers=[_TIERS[c] for c in t.tiers],
        tags=["woman" if t.woman else "man"],
        lead=t.kind is Kind.LEAD,
        partner=f"{pid}.{t.partner}" if t.partner else None,
        ballet_role=f"{ballet.key}.{t.key}",
        learn_hours=learn,
        relearn_hours=relearn,
    )


def stage(
    house: HouseSpec,
    ballet: Ballet,
    shows: int,
    rng: random.Random,
    lead_weeks: int | None = None,
) -> Staged:
    """The house's production of ``ballet`` for a run of ``shows`` performances, rehearsed
    ``lead_weeks`` before its shows (None: the house's whole rehearsal period).

    The production's budget is drawn in the ballet's cost class (EUR 0.15-1M, converted to the
    house's currency) and spread evenly over the run, so a long Nutcracker costs less per show
    than a short Sylphide.

    Parameters
    ----------
    house
        The house: its language names the production and its roles, its currency prices them.
    ballet
        The ballet to stage.
    shows
        How many performances the run has.
    rng
        Draws the production's budget.
    lead_weeks
        Weeks of calls before the run, or None.

    Returns
    -------
    Staged
        The production, and the kind of each of its roles.
    """
    pid = production_id(house, ballet)
    low, high = ballet.cost_range
    budget = rng.uniform(low, high) * house.per_euro
    per_show = round(budget / max(1, shows), -2)
    roles = [_role(house, pid, ballet, t) for t in ballet.roles]
    big = ballet.minutes >= 150
    production = Production(
        id=pid,
        title=ballet.fr if house.language == "fr" else ballet.en,
        ballet=ballet.key,
        version=AFTER[ballet.key],
        running_minutes=ballet.minutes,
        full_length=True,
        popularity=ballet.popularity,
        cost_per_performance=Money.of(per_show, house.currency),
        roles=roles,
        doubled_roles=[[f"{pid}.{a}", f"{pid}.{b}"] for a, b in ballet.doubled],
        # Reviving a ballet takes about 37.5 h, plus 0.43 h per minute of running time
        # beyond two hours (ballet-facts.md 3.4 and 5).
        rehearsal=RehearsalNeeds(
            company_hours=round(max(25.0, 37.5 + 0.43 * (ballet.minutes - 120)), 1),
            coaching_hours_per_cast=20.0 if big else 15.0,
            stage_rehearsals=2 if big else 1,
            dress_rehearsals=1,
            lead_weeks=lead_weeks,
        ),
    )
    return Staged(production, {r.id: t.kind for r, t in zip(roles, ballet.roles, strict=True)})
