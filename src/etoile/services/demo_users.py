"""Use case: the demo's users, one per role and house, with one documented password.

``etoile demo`` creates them so that the web app can be tried at once (``docs/web.md`` lists
them). The password is public: never use these accounts outside a demo.
"""

from __future__ import annotations

from dataclasses import dataclass

from etoile.domain import Season
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


def demo_users(season: Season) -> list[DemoUser]:
    """A director, a ballet master, a finance officer and a dancer for each house.

    The dancer is the house's first dancer who is cast-worthy as a star (the first of the
    ladder's top rank), so that their schedule has shows in it.
    """
    found = []
    for company in season.companies:
        lang = company.language
        top = company.ranks[0].id if company.ranks else None
        star = next((d for d in company.dancers if d.rank == top), None) or (
            company.dancers[0] if company.dancers else None
        )
        found += [
            DemoUser(f"{company.id}-director", Role.DIRECTOR, company.id, None, lang),
            DemoUser(f"{company.id}-ballet-master", Role.BALLET_MASTER, company.id, None, lang),
            DemoUser(f"{company.id}-finance", Role.FINANCE, company.id, None, lang),
        ]
        if star is not None:
            found.append(DemoUser(f"{company.id}-dancer", Role.DANCER, company.id, star.id, lang))
    return found


def add_demo_users(url: str, season: Season) -> list[DemoUser]:
    """Create the demo accounts that do not exist yet in the database at ``url``."""
    users = demo_users(season)
    with Database(url) as db:
        with db.transaction() as session:
            existing = {u.login for u in UserRepository(session).list()}
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
                )
    return users
