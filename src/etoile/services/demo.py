"""Use case: the demo. Generate the two houses' season, check it, store it, summarise it.

``etoile demo`` (and ``make demo``) call :func:`run_demo`. Every artefact goes into one
folder, so the demo never touches the user's own database.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from etoile.config import sqlite_url
from etoile.demo import generate
from etoile.domain import Plan, Season
from etoile.report import write_report
from etoile.seasonfile import dump_season, load_season
from etoile.services.plan import PlanParams, plan_season, write_plan_outputs
from etoile.validate import Severity, Violation, validate

DEMO_SEED = 0
SEASON_FILE = "season.yaml"
DATABASE_FILE = "etoile.sqlite3"


@dataclass
class HouseSummary:
    """What the summary table shows for one house."""

    company: str
    name: str
    city: str
    dancers_by_rank: list[tuple[str, int]]
    staff: int
    studios: int
    productions: list[tuple[str, int]]
    performances: int
    first: str
    last: str


@dataclass
class DemoOutcome:
    """Where the demo wrote its files, and what it found."""

    out: Path
    season_file: Path
    database_url: str
    season: Season
    violations: list[Violation]
    houses: list[HouseSummary]
    plan: Plan | None = None
    extra_files: list[Path] = field(default_factory=list)
    explanations: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Violation]:
        """The violations that break a hard rule."""
        return [v for v in self.violations if v.severity is Severity.ERROR]


def summarise(season: Season) -> list[HouseSummary]:
    """One summary per house: dancers by rank (ladder order), repertoire and calendar."""
    houses = []
    for company in season.companies:
        by_rank = Counter(d.rank for d in company.dancers)
        runs = Counter(p.production for p in company.performances)
        starts = sorted(p.start for p in company.performances)
        houses.append(
            HouseSummary(
                company=company.id,
                name=company.name,
                city=company.city,
                dancers_by_rank=[(r.name, by_rank[r.id]) for r in company.ranks],
                staff=len(company.staff),
                studios=len(company.studios),
                productions=[(p.title, runs[p.id]) for p in company.productions],
                performances=len(company.performances),
                first=starts[0].date().isoformat() if starts else "",
                last=starts[-1].date().isoformat() if starts else "",
            )
        )
    return houses


def store(season: Season, url: str, plan: Plan | None = None) -> None:
    """Migrate the database at ``url``, load the season (replacing it) and a draft plan, and
    create the demo users (:mod:`etoile.services.demo_users`).

    Parameters
    ----------
    season
        The demo season.
    url
        The database's URL.
    plan
        A draft to store beside it, if any.
    """
    from etoile.services.demo_users import add_demo_users
    from etoile.storage import Database, PlanRepository, SeasonRepository, upgrade

    upgrade(url)
    with Database(url) as db, db.transaction() as session:
        SeasonRepository(session).save(season, replace=True)
        if plan is not None:
            PlanRepository(session).save_draft(plan, label="demo")
    add_demo_users(url, season)


def run_demo(
    out: Path,
    seed: int = DEMO_SEED,
    step: Callable[[str], None] | None = None,
    plan: PlanParams | None = None,
    preset: str = "demo",
) -> DemoOutcome:
    """Generate the demo season into ``out``, validate it, plan it, store both in ``out``.

    Parameters
    ----------
    out
        Folder for ``season.yaml`` and ``etoile.sqlite3`` (created when missing).
    seed
        Seed of the generator: the same seed writes the same bytes.
    step
        Called with a short description before each stage (for progress display).
    plan
        How to plan the season (exchange, casting, forecast). None: store the season only.
        The plan is written as ``plan.json`` with ``report.html`` (English) and
        ``report.fr.html`` (French), and stored in the database as a draft.
    preset
        The generator's preset: ``demo`` (the two houses) or ``tiny`` (for tests).
    """
    say = step or (lambda _text: None)
    out.mkdir(parents=True, exist_ok=True)
    say("Generating the demo season")
    season_file = out / SEASON_FILE
    dump_season(generate(preset, seed), season_file)
    say("Reading it back and checking the season file")
    season = load_season(season_file)
    say("Validating the season")
    violations = validate(season)
    url = sqlite_url(out / DATABASE_FILE)
    if plan is None:
        say("Loading it into the database")
        store(season, url)
        return DemoOutcome(out, season_file, url, season, violations, summarise(season))
    planned = plan_season(season, plan, say)
    say("Writing the plan and the reports")
    plan_file, report = write_plan_outputs(season, planned, out, "en")
    report_fr = out / "report.fr.html"
    write_report(season, planned.plan, report_fr, "fr", planned.explanations)
    say("Loading the season and the draft plan into the database")
    store(season, url, planned.plan)
    return DemoOutcome(
        out,
        season_file,
        url,
        season,
        violations + planned.violations,
        summarise(season),
        planned.plan,
        [plan_file, report, report_fr],
        planned.explanations,
    )
