"""The casting grid a ballet master works in: the role column and the dates stay in view, the
edit form offers only the dancers who may take the place (the most ready first), and the
validator's hours read with one decimal."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

import web_kit as kit
from api.test_login import log_in
from etoile.domain import Season
from etoile.services import cast_checks
from etoile.services.casting_edit import cast_choices
from etoile.validate import Severity, Violation
from etoile.web.i18n import PageTranslator
from etoile.web.pages.casting import one_decimal, tidy_hours

from .cells import save_cell

P = f"/seasons/{kit.SEASON_ID}"
ODETTE = "par-swan-lake.odette"


def first_show(production: str) -> str:
    """The first performance of ``production`` in the tiny season."""
    season = kit.season()
    shows = [p for p in season.performances.values() if p.item.production == production]
    return min(shows, key=lambda p: (p.item.start, p.item.id)).item.id


def men(season: Season) -> set[str]:
    """Every dancer of the season tagged as a man."""
    return {d for d, o in season.dancers.items() if "man" in o.item.tags}


def options(html: str) -> list[tuple[str, str]]:
    """(value, attributes) of every option of the edit form's first select."""
    select = re.search(r'<select name="dancer" data-slot="0">(.*?)</select>', html, re.S)
    assert select is not None
    return re.findall(r'<option value="([^"]*)"([^>]*)>', select.group(1))


def test_a_womans_lead_offers_no_men() -> None:
    season, plan = kit.season(), kit.plan()
    assert men(season) & {d.id for d in season.company["par"].dancers}
    choices = cast_choices(season, plan, first_show("par-swan-lake"), ODETTE)
    assert choices
    assert not {c.dancer for c in choices} & men(season)
    assert all(c.eligible for c in choices)


def test_the_list_is_sorted_by_readiness() -> None:
    """Knowers first, then the fewest hours to learn, then the fewest shows that week."""
    show = first_show("par-swan-lake")
    role = "par-swan-lake.swans"
    base = kit.season()
    plan = kit.plan()
    ready = [c.dancer for c in cast_choices(base, plan, show, role) if c.knows and c.eligible]
    assert len(ready) >= 2
    slow, quick = ready[:2]
    data = base.model_dump(mode="json")
    for company in data["companies"]:
        for dancer in company["dancers"]:
            if dancer["id"] in (slow, quick):
                dancer["known_roles"] = [r for r in dancer["known_roles"] if r != role]
                dancer["learn_hours"] = {role: 3.0 if dancer["id"] == quick else 6.0}
    season = Season.model_validate(data)
    choices = cast_choices(season, plan, show, role)
    keys = [(not c.eligible, not c.knows, c.hours_to_learn, c.shows_that_week) for c in choices]
    assert keys == sorted(keys)
    order = [c.dancer for c in choices]
    learners = [c.dancer for c in choices if not c.knows]
    assert learners[:2] == [quick, slow]
    knowers = [c.dancer for c in choices if c.knows and c.eligible]
    assert all(order.index(k) < order.index(quick) for k in knowers)
    assert {c.dancer: c.hours_to_learn for c in choices}[quick] == 3.0


def test_an_absent_dancer_is_listed_last_and_says_why() -> None:
    season, plan = kit.season(), kit.plan()
    choices = cast_choices(season, plan, "nyc-giselle-01", "nyc-giselle.wilis")
    absent = [c for c in choices if c.reason == "absent"]
    assert absent and not absent[0].eligible
    assert choices[-len(absent) :] == absent


def test_hours_print_with_at_most_one_decimal() -> None:
    en, fr = PageTranslator("en"), PageTranslator("fr")
    assert one_decimal(en, 23.142857) == "23.1"
    assert one_decimal(en, 12.0) == "12"
    assert one_decimal(fr, 23.142857) == "23,1"
    message = "Ava: 23.142857 h of learning short by that day; 2.5 min short on 12.04"
    assert tidy_hours(en, message) == (
        "Ava: 23.1 h of learning short by that day; 2.5 min short on 12.04"
    )


def test_the_grid_keeps_roles_and_dates_in_view(client: TestClient) -> None:
    assert log_in(client, "nyc-ballet-master") == 303
    page = client.get(f"{P}/casting/{kit.NYC_PRODUCTION}?plan_id=2")
    assert page.status_code == 200
    assert '<div class="scroll grid-box" id="grid-box"' in page.text
    assert '<table class="grid sticky">' in page.text
    assert '<th class="role" scope="col">' in page.text
    assert f'<tr data-role="{kit.NYC_ROLE}"><th class="role" scope="row">' in page.text
    css = client.get("/static/etoile.css").text
    assert "position: sticky; left: 0" in css
    assert "position: sticky; top: 0" in css


def test_the_form_for_odette_offers_no_men(client: TestClient) -> None:
    assert log_in(client, "par-ballet-master") == 303
    show = first_show("par-swan-lake")
    page = client.get(f"{P}/casting/par-swan-lake?plan_id=2&edit={show}|{ODETTE}")
    assert page.status_code == 200
    offered = [value for value, _ in options(page.text) if value]
    assert offered
    assert not set(offered) & men(kit.season())
    # The most ready first, each with the rank and a mark for a known role.
    assert "data-knows" in options(page.text)[1][1]
    assert "Étoile" in page.text or "Premier danseur" in page.text
    assert "connaît le rôle" in page.text  # the account reads French


@pytest.mark.parametrize(("lang", "shown"), [("en", "23.1 h"), ("fr", "23,1 h")])
def test_validator_hours_read_with_one_decimal(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, lang: str, shown: str
) -> None:
    """A learning shortfall (the tiny season has none: the check is made to find one)."""
    found = Violation(
        "Role not learnt in time",
        Severity.ERROR,
        (kit.NYC_SHOW, kit.NYC_ROLE, kit.NYC_DANCER),
        23.142857,
        "Rachel Weber: 23.142857 h of learning short by that day",
    )
    calls: list[int] = []

    def checked(*args: object, **kwargs: object) -> list[Violation]:
        calls.append(1)
        return [] if len(calls) == 1 else [found]

    monkeypatch.setattr(cast_checks, "validate_scope", checked)
    assert log_in(client, "nyc-ballet-master") == 303
    _, page = save_cell(client, kit.NYC_DANCER, f"&lang={lang}")
    assert page.status_code == 200
    assert f"Rachel Weber: {shown} of learning short" in page.text
    assert "23.142857" not in page.text
