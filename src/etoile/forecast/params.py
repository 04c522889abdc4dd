"""The forecast's parameters: one documented object, with fitted defaults and a file loader.

Every figure says where it comes from. Three kinds of source are used:

* **fitted** -- re-derived by :mod:`etoile.forecast.calibration` from a published figure and
  checked by ``tests/forecast/test_calibration.py`` (the test re-fits and compares);
* **Broadway** -- measured on the Broadway weekly grosses excerpt in ``../shared/data/``;
* **[I]** -- an informed assumption where no public figure was found; override it in a
  parameter file when you know better.

``docs/forecast.md`` explains the model; ``docs/calibration.md`` the targets.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from etoile.domain import Company

MonthDay = Annotated[str, StringConstraints(pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")]


class Period(BaseModel):
    """A stretch of the calendar (``MM-DD`` to ``MM-DD``, may wrap the year) with its multipliers.

    ``demand`` scales the unconstrained demand of every show in the period; ``price`` scales
    the average price paid (dynamic pricing, fewer discounts). With ``whole_weeks`` the period
    runs from the Monday of the week holding ``start`` to the Sunday of the week holding
    ``end``: "the week of Christmas" is Monday 23 to Sunday 29 December in 2019 (the Broadway
    week) and Monday 21 to Sunday 27 December in 2026.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    start: MonthDay
    end: MonthDay
    demand: float = Field(gt=0)
    price: float = Field(gt=0)
    whole_weeks: bool = False

    @model_validator(mode="after")
    def _real_days(self) -> Period:
        for month_day in (self.start, self.end):
            _on(2000, month_day)  # a leap year: raises for 02-30 or 04-31, accepts 02-29
        return self

    def contains(self, day: dt.date) -> bool:
        """True when ``day`` falls in the period (ends included)."""
        # The week of 1 January 2027 starts on 28 December 2026: look at the neighbouring
        # years' instances of the period too.
        for year in (day.year - 1, day.year, day.year + 1):
            first = _on(year, self.start)
            last = _on(year + (self.end < self.start), self.end)
            if self.whole_weeks:
                first -= dt.timedelta(days=first.weekday())
                last += dt.timedelta(days=6 - last.weekday())
            if first <= day <= last:
                return True
        return False


def _on(year: int, month_day: str) -> dt.date:
    month, day = (int(x) for x in month_day.split("-"))
    if (month, day) == (2, 29) and year % 4:
        day = 28
    return dt.date(year, month, day)


def _broadway_periods() -> list[Period]:
    # Fitted on the Broadway excerpt by calibration.fit_broadway_periods (paired shows against
    # the three December base weeks); the test re-fits them. The week of Christmas and the
    # week of New Year's Day are whole Monday-Sunday weeks, as Broadway counts; January (what
    # the New Year week leaves of it) extends the excerpt's two weeks ending 01-12 and 01-19.
    return [
        Period(
            name="christmas",
            start="12-25",
            end="12-25",
            demand=1.1222,
            price=1.2338,
            whole_weeks=True,
        ),
        Period(
            name="new-year",
            start="01-01",
            end="01-01",
            demand=1.0811,
            price=1.0592,
            whole_weeks=True,
        ),
        Period(name="january", start="01-01", end="01-31", demand=0.998, price=0.8959),
    ]


ANY_MARKET = "*"
"""The ``periods`` key that applies to a house whose market has no entry of its own."""


def _market_periods() -> dict[str, list[Period]]:
    # Broadway's weeks are New York's ticket market: they apply to a New York house only. No
    # source in ballet-facts.md or exchange-economics.md gives Paris's holiday or January
    # figures, so Paris has no periods (an empty list, not a borrowed Broadway one).
    return {"new-york": _broadway_periods(), "paris": []}


def _default_markets() -> dict[str, str]:
    return {"America/New_York": "new-york", "Europe/Paris": "paris"}


INCOME_LINES = ("subsidy", "donations", "sponsorship", "other_income")
"""The ledger's income lines other than the box office, each drawn with its own spread."""


class ForecastParams(BaseModel):
    """Everything the demand model, the ledger and the Monte Carlo need besides the season.

    Demand of a show, in seats, before the capacity cap::

        capacity * base_demand * popularity ** popularity_elasticity * day/time
                 * period.demand * run position * cast

    with ``cast = 1 + draw_weight * (mean lead draw - draw_reference) + novelty_bonus * guests``.
    The realised demand is that mean times ``exp(run shock + show shock)`` (lognormal, mean 1).
    ``period`` is one of the house's market's ``periods`` (``markets`` maps a house to its
    market). Each non-ticket income line is drawn as its amount times a lognormal factor of
    mean 1 and relative sd ``<line>_sd``, so the expected result does not move.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    base_demand: float = Field(
        1.1541,
        gt=0,
        description="fitted: demand of a popularity-1 show as a share of capacity, so that the "
        "Paris house of the demo fills 92% of its seats (Paris Opera 2016-17: 91%; 2023: 93%).",
    )
    popularity_elasticity: float = Field(
        2.7915,
        ge=0,
        description="fitted: demand grows as popularity ** elasticity. The season file's "
        "popularity is a prior on an open scale; the elasticity sets how far apart a classic "
        "that sells out and a lesser title are, fitted with base_demand so that Swan Lake in "
        "Paris sells 99.5% of its seats (Paris Opera 2016-17: 100%) while the house fills 92%.",
    )
    periods: dict[str, list[Period]] = Field(
        default_factory=_market_periods,
        description="Seasonal periods per market (demand and price multipliers). new-york: "
        "Broadway's holiday peak and January trough (fitted on the Broadway excerpt); paris: "
        "none (no published Paris figure). A key '*' applies to every market without its own; "
        "a plain list (older parameter files) applies to every house.",
    )
    markets: dict[str, str] = Field(
        default_factory=_default_markets,
        description="House id or IANA time zone -> market (the key of periods); the house id "
        "is looked up first, so one house can be moved to another market.",
    )
    weekend_evening: float = Field(1.06, gt=0, description="[I] Friday and Saturday evenings.")
    weekend_matinee: float = Field(1.06, gt=0, description="[I] Saturday and Sunday matinees.")
    weekday_evening: float = Field(0.96, gt=0, description="[I] Sunday to Thursday evenings.")
    weekday_matinee: float = Field(0.85, gt=0, description="[I] Monday to Friday matinees.")
    opening: float = Field(1.10, gt=0, description="[I] first show of a run, or a gala.")
    closing: float = Field(1.05, gt=0, description="[I] last show of a run.")
    draw_weight: float = Field(
        0.20,
        ge=0,
        description="[I] demand change per unit of mean lead draw: a cast of stars (draw 1) sells "
        "10% more than a mid-draw cast (0.5), a cast of unknowns 10% less.",
    )
    draw_reference: float = Field(0.5, ge=0, le=1, description="[I] lead draw of the prior.")
    novelty_bonus: float = Field(
        0.06, ge=0, description="[I] extra demand for each guest lead from another house."
    )
    expected_cast_depth: int = Field(
        3,
        ge=1,
        description="[I] without a casting, a lead role's draw is the mean of the top N dancers "
        "who know it (runs rotate 4-6 casts, the best-known dance most; ballet-facts 3.4).",
    )
    cheap_first: float = Field(
        0.5,
        ge=0,
        le=1,
        description="[I] how strongly cheap seats sell first: 0 = every tier fills in proportion, "
        "1 = tiers fill strictly from the cheapest (Paris sold 35% of its seats under EUR 50).",
    )
    sigma_run: float = Field(
        0.08, ge=0, description="[I] log-sd of a run's demand shock (shared by its shows)."
    )
    sigma_show: float = Field(
        0.10,
        ge=0,
        description="Broadway-scaled: log-sd of one show's own shock (weekly same-show spread of "
        "uncapped Broadway shows, about 0.05, times sqrt(8) shows a week, rounded down).",
    )
    subsidy_sd: float = Field(
        0.04,
        ge=0,
        le=1,
        description="[I] relative sd of the season's public subsidy, range 0.02-0.06: Paris faced "
        "a possible EUR 6M cut in 2024 against about EUR 100M (6%; exchange-economics.md), "
        "taken as a 1.5-sd downside.",
    )
    donations_sd: float = Field(
        0.10,
        ge=0,
        le=1,
        description="[I] relative sd of individual donations, range 0.05-0.20: ABT's 2001 gala "
        "raised 20% less than expected (exchange-economics.md), taken as a 2-sd shortfall of "
        "one event; a season's gifts spread over many donors.",
    )
    sponsorship_sd: float = Field(
        0.10,
        ge=0,
        le=1,
        description="[I] relative sd of corporate sponsorship, range 0.05-0.20: no published "
        "figure; taken as uncertain as donations.",
    )
    other_income_sd: float = Field(
        0.05,
        ge=0,
        le=1,
        description="[I] relative sd of other income (rentals, tours, visits, media), range "
        "0.02-0.10: mostly contracted before the season.",
    )
    guest_leads_per_week: int | None = Field(
        None,
        ge=1,
        description="Without a casting, a guest dances at most this many leads a week "
        "(None: the host's labour rule max_leads_per_week).",
    )

    @field_validator("periods", mode="before")
    @classmethod
    def _one_list_for_every_market(cls, value: Any) -> Any:
        return {ANY_MARKET: value} if isinstance(value, list) else value

    @model_validator(mode="after")
    def _positive_factors(self) -> ForecastParams:
        if self.draw_weight * self.draw_reference >= 1:
            raise ValueError("draw_weight * draw_reference must be below 1 (demand stays positive)")
        return self

    def market_of(self, company: Company) -> str | None:
        """The market of ``company``: by its id, else by its time zone, else None."""
        return self.markets.get(company.id, self.markets.get(company.timezone))

    def periods_of(self, market: str | None) -> list[Period]:
        """The periods of ``market`` (those of ``'*'`` when it has no entry of its own)."""
        if market is not None and market in self.periods:
            return self.periods[market]
        return self.periods.get(ANY_MARKET, [])

    def period_of(self, day: dt.date, market: str | None) -> Period | None:
        """The first period of ``market`` (in list order) containing ``day``, or None.

        Parameters
        ----------
        day
            The day looked up.
        market
            Whose periods (None: those of ``'*'``).
        """
        return next((p for p in self.periods_of(market) if p.contains(day)), None)

    def income_sd(self, line: str) -> float:
        """Relative sd of a non-ticket income line (0 for a line the model does not draw).

        Parameters
        ----------
        line
            ``subsidy``, ``donations``, ``sponsorship`` or ``other_income``.
        """
        return {
            "subsidy": self.subsidy_sd,
            "donations": self.donations_sd,
            "sponsorship": self.sponsorship_sd,
            "other_income": self.other_income_sd,
        }.get(line, 0.0)


DEFAULT_PARAMS = ForecastParams()


def load_params(path: Path) -> ForecastParams:
    """Read parameters from a TOML (``.toml``) or JSON file; missing keys keep their defaults.

    Parameters
    ----------
    path
        The file; a name ending in ``.toml`` is read as TOML, any other as JSON.

    Raises
    ------
    ValueError
        When the file cannot be parsed or a value is out of range (pydantic's message).
    """
    text = path.read_text(encoding="utf-8")
    data: dict[str, Any] = tomllib.loads(text) if path.suffix == ".toml" else json.loads(text)
    return ForecastParams.model_validate(data)
