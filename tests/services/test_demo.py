"""The demo job: a checked season of both houses, on disk and in the database."""

from __future__ import annotations

from pathlib import Path

from etoile.seasonfile import load_plan, load_season
from etoile.services.demo import run_demo
from etoile.services.plan import PlanParams
from etoile.storage import Database, PlanRepository, SeasonRepository


def test_demo_writes_a_clean_season_and_stores_it(tmp_path: Path) -> None:
    steps: list[str] = []
    outcome = run_demo(tmp_path / "out", step=steps.append)  # season only: no plan

    assert outcome.errors == []
    assert [h.company for h in outcome.houses] == ["nyc", "par"]
    assert [sum(n for _r, n in h.dancers_by_rank) for h in outcome.houses] == [94, 154]
    assert load_season(outcome.season_file) == outcome.season
    with Database(outcome.database_url) as db, db.transaction() as session:
        assert SeasonRepository(session).get(outcome.season.id) == outcome.season
    assert steps[0] == "Generating the demo season"


def test_demo_twice_replaces_the_season(tmp_path: Path) -> None:
    first = run_demo(tmp_path)
    again = run_demo(tmp_path)
    assert again.season_file.read_bytes() == first.season_file.read_bytes()
    with Database(again.database_url) as db, db.transaction() as session:
        assert [s.id for s in SeasonRepository(session).list()] == [again.season.id]


def test_demo_with_a_plan_writes_checked_reports_and_a_draft(tmp_path: Path) -> None:
    # The tiny preset keeps this fast; the demo preset runs the same path in `make demo`.
    params = PlanParams(exchange_time_limit=5, casting_time_limit=10, draws=200)
    outcome = run_demo(tmp_path, plan=params, preset="tiny")

    assert outcome.plan is not None
    assert outcome.errors == []
    assert [p.name for p in outcome.extra_files] == ["plan.json", "report.html", "report.fr.html"]
    assert load_plan(tmp_path / "plan.json") == outcome.plan
    assert '<html lang="fr"' in (tmp_path / "report.fr.html").read_text(encoding="utf-8")
    with Database(outcome.database_url) as db, db.transaction() as session:
        stored = PlanRepository(session).list(outcome.season.id)
    assert [(p.status.value, p.label) for p in stored] == [("draft", "demo")]
