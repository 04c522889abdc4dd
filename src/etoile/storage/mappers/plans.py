"""Plan <-> the ``document`` and ``reports`` JSON of a stored plan."""

from __future__ import annotations

from typing import Any

from etoile.domain import Plan


def plan_documents(plan: Plan) -> tuple[dict[str, Any], dict[str, Any]]:
    """The plan file's data split into (document without ``reports``, ``reports``)."""
    # The same JSON form as plan.json (etoile.seasonfile.io.plan_to_data), aliases included.
    document = plan.model_dump(mode="json", by_alias=True)
    reports = document.pop("reports")
    return document, reports


def plan_from_documents(document: dict[str, Any], reports: dict[str, Any]) -> Plan:
    """The domain plan of a stored document and its reports.

    Parameters
    ----------
    document
        The stored plan file's data, without its reports.
    reports
        The solvers' reports, by part of the plan.
    """
    return Plan.model_validate({**document, "reports": reports})
