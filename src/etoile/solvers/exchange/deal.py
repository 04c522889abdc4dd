"""The deal: the release fee that leaves both houses of a set of terms better off, and its range.

Given each house's gain from the exchange (the full model: the plan with the exchange against
the best plan without it), a transfer ``x`` paid by ``a`` to ``b`` leaves ``a`` with
``gain_a - x`` and ``b`` with ``gain_b + x``. Both are at least even for ``x`` in
``[-gain_b, gain_a]``, intersected with what the terms allow (forbidden: 0; fixed; capped).
The even split ``(gain_a - gain_b) / 2`` gives both the same gain; it is the proposed fee
(clipped into the range). The range is reported in the payer-to-payee direction: from the
least the payee accepts to the most the payer can pay.
"""

from __future__ import annotations

from dataclasses import dataclass

from etoile.domain import Season, Transfer


@dataclass(frozen=True)
class Settlement:
    """The transfers and each house's gain after them (house currency)."""

    transfers: list[Transfer]
    after: dict[str, float]
    acceptable: bool
    """Every house is at least even after the transfers, within the terms."""


def _bounds(season: Season, terms_id: str, currency: str) -> tuple[float, float]:
    terms = next(t for t in season.exchanges if t.id == terms_id)
    policy = terms.transfer
    if not policy.allowed:
        return 0.0, 0.0
    if policy.fixed is not None:
        fixed = float(policy.fixed.amount) * season.rate(policy.fixed.currency, currency)
        return fixed, fixed
    if policy.cap is not None:
        cap = float(policy.cap.amount) * season.rate(policy.cap.currency, currency)
        return -cap, cap
    return float("-inf"), float("inf")


def settle(season: Season, gains: dict[str, float], currency: str) -> Settlement:
    """The fee of every set of terms between houses in ``gains`` (house currency).

    Terms are settled one after the other, each on the houses' gains after the transfers
    before it (with two houses: one transfer, the even split).

    Parameters
    ----------
    season
        The season, for its exchange terms (settled in their order), their transfer policies and the
        exchange rates.
    gains
        House id -> its gain from the exchange before any transfer, in its own currency.
    currency
        The currency the fees are worked out in (the exchange problem's).

    Returns
    -------
    Settlement
        One transfer per terms whose two houses are in ``gains``, each in its payer's currency;
        ``acceptable`` is False when the terms leave a house below even.
    """
    after = dict(gains)
    transfers: list[Transfer] = []
    acceptable = True
    for terms in season.exchanges:
        a, b = terms.companies
        if a not in after or b not in after:
            continue
        rate_a = season.rate(season.company[a].currency, currency)
        rate_b = season.rate(season.company[b].currency, currency)
        ga, gb = after[a] * rate_a, after[b] * rate_b
        lo, hi = _bounds(season, terms.id, currency)
        low, high = max(-gb, lo), min(ga, hi)
        if low > high + 1e-6:
            acceptable = False
            x = min(max((ga - gb) / 2, lo), hi)
        else:
            x = min(max((ga - gb) / 2, low), high)
        after[a] -= x / rate_a
        after[b] += x / rate_b
        even = (ga - gb) / 2
        payer, payee, rate = (a, b, rate_a) if x >= 0 else (b, a, rate_b)
        sign = 1.0 if x >= 0 else -1.0
        # In the payer-to-payee direction, in the payer's currency.
        rng = sorted((sign * low, sign * high))
        transfers.append(
            Transfer(
                terms=terms.id,
                payer=payer,
                payee=payee,
                currency=season.company[payer].currency,
                amount=abs(x) / rate,
                low=max(0.0, rng[0]) / rate,
                high=max(0.0, rng[1]) / rate,
                even=sign * even / rate,
            )
        )
    if any(v < -1e-6 for v in after.values()):
        acceptable = False
    return Settlement(transfers, after, acceptable)
