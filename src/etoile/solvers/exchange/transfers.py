"""The release fee as a decision: one transfer per pair of houses with terms.

A transfer ``x`` of terms ``t`` between companies ``(a, b)`` is paid by ``a`` to ``b`` (``x``
may be negative: ``b`` pays). The terms may forbid it (``allowed: false``), fix it or cap it
(:class:`etoile.domain.TransferPolicy`). Amounts here are whole units of the exchange
problem's common currency.
"""

from __future__ import annotations

from dataclasses import dataclass

from etoile.domain import Season
from etoile.problems.exchange import ExchangeProblem


@dataclass(frozen=True)
class TransferRule:
    """Bounds of the transfer of ``terms``, paid by ``payer`` to ``payee`` when positive."""

    terms: str
    payer: str
    payee: str
    low: int
    high: int


def transfer_rules(season: Season, problem: ExchangeProblem, bound: int) -> list[TransferRule]:
    """One rule per terms of ``problem``'s houses; ``bound`` stands in for "no cap".

    Parameters
    ----------
    season
        The season, for its terms' transfer policies and exchange rates.
    problem
        The exchange problem, for its houses and common currency.
    bound
        The largest transfer either way when the terms set no cap
        (:func:`~etoile.solvers.exchange.objective.gain_bound`).

    Returns
    -------
    list[TransferRule]
        In the season's order of terms; amounts in whole units of the common currency.
    """
    rules = []
    for terms in season.exchanges:
        a, b = terms.companies
        if a not in problem.houses or b not in problem.houses:
            continue
        policy = terms.transfer
        if not policy.allowed:
            low = high = 0
        elif policy.fixed is not None:
            amount = float(policy.fixed.amount) * season.rate(
                policy.fixed.currency, problem.currency
            )
            low = high = round(amount)
        elif policy.cap is not None:
            cap = round(
                float(policy.cap.amount) * season.rate(policy.cap.currency, problem.currency)
            )
            low, high = -cap, cap
        else:
            low, high = -bound, bound
        rules.append(TransferRule(terms.id, a, b, low, high))
    return rules
