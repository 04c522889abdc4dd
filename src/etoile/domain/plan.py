"""The plan: what the solvers decide, and the honest reports of how good it is.

A plan file (``plan.json``) has the top-level keys ``season``, ``exchange``, ``casting``,
``rehearsals``, ``forecast`` and ``reports``; ``docs/plan-format.md`` documents it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum

from pydantic import AwareDatetime, Field, model_validator

from etoile.domain.base import Id, Model


class SolveStatus(StrEnum):
    """What a solver can honestly say about its answer."""

    OPTIMAL = "optimal"
    FEASIBLE = "feasible"
    INFEASIBLE = "infeasible"
    TIMED_OUT = "timed_out"
    MODEL_INVALID = "model_invalid"
    UNKNOWN = "unknown"

    @property
    def has_plan(self) -> bool:
        """True when the solver returned a plan."""
        return self in (SolveStatus.OPTIMAL, SolveStatus.FEASIBLE)


class SolveReport(Model):
    """One solver run: status, objective, best proven bound, relative gap, wall seconds and
    deterministic seconds.

    ``gap`` is ``|objective - bound| / max(1, |objective|)``; it is 0 only when ``status`` is
    ``optimal``. ``terms`` breaks the objective down by soft goal. ``seconds`` is wall-clock
    time (it varies with the machine and its load); ``deterministic_seconds`` is the CP-SAT
    work the budget counts (the same for the same season, seed and workers on any machine;
    None for a solver without a deterministic clock, and in reports written before it).
    """

    solver: str = "cp-sat"
    status: SolveStatus
    objective: float | None = None
    bound: float | None = None
    gap: float | None = None
    seconds: float = Field(0.0, ge=0)
    deterministic_seconds: float | None = Field(None, ge=0)
    terms: dict[str, float] = Field(default_factory=dict)
    seed: int | None = None
    workers: int | None = None
    notes: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _honest(self) -> SolveReport:
        if self.status is SolveStatus.OPTIMAL and self.gap not in (None, 0.0):
            raise ValueError(f"an optimal report cannot have a gap of {self.gap}")
        return self

    @staticmethod
    def relative_gap(objective: float, bound: float) -> float:
        """``|objective - bound| / max(1, |objective|)``.

        Parameters
        ----------
        objective
            The value of the best plan found.
        bound
            The best bound proven on the objective.

        Returns
        -------
        float
            0.0 when the two meet; never negative.
        """
        return abs(objective - bound) / max(1.0, abs(objective))


class ExchangeMove(Model):
    """A dancer's stay as a guest: leaves home on ``depart``, back home on ``return_``.

    ``start``-``end`` is the residence at the host, after travel and rest on arrival.
    """

    dancer: Id
    home: Id
    host: Id
    terms: Id
    depart: dt.date
    start: dt.date
    end: dt.date
    return_: dt.date = Field(alias="return")
    roles: list[Id] = Field(default_factory=list)

    @model_validator(mode="after")
    def _ordered(self) -> ExchangeMove:
        if not (self.depart <= self.start <= self.end <= self.return_):
            raise ValueError("expected depart <= start <= end <= return")
        return self


class CastAssignment(Model):
    """``dancer`` dances ``role`` in ``performance``."""

    performance: Id
    role: Id
    dancer: Id


class RehearsalKind(StrEnum):
    """Kinds of rehearsal call."""

    COMPANY = "company"
    COACHING = "coaching"
    LEARNING = "learning"
    STAGE = "stage"
    DRESS = "dress"


class Rehearsal(Model):
    """A rehearsal call: a time, a room, who leads it and who is called."""

    id: Id
    company: Id
    production: Id
    kind: RehearsalKind
    start: AwareDatetime
    end: AwareDatetime
    studio: Id
    staff: list[Id] = Field(default_factory=list)
    dancers: list[Id] = Field(default_factory=list)
    roles: list[Id] = Field(default_factory=list)

    @model_validator(mode="after")
    def _ordered(self) -> Rehearsal:
        if self.end <= self.start:
            raise ValueError("a call must end after it starts")
        return self


class HouseForecast(Model):
    """One house's season forecast, in its own currency."""

    company: Id
    currency: str
    performances: int = Field(ge=0)
    expected_attendance: float = Field(ge=0)
    occupancy: float = Field(ge=0, le=1.0)
    revenue: float
    costs: float
    result: float
    p5: float
    p50: float
    p95: float
    probability_break_even: float = Field(ge=0, le=1)
    baseline_result: float | None = Field(None, description="Without the exchange.")
    baseline_probability_break_even: float | None = None
    # Added by the Forecast issue (optional, so older plan files still load).
    box_office: float | None = Field(None, description="Expected ticket revenue (in revenue).")
    income_lines: dict[str, float] = Field(
        default_factory=dict, description="Expected income by line: box_office, subsidy ..."
    )
    cost_lines: dict[str, float] = Field(
        default_factory=dict, description="Costs by line: fixed_costs, salaries, productions ..."
    )
    weekly_box_office: dict[str, float] = Field(
        default_factory=dict, description="Expected ticket revenue by ISO week (its Monday)."
    )
    production_box_office: dict[str, float] = Field(
        default_factory=dict, description="Expected ticket revenue by production id."
    )
    performance_box_office: dict[str, float] = Field(
        default_factory=dict, description="Expected ticket revenue by performance id."
    )
    performance_occupancy: dict[str, float] = Field(
        default_factory=dict, description="Expected share of seats sold by performance id."
    )


class Forecast(Model):
    """The forecast of every house, and how it was drawn."""

    draws: int = Field(ge=1)
    seed: int
    houses: list[HouseForecast] = Field(default_factory=list)
    combined: HouseForecast | None = Field(
        None,
        description="All houses together in one currency at the season's stated rates "
        "(company 'combined'); added by the Forecast issue.",
    )


class HouseDeal(Model):
    """One house's side of the exchange, in its own currency.

    ``result_without`` is the expected season result of the best plan without the exchange
    (the same casting and pricing rules, prices optimised); ``result_with`` the plan's, before
    the transfer. The gain is their difference; ``transfer`` is what the house receives
    (negative: pays).
    """

    company: Id
    currency: str
    result_without: float
    result_with: float
    gain_before_transfer: float
    transfer: float = 0.0
    gain_after_transfer: float
    estimate_gain: float = Field(
        description="The exchange solver's estimate of the gain (before the transfer)."
    )
    monte_carlo_gain: float | None = Field(
        None, description="Mean gain over the Monte Carlo draws (same draws with and without)."
    )
    probability_break_even_without: float | None = None
    probability_break_even_with: float | None = None


class Transfer(Model):
    """The release fee between two houses of one set of terms, in ``currency``.

    ``payer`` pays ``payee`` ``amount``. Any amount from ``low`` to ``high`` leaves both houses
    no worse off than without the exchange; ``even`` splits the total gain in half.
    """

    terms: Id
    payer: Id
    payee: Id
    currency: str
    amount: float = Field(ge=0)
    low: float
    high: float
    even: float


class FrontierPoint(Model):
    """One non-dominated package of stays: each house's gain before and after the transfer."""

    stays: list[str] = Field(description="'dancer id: host, start..end' of each stay.")
    gains_before: dict[Id, float] = Field(description="House -> gain, house currency.")
    gains_after: dict[Id, float] = Field(description="House -> gain after the even split.")
    total: float = Field(description="Sum of the gains in the deal's common currency.")
    chosen: bool = False


class SensitivityRow(Model):
    """What one assumption does to the exchange across its stated range."""

    name: str
    description: str
    base: float
    low: float
    high: float
    total_at_low: float = Field(description="Total gain (common currency) at the low value.")
    total_at_high: float
    total_at_base: float
    stays_at_low: int
    stays_at_high: int
    flips: bool = Field(description="True when the decision (swap or none) changes in range.")
    proven: bool = Field(
        True, description="Every solve of the row (low, base, high) was proven optimal."
    )


class BreakEvenPath(Model):
    """What one lever would have to deliver for a house to break even (house currency)."""

    company: Id
    currency: str
    lever: str = Field(description="'price', 'extra_shows', 'gala' or 'exchange'.")
    gap: float = Field(description="Expected deficit after the exchange (>= 0).")
    delivers: float = Field(description="What the lever delivers as planned or as measured.")
    needed: float = Field(description="Units of the lever needed to close the gap.")
    unit: str
    note: str


class Deal(Model):
    """The exchange as a deal both directors can sign, or why there is none."""

    verdict: str = Field(description="'swap' (both houses gain) or 'none'.")
    currency: str = Field(description="The common currency of totals and the frontier.")
    houses: list[HouseDeal] = Field(default_factory=list)
    transfers: list[Transfer] = Field(default_factory=list)
    total_gain: float = 0.0
    frontier: list[FrontierPoint] = Field(default_factory=list)
    sensitivity: list[SensitivityRow] = Field(default_factory=list)
    break_even: list[BreakEvenPath] = Field(default_factory=list)
    what_would_change_it: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class Plan(Model):
    """A season plan. Parts that have not been planned yet are empty."""

    format_version: int = 1
    season: Id
    exchange: list[ExchangeMove] = Field(default_factory=list)
    casting: list[CastAssignment] = Field(default_factory=list)
    rehearsals: list[Rehearsal] = Field(default_factory=list)
    forecast: Forecast | None = None
    prices: dict[Id, float] = Field(
        default_factory=dict,
        description="Performance id -> price multiplier of every tier (absent: 1.0, the list "
        "prices); within the house's pricing levels, plus a star premium where terms allow.",
    )
    deal: Deal | None = None
    reports: dict[str, SolveReport] = Field(
        default_factory=dict, description="One report per solver that ran: casting, exchange ..."
    )

    def recast(self, performance: str, role: str, dancers: Sequence[str]) -> Plan:
        """This plan with ``dancers`` (in order) as the whole cast of ``role`` in
        ``performance`` (none: the role left uncast); everything else as it is.

        Parameters
        ----------
        performance
            The performance's id.
        role
            The role's id.
        dancers
            The dancers' ids, in the order the cast lists them.

        Returns
        -------
        Plan
            A copy; the role's new assignments follow the plan's other ones.
        """
        kept = [a for a in self.casting if (a.performance, a.role) != (performance, role)]
        added = [CastAssignment(performance=performance, role=role, dancer=d) for d in dancers]
        return self.model_copy(update={"casting": [*kept, *added]})
