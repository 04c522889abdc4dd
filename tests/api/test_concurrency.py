"""Two houses at once: concurrent edits and publications lose nothing, on SQLite and PostgreSQL.

Every write names the revision it was made on; a stale one is refused (409) with the edits it
missed. Publications of a season happen one at a time: the same draft twice, or two drafts at
once, give one new version and a 409. Changelogs show each house what it may see.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

import web_kit as kit
from api.conftest import BACKENDS, bearer
from api.test_flows import plan_ids
from api.test_login import csrf_of, log_in
from etoile.storage import Database, PlanRepository

pytestmark = pytest.mark.parametrize("backend", BACKENDS, indirect=True)

S = f"/api/seasons/{kit.SEASON_ID}"
P = f"/seasons/{kit.SEASON_ID}"


def _nyc_cells() -> list[tuple[str, str, list[str]]]:
    """Two different New York cells of the tiny plan and a new cast for each (a dancer of
    the house who is not in that performance)."""
    season, plan = kit.season(), kit.plan()
    found = []
    for show in sorted(p for p in season.performances if p.startswith("nyc-")):
        cast = [a for a in plan.casting if a.performance == show]
        busy = {a.dancer for a in cast}
        free = sorted(d for d, o in season.dancers.items() if o.owner == "nyc" and d not in busy)
        found.append((show, cast[0].role, [free[0]]))
    return found[:2]


def at_once(*calls: Callable[[], httpx.Response]) -> list[httpx.Response]:
    """Run ``calls`` in threads released together; their answers in call order."""
    barrier = threading.Barrier(len(calls))
    answers: list[httpx.Response | None] = [None] * len(calls)

    def run(i: int) -> None:
        barrier.wait()
        answers[i] = calls[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert all(a is not None for a in answers)
    return [a for a in answers if a is not None]


def _cast(client: TestClient, headers: dict[str, str], plan_id: int) -> set[tuple[str, str, str]]:
    document = client.get(f"{S}/plans/{plan_id}", headers=headers).json()["document"]
    return {(a["performance"], a["role"], a["dancer"]) for a in document["casting"]}


def _put(
    client: TestClient, headers: dict[str, str], plan_id: int, cell: tuple[str, str, list[str]]
) -> Callable[[], httpx.Response]:
    show, role, dancers = cell
    body: dict[str, Any] = {
        "performance": show,
        "role": role,
        "dancers": dancers,
        "base_revision": 1,
    }
    return lambda: client.put(f"{S}/plans/{plan_id}/casting", json=body, headers=headers)


def test_two_edits_at_once_give_one_save_and_one_conflict_and_lose_nothing(
    client: TestClient,
) -> None:
    # Two people (a ballet master and the director of New York) change different cells of
    # the draft, both from revision 1.
    master, director = bearer(client, "nyc-ballet-master"), bearer(client, "nyc-director")
    _, draft = plan_ids(client, director)
    first, second = _nyc_cells()
    answers = at_once(_put(client, master, draft, first), _put(client, director, draft, second))
    assert sorted(a.status_code for a in answers) == [200, 409]
    saved, refused = sorted(answers, key=lambda a: a.status_code)
    assert saved.json()["plan"]["revision"] == 2
    assert saved.headers["ETag"] == f'"plan-{draft}-r2"'
    conflict = refused.json()
    assert conflict["current_revision"] == 2
    winner = first if saved.request.headers["authorization"] == master["Authorization"] else second
    assert [(m["performance"], m["role"], m["dancers"]) for m in conflict["missed"]] == [winner]
    assert conflict["missed"][0]["by"] in ("nyc-ballet-master", "nyc-director")
    # The saved change is in the draft, the refused one is not: nothing was half-written.
    cast = _cast(client, director, draft)
    loser = second if winner == first else first
    assert (winner[0], winner[1], winner[2][0]) in cast
    assert (loser[0], loser[1], loser[2][0]) not in cast
    # Made again on the new revision, the refused change is saved too.
    body = {"performance": loser[0], "role": loser[1], "dancers": loser[2], "base_revision": 2}
    again = client.put(f"{S}/plans/{draft}/casting", json=body, headers=director)
    assert again.status_code == 200, again.text
    cast = _cast(client, director, draft)
    assert {(winner[0], winner[1], winner[2][0]), (loser[0], loser[1], loser[2][0])} <= cast


def test_a_write_names_its_revision_by_body_or_if_match(client: TestClient) -> None:
    headers = bearer(client, "nyc-ballet-master")
    published, draft = plan_ids(client, headers)
    grid_url = f"{S}/productions/{kit.NYC_PRODUCTION}/casting?plan_id={draft}"
    grid = client.get(grid_url, headers=headers)
    assert (grid.headers["ETag"], grid.json()["plan_revision"]) == (f'"plan-{draft}-r1"', 1)
    show, role, dancers = _nyc_cells()[0]
    body = {"performance": show, "role": role, "dancers": dancers}
    url = f"{S}/plans/{draft}/casting"
    missing = client.put(url, json=body, headers=headers)
    assert missing.status_code == 428
    other_plan = {"If-Match": f'"plan-{published}-r1"'}
    wrong_plan = client.put(url, json=body, headers=headers | other_plan)
    assert wrong_plan.status_code == 412
    by_tag = client.put(url, json=body, headers=headers | {"If-Match": grid.headers["ETag"]})
    assert (by_tag.status_code, by_tag.headers["ETag"]) == (200, f'"plan-{draft}-r2"')
    stale = client.put(url, json=body, headers=headers | {"If-Match": grid.headers["ETag"]})
    assert stale.status_code == 409
    # The old name of the field is understood too.
    renamed = client.put(url, json=body | {"base_version": 2}, headers=headers)
    assert renamed.status_code == 200
    assert client.get(grid_url, headers=headers).headers["ETag"] == f'"plan-{draft}-r3"'


def test_the_form_of_a_stale_page_saves_nothing_and_shows_the_plan_as_it_is(
    client: TestClient,
) -> None:
    headers = bearer(client, "nyc-director")
    _, draft = plan_ids(client, headers)
    first, second = _nyc_cells()
    assert _put(client, headers, draft, first)().status_code == 200  # someone else saves first
    assert log_in(client, "nyc-ballet-master") == 303
    form = client.get(f"{P}/casting/{kit.NYC_PRODUCTION}?plan_id={draft}")
    page = client.post(
        f"{P}/casting/{kit.NYC_PRODUCTION}",
        data={
            "csrf": csrf_of(form.text),
            "plan_id": str(draft),
            "base_revision": "1",  # the page was opened before that save
            "performance": second[0],
            "role": second[1],
            "dancer": second[2],
        },
    )
    assert page.status_code == 409
    assert 'id="edit-conflict"' in page.text
    assert "nyc-director" in page.text  # who saved what the reader missed
    assert (second[0], second[1], second[2][0]) not in _cast(client, headers, draft)


def test_two_publications_of_one_draft_give_one_version(client: TestClient) -> None:
    director = bearer(client, "nyc-director")
    _, draft = plan_ids(client, director)
    publish = lambda: client.post(f"{S}/plans/{draft}/publish", headers=director)  # noqa: E731
    answers = at_once(publish, publish)
    assert sorted(a.status_code for a in answers) == [200, 409]
    done = next(a for a in answers if a.status_code == 200).json()
    assert (done["plan"]["version"], done["changelog"]["previous_version"]) == (2, 1)
    plans = client.get(f"{S}/plans", headers=director).json()
    assert [p["version"] for p in plans] == [1, 2]


def test_two_drafts_published_at_once_give_one_version_and_a_conflict(
    client: TestClient, site_url: str
) -> None:
    director = bearer(client, "nyc-director")
    _, draft = plan_ids(client, director)
    with Database(site_url) as db, db.transaction(write=True) as session:
        third = PlanRepository(session).save_draft(kit.plan(), label="another draft").id
    answers = at_once(
        lambda: client.post(f"{S}/plans/{draft}/publish?base_version=1", headers=director),
        lambda: client.post(f"{S}/plans/{third}/publish?base_version=1", headers=director),
    )
    assert sorted(a.status_code for a in answers) == [200, 409]
    refused = next(a for a in answers if a.status_code == 409).json()
    assert refused["current_revision"] == 2
    assert "version 2 was published after version 1" in refused["detail"]
    plans = client.get(f"{S}/plans", headers=director).json()
    assert sorted(p["version"] for p in plans if p["version"]) == [1, 2]


def test_a_draft_made_from_an_older_version_is_not_published_over_a_newer_one(
    client: TestClient,
) -> None:
    # Two people edit published version 1 at once: each edit starts its own draft from it.
    master, director = bearer(client, "nyc-ballet-master"), bearer(client, "nyc-director")
    published, _ = plan_ids(client, director)
    first, second = _nyc_cells()
    one = _put(client, master, published, first)().json()["plan"]
    two = _put(client, director, published, second)().json()["plan"]
    assert (one["based_on"], two["based_on"]) == (published, published)
    assert client.post(f"{S}/plans/{one['id']}/publish", headers=director).status_code == 200
    refused = client.post(f"{S}/plans/{two['id']}/publish", headers=director)
    assert refused.status_code == 409
    assert "would undo what version 2 changed" in refused.json()["detail"]


@pytest.mark.parametrize("reader", ["nyc-director", "par-director", "par-ballet-master"])
def test_a_changelog_shows_a_house_what_it_may_see(client: TestClient, reader: str) -> None:
    director = bearer(client, "nyc-director")
    show, role, dancers = _nyc_cells()[0]
    body = {"performance": show, "role": role, "dancers": dancers, "base_revision": 1}
    _, draft = plan_ids(client, director)
    assert client.put(f"{S}/plans/{draft}/casting", json=body, headers=director).status_code == 200
    assert client.post(f"{S}/plans/{draft}/publish", headers=director).status_code == 200
    season = kit.season()
    house = "nyc" if reader.startswith("nyc") else "par"
    for version in (1, 2):
        log = client.get(f"{S}/versions/{version}/changelog", headers=bearer(client, reader))
        assert log.status_code == 200
        changes = log.json()["changes"]
        own = {d for d, o in season.dancers.items() if o.owner == house}
        own |= {s for s, o in season.staff.items() if o.owner == house}
        for change in changes:
            assert change["kind"].startswith("stay_") or (set(change["people"]) <= own), change
        assert set(log.json()["people"]) <= own | {
            p for c in changes if c["kind"].startswith("stay_") for p in c["people"]
        }
    version_two = client.get(f"{S}/versions/2/changelog", headers=bearer(client, reader)).json()
    assert bool(version_two["changes"]) == (house == "nyc")
