"""Plan files load with the same kind of problems as season files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from etoile.domain import CastAssignment, ExchangeMove, Plan, SolveReport, SolveStatus
from etoile.seasonfile import InputError, Problem, dump_plan, load_plan, parse_plan


def _plan() -> Plan:
    return Plan(
        season="tiny-2026",
        exchange=[
            ExchangeMove(
                dancer="par-lea",
                home="par",
                host="nyc",
                terms="nyc-par",
                depart=dt.date(2026, 12, 5),
                start=dt.date(2026, 12, 7),
                end=dt.date(2026, 12, 13),
                return_=dt.date(2026, 12, 14),
            )
        ],
        casting=[
            CastAssignment(performance="nyc-p1", role="nyc-giselle.giselle", dancer="nyc-ava")
        ],
        reports={
            "casting": SolveReport(status=SolveStatus.OPTIMAL, objective=12.0, bound=12.0, gap=0.0)
        },
    )


def test_plan_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    dump_plan(_plan(), path)
    assert load_plan(path) == _plan()
    assert list(json.loads(path.read_text(encoding="utf-8"))) == [
        "format_version", "season", "exchange", "casting", "rehearsals", "forecast", "prices",
        "deal", "reports",
    ]  # fmt: skip


def test_bad_plan_names_paths(tmp_path: Path) -> None:
    data = json.loads(_plan().model_dump_json(by_alias=True))
    data["reports"]["casting"]["status"] = "solved"
    data["exchange"][0]["return"] = "soon"
    del data["casting"][0]["dancer"]
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_plan(path)
    assert [(p.where, p.message, p.value) for p in caught.value.problems] == [
        ("exchange[0].return", "expected a date such as 2026-12-01", "soon"),
        ("casting[0].dancer", "missing required field", None),
        (
            "reports.casting.status",
            "expected one of optimal, feasible, infeasible, timed_out, model_invalid, unknown",
            "solved",
        ),
    ]
    assert all(p.line is not None for p in caught.value.problems)


def test_malformed_plan(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text('{"season": "tiny"', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_plan(path)
    assert caught.value.problems == [
        Problem(str(path), "", "malformed JSON: Expecting ',' delimiter", line=1, column=18)
    ]


def test_the_example_in_plan_format_md_loads() -> None:
    doc = Path(__file__).resolve().parents[2] / "docs" / "plan-format.md"
    text = doc.read_text(encoding="utf-8")
    example = text.split("```json\n", 1)[1].split("```", 1)[0]
    plan = parse_plan(example, "plan-format.md", ".json")
    assert plan.reports["casting"].status is SolveStatus.OPTIMAL
    assert plan.reports["rehearsals"].gap == pytest.approx(
        SolveReport.relative_gap(312.0, 290.0), abs=1e-4
    )
    assert [c.dancer for c in plan.casting] == ["par-lea", "nyc-ben"]
