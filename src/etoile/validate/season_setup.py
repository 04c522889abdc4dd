"""Season rules about everything around the dancers: staff, studios, venues, partners, terms."""

from __future__ import annotations

from collections.abc import Iterator

from etoile.domain import Plan, Season, StaffKind
from etoile.validate.core import Rule
from etoile.validate.eligibility import names
from etoile.validate.violation import Severity, Violation

PRODUCTION_WITHOUT_BALLET_MASTER = "Production without a ballet master"
COMPANY_WITHOUT_STUDIO = "Company without a studio"
STUDIO_TOO_SMALL = "Studio too small for the corps"
PRICE_TIERS_SHORT = "Venue price tiers short of capacity"
PRICE_TIERS_OVER = "Venue price tiers over capacity"
LEAD_WITHOUT_PARTNER = "Lead without a partner role"
PARTNERS_NOT_MUTUAL = "Partner roles not mutual"
EXCHANGE_TERMS_UNUSABLE = "Exchange terms no one can use"
EXCHANGE_WINDOW_TOO_SHORT = "Exchange window shorter than the minimum stay"

REHEARSING_STAFF = (StaffKind.BALLET_MASTER, StaffKind.REPETITEUR)


def production_without_ballet_master(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """No ballet master or répétiteur of the house can rehearse a production. Amount: 1."""
    for company in season.companies:
        for production in company.productions:
            if not any(
                s.kind in REHEARSING_STAFF and production.id in s.productions for s in company.staff
            ):
                yield Violation(
                    PRODUCTION_WITHOUT_BALLET_MASTER,
                    Severity.ERROR,
                    (production.id,),
                    1.0,
                    f"{production.title} ({company.name}): no ballet master or répétiteur of "
                    "the company can rehearse it",
                )


def studios_fit(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """A house with productions has no studio (error), or its largest studio holds fewer
    dancers than the biggest single-role call of a production, the corps (warning).

    Amount: 1 for no studio; dancers over the largest studio's capacity.
    """
    for company in season.companies:
        if not company.productions:
            continue
        if not company.studios:
            yield Violation(
                COMPANY_WITHOUT_STUDIO,
                Severity.ERROR,
                (company.id,),
                1.0,
                f"{company.name} has productions to rehearse but no studio",
            )
            continue
        studio = max(company.studios, key=lambda s: (s.capacity, s.id))
        for production in company.productions:
            role = max(production.roles, key=lambda r: r.count)
            over = role.count - studio.capacity
            if over > 0:
                yield Violation(
                    STUDIO_TOO_SMALL,
                    Severity.WARNING,
                    (production.id, role.id, studio.id),
                    float(over),
                    f"{production.title} ({company.name}): the {role.count} {role.name} "
                    f"rehearse together, but the largest studio, {studio.name}, holds "
                    f"{studio.capacity}; {over} over (rehearse in groups or on stage)",
                )


def venue_price_tiers(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """The seats of a venue's price tiers do not add up to its capacity (warning).

    Amount: seats without a price, or priced seats beyond the capacity.
    """
    for company in season.companies:
        for venue in company.venues:
            gap = venue.capacity - venue.tier_seats
            if gap == 0:
                continue
            rule, what = (
                (PRICE_TIERS_SHORT, "have no price")
                if gap > 0
                else (PRICE_TIERS_OVER, "are priced beyond the capacity")
            )
            yield Violation(
                rule,
                Severity.WARNING,
                (venue.id,),
                float(abs(gap)),
                f"{venue.name}: the price tiers sell {venue.tier_seats} seats of "
                f"{venue.capacity}; {abs(gap)} seats {what}",
            )


def partner_roles(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """A lead role names no partner role, or two roles do not name each other (warnings).

    Amount: 1. A partner role that does not exist is the season-file loader's to report.
    """
    for company in season.companies:
        for production in company.productions:
            by_id = {r.id: r for r in production.roles}
            for role in production.roles:
                where = f"{production.title} ({company.name})"
                if role.lead and role.partner is None:
                    yield Violation(
                        LEAD_WITHOUT_PARTNER,
                        Severity.WARNING,
                        (production.id, role.id),
                        1.0,
                        f"{where}: {role.name} is a lead with no partner role, so partnerships "
                        "cannot be kept across the run",
                    )
                partner = by_id.get(role.partner) if role.partner else None
                if partner is not None and partner.partner != role.id:
                    back = (
                        f"names {by_id[partner.partner].name}"
                        if partner.partner in by_id
                        else "names no one"
                    )
                    yield Violation(
                        PARTNERS_NOT_MUTUAL,
                        Severity.WARNING,
                        (production.id, role.id, partner.id),
                        1.0,
                        f"{where}: {role.name} is partnered with {partner.name}, who {back}",
                    )


def exchange_terms(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Exchange terms that cannot be used: no dancer of a house may be sent (warning: the
    exchange is one-way at best), or the window is shorter than the minimum stay (error).

    Amount: places each way that cannot be used; days short.
    """
    for terms in season.exchanges:
        short = terms.min_stay_days - terms.window.days
        if short > 0:
            yield Violation(
                EXCHANGE_WINDOW_TOO_SHORT,
                Severity.ERROR,
                (terms.id,),
                float(short),
                f"Exchange {terms.id}: the window {terms.window.start} to {terms.window.end} "
                f"has {terms.window.days} days, shorter than the minimum stay of "
                f"{terms.min_stay_days}",
            )
        for company_id in terms.companies:
            company = season.company.get(company_id)
            if company is None or terms.max_each_way == 0:
                continue
            ranked = [d for d in company.dancers if company.rank_tier.get(d.rank) in terms.tiers]
            if any(d.exchange_consent and d.id not in terms.veto for d in ranked):
                continue
            vetoed = [d for d in ranked if d.id in terms.veto]
            unwilling = [d for d in ranked if d.id not in terms.veto]
            why = "; ".join(
                part
                for part in (
                    f"not consented: {names(unwilling)}" if unwilling else "",
                    f"vetoed: {names(vetoed)}" if vetoed else "",
                )
                if part
            )
            tiers = " or ".join(t.value for t in terms.tiers)
            yield Violation(
                EXCHANGE_TERMS_UNUSABLE,
                Severity.WARNING,
                (terms.id, company.id),
                float(terms.max_each_way),
                f"Exchange {terms.id}: no {tiers} of {company.name} can be sent "
                f"({why or 'the company has none'})",
            )


RULES: list[Rule] = [
    production_without_ballet_master,
    studios_fit,
    venue_price_tiers,
    partner_roles,
    exchange_terms,
]
