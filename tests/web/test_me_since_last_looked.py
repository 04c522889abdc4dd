"""``/me`` tells a dancer what changed since they last looked: the changes for them of every
version published after the one they saw last, newest first, then the version it showed is
recorded, so that a reload shows the newest version's changes under its number. The table
behind it (``user_seen``) works on SQLite and PostgreSQL, migrates up and down, and only moves
forward, however many pages record at once.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import threading
from collections.abc import Iterator

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text

import web_kit as kit
from api.conftest import BACKENDS
from api.test_login import log_in
from etoile.domain import Plan
from etoile.services.casting_edit import recast
from etoile.services.publishing import changelog, publish
from etoile.services.schedule import my_changes
from etoile.storage import (
    Database,
    PlanRepository,
    SeenVersionRepository,
    UserRepository,
    alembic_config,
    make_engine,
    upgrade,
)
from etoile.web.i18n import PageTranslator
from etoile.web.pages import me
from storage.conftest import empty_url  # noqa: F401  (fixture)
from web.test_me_phone import DANCERS, TODAY, section

BY_BACKEND = pytest.mark.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``/me`` reads today as :data:`TODAY` (before every show of the tiny season)."""
    monkeypatch.setattr(me, "today", lambda: TODAY)
    yield


def shows_of(dancer: str) -> list[tuple[str, str]]:
    """The (performance, role) places of ``dancer`` in version 1, in time order."""
    season = kit.season()
    places = [(a.performance, a.role) for a in kit.plan().casting if a.dancer == dancer]
    return sorted(places, key=lambda p: season.performances[p[0]].item.start)


def without(plan: Plan, dancer: str, places: list[tuple[str, str]]) -> Plan:
    """``plan`` with ``dancer`` taken out of ``places`` (the places left unfilled)."""
    for performance, role in places:
        cast = [a.dancer for a in plan.casting if (a.performance, a.role) == (performance, role)]
        plan = recast(plan, performance, role, [d for d in cast if d != dancer])
    return plan


def publish_plan(url: str, plan: Plan) -> int:
    """Store ``plan`` as a draft and publish it; the new version's number."""
    with Database(url) as db:
        with db.transaction() as session:
            draft = PlanRepository(session).save_draft(plan, label="test").id
        version = publish(db, kit.season(), draft).plan.version
    assert version is not None
    return version


def publish_two(url: str, dancer: str) -> None:
    """Version 2 takes ``dancer`` out of their first and last shows, version 3 puts them back
    (two changes for them each, all still to come on :data:`TODAY`)."""
    places = shows_of(dancer)
    first_last = [places[0], places[-1]]
    assert first_last[0] != first_last[1]
    assert publish_plan(url, without(kit.plan(), dancer, first_last)) == 2
    assert publish_plan(url, kit.plan()) == 3


def expected(url: str, version: int, lang: str) -> list[str]:
    """The lines ``/me`` says of ``version`` to the house's dancer in ``lang``."""
    dancer = DANCERS[lang][1]
    with Database(url) as db:
        log = changelog(db, kit.SEASON_ID, version)
    found = [c for c in my_changes(log.diff, kit.season(), dancer, lang) if c.day >= TODAY]
    tr = PageTranslator(lang)
    return [tr.t("me.change." + c.key, **c.fields) for c in found]


def words(fragment: str) -> str:
    """The text of some HTML, tags dropped, entities read, HTML's spaces collapsed (Babel's
    no-break spaces inside dates are part of the text)."""
    return re.sub(r"[ \t\r\n]+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment))).strip()


def lines_of(changes: str) -> list[str]:
    """The lines of the "what changed" section, in page order."""
    return [words(li) for li in re.findall(r"<li>(.*?)</li>", changes, flags=re.S)]


def versions_of(changes: str) -> list[str]:
    """The version headings inside the section."""
    return [words(h) for h in re.findall(r"<h3>(.*?)</h3>", changes, flags=re.S)]


def heading(changes: str) -> str:
    found = re.search(r"<h2>(.*?)</h2>", changes, flags=re.S)
    assert found is not None
    return words(found.group(1))


def seen(url: str, login: str) -> int | None:
    """The version ``login`` last saw of the tiny season."""
    with Database(url) as db, db.transaction() as session:
        user = UserRepository(session).by_login(login)
        assert user is not None
        return SeenVersionRepository(session).last_seen(user.id, kit.SEASON_ID)


def my_changes_section(client: TestClient, lang: str) -> str:
    page = client.get(f"/me?lang={lang}")
    assert page.status_code == 200
    return section(page.text, "my-changes")


@BY_BACKEND
@pytest.mark.parametrize("lang", sorted(DANCERS))
def test_what_changed_since_the_version_last_seen(
    client: TestClient, site_url: str, lang: str
) -> None:
    login = DANCERS[lang][0]
    tr = PageTranslator(lang)
    assert log_in(client, login) == 303
    first = my_changes_section(client, lang)
    assert heading(first) == tr.t("me.changes_in", version=1)
    assert seen(site_url, login) == 1

    publish_two(site_url, DANCERS[lang][1])
    v3, v2 = expected(site_url, 3, lang), expected(site_url, 2, lang)
    assert len(v2) == len(v3) == 2

    changes = my_changes_section(client, lang)
    assert heading(changes) == tr.t("me.changes_since")
    # Newest version first; the fourth line is folded under "show all", its version named
    # again there.
    assert lines_of(changes) == v3 + v2
    assert versions_of(changes) == [
        tr.t("me.changes_version", version=3),
        tr.t("me.changes_version", version=2),
        tr.t("me.changes_version", version=2),
    ]
    folded = changes[changes.index("<details>") :]
    assert lines_of(folded) == v2[1:]
    assert words(tr.t("me.changes_count", count=4)) in words(changes)
    assert seen(site_url, login) == 3

    # A reload has seen them all: the newest version's changes, under its number.
    again = my_changes_section(client, lang)
    assert heading(again) == tr.t("me.changes_in", version=3)
    assert lines_of(again) == v3
    assert versions_of(again) == []
    assert seen(site_url, login) == 3


@BY_BACKEND
def test_a_dancer_who_never_looked_sees_the_newest_version(
    client: TestClient, site_url: str
) -> None:
    login = DANCERS["en"][0]
    publish_two(site_url, DANCERS["en"][1])
    assert seen(site_url, login) is None
    assert log_in(client, login) == 303
    changes = my_changes_section(client, "en")
    assert heading(changes) == "What changed for you in version 3"
    assert lines_of(changes) == expected(site_url, 3, "en")
    assert seen(site_url, login) == 3


def test_the_headings_read_in_french(client: TestClient) -> None:
    tr = PageTranslator("fr")
    assert tr.t("me.changes_since") == "Ce qui a changé pour vous depuis votre dernière visite"
    assert tr.t("me.changes_in", version=3) == "Ce qui a changé pour vous dans la version 3"
    assert log_in(client, DANCERS["fr"][0]) == 303
    assert heading(my_changes_section(client, "fr")) == tr.t("me.changes_in", version=1)


def test_versions_that_changed_nothing_for_the_dancer_are_left_out(
    client: TestClient, site_url: str
) -> None:
    """Versions 2 and 3 concern the Paris dancer only: the New York dancer, who saw
    version 1, has nothing new, and is told nothing."""
    login = DANCERS["en"][0]
    assert log_in(client, login) == 303
    assert client.get("/me").status_code == 200
    publish_two(site_url, DANCERS["fr"][1])
    page = client.get("/me").text
    assert 'id="my-changes"' not in page
    assert seen(site_url, login) == 3


@BY_BACKEND
def test_the_seen_version_only_moves_forward(site_url: str) -> None:
    with Database(site_url) as db:
        with db.transaction() as session:
            users = UserRepository(session)
            dancer = users.by_login("nyc-dancer")
            other = users.by_login("par-dancer")
            assert dancer is not None and other is not None
        for version in (1, 1, 3, 2):
            with db.transaction(write=True) as session:
                SeenVersionRepository(session).record(dancer.id, kit.SEASON_ID, version)
        with db.transaction(write=True) as session:
            SeenVersionRepository(session).record(dancer.id, "another-season", 7)
        with db.transaction() as session:
            repo = SeenVersionRepository(session)
            assert repo.last_seen(dancer.id, kit.SEASON_ID) == 3
            assert repo.last_seen(dancer.id, "another-season") == 7
            assert repo.last_seen(other.id, kit.SEASON_ID) is None


@BY_BACKEND
def test_many_pages_recording_at_once_all_succeed(site_url: str) -> None:
    """A dancer opening several tabs at once: every first visit inserts, none fails."""
    with Database(site_url) as db:
        with db.transaction() as session:
            dancer = UserRepository(session).by_login("nyc-dancer")
            assert dancer is not None
        start = threading.Barrier(6)
        failures: list[BaseException] = []

        def visit(version: int) -> None:
            try:
                start.wait()
                with db.transaction(write=True) as session:
                    SeenVersionRepository(session).record(dancer.id, kit.SEASON_ID, version)
            except BaseException as error:  # reported below
                failures.append(error)

        threads = [threading.Thread(target=visit, args=(1 + n % 3,)) for n in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert failures == []
        with db.transaction() as session:
            assert SeenVersionRepository(session).last_seen(dancer.id, kit.SEASON_ID) == 3


@BY_BACKEND
def test_the_table_migrates_up_and_down(empty_url: str) -> None:  # noqa: F811
    assert upgrade(empty_url, "0005_user_active") == "0005_user_active"
    engine = make_engine(empty_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO users (login, name, password_hash, role, company, dancer, "
                "language, created_at) VALUES ('d', '', 'h', 'dancer', 'nyc', 'nyc-d', 'en', "
                ":now)"
            ),
            {"now": dt.datetime(2026, 1, 1)},
        )
    assert upgrade(empty_url, "0006_user_seen") == "0006_user_seen"
    with Database(empty_url) as db, db.transaction(write=True) as session:
        user = UserRepository(session).by_login("d")
        assert user is not None
        SeenVersionRepository(session).record(user.id, kit.SEASON_ID, 2)
    with Database(empty_url) as db, db.transaction() as session:
        assert SeenVersionRepository(session).last_seen(user.id, kit.SEASON_ID) == 2
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0005_user_active")
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
    assert "user_seen" not in tables and "users" in tables
    assert upgrade(empty_url, "0006_user_seen") == "0006_user_seen"
    engine.dispose()
