"""The people of a house before they learn any role: names, ranks, draw, couples, consent.

:class:`Draft` is a dancer while the roster is being built (mutable, unlike the domain's
:class:`~etoile.domain.Dancer`); :mod:`etoile.demo.roster` then gives the drafts their roles.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from etoile.demo.houses import HouseSpec
from etoile.demo.names import NamePicker, slug
from etoile.domain import Absence, Dancer, Role, Tier

STAR_DRAW = 0.7
"""Dancers whose draw is at least this are the house's stars."""
MIN_WILLING = 5
"""Fewest principals of a house who agree to dance abroad."""


@dataclass
class Draft:
    """A dancer while the roster is being built (mutable, unlike the domain's Dancer)."""

    id: str
    name: str
    rank: str
    rank_index: int
    tier: Tier
    woman: bool
    draw: float = 0.0
    known: list[str] = field(default_factory=list)
    learn_hours: dict[str, float] = field(default_factory=dict)
    partners: list[str] = field(default_factory=list)
    consent: bool = False
    absences: list[Absence] = field(default_factory=list)
    load: int = 0

    @property
    def star(self) -> bool:
        return self.draw >= STAR_DRAW

    def knows(self, role_id: str) -> bool:
        return role_id in self.known

    def learn(self, role_id: str) -> None:
        if role_id not in self.known:
            self.known.append(role_id)
            self.load += 1

    def fits(self, role: Role) -> bool:
        return self.tier in role.tiers and ("woman" if self.woman else "man") in role.tags

    def dancer(self) -> Dancer:
        return Dancer(
            id=self.id,
            name=self.name,
            rank=self.rank,
            tags=["woman" if self.woman else "man"],
            known_roles=self.known,
            learn_hours=self.learn_hours,
            partners=self.partners,
            draw=self.draw,
            exchange_consent=self.consent,
            absences=self.absences,
        )


def drafts(house: HouseSpec, names: NamePicker) -> list[Draft]:
    drafts = []
    for index, rank in enumerate(house.ranks):
        for woman, n in ((True, rank.women), (False, rank.men)):
            for _ in range(n):
                name = names.pick(woman)
                drafts.append(
                    Draft(f"{house.id}-{slug(name)}", name, rank.id, index, rank.tier, woman)
                )
    return sorted(drafts, key=lambda d: (d.rank_index, d.id))


def draws(house: HouseSpec, drafts: list[Draft], rng: random.Random) -> None:
    """Most dancers draw almost no one; principals some; a few stars 0.7-1.0.

    Parameters
    ----------
    house
        Its ``lead_ranks`` and the number of ``stars`` (half women, rounded up).
    drafts
        The dancers; each one's ``draw`` is set.
    rng
        The house's generator.
    """
    for d in drafts:
        if d.tier is Tier.PRINCIPAL:
            d.draw = round(rng.uniform(0.2, 0.55), 2)
        elif d.rank in house.lead_ranks:
            d.draw = round(rng.uniform(0.1, 0.3), 2)
        elif d.tier is Tier.SOLOIST:
            d.draw = round(rng.uniform(0.02, 0.15), 2)
        else:
            d.draw = round(rng.random() ** 3 * 0.08, 2)
    women = [d for d in drafts if d.tier is Tier.PRINCIPAL and d.woman]
    men = [d for d in drafts if d.tier is Tier.PRINCIPAL and not d.woman]
    for d in rng.sample(women, (house.stars + 1) // 2) + rng.sample(men, house.stars // 2):
        d.draw = round(rng.uniform(STAR_DRAW, 1.0), 2)


def partnerships(house: HouseSpec, drafts: list[Draft]) -> None:
    """Lead couples within each lead rank, the strongest draws together.

    Parameters
    ----------
    house, drafts
        The house (for its lead ranks) and its dancers; each couple's ``partners`` gain one
        another.
    """
    for rank in house.lead_ranks:
        by_draw = sorted((d for d in drafts if d.rank == rank), key=lambda d: (-d.draw, d.id))
        women = [d for d in by_draw if d.woman]
        men = [d for d in by_draw if not d.woman]
        for w, m in zip(women, men, strict=False):
            w.partners.append(m.id)
            m.partners.append(w.id)


def consent(house: HouseSpec, drafts: list[Draft], rng: random.Random) -> None:
    """Most stars agree to dance abroad (one does not); about a third of the other principals
    too, and never fewer than :data:`MIN_WILLING` principals in all, so that a veto and a
    refusal still leave three to send.

    Parameters
    ----------
    house
        The house, for its lead ranks: their dancers below principal consent at 15%.
    drafts
        The dancers, with their draws set (:func:`draws`); each one's ``consent`` is set.
    rng
        Draws who refuses and who consents.
    """
    stars = [d for d in drafts if d.star]
    refuses = rng.choice(stars).id if len(stars) >= 3 else ""
    for d in drafts:
        if d.star:
            d.consent = d.id != refuses
        elif d.tier is Tier.PRINCIPAL:
            d.consent = rng.random() < 0.3
        elif d.rank in house.lead_ranks:
            d.consent = rng.random() < 0.15
    others = [d for d in drafts if d.tier is Tier.PRINCIPAL and not d.star and not d.consent]
    willing = sum(d.consent for d in drafts if d.tier is Tier.PRINCIPAL)
    for d in sorted(others, key=lambda d: (-d.draw, d.id))[: max(0, MIN_WILLING - willing)]:
        d.consent = True
