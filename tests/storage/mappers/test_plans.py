"""A plan <-> its stored document and reports: the plan file's JSON form, aliases included,
with the reports apart, and back to the same plan."""

from __future__ import annotations

import calendar_kit as kit
from etoile.domain import Plan
from etoile.storage.mappers.plans import plan_documents, plan_from_documents
from report.builders import plan_data


def test_the_reports_are_kept_apart() -> None:
    plan = Plan.model_validate(plan_data())
    document, reports = plan_documents(plan)
    assert "reports" not in document
    assert sorted(reports) == ["casting", "exchange"]
    assert reports["casting"]["status"] == "optimal"
    assert reports["exchange"]["notes"] == ["time limit reached"]


def test_the_document_uses_the_plan_files_names() -> None:
    document, _ = plan_documents(kit.plan())
    (move,) = document["exchange"]
    # The field is return_ in Python, "return" in the plan file; dates as ISO text.
    assert (move["return"], move["depart"]) == ("2026-12-14", "2026-12-07")
    assert "return_" not in move


def test_a_plan_survives_the_round_trip() -> None:
    for plan in [kit.plan(), Plan.model_validate(plan_data())]:
        assert plan_from_documents(*plan_documents(plan)) == plan
