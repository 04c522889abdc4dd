"""Season rules about a house's dancers against its repertoire: can every role be cast at all?

Shortfalls are counted among the house's own dancers. When dancers of another house could come
under the season's exchange terms and cover the shortfall, the violation is a warning (the
season can be planned, but only with a guest); otherwise it is an error.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from etoile.domain import Company, Dancer, Plan, Production, Role, Season
from etoile.validate.core import Rule
from etoile.validate.eligibility import (
    cast_slots,
    eligible,
    guest_places,
    knows,
    learning_hours,
    max_matching,
    names,
    potential_guests,
)
from etoile.validate.violation import Severity, Violation

ROLE_NOBODY_CAN_DANCE = "Role nobody can dance"
CAST_LARGER_THAN_COMPANY = "Cast larger than the company"
ROLE_TOO_FEW_KNOW = "Role too few dancers know"


def guest_severity(
    season: Season, company: Company, guests: Sequence[Dancer], short: int
) -> tuple[Severity, str]:
    """Warning (with who could come) when guests can cover ``short`` dancers, else error.

    Parameters
    ----------
    season
        The season, for the guest places of ``company``.
    company
        The house that is short.
    guests
        The dancers of other houses who could cover the shortfall
        (:func:`~etoile.validate.eligibility.potential_guests`).
    short
        How many dancers the house lacks.

    Returns
    -------
    tuple[Severity, str]
        The severity and a note to append to the message (empty for an error).
    """
    if guests and min(len(guests), guest_places(season, company.id)) >= short:
        return Severity.WARNING, f"; only a guest can cover it ({names(guests)} could come)"
    return Severity.ERROR, ""


def describe_role(role: Role) -> str:
    """``"principal or soloist, woman"``: who may dance ``role``."""
    who = " or ".join(t.value for t in role.tiers)
    return f"{who}, {', '.join(role.tags)}" if role.tags else who


def role_nobody_can_dance(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """A role needs more dancers than the house has with the right tier and tags.

    Amount: dancers short.
    """
    for company in season.companies:
        for production in company.productions:
            for role in production.roles:
                pool = eligible(company, role)
                short = role.count - len(pool)
                if short <= 0:
                    continue
                guests = potential_guests(season, company.id, role)
                severity, note = guest_severity(season, company, guests, short)
                who = f"only {len(pool)} ({names(pool)})" if pool else "no one"
                yield Violation(
                    ROLE_NOBODY_CAN_DANCE,
                    severity,
                    (production.id, role.id),
                    float(short),
                    f"{production.title} ({company.name}): {role.name} needs {role.count} "
                    f"dancer(s) ({describe_role(role)}); {who} in the company can dance it, "
                    f"{short} short{note}",
                )


def cast_larger_than_company(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Every role can be cast on its own, but not all of them together in one show.

    A dancer dances one role a show (except doubled roles), so the roles compete for the same
    dancers. Amount: dancers short beyond what :func:`role_nobody_can_dance` already reports.
    """
    for company in season.companies:
        for production in company.productions:
            slots = cast_slots(company, production)
            alone = _short_alone(production, slots)
            short = len(slots) - max_matching(pool for _, pool in slots) - alone
            if short <= 0:
                continue
            guests = {
                g.id: g for role, _ in slots for g in potential_guests(season, company.id, role)
            }
            severity, note = guest_severity(
                season, company, sorted(guests.values(), key=_id), short
            )
            yield Violation(
                CAST_LARGER_THAN_COMPANY,
                severity,
                (production.id,),
                float(short),
                f"{production.title} ({company.name}) needs {len(slots)} dancers on stage at "
                f"once; the roles compete for the same dancers and {short} cannot be cast{note}",
            )


def role_too_few_know(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Fewer dancers of the house know a role than one show needs: learning must be planned.

    Amount: the fewest learning hours that bring enough dancers to know it (the quickest
    learners among those who can dance it).
    """
    for company in season.companies:
        for production in company.productions:
            for role in production.roles:
                pool = eligible(company, role)
                knowers = [d for d in pool if knows(d, role)]
                missing = min(role.count, len(pool)) - len(knowers)
                if missing <= 0:
                    continue
                learners = sorted(
                    (learning_hours(season, d, role), d.id, d) for d in pool if not knows(d, role)
                )[:missing]
                hours = sum(h for h, _, _ in learners)
                verb = "knows" if len(knowers) == 1 else "know"
                who = f"only {names(knowers)} {verb} it" if knowers else "no one knows it"
                quickest = ", ".join(f"{d.name} {h:g} h" for h, _, d in learners)
                yield Violation(
                    ROLE_TOO_FEW_KNOW,
                    Severity.WARNING,
                    (production.id, role.id),
                    hours,
                    f"{production.title} ({company.name}): {role.name} needs {role.count} "
                    f"dancer(s); of the {len(pool)} who can dance it, {who}; plan at least "
                    f"{hours:g} h of learning (quickest: {quickest})",
                )


def _short_alone(production: Production, slots: list[tuple[Role, list[str]]]) -> int:
    """Slots that no one can fill even with every other role empty (already reported)."""
    total = 0
    for role in production.roles:
        counted = [pool for r, pool in slots if r.id == role.id]
        if counted:
            total += max(0, len(counted) - len(counted[0]))
    return total


def _id(dancer: Dancer) -> str:
    return dancer.id


RULES: list[Rule] = [role_nobody_can_dance, cast_larger_than_company, role_too_few_know]
