"""The demo's accounts: a director, a ballet master, a finance officer and a star dancer per
house, named, in the house's language; accounts made before names existed get their names."""

from __future__ import annotations

import calendar_kit as kit
from etoile.services.access import Role
from etoile.services.demo_users import DemoUser, add_demo_users, demo_users
from etoile.storage import Database, UserRepository


def test_four_accounts_per_house() -> None:
    users = demo_users(kit.season())
    assert [(u.login, u.role, u.language) for u in users] == [
        ("nyc-director", Role.DIRECTOR, "en"),
        ("nyc-ballet-master", Role.BALLET_MASTER, "en"),
        ("nyc-finance", Role.FINANCE, "en"),
        ("nyc-dancer", Role.DANCER, "en"),
        ("par-director", Role.DIRECTOR, "fr"),
        ("par-ballet-master", Role.BALLET_MASTER, "fr"),
        ("par-finance", Role.FINANCE, "fr"),
        ("par-dancer", Role.DANCER, "fr"),
    ]


def test_names_come_from_the_house_and_its_staff() -> None:
    users = {u.login: u for u in demo_users(kit.season())}
    # The documented director and finance names; the ballet master is the season's first
    # ballet master of the house (Rosa Feld in New York, Claire Aubry in Paris).
    assert [users[f"nyc-{r}"].name for r in ["director", "ballet-master", "finance"]] == [
        "Eleanor Whitcombe",
        "Rosa Feld",
        "Marcus Delaney",
    ]
    assert users["par-ballet-master"].name == "Claire Aubry"


def test_the_dancer_is_the_first_of_the_top_rank() -> None:
    users = {u.login: u for u in demo_users(kit.season())}
    # New York's top rank is principal: Ava Linden comes first; Paris's is étoile: Léa.
    assert users["nyc-dancer"] == DemoUser(
        "nyc-dancer", Role.DANCER, "nyc", "nyc-ava", "en", "Ava Linden"
    )
    assert (users["par-dancer"].dancer, users["par-dancer"].name) == ("par-lea", "Léa Garnier")


def test_an_unknown_house_without_staff_or_dancers() -> None:
    season = kit.season()
    vienna = season.companies[0].model_copy(
        update={"id": "vie", "city": "Vienna", "staff": [], "dancers": []}
    )
    users = demo_users(season.model_copy(update={"companies": [vienna]}))
    # No documented names and no ballet master: role and city; no dancer, so no dancer account.
    assert [(u.login, u.name) for u in users] == [
        ("vie-director", "Director, Vienna"),
        ("vie-ballet-master", "Ballet master, Vienna"),
        ("vie-finance", "Finance, Vienna"),
    ]


def test_existing_accounts_get_their_names_and_nothing_is_added(database_url: str) -> None:
    season = kit.season()
    with Database(database_url) as db, db.transaction(write=True) as session:
        accounts = UserRepository(session)
        for u in demo_users(season):
            accounts.add(u.login, "hash", u.role.value, u.company, dancer=u.dancer)
    assert len(add_demo_users(database_url, season)) == 8
    with Database(database_url) as db, db.transaction() as session:
        stored = {u.login: u for u in UserRepository(session).list()}
    assert len(stored) == 8  # no account made twice
    assert stored["par-director"].name == "Hélène Vasseur"
    assert stored["nyc-dancer"].name == "Ava Linden"
    assert stored["nyc-dancer"].password_hash == "hash"  # the password is left alone
