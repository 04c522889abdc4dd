"""Use case: the demo's users, one per role and house, with one documented password.

``etoile demo`` creates them so that the web app can be tried at once (``docs/web.md`` lists
them). The password is public: never use these accounts outside a demo.
"""

from __future__ import annotations

from dataclasses import dataclass

from etoile.domain import Company, Season
from etoile.domain.people import StaffKind
from etoile.services.access import Role
from etoile.services.auth import add_user
from etoile.storage import Database, UserRepository

DEMO_PASSWORD = "etoile-demo"
"""The password of every demo account."""


@dataclass(frozen=True)
class DemoUser:
    """A demo account."""

    login: str
    role: Role
    company: str
    dancer: str | None
    language: str
    name: str = ""


HOUSE_PEOPLE: dict[str, tuple[str, str]] = {
    "nyc": ("Eleanor Whitcombe", "Marcus Delaney"),
    "par": ("Hélène Vasseur", "Julien Marchetti"),
    "lon": ("Margaret Ashdown", "Oliver Pennington"),
    "cph": ("Kirsten Holm", "Anders Lund"),
}
"""The (director, finance officer) names of the demo's houses; others get their role and city."""


def _names(company: Company) -> tuple[str, str, str]:
    """The names of the house's demo director, ballet master and finance officer: the
    ballet master is the house's first ballet master of the season's staff."""
    director, finance = HOUSE_PEOPLE.get(
        company.id, (f"Director, {company.city}", f"Finance, {company.city}")
    )
    master = next((s.name for s in company.staff if s.kind is StaffKind.BALLET_MASTER), "")
    return director, master or f"Ballet master, {company.city}", finance


def demo_users(season: Season) -> list[DemoUser]:
    """A director, a ballet master, a finance officer and a dancer for each house.

    The dancer is the house's first dancer who is cast-worthy as a star (the first of the
    ladder's top rank), so that their schedule has shows in it; their account bears their name.
    """
    found = []
    for company in season.companies:
        lang = company.language
        top = company.ranks[0].id if company.ranks else None
        star = next((d for d in company.dancers if d.rank == top), None) or (
            company.dancers[0] if company.dancers else None
        )
        director, master, finance = _names(company)
        c = company.id
        found += [
            DemoUser(f"{c}-director", Role.DIRECTOR, c, None, lang, director),
            DemoUser(f"{c}-ballet-master", Role.BALLET_MASTER, c, None, lang, master),
            DemoUser(f"{c}-finance", Role.FINANCE, c, None, lang, finance),
        ]
        if star is not None:
            found.append(DemoUser(f"{c}-dancer", Role.DANCER, c, star.id, lang, star.name))
    return found


def add_demo_users(url: str, season: Season) -> list[DemoUser]:
    """Create the demo accounts that do not exist yet in the database at ``url``; those made
    before the accounts had names get their names.

    Parameters
    ----------
    url
        The database, migrated.
    season
        Whose houses get the accounts.

    Returns
    -------
    list of DemoUser
        Every demo account, new or not.
    """
    users = demo_users(season)
    with Database(url) as db:
        with db.transaction(write=True) as session:
            accounts = UserRepository(session)
            existing = {u.login: u for u in accounts.list()}
            for u in users:
                found = existing.get(u.login)
                if found is not None and not found.name and u.name:
                    accounts.set_name(found.id, u.name)
        for u in users:
            if u.login not in existing:
                add_user(
                    db,
                    u.login,
                    DEMO_PASSWORD,
                    u.role,
                    u.company,
                    dancer=u.dancer,
                    language=u.language,
                    name=u.name,
                )
    return users
