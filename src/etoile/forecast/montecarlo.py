"""Monte Carlo of the box office: vectorised over draws and shows, seeded, in fixed chunks.

Each draw picks one normal shock per run and one per show; a show's demand is
``mean * exp(sigma_run * z_run + sigma_show * z_show - sigma^2 / 2)``, capped at its sellable
seats, and earns its venue's tier curve times the period's price multiplier. Draws are made in
chunks of :data:`CHUNK` so memory stays flat (about 10 arrays of CHUNK x shows floats); the
chunk size is fixed, so the same seed and number of draws give the same numbers on any machine.

:func:`simulate_reference` is the same model written one draw and one show at a time, with
the tiers filled explicitly; the tests check that both agree on the same shocks.

:func:`simulate_income` draws the non-ticket income (subsidy, donations, sponsorship, other):
each line of each house is its amount times ``exp(s * z - s^2 / 2)`` with
``s = sqrt(log(1 + cv^2))``, a lognormal factor of mean exactly 1 and relative sd ``cv``
(``ForecastParams.<line>_sd``); lines and houses are independent. It uses its own stream,
seeded from ``(seed, INCOME_STREAM)``, so the box-office shocks of a seed are the same with or
without it, and the same seed gives the same draws.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
from numpy.typing import NDArray

from etoile.forecast.demand import DemandFrame, total_sigma
from etoile.forecast.params import ForecastParams
from etoile.forecast.tiers import FloatArray

CHUNK = 4096
INCOME_STREAM = 1
"""Second word of the income draws' seed: ``default_rng([seed, INCOME_STREAM])``."""

Shocks = NDArray[np.float32]


def shocks(
    rng: np.random.Generator, frame: DemandFrame, draws: int
) -> Iterator[tuple[Shocks, Shocks]]:
    """Standard normal (run, show) shocks, chunk by chunk: arrays (n, runs) and (n, shows).

    Single precision: the shocks feed a demand whose spread is a few percent, and float32
    halves the time of drawing and exponentiating (revenue is summed in double precision).

    Parameters
    ----------
    rng
        The generator drawn from.
    frame
        Gives the number of runs and shows.
    draws
        Draws in all; chunks of at most :data:`CHUNK`.
    """
    done = 0
    while done < draws:
        n = min(CHUNK, draws - done)
        z_run = rng.standard_normal((n, frame.n_runs), dtype=np.float32)
        z_show = rng.standard_normal((n, len(frame.perf_ids)), dtype=np.float32)
        yield z_run, z_show
        done += n


class _Prepared:
    """Arrays permuted so that each house, and each venue curve inside it, is contiguous."""

    def __init__(self, frame: DemandFrame, params: ForecastParams, mean: FloatArray) -> None:
        self.order = np.lexsort((frame.curve_index, frame.house))
        sigma = total_sigma(params)
        log_mean = np.log(np.maximum(mean[self.order], 1e-12)) - sigma**2 / 2
        self.log_mean = log_mean.astype(np.float32)
        self.run = frame.run[self.order]
        self.price = frame.price[self.order]
        house, curve = frame.house[self.order], frame.curve_index[self.order]
        self.sellable = np.array([frame.curves[c].sellable for c in curve], dtype=np.float32)
        self.groups = _runs_of(np.stack([house, curve], axis=1))
        self.houses = [(h, _span(house == h)) for h in range(len(frame.houses))]
        self.curves = frame.curves
        self.sigma_run = np.float32(params.sigma_run)
        self.sigma_show = np.float32(params.sigma_show)

    def revenue(self, z_run: Shocks, z_show: Shocks) -> FloatArray:
        """Box office of each show (columns permuted by ``order``) for one chunk of shocks."""
        log_x = z_show[:, self.order] * self.sigma_show
        log_x += self.log_mean
        log_x += self.sigma_run * z_run[:, self.run]
        sold = np.minimum(np.exp(log_x, out=log_x), self.sellable, out=log_x)
        out = np.empty(sold.shape)
        for (_, curve), cols in self.groups:
            out[:, cols] = np.interp(sold[:, cols], self.curves[curve].xp, self.curves[curve].fp)
        out *= self.price
        return out

    def box_office(self, z_run: Shocks, z_show: Shocks) -> FloatArray:
        """Box office of each house for one chunk of shocks: (n, houses)."""
        revenue = self.revenue(z_run, z_show)
        out = np.zeros((len(revenue), len(self.houses)))
        for h, cols in self.houses:
            out[:, h] = revenue[:, cols].sum(axis=1)
        return out


def _span(mask: np.ndarray) -> slice:
    """The slice of the True entries of a mask whose True entries are contiguous."""
    idx = np.flatnonzero(mask)
    return slice(int(idx[0]), int(idx[-1]) + 1) if len(idx) else slice(0, 0)


def _runs_of(keys: np.ndarray) -> list[tuple[tuple[int, int], slice]]:
    """Contiguous blocks of equal rows of ``keys``: ((house, curve), columns)."""
    blocks, start = [], 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or (keys[i] != keys[start]).any():
            blocks.append(((int(keys[start, 0]), int(keys[start, 1])), slice(start, i)))
            start = i
    return blocks


def simulate(
    frame: DemandFrame,
    params: ForecastParams,
    draws: int,
    seed: int,
    mean: FloatArray | None = None,
    progress: Callable[[int], None] | None = None,
) -> FloatArray:
    """Box office of each house in each draw: an array (draws, houses), house currency.

    ``mean`` overrides the frame's mean demand in seats (e.g. a baseline cast); the shocks
    depend only on the seed, so two calls with the same seed share them (common random
    numbers: the difference between two plans is measured without noise from the draws).
    ``progress`` is called with the number of draws done after each chunk.

    Parameters
    ----------
    frame
        The shows' demand and prices.
    params
        The shocks' spreads.
    draws
        How many seasons to draw.
    seed
        The seed of ``numpy.random.default_rng``.
    mean, progress
        As above.
    """
    prepared = _Prepared(frame, params, frame.mean_seats if mean is None else mean)
    rng = np.random.default_rng(seed)
    out = np.empty((draws, len(frame.houses)))
    row = 0
    for z_run, z_show in shocks(rng, frame, draws):
        n = len(z_run)
        out[row : row + n] = prepared.box_office(z_run, z_show)
        row += n
        if progress:
            progress(n)
    return out


def simulate_reference(
    frame: DemandFrame, params: ForecastParams, z_run: Shocks, z_show: Shocks
) -> FloatArray:
    """The slow, obvious version of one chunk: shows one by one, tiers filled one by one.

    It reads the venue's tiers, not the interpolation table: the cheap-first share fills the
    tiers from the cheapest, the rest earns the average price. Returns the box office of each
    house in each draw, (n, houses). For tests only.

    Parameters
    ----------
    frame
        As for :func:`simulate`.
    params
        Gives ``sigma_run`` and ``sigma_show``.
    z_run, z_show
        One chunk of shocks (:func:`shocks`).
    """
    sigma2 = params.sigma_run**2 + params.sigma_show**2
    out = np.zeros((len(z_run), len(frame.houses)))
    for d in range(len(z_run)):
        for i in range(len(frame.perf_ids)):
            curve = frame.curves[frame.curve_index[i]]
            shock = params.sigma_run * float(z_run[d, frame.run[i]]) + params.sigma_show * float(
                z_show[d, i]
            )
            demand = frame.mean_seats[i] * float(np.exp(shock - sigma2 / 2))
            sold = min(demand, sum(seats for seats, _ in curve.tiers))
            left, cheapest_first = sold, 0.0
            for seats, price in curve.tiers:  # ascending price
                take = min(left, seats)
                cheapest_first += take * price
                left -= take
            average = sum(s * p for s, p in curve.tiers) / sum(s for s, _ in curve.tiers)
            w = curve.cheap_first
            earned = w * cheapest_first + (1 - w) * sold * average
            out[d, frame.house[i]] += earned * frame.price[i]
    return out


def simulate_income(
    income: list[dict[str, float]], params: ForecastParams, draws: int, seed: int
) -> FloatArray:
    """Non-ticket income of each house in each draw: an array (draws, houses).

    ``income`` holds each house's expected lines (``HouseLedger.income``). Every line is
    drawn around its amount with the relative sd ``params.income_sd(line)``, mean-preserving
    (a lognormal factor of mean 1), so the expected income is the stated one.

    Parameters
    ----------
    income
        By house, its expected income lines.
    params
        Each line's relative spread.
    draws
        Number of draws.
    seed
        With :data:`INCOME_STREAM`, the seed of the draws (apart from the box office's).
    """
    lines = sorted({line for house in income for line in house})
    amounts = np.array([[house.get(line, 0.0) for line in lines] for house in income])
    cv = np.array([params.income_sd(line) for line in lines])
    s = np.sqrt(np.log1p(cv**2))
    rng = np.random.default_rng([seed, INCOME_STREAM])
    z = rng.standard_normal((draws, len(income), len(lines)))
    factors = np.exp(s * z - s**2 / 2)
    return np.asarray((factors * amounts).sum(axis=2))
