"""Seats and revenue by price tier: the revenue curve of a venue, and its expectation.

Which seats sell first? Both behaviours are real: price-sensitive buyers take the cheap seats
first, and loyal subscribers book the best seats early. The model blends the two with
``cheap_first`` (w)::

    revenue(sold) = w * cheapest_first(sold) + (1 - w) * sold * average_price

``cheapest_first`` fills the tiers in ascending price; the second term fills every tier in
proportion. Both are piecewise linear in the seats sold, so the blend is one piecewise-linear
curve ``(xp, fp)``: its breakpoints are the cumulative seats of the tiers sorted by price. With
w > 0 the curve is convex: the last seats to sell are the dear ones, which is why a sold-out
holiday week earns more than its attendance alone suggests.

For a lognormal demand ``X`` the expected revenue ``E[revenue(min(X, sellable))]`` has a closed
form (:func:`expected_curve_revenue`), used for the expectations the exchange solver needs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]

_erf = np.frompyfunc(math.erf, 1, 1)


@dataclass(frozen=True)
class RevenueCurve:
    """Revenue (house currency) as a piecewise-linear function of seats sold.

    ``xp`` starts at 0 and ends at the sellable seats; ``fp[i]`` is the revenue of ``xp[i]``
    seats sold.
    """

    xp: FloatArray
    fp: FloatArray
    tiers: tuple[tuple[float, float], ...] = ()
    cheap_first: float = 0.0

    @property
    def sellable(self) -> float:
        """Seats that have a price (at most the venue's capacity)."""
        return float(self.xp[-1])

    def __call__(self, sold: FloatArray) -> FloatArray:
        """Revenue of ``sold`` seats (any shape); seats beyond ``sellable`` earn nothing."""
        return np.interp(sold, self.xp, self.fp)


def revenue_curve(
    tiers: list[tuple[int, float]], capacity: int, cheap_first: float
) -> RevenueCurve:
    """The curve of a venue from its ``(seats, price)`` tiers, prices in the house currency.

    Seats beyond ``capacity`` (a tier list that over-counts) are cut from the dearest tiers.

    Parameters
    ----------
    tiers
        ``(seats, price)`` of each price tier.
    capacity
        The venue's seats.
    cheap_first
        The share of buyers who take the cheapest seat left.
    """
    ordered = sorted((price, seats) for seats, price in tiers if seats > 0)
    xp, cheap = [0.0], [0.0]
    kept: list[tuple[float, float]] = []
    for price, seats in ordered:
        room = capacity - xp[-1]
        take = min(float(seats), room)
        if take <= 0:
            break
        xp.append(xp[-1] + take)
        cheap.append(cheap[-1] + take * price)
        kept.append((take, price))
    x = np.array(xp)
    if x[-1] <= 0:
        return RevenueCurve(np.array([0.0, 1.0]), np.array([0.0, 0.0]))
    average = cheap[-1] / x[-1]
    fp = cheap_first * np.array(cheap) + (1.0 - cheap_first) * average * x
    return RevenueCurve(x, fp, tuple(kept), cheap_first)


def expected_min(mean: FloatArray, sigma: float, cap: FloatArray) -> FloatArray:
    """``E[min(X, cap)]`` for lognormal ``X`` with the given mean and log-sd ``sigma``.

    ``E[min(X,c)] = m * Phi((ln c - mu - s^2) / s) + c * (1 - Phi((ln c - mu) / s))`` with
    ``mu = ln m - s^2 / 2``.

    Parameters
    ----------
    mean
        The mean of ``X``, per show.
    sigma
        Its log-sd.
    cap
        The cap, per show.
    """
    mean = np.asarray(mean, dtype=float)
    cap = np.asarray(cap, dtype=float)
    if sigma <= 0:
        return np.minimum(mean, cap)
    safe_cap = np.maximum(cap, 1e-12)
    safe_mean = np.maximum(mean, 1e-12)
    mu = np.log(safe_mean) - sigma**2 / 2
    z_hi = (np.log(safe_cap) - mu - sigma**2) / sigma
    z_cap = (np.log(safe_cap) - mu) / sigma
    below = safe_mean * _phi(z_hi)
    above = safe_cap * (1.0 - _phi(z_cap))
    return np.where((cap <= 0) | (mean <= 0), 0.0, below + above)


def _phi(z: FloatArray) -> FloatArray:
    """Standard normal CDF, elementwise."""
    return 0.5 * (1.0 + np.asarray(_erf(np.asarray(z) / math.sqrt(2.0)), dtype=float))


def expected_curve_revenue(curve: RevenueCurve, mean: FloatArray, sigma: float) -> FloatArray:
    """``E[curve(min(X, sellable))]`` for lognormal demand ``X`` (mean ``mean`` seats).

    The curve is a sum of segments; segment k earns its slope times the seats sold inside it,
    ``E[min(X, x_k)] - E[min(X, x_{k-1})]``.

    Parameters
    ----------
    curve
        The venue's revenue by seats sold.
    mean
        Mean demand of each show, in seats.
    sigma
        The log-sd of demand.
    """
    mean = np.atleast_1d(np.asarray(mean, dtype=float))
    total = np.zeros_like(mean)
    prev = np.zeros_like(mean)
    for k in range(1, len(curve.xp)):
        width = curve.xp[k] - curve.xp[k - 1]
        here = expected_min(mean, sigma, np.full_like(mean, curve.xp[k]))
        if width > 0:
            total += (curve.fp[k] - curve.fp[k - 1]) / width * (here - prev)
        prev = here
    return total


def expected_seats(curve: RevenueCurve, mean: FloatArray, sigma: float) -> FloatArray:
    """Expected seats sold, ``E[min(X, sellable)]``.

    Parameters
    ----------
    curve
        Gives the seats with a price.
    mean
        The shows' mean demand.
    sigma
        Log-sd of each show's demand.
    """
    mean = np.atleast_1d(np.asarray(mean, dtype=float))
    return expected_min(mean, sigma, np.full_like(mean, curve.sellable))
