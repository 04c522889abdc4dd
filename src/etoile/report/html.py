"""The director's report: one self-contained HTML file, in English or French.

The answer comes first: when the plan carries a deal, whether it is a swap (with the transfer
and the fee range under which both houses gain) or no swap (with the frontier and what would
change it); then who goes where, and each house's expected result and chance of breaking
even, without and with the exchange. The deal in figures follows (when there is one), then
the exchange calendar, the casting grids, the rehearsals (when the plan has any: each
production's progress toward opening and each house's weeks), the finance charts, the solver
reports, and the explanations with the validator's verdict.

The file makes no request: CSS, the one small script and the SVG charts are inline, so it can
be forwarded by mail and opened offline. Every value from the season or the plan goes through
Jinja2's autoescaping. The output depends only on the inputs: no clock is read, and a
timestamp appears only when the caller passes ``generated``.
"""

from __future__ import annotations

import datetime as dt
from importlib.resources import files
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from etoile.domain import Plan, Season
from etoile.i18n import Translator
from etoile.report.answer import house_rows, move_rows
from etoile.report.deal import deal_view
from etoile.report.finance import finance_view
from etoile.report.grid import grids
from etoile.report.progress import progress
from etoile.report.tables import rule_counts, solver_rows, violation_rows
from etoile.report.timeline import timelines
from etoile.report.weeks import house_weeks
from etoile.validate import Violation, validate

_ENV = Environment(
    loader=PackageLoader("etoile.report", "templates"),
    autoescape=True,
    undefined=StrictUndefined,  # a misspelt variable fails the render, not the reader
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def _asset(name: str) -> Markup:
    # Our own static files, read from the package and inlined: never user data.
    return Markup(files("etoile.report").joinpath("templates", name).read_text(encoding="utf-8"))


def render_report(
    season: Season,
    plan: Plan,
    lang: str = "en",
    explanations: list[str] | None = None,
    *,
    violations: list[Violation] | None = None,
    generated: dt.datetime | None = None,
) -> str:
    """The report as one HTML document.

    Parameters
    ----------
    season, plan
        What was planned, and the plan.
    lang
        ``"en"`` or ``"fr"``.
    explanations
        The reasons for the plan's main choices, or why there is no exchange; shown as given
        (escaped), in the language the caller wrote them.
    violations
        The validator's findings; None runs :func:`etoile.validate.validate` here.
    generated
        An aware moment to print as the report's date; None prints none, so the same inputs
        give the same bytes.

    Raises
    ------
    ValueError
        For a language other than English or French.
    """
    tr = Translator(lang)
    if violations is None:
        violations = validate(season, plan)
    forecast = plan.forecast
    first = season.companies[0]
    context = {
        "lang": lang,
        "t": tr.t,
        "season": season,
        "period": tr.format_period(season.start, season.end),
        "generated": None if generated is None else tr.format_datetime(generated, first.timezone),
        "houses": [f"{c.name} · {c.city}" for c in season.companies],
        "moves": move_rows(season, plan, tr),
        "house_rows": house_rows(season, plan, tr),
        "draws": None
        if forecast is None
        else tr.t(
            "answer.draws",
            count=forecast.draws,
            draws=tr.format_number(forecast.draws, 0),
            seed=forecast.seed,
        ),
        "explanations": list(explanations or []),
        "deal": deal_view(season, plan, tr),
        "timelines": timelines(season, plan, tr),
        "grids": grids(season, plan, tr) if plan.casting else [],
        "weeks": house_weeks(season, plan, tr) if plan.rehearsals else [],
        "progress": progress(season, plan, tr) if plan.rehearsals else [],
        "sections": [
            "answer",
            *(["deal"] if plan.deal is not None else []),
            "calendar",
            "casting",
            *(["rehearsals"] if plan.rehearsals else []),
            "finance",
            "solvers",
            "checks",
        ],
        "finance": finance_view(season, plan, tr),
        "solvers": solver_rows(plan.reports, tr),
        "violations": violation_rows(violations, tr),
        "violation_count": len(violations),
        "rule_counts": rule_counts(violations, tr),
        "css": _asset("report.css"),
        "script": _asset("report.js"),
    }
    return _ENV.get_template("report.html.j2").render(context)


def write_report(
    season: Season,
    plan: Plan,
    path: Path | str,
    lang: str = "en",
    explanations: list[str] | None = None,
    *,
    violations: list[Violation] | None = None,
) -> Path:
    """Render the report and write it to ``path`` (UTF-8); returns the path.

    The parent directory is created when missing. ``violations``: the validator's findings
    when the caller has them already (None: :func:`render_report` runs the validator).

    Parameters
    ----------
    season, plan
        What was planned, and the plan.
    path
        The file to write.
    lang
        ``"en"`` or ``"fr"``.
    explanations
        As for :func:`render_report`.

    Returns
    -------
    Path
        ``path``, as a :class:`~pathlib.Path`.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    html = render_report(season, plan, lang, explanations, violations=violations)
    target.write_text(html, encoding="utf-8")
    return target
