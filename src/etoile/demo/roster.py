"""A house's dancers and the roles they know (built on :mod:`people` and :mod:`injuries`).

The roster is built so that every season it serves can be cast:

- for each production, a complete first cast is chosen first (every role slot filled by a
  different dancer of the right tier and gender), and its members know their roles; the
  choice is the greedy that is exact for interval-shaped tier sets (roles sorted by their most
  junior tier, each slot given the most senior free dancer the role admits);
- then more dancers learn each role, in proportion to how many shows a week its run gives and
  the house's weekly limits: a lead is known by ``ceil(peak / leads per week) + 2`` dancers
  (the 4-6 casts of a classic run), a corps part by about three quarters of the corps;
- every other role (solo, character, corps) is then known by at least
  ``max(2 * count, count + 3)`` dancers (:func:`_cover`), spread over the dancers who know the
  fewest roles of that production, so that the Cygnets, the Big swans and the pas de trois do
  not all lean on the same few women within the weekly show limit;
- the rest must be learnt: most principals do not know most leads, so learning (and a guest
  who knows the role elsewhere) matters.
"""

from __future__ import annotations

import math
import random

from etoile.demo import injuries, people
from etoile.demo.ballets import Kind
from etoile.demo.houses import HouseSpec
from etoile.demo.names import NamePicker
from etoile.demo.people import Draft
from etoile.demo.repertoire import Staged
from etoile.domain import Dancer, DateRange, Role, Tier

_LEVEL = {Tier.PRINCIPAL: 0, Tier.SOLOIST: 1, Tier.CORPS: 2}


def _preference(house: HouseSpec, kind: Kind, d: Draft, jitter: float) -> tuple[float, ...]:
    """Sort key among dancers who may dance a role: lowest first."""
    if kind is Kind.LEAD:
        first_rank = 0 if d.rank in house.lead_ranks else 1
        step = house.lead_ranks.index(d.rank) if first_rank == 0 else 0
        return (first_rank, d.load + step - (2.0 if d.star else 0.0) + 1.5 * jitter)
    if kind is Kind.SOLO:
        return ({Tier.SOLOIST: 0, Tier.PRINCIPAL: 1, Tier.CORPS: 2}[d.tier], d.load + jitter)
    if kind is Kind.CHARACTER:
        return (0, d.load + jitter)
    return (-_LEVEL[d.tier], jitter)


def _first_cast(
    house: HouseSpec, staged: Staged, drafts: list[Draft], rng: random.Random
) -> dict[str, list[Draft]]:
    """One complete cast of the production, every slot a different dancer."""
    production = staged.production
    levels = {r.id: sorted(_LEVEL[t] for t in r.tiers) for r in production.roles}
    order = sorted(production.roles, key=lambda r: (levels[r.id][-1], not r.lead))
    used: set[str] = set()
    cast: dict[str, list[Draft]] = {}
    for role in order:
        kind = staged.kinds[role.id]
        partner_ids = {p for d in cast.get(role.partner or "", []) for p in d.partners}
        pool = [d for d in drafts if d.fits(role)]
        cast[role.id] = []
        for _ in range(role.count):
            free = [d for d in pool if d.id not in used]
            if not free:
                raise ValueError(
                    f"{house.name} cannot cast {production.title}: too few dancers for {role.name}"
                )
            chosen = min(
                free,
                key=lambda d: (
                    _LEVEL[d.tier],
                    d.id not in partner_ids,
                    _preference(house, kind, d, rng.random()),
                ),
            )
            used.add(chosen.id)
            cast[role.id].append(chosen)
    return cast


def _target(house: HouseSpec, role: Role, kind: Kind, peak: int, pool: int, corps: int) -> int:
    """How many dancers should know ``role`` for a run that gives ``peak`` shows a week.

    ``pool`` is the number of dancers who may dance it, ``corps`` those of them in the corps.
    """
    labor = house.labor
    if kind is Kind.LEAD:
        return min(pool, math.ceil(peak / max(1, labor.max_leads_per_week)) + 2)
    tier = role.tiers[-1] if kind in (Kind.CORPS, Kind.CHARACTER) else role.tiers[0]
    per_dancer = max(1, min(labor.max_performances_per_week.get(tier, peak), peak))
    need = math.ceil(peak * role.count / per_dancer)
    if kind is Kind.CORPS:
        # Corps dancers know most corps parts of their house's repertoire.
        return min(pool, max(need + max(2, role.count // 3), round(0.75 * corps)))
    return min(pool, need + max(2, role.count // 2))


def _knowledge(
    house: HouseSpec, staged: Staged, peak: int, drafts: list[Draft], rng: random.Random
) -> None:
    for role_id, members in _first_cast(house, staged, drafts, rng).items():
        for d in members:
            d.learn(role_id)
    by_id = {r.id: r for r in staged.production.roles}
    for role in staged.production.roles:
        kind = staged.kinds[role.id]
        pool = [d for d in drafts if d.fits(role)]
        corps = sum(d.tier is Tier.CORPS for d in pool)
        target = _target(house, role, kind, peak, len(pool), corps)
        missing = target - sum(d.knows(role.id) for d in pool)
        if missing <= 0:
            continue
        partner = by_id.get(role.partner or "")
        # A lead's partner role goes first to the partners of those who know the lead.
        partner_ids: set[str] = set()
        if partner is not None:
            partner_ids = {p for d in drafts if d.knows(partner.id) for p in d.partners}
        candidates = sorted(
            (d for d in pool if not d.knows(role.id)),
            key=lambda d: (d.id not in partner_ids, _preference(house, kind, d, rng.random())),
        )
        for d in candidates[:missing]:
            d.learn(role.id)


def _understudies(staged: list[Staged], drafts: list[Draft], rng: random.Random) -> None:
    """A few soloists have understudied a lead: they learn it in 40% of the usual hours."""
    for s in staged:
        for role in s.production.lead_roles:
            if rng.random() < 0.5:
                continue
            cands = sorted(
                (
                    d
                    for d in drafts
                    if d.fits(role) and d.tier is Tier.SOLOIST and not d.knows(role.id)
                ),
                key=lambda d: (d.rank_index, -d.draw, d.id),
            )[:3]
            if cands:
                rng.choice(cands).learn_hours[role.id] = round(role.learn_hours * 0.4)


def cover_target(role: Role) -> int:
    """Fewest dancers who should know a non-lead role: two casts, or one and three covers."""
    return max(2 * role.count, role.count + 3)


def _cover(house: HouseSpec, staged: list[Staged], drafts: list[Draft]) -> None:
    """Every non-lead role gets :func:`cover_target` knowers (or its whole pool).

    No random draws, so the rest of the generator (injuries, consent, finances) sees the same
    random stream as before. Those who learn are the dancers who know the fewest roles of the
    production (so that its roles do not draw on the same few people), then the house's
    usual preference for the kind of role, then the lightest repertoire.
    """
    for s in staged:
        in_production = {r.id for r in s.production.roles}
        for role in s.production.roles:
            kind = s.kinds[role.id]
            if kind is Kind.LEAD:
                continue
            pool = [d for d in drafts if d.fits(role)]
            missing = min(len(pool), cover_target(role)) - sum(d.knows(role.id) for d in pool)
            if missing <= 0:
                continue
            candidates = sorted(
                (d for d in pool if not d.knows(role.id)),
                key=lambda d: (
                    sum(r in in_production for r in d.known),
                    _preference(house, kind, d, 0.0),
                    d.id,
                ),
            )
            for d in candidates[:missing]:
                d.learn(role.id)


def roster(
    house: HouseSpec,
    staged: list[Staged],
    peaks: dict[str, int],
    season: DateRange,
    names: NamePicker,
    rng: random.Random,
) -> list[Dancer]:
    """The dancers of ``house`` for a season of ``staged`` productions.

    Parameters
    ----------
    peaks
        Production id -> most shows in one ISO week (from the calendar).
    season
        The season's days, for absences.
    """
    drafts = people.drafts(house, names)
    people.draws(house, drafts, rng)
    people.partnerships(house, drafts)
    for s in staged:
        _knowledge(house, s, peaks.get(s.production.id, 1), drafts, rng)
    _understudies(staged, drafts, rng)
    injuries.absences(house, staged, drafts, season, rng)
    people.consent(house, drafts, rng)
    _cover(house, staged, drafts)
    return [d.dancer() for d in drafts]
