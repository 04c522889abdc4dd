"""A manual cast change with the validator's warnings, publication with versions and a
changelog, and the dancer's schedule that follows, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

import web_kit as kit

from .conftest import BACKENDS, bearer

S = f"/api/seasons/{kit.SEASON_ID}"
DECEMBER = "start=2026-12-01&days=31"  # the tiny season, whatever the day the tests run

pytestmark = pytest.mark.parametrize("backend", BACKENDS, indirect=True)


def cell(client: TestClient, headers: dict[str, str], plan_id: int) -> list[str]:
    """Who dances Giselle in the first show, in plan ``plan_id``."""
    grid = client.get(
        f"{S}/productions/{kit.NYC_PRODUCTION}/casting?plan_id={plan_id}", headers=headers
    ).json()
    column = [s["id"] for s in grid["shows"]].index(kit.NYC_SHOW)
    [row] = [r for r in grid["roles"] if r["id"] == kit.NYC_ROLE]
    return [p["id"] for p in row["cells"][column]]


def plan_ids(client: TestClient, headers: dict[str, str]) -> tuple[int, int]:
    """The ids of version 1 and of the draft (ids differ between backends and runs)."""
    plans = client.get(f"{S}/plans", headers=headers).json()
    [published] = [p["id"] for p in plans if p["version"] == 1]
    [draft] = [p["id"] for p in plans if p["status"] == "draft"]
    return published, draft


def test_a_manual_change_is_saved_with_the_validators_warnings(client: TestClient) -> None:
    headers = bearer(client, "nyc-ballet-master")
    _, draft = plan_ids(client, headers)
    assert cell(client, headers, draft) == [kit.NYC_DANCER]
    body = {"performance": kit.NYC_SHOW, "role": kit.NYC_ROLE, "dancers": [], "base_revision": 1}
    answer = client.put(f"{S}/plans/{draft}/casting", json=body, headers=headers)
    assert answer.status_code == 200
    found = answer.json()
    assert found["plan"]["id"] == draft
    assert [(v["rule"], v["entities"][:2]) for v in found["introduced"]] == [
        ("Role slot unfilled", [kit.NYC_SHOW, kit.NYC_ROLE])
    ]
    assert cell(client, headers, draft) == []


def test_editing_a_published_version_starts_a_new_draft(client: TestClient) -> None:
    headers = bearer(client, "nyc-director")
    published, draft = plan_ids(client, headers)
    body = {"performance": kit.NYC_SHOW, "role": kit.NYC_ROLE, "dancers": [], "base_revision": 1}
    found = client.put(f"{S}/plans/{published}/casting", json=body, headers=headers).json()
    assert found["plan"]["id"] > draft
    assert (found["plan"]["status"], found["plan"]["label"]) == (
        "draft",
        "manual edit by nyc-director of version 1",
    )
    assert cell(client, headers, published) == [kit.NYC_DANCER]
    assert cell(client, headers, found["plan"]["id"]) == []


def test_a_bad_edit_names_what_is_wrong(client: TestClient) -> None:
    headers = bearer(client, "nyc-director")
    body = {
        "performance": kit.NYC_SHOW,
        "role": "nyc-giselle.odette",
        "dancers": [],
        "base_revision": 1,
    }
    answer = client.put(
        f"{S}/plans/{plan_ids(client, headers)[1]}/casting", json=body, headers=headers
    )
    assert (answer.status_code, answer.json()) == (
        422,
        {
            "detail": [
                {
                    "loc": ["body"],
                    "msg": "Giselle has no role 'nyc-giselle.odette'",
                    "type": "value_error",
                }
            ]
        },
    )


def test_publishing_numbers_versions_and_tells_each_person_what_changed(
    client: TestClient,
) -> None:
    director, dancer = bearer(client, "nyc-director"), bearer(client, "nyc-dancer")
    before = client.get(f"/api/me/schedule?{DECEMBER}", headers=dancer).json()
    assert before["plan_version"] == 1
    show_uid = f"show/{kit.NYC_SHOW}/dancer/{kit.NYC_DANCER}/{kit.SEASON_ID}@etoile"
    assert show_uid in [e["uid"] for e in before["events"]]

    first, draft = plan_ids(client, director)
    body = {
        "performance": kit.NYC_SHOW,
        "role": kit.NYC_ROLE,
        "dancers": [kit.OTHER_NYC_DANCER],
        "base_revision": 1,
    }
    edit = client.put(f"{S}/plans/{draft}/casting", json=body, headers=director)
    assert edit.status_code == 200
    published = client.post(f"{S}/plans/{draft}/publish", headers=director).json()
    assert (published["plan"]["version"], published["changelog"]["previous_version"]) == (2, 1)
    changes = published["changelog"]["changes"]
    assert [(c["kind"], c["people"]) for c in changes] == [
        ("cast", sorted([kit.NYC_DANCER, kit.OTHER_NYC_DANCER]))
    ]
    assert (
        client.get(f"{S}/versions/2/changelog", headers=director).json() == (published["changelog"])
    )
    french = client.get(f"{S}/versions/2/changelog?lang=fr", headers=director).json()
    assert french["changes"][0]["words"] != changes[0]["words"]

    again = client.post(f"{S}/plans/{draft}/publish", headers=director)
    assert (again.status_code, again.json()) == (
        409,
        {"detail": f"plan {draft} is already published as version 2"},
    )
    plans = client.get(f"{S}/plans", headers=director).json()
    assert [(p["id"], p["status"], p["version"]) for p in plans] == [
        (first, "published", 1),
        (draft, "published", 2),
    ]

    after = client.get(f"/api/me/schedule?{DECEMBER}", headers=dancer).json()
    assert after["plan_version"] == 2
    assert show_uid not in [e["uid"] for e in after["events"]]
    assert after["changes"] == [changes[0]["words"]]


def test_a_house_casts_its_own_dancers_and_the_guests_of_the_exchange(client: TestClient) -> None:
    # Paris's ballet master puts a New York dancer into a Paris role: refused (403), and the
    # draft is unchanged. A New York dancer in a New York role is fine.
    paris = bearer(client, "par-ballet-master")
    _, draft = plan_ids(client, paris)
    show = next(p for p in kit.season().performances if p.startswith("par-"))
    role = next(a.role for a in kit.plan().casting if a.performance == show)
    body = {"performance": show, "role": role, "dancers": [kit.NYC_DANCER], "base_revision": 1}
    refused = client.put(f"{S}/plans/{draft}/casting", json=body, headers=paris)
    assert refused.status_code == 403
    assert "Rachel Weber" in refused.json()["detail"]
    assert "no agreed stay" in refused.json()["detail"]
    before = [a for a in kit.plan().casting if (a.performance, a.role) == (show, role)]
    after = client.get(
        f"{S}/productions/{kit.PAR_PRODUCTION}/casting?plan_id={draft}", headers=paris
    )
    assert after.status_code == 200
    assert kit.NYC_DANCER not in after.text
    assert before != []
