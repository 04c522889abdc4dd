"""The exchange: which dancers move to the other house, when, and for which leads (CP-SAT).

Public API: :func:`solve_exchange`, :class:`ExchangeParams`, :class:`ExchangeResult`,
:func:`explain_exchange`. ``docs/exchange.md`` documents the model and its decomposition.
"""

from __future__ import annotations

from etoile.solvers.exchange.explain import explain_exchange
from etoile.solvers.exchange.model import ExchangeParams, ExchangeResult, solve_exchange

__all__ = ["ExchangeParams", "ExchangeResult", "explain_exchange", "solve_exchange"]
