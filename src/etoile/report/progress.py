"""Each production's progress toward opening: what the calls add up to against what it needs.

Needs come from the production's ``rehearsal`` figures and the plan's casting:

- company calls: ``company_hours``;
- coaching: ``coaching_hours_per_cast`` times the principal casts (each distinct set of
  dancers in the lead roles of a performance);
- learning: for every dancer cast in a solo role or a lead they do not know, the hours of the
  learning rule (:func:`etoile.validate.eligibility.learning_hours`); an ensemble role (not a
  lead, ``count > 1``) is learnt in the company calls;
- stage and dress rehearsals: ``stage_rehearsals`` and ``dress_rehearsals`` calls.

Scheduled is the length of the calls of each kind (hours), or their number for stage and dress.
Company calls split into groups count every group's hours, so they may exceed the need.
"""

from __future__ import annotations

from dataclasses import dataclass

from etoile.domain import Company, Plan, Production, RehearsalKind, Season
from etoile.i18n import Translator
from etoile.i18n.places import local_day
from etoile.validate.eligibility import knows, learning_hours

HOURLY = (RehearsalKind.COMPANY, RehearsalKind.COACHING, RehearsalKind.LEARNING)
COUNTED = (RehearsalKind.STAGE, RehearsalKind.DRESS)


@dataclass(frozen=True)
class KindProgress:
    """One kind of call of one production."""

    kind: str
    label: str
    scheduled: str
    needed: str
    percent: int
    """Scheduled over needed, 0-100 (100 when nothing is needed): the bar's width."""
    share: str
    """The same, as the reader writes a percentage."""
    status: str
    ready: bool


@dataclass(frozen=True)
class ProductionProgress:
    """One production of one house."""

    title: str
    house: str
    opening: str
    casts: str
    kinds: list[KindProgress]
    ready: bool


def needs(season: Season, plan: Plan, company: Company, production: Production) -> dict[str, float]:
    """Hours (company, coaching, learning) and calls (stage, dress) the production needs.

    Parameters
    ----------
    season
        Gives who knows each role, and the learning hours.
    plan
        Its casting: who must learn or be coached.
    company
        The production's house.
    production
        The production measured.

    Returns
    -------
    dict
        Kind of call (``company``, ``coaching``, ``learning``, ``stage``, ``dress``) -> need, plus
        ``casts``.
    """
    shows = {p.id for p in company.performances if p.production == production.id}
    roles = {r.id: r for r in production.roles}
    leads = {r.id for r in production.lead_roles}
    cast: dict[str, set[str]] = {}
    learners: set[tuple[str, str]] = set()
    for a in plan.casting:
        if a.performance in shows and a.role in roles:
            if a.role in leads:
                cast.setdefault(a.performance, set()).add(a.dancer)
            learners.add((a.dancer, a.role))
    learning = 0.0
    for dancer_id, role_id in sorted(learners):
        owned = season.dancers.get(dancer_id)
        role = roles[role_id]
        if role.count > 1 and not role.lead:
            continue  # an ensemble role is learnt in the company calls
        if owned is not None and not knows(owned.item, role):
            learning += learning_hours(season, owned.item, roles[role_id])
    casts = len({frozenset(c) for c in cast.values() if c})
    need = production.rehearsal
    return {
        RehearsalKind.COMPANY.value: need.company_hours,
        RehearsalKind.COACHING.value: need.coaching_hours_per_cast * casts,
        RehearsalKind.LEARNING.value: learning,
        RehearsalKind.STAGE.value: float(need.stage_rehearsals),
        RehearsalKind.DRESS.value: float(need.dress_rehearsals),
        "casts": float(casts),
    }


def scheduled(plan: Plan, production: str) -> dict[str, float]:
    """Hours of each hourly kind and the number of stage and dress calls of ``production``.

    Parameters
    ----------
    plan
        The rehearsal calls placed.
    production
        The production's id.
    """
    done = {k.value: 0.0 for k in (*HOURLY, *COUNTED)}
    for call in plan.rehearsals:
        if call.production == production:
            hours = (call.end - call.start).total_seconds() / 3600
            done[call.kind.value] += hours if call.kind in HOURLY else 1
    return done


def _amount(tr: Translator, kind: RehearsalKind, value: float) -> str:
    if kind in HOURLY:
        return tr.t("reh.hours", count=value, hours=tr.format_number(round(value, 1)))
    return tr.t("reh.calls", count=int(value), n=int(value))


def _kind(tr: Translator, kind: RehearsalKind, done: float, need: float) -> KindProgress:
    ready = done >= need - 1e-9
    percent = 100 if need <= 0 else min(100, int(100 * done / need))
    status = (
        tr.t("reh.ready") if ready else tr.t("reh.short", missing=_amount(tr, kind, need - done))
    )
    return KindProgress(
        kind.value,
        tr.t(f"reh.kind.{kind.value}"),
        _amount(tr, kind, done),
        _amount(tr, kind, need),
        percent,
        tr.format_percent(percent / 100),
        status,
        ready,
    )


def progress(season: Season, plan: Plan, tr: Translator) -> list[ProductionProgress]:
    """Every production with performances or calls, house by house, in the season's order.

    Parameters
    ----------
    season
        Which productions each house has.
    plan
        What is cast, and the calls placed.
    tr
        Formats the hours, dates and percentages.
    """
    called = {c.production for c in plan.rehearsals}
    found = []
    for company in season.companies:
        for production in company.productions:
            shows = company.shows_of(production.id)
            if not shows and production.id not in called:
                continue
            need, done = needs(season, plan, company, production), scheduled(plan, production.id)
            kinds = [_kind(tr, k, done[k.value], need[k.value]) for k in (*HOURLY, *COUNTED)]
            opening = (
                tr.t(
                    "reh.opening",
                    date=tr.format_date(local_day(season, shows[0], company.timezone)),
                )
                if shows
                else tr.t("reh.no_opening")
            )
            casts = int(need["casts"])
            found.append(
                ProductionProgress(
                    production.title,
                    company.name,
                    opening,
                    tr.t("reh.casts", count=casts),
                    kinds,
                    all(k.ready for k in kinds),
                )
            )
    return found
