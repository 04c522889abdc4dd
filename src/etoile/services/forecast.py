"""Use case: forecast a season under a plan, write the forecast into the plan, draw the charts.

Shared by ``etoile forecast`` and (later) the API and ``etoile plan``. Where things go:

* the forecast is written into the plan's ``forecast`` key; the plan is written to ``out``
  when given, else back to the ``--plan`` file it came from, else (no plan) a new plan holding
  only the forecast goes to ``forecast.json`` in the working directory;
* the charts go beside that plan file: ``<stem>-weekly-revenue.png`` and
  ``<stem>-result-distribution.png``.

Every input problem (season, plan, parameter file, a rate the forecast needs) is raised as one
:class:`~etoile.seasonfile.errors.InputError` before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from etoile.domain import Plan, Season
from etoile.forecast import (
    DEFAULT_PARAMS,
    ForecastParams,
    ForecastRun,
    forecast_problems,
    load_params,
    run_forecast,
)
from etoile.forecast.checks import plan_problems
from etoile.seasonfile import InputError, Problem, dump_plan, load_plan, load_season

DEFAULT_OUT = Path("forecast.json")


@dataclass
class ForecastOutcome:
    """What the use case produced: the run, the plan written, where, and the charts."""

    run: ForecastRun
    plan: Plan
    plan_path: Path
    charts: list[Path]


def read_params(path: Path | None) -> ForecastParams:
    """Parameters from a TOML or JSON file, or the defaults; problems as an InputError.

    Parameters
    ----------
    path
        The file, or None for :data:`DEFAULT_PARAMS`.

    Raises
    ------
    InputError
        When the file cannot be read or holds a wrong value.
    """
    if path is None:
        return DEFAULT_PARAMS
    try:
        return load_params(path)
    except FileNotFoundError:
        raise InputError([Problem(str(path), "", "file not found")]) from None
    except ValidationError as error:
        problems = [
            Problem(str(path), ".".join(map(str, e["loc"])), e["msg"], e.get("input"))
            for e in error.errors()
        ]
        raise InputError(problems) from None
    except ValueError as error:  # TOML or JSON syntax
        raise InputError([Problem(str(path), "", f"cannot parse parameters: {error}")]) from None


def forecast_season(
    season: Season,
    plan: Plan | None = None,
    *,
    params: ForecastParams = DEFAULT_PARAMS,
    draws: int = 10_000,
    seed: int = 0,
    combined_currency: str | None = None,
    season_file: str = "season",
    plan_file: str = "plan",
    progress: Callable[[int], None] | None = None,
) -> ForecastRun:
    """Check what the forecast needs, then run it; problems raise an InputError.

    Parameters
    ----------
    season, plan
        As for :func:`~etoile.forecast.run_forecast`.
    params, draws, seed, combined_currency, progress
        Passed on to it.
    season_file, plan_file
        The names problems give the inputs.

    Raises
    ------
    InputError
        For a missing exchange rate, a plan naming unknown things, or no draws.
    """
    problems = [
        Problem(season_file, i.where, i.message, i.value)
        for i in forecast_problems(season, None, combined_currency)
    ]
    if plan is not None:
        problems += [
            Problem(plan_file, i.where, i.message, i.value) for i in plan_problems(season, plan)
        ]
        if plan.season != season.id:
            problems.append(
                Problem(plan_file, "season", f"the plan is for season {season.id!r}", plan.season)
            )
    if draws < 1:
        problems.append(Problem("--draws", "", "expected at least 1 draw", draws))
    if problems:
        raise InputError(problems)
    return run_forecast(season, plan, params, draws, seed, combined_currency, progress)


def forecast_files(
    season_path: Path,
    plan_path: Path | None = None,
    out: Path | None = None,
    *,
    draws: int = 10_000,
    seed: int = 0,
    params_path: Path | None = None,
    combined_currency: str | None = None,
    locale: str = "en",
    progress: Callable[[int], None] | None = None,
) -> ForecastOutcome:
    """Load, forecast, write the plan and the charts (see the module notes for the paths).

    Parameters
    ----------
    season_path
        The season file.
    plan_path
        The plan forecast; None forecasts the season without one.
    out
        Where the plan goes (default: ``plan_path``, else :data:`DEFAULT_OUT`).
    draws, seed, combined_currency, progress
        As for :func:`forecast_season`.
    params_path
        A TOML or JSON file of model parameters.
    locale
        The language of the charts.

    Raises
    ------
    InputError
        For any problem of the inputs; nothing is written then.
    """
    season = load_season(season_path)
    plan = load_plan(plan_path) if plan_path is not None else None
    params = read_params(params_path)
    run = forecast_season(
        season,
        plan,
        params=params,
        draws=draws,
        seed=seed,
        combined_currency=combined_currency,
        season_file=str(season_path),
        plan_file=str(plan_path),
        progress=progress,
    )
    base = plan if plan is not None else Plan(season=season.id)
    written = base.model_copy(update={"forecast": run.forecast})
    target = out or plan_path or DEFAULT_OUT
    dump_plan(written, target)
    # matplotlib is slow to import: only the commands that draw pay for it.
    from etoile.forecast.charts import result_distribution_chart, weekly_revenue_chart

    stem = target.with_suffix("")
    charts = [
        weekly_revenue_chart(run.forecast, Path(f"{stem}-weekly-revenue.png"), locale),
        result_distribution_chart(
            run.forecast, run.results, Path(f"{stem}-result-distribution.png"), locale
        ),
    ]
    return ForecastOutcome(run, written, target, charts)
