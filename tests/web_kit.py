"""A populated web-app database for the API and page tests: the tiny season, planned once,
published as version 1, a copy as draft 2, and users of every role in both houses.

Every user's password is :data:`PASSWORD`; it is hashed once (Argon2id, the real hasher) and
the hash shared, so that populating a database costs milliseconds, not a second of hashing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from etoile.demo import generate
from etoile.domain import Plan, Season
from etoile.services.auth import hash_password
from etoile.services.plan import PlanParams, plan_season
from etoile.services.publishing import publish
from etoile.storage import Database, PlanRepository, SeasonRepository, UserRepository

PASSWORD = "correct horse battery"
SEASON_ID = "tiny-2026"
NYC_PRODUCTION = "nyc-giselle"
PAR_PRODUCTION = "par-swan-lake"
NYC_SHOW = "nyc-giselle-01"
NYC_ROLE = "nyc-giselle.giselle"
NYC_STUDIO = "nyc-studio"
NYC_STAFF = "nyc-bm"
PAR_STUDIO = "par-studio"
NYC_DANCER = "nyc-rachel-weber"
OTHER_NYC_DANCER = "nyc-samuel-silva"
PAR_DANCER = "par-zoe-rochefort"
FAST = PlanParams(
    exchange_time_limit=2, casting_time_limit=3, rehearsal_time_limit=3, workers=1, draws=200
)
QUICK_JOB = {
    "exchange_time_limit": 1,
    "casting_time_limit": 2,
    "rehearsal_time_limit": 2,
    "workers": 1,
    "draws": 100,
}
"""The settings of a short solving job, as the body of ``POST /api/seasons/{id}/jobs``."""
SUCCEEDED = ("succeeded", 1.0, "Saving the draft", None)
"""How a job that planned the season ends: see :func:`job_end`."""


def job_end(job: dict[str, Any]) -> tuple[Any, ...]:
    """A job of the API (its JSON) as its status, progress, stage and error."""
    return job["status"], job["progress"], job["stage"], job["error"]


@dataclass(frozen=True)
class Account:
    """A test user."""

    login: str
    role: str
    company: str
    dancer: str | None = None
    language: str = "en"


ACCOUNTS = {
    a.login: a
    for a in (
        Account("nyc-director", "director", "nyc"),
        Account("nyc-ballet-master", "ballet_master", "nyc"),
        Account("nyc-finance", "finance", "nyc"),
        Account("nyc-dancer", "dancer", "nyc", NYC_DANCER),
        Account("par-director", "director", "par", language="fr"),
        Account("par-ballet-master", "ballet_master", "par", language="fr"),
        Account("par-finance", "finance", "par", language="fr"),
        Account("par-dancer", "dancer", "par", PAR_DANCER, language="fr"),
    )
}


@cache
def season() -> Season:
    """The tiny season (seed 0)."""
    return generate("tiny", 0)


@cache
def plan() -> Plan:
    """The tiny season planned (fast settings; 0.2 s)."""
    return plan_season(season(), FAST).plan


@cache
def password_hash() -> str:
    """The one hash of :data:`PASSWORD` every test user shares."""
    return hash_password(PASSWORD)


HOSTILE = "<img src=x onerror=alert(1)>\"'<script>alert(2)</script>"
"""Markup a hostile user could type into any name: it must always come back as text."""


@cache
def hostile_season() -> Season:
    """The tiny season with :data:`HOSTILE` in front of every name and title (same ids)."""

    def poison(node: object) -> object:
        if isinstance(node, dict):
            return {
                k: f"{HOSTILE} {v}" if k in ("name", "title") and isinstance(v, str) else poison(v)
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [poison(v) for v in node]
        return node

    return Season.model_validate(poison(season().model_dump(mode="json")))


def populate(url: str, *, hostile: bool = False) -> None:
    """Store the season, version 1 (published), draft 2 (the same plan) and the accounts.

    ``hostile`` stores :func:`hostile_season` and gives every account a hostile name.
    """
    stored = hostile_season() if hostile else season()
    with Database(url) as db:
        with db.transaction() as session:
            SeasonRepository(session).save(stored)
            first = PlanRepository(session).save_draft(plan(), label="first plan")
        publish(db, stored, first.id)
        with db.transaction() as session:
            PlanRepository(session).save_draft(
                plan(), label=f"{HOSTILE} second plan" if hostile else "second plan"
            )
            _accounts(UserRepository(session), prefix=f"{HOSTILE} " if hostile else "")


def _accounts(users: UserRepository, prefix: str = "") -> None:
    for index, a in enumerate(ACCOUNTS.values(), start=1):
        users.add(
            a.login,
            password_hash(),
            a.role,
            a.company,
            dancer=a.dancer,
            language=a.language,
            name=f"{prefix}Person {index}",
        )
