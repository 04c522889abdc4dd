"""The exchange use case, shared by ``etoile plan``, ``etoile exchange`` and the sensitivity.

:func:`decide` compiles the candidate stays, values them against the plan without the
exchange (one baseline: its real casting, best prices) and solves for the package with the
most total gain that a transfer can share so that every house gains; :func:`frontier_points`
draws the packages no other beats for both houses. Putting the chosen exchange into the
plan's casting is :mod:`etoile.services.exchange_recast`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from etoile.domain import (
    CastAssignment,
    ExchangeMove,
    FrontierPoint,
    Plan,
    Season,
)
from etoile.forecast import ForecastParams
from etoile.problems.exchange import ExchangeProblem, compile_exchange
from etoile.problems.exchange_data import Candidate
from etoile.solvers.exchange import ExchangeParams, ExchangeResult, solve_exchange
from etoile.solvers.exchange.explain import stay_effect
from etoile.solvers.exchange.frontier import frontier
from etoile.solvers.exchange.objective import gain_bound
from etoile.solvers.exchange.transfers import TransferRule, transfer_rules
from etoile.solvers.exchange.values import value_exchange


@dataclass
class ExchangeDecision:
    """The valued problem, the solver's answer and the transfers the terms allow."""

    problem: ExchangeProblem
    result: ExchangeResult
    rules: list[TransferRule]

    def _chosen(self, stays: list[int] | None) -> list[Candidate]:
        """The chosen stays (of ``stays`` when given) as ``problem`` has them now (with its
        adjustments, when the answer came from another copy of the problem)."""
        return [
            self.problem.candidates[c.index]
            for c in self.result.chosen
            if stays is None or c.index in set(stays)
        ]

    def moves(self, stays: list[int] | None = None) -> list[ExchangeMove]:
        """The chosen stays (or those of ``stays``), each with the roles its guest dances.

        Parameters
        ----------
        stays
            Indices of candidate stays, chosen or not; None for the chosen ones.
        """
        return [
            c.move(sorted({o.role for o in self.result.danced.get(c.index, [])}))
            for c in self._chosen(stays)
        ]

    def guest_leads(self, stays: list[int] | None = None) -> list[CastAssignment]:
        """The leads the guests dance (of ``stays`` when given), in show and role order.

        Parameters
        ----------
        stays
            Stays to look at instead of the chosen ones.
        """
        return sorted(
            (
                CastAssignment(performance=o.performance, role=o.role, dancer=c.dancer)
                for c in self._chosen(stays)
                for o in self.result.danced.get(c.index, [])
            ),
            key=lambda a: (a.performance, a.role, a.dancer),
        )

    def effects(self) -> dict[int, float]:
        """Chosen stay -> its effect on every house together (common currency)."""
        p = self.problem
        return {
            c.index: sum(
                v * p.rates[h]
                for h, v in stay_effect(p, c, self.result.danced.get(c.index, [])).items()
            )
            for c in self.result.chosen
        }

    def estimate(self, stays: list[int] | None = None) -> dict[str, float]:
        """House -> the solver's gain (of ``stays`` when given), in the house's own currency.

        Parameters
        ----------
        stays
            The stays counted (None: the solver's choice).
        """
        total = dict.fromkeys(self.problem.houses, 0.0)
        for c in self._chosen(stays):
            for h, v in stay_effect(self.problem, c, self.result.danced.get(c.index, [])).items():
                total[h] += v
        return total


def decide(
    season: Season,
    base: Plan | None,
    forecast: ForecastParams,
    params: ExchangeParams,
    hint: ExchangeResult | None = None,
    left_out: frozenset[str] = frozenset(),
    compiled: ExchangeProblem | None = None,
) -> ExchangeDecision:
    """Compile, value against ``base`` (the plan without the exchange) and solve (``hint``: an
    answer to a close problem to start from; ``left_out``: dancers who may not travel;
    ``compiled``: the season's candidate stays when they are known, copied before valuing).

    Parameters
    ----------
    season
        The season whose exchange is decided.
    base
        The plan without the exchange (None: the season's expected cast).
    forecast
        The demand model that values each stay.
    params
        The exchange solver's settings.
    hint, left_out, compiled
        As above.
    """
    fresh = copy_problem(compiled) if compiled is not None else compile_exchange(season)
    problem = value_exchange(season, fresh, forecast, base)
    return resolve(season, problem, params, hint, left_out)


def copy_problem(problem: ExchangeProblem) -> ExchangeProblem:
    """A copy of ``problem`` that valuing (:func:`etoile.solvers.exchange.values.value_exchange`
    and ``value_costs``) may change without changing ``problem``: they replace its stays and
    leads (frozen) in their lists, and change nothing else."""
    return replace(problem, candidates=list(problem.candidates), options=list(problem.options))


def unvalued(problem: ExchangeProblem) -> ExchangeProblem:
    """``problem``'s stays and leads without the full model's adjustments
    (:func:`adjusted`): what valuing needs, since it sets every other value again."""
    if not any(c.adjustment for c in problem.candidates):
        return problem
    return replace(problem, candidates=[replace(c, adjustment=()) for c in problem.candidates])


def adjusted(problem: ExchangeProblem, measured: dict[int, dict[str, float]]) -> ExchangeProblem:
    """A copy of ``problem`` whose stays carry the adjustments ``measured`` (stay index ->
    house -> amount; :func:`etoile.solvers.exchange.values.measure`)."""
    candidates = [
        replace(c, adjustment=tuple(sorted(measured[c.index].items())))
        if c.index in measured
        else c
        for c in problem.candidates
    ]
    return replace(problem, candidates=candidates)


def resolve(
    season: Season,
    problem: ExchangeProblem,
    params: ExchangeParams,
    hint: ExchangeResult | None = None,
    left_out: frozenset[str] = frozenset(),
) -> ExchangeDecision:
    """Solve an already valued ``problem`` again (after adjustments, or with ``left_out``).

    Parameters
    ----------
    season
        For the terms' transfer rules.
    problem
        The valued problem.
    params
        How to solve it.
    hint, left_out
        As for :func:`decide`.
    """
    rules = transfer_rules(season, problem, gain_bound(problem))
    return ExchangeDecision(problem, solve_exchange(problem, params, rules, hint, left_out), rules)


def package_key(decision: ExchangeDecision) -> tuple[tuple[str, str, str], ...]:
    """The chosen stays and the leads their guests dance, as a comparable key."""
    return tuple(
        sorted((c.dancer, c.start.isoformat(), c.end.isoformat()) for c in decision.result.chosen)
    ) + tuple(
        sorted(
            (c.dancer, o.performance, o.role)
            for c in decision.result.chosen
            for o in decision.result.danced.get(c.index, [])
        )
    )


def frontier_points(
    season: Season,
    decision: ExchangeDecision,
    params: ExchangeParams,
    chosen: set[str],
    left_out: frozenset[str] = frozenset(),
) -> list[FrontierPoint]:
    """The frontier of every pair of houses with terms, in each house's currency; a point is
    ``chosen`` when its stays (``dancer@start``) are ``chosen``. After the transfer, a point
    with a positive total is shown at the even split, where the terms allow a transfer.
    ``left_out``: dancers who may not travel, as in ``decision``.

    Parameters
    ----------
    season
        Its exchange terms and houses.
    decision
        The decision whose problem each pair's frontier is solved on.
    params
        The solver's settings for each point.
    chosen, left_out
        As above.
    """
    problem = decision.problem
    points: list[FrontierPoint] = []
    for terms in season.exchanges:
        a, b = terms.companies
        if a not in problem.houses or b not in problem.houses:
            continue
        rate = {h: problem.rates[h] for h in (a, b)}
        for package in frontier(problem, (a, b), terms.id, params, left_out=left_out):
            before = {h: package.gains[h] / rate[h] for h in (a, b)}
            total = package.gains[a] + package.gains[b]
            even = total / 2 if total > 0 and terms.transfer.allowed else None
            after = {h: (even / rate[h] if even is not None else before[h]) for h in (a, b)}
            stays = sorted(
                f"{c.dancer}: {c.host}, {c.start.isoformat()}..{c.end.isoformat()}"
                for c in package.chosen
            )
            ids = {f"{c.dancer}@{c.start.isoformat()}" for c in package.chosen}
            points.append(
                FrontierPoint(
                    stays=stays,
                    gains_before=before,
                    gains_after=after,
                    total=total,
                    chosen=bool(ids) and ids == chosen,
                )
            )
    return points
