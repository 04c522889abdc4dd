"""Publishing is final and tells people: the plans page's button first shows what will change
and for how many people, and only the confirmation publishes. The changelog opens with its
summary; the API and the plain form post publish as before."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

import web_kit as kit
from api.test_login import csrf_of, log_in
from etoile.report.changes import ChangeKind, PlanChange, PlanDiff
from etoile.services.publishing import summarise

from .cells import save_cell

P = f"/seasons/{kit.SEASON_ID}"


def edit_draft(client: TestClient) -> None:
    """Take the dancer out of the NYC show's Giselle in draft 2 (a change to publish)."""
    _, saved = save_cell(client, "")
    assert saved.status_code == 200


def test_the_summary_counts_per_production_and_person() -> None:
    diff = PlanDiff(
        season="s",
        changes=[
            PlanChange(kind=ChangeKind.CAST, company="a", production="p1", people=["x", "y"]),
            PlanChange(kind=ChangeKind.CALL_ADDED, company="a", production="p1", people=["x"]),
            PlanChange(kind=ChangeKind.CAST, company="a", production="p2", people=["z"]),
            PlanChange(kind=ChangeKind.STAY_ADDED, company="a", dancer="z", people=["z"]),
        ],
    )
    found = summarise(diff)
    rows = [(p.production, p.casts, p.calls, p.stays, p.people) for p in found.productions]
    assert rows == [("p1", 1, 1, 0, 2), ("p2", 1, 0, 0, 1), (None, 0, 0, 1, 1)]
    assert found.people == [("x", 2), ("z", 2), ("y", 1)]


def test_the_plans_page_button_asks_first(client: TestClient) -> None:
    assert log_in(client, "nyc-ballet-master") == 303
    edit_draft(client)
    assert log_in(client, "nyc-director") == 303
    plans = client.get(f"{P}/plans?lang=en")
    form = re.search(r'<form method="(\w+)" action="([^"]+/plans/2/publish)"', plans.text)
    assert form is not None and form.group(1) == "get"
    page = client.get(f"{form.group(2)}?base_version=1")
    assert page.status_code == 200
    assert 'id="publish-confirm"' in page.text
    assert "Publishing is final" in page.text
    assert "1 cast changes in your house" in page.text
    assert re.search(r'id="publish-people">1 person of your house will be told', page.text)
    assert '<tr data-production="nyc-giselle">' in page.text
    assert 'name="base_version" value="1"' in page.text
    assert 'name="csrf"' in page.text
    # Nothing is published by looking.
    again = client.get(f"{P}/plans")
    assert 'href="/seasons/tiny-2026/versions/2"' not in again.text
    assert client.get(f"{P}/versions/2").status_code == 404

    done = client.post(
        f"{P}/plans/2/publish",
        data={"csrf": csrf_of(page.text), "base_version": "1", "confirm": "2"},
        follow_redirects=False,
    )
    assert (done.status_code, done.headers["location"]) == (303, f"{P}/versions/2")
    changes = client.get(done.headers["location"]).text
    assert "Version 2 is published." in changes
    summary, details = changes.index('id="change-summary"'), changes.index("<details")
    assert summary < details < changes.index('<li data-kind="cast">')
    assert "Most concerned" in changes


def test_the_confirmation_speaks_french_and_warns_when_stale(client: TestClient) -> None:
    assert log_in(client, "par-director") == 303
    page = client.get(f"{P}/plans/2/publish?base_version=0")
    assert page.status_code == 200
    assert "La publication est définitive" in page.text
    assert "la publication sera refusée" in page.text
    refused = client.post(
        f"{P}/plans/2/publish",
        data={"csrf": csrf_of(page.text), "base_version": "0"},
        follow_redirects=False,
    )
    assert refused.status_code == 409


def test_a_published_plan_has_nothing_to_confirm(client: TestClient) -> None:
    assert log_in(client, "nyc-director") == 303
    assert client.get(f"{P}/plans/1/publish").status_code == 409


def test_a_ballet_master_may_not_open_the_confirmation(client: TestClient) -> None:
    assert log_in(client, "nyc-ballet-master") == 303
    assert client.get(f"{P}/plans/2/publish").status_code == 403
