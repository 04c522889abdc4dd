"""Each demo house's pricing policy: how far a performance's prices may move from the list.

- Paris: ±10% in steps of 5%. The Palais Garnier already varies some performances by ±10%
  (ballet-facts 2 [V 31]).
- New York and London: five categories, 0.8 to 1.2 of the list prices, in the manner of the
  Metropolitan Opera's A-E performance categories (exchange-economics.md: a weak source, so
  the span is ``[I]``, range ±10% to ±30%).
- Copenhagen: ±10%, as Paris (``[I]``).

The elasticity is the published default (-1.16, Finnish National Opera) for every house; the
sensitivity analysis moves it across -1.5 to -0.5.
"""

from __future__ import annotations

from etoile.domain import PricingPolicy

_STEPS_10 = [0.9, 0.95, 1.0, 1.05, 1.1]
_CATEGORIES = [0.8, 0.9, 1.0, 1.1, 1.2]

LEVELS = {"par": _STEPS_10, "nyc": _CATEGORIES, "lon": _CATEGORIES, "cph": _STEPS_10}


def pricing_policy(house_id: str) -> PricingPolicy:
    """The demo policy of ``house_id`` (list prices only for a house not named above)."""
    return PricingPolicy(levels=LEVELS.get(house_id, [1.0]))
