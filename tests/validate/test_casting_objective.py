"""The casting objective recomputed from a plan, term by term, checked by hand."""

from __future__ import annotations

from casting_kit import company, dancer, plan, role, season, show
from etoile.validate.casting import casting_objective

LEAD, PARTNER, CORPS = "nyc-bal.lead", "nyc-bal.partner", "nyc-bal.corps"


def test_terms_by_hand() -> None:
    roles = [
        role(LEAD, lead=True, partner=PARTNER),
        role(PARTNER, tags=("man",), lead=True, partner=LEAD),
        role(CORPS, tiers=("corps",), count=2),
    ]
    dancers = [
        dancer("ann", known=(LEAD,), draw=0.9, partners=["bob"]),
        dancer("amy", known=(LEAD,), draw=0.5),
        dancer("bob", tags=("man",), known=(PARTNER,), partners=["ann"]),
        dancer("ben", tags=("man",), known=(PARTNER,)),
        *(dancer(n, rank="corps", known=(CORPS,)) for n in ("cid", "dot", "eve")),
    ]
    # p1 Thu (opening), p2 Sat evening, p3 Sun matinee.
    shows = [
        show("p1", "2026-12-10T19:30"),
        show("p2", "2026-12-12T19:30"),
        show("p3", "2026-12-13T14:30"),
    ]
    s = season(
        company(
            "nyc",
            dancers,
            roles,
            shows,
            labor={"max_leads_per_week": 3, "min_days_between_leads": 0},
        )
    )
    cast = [
        ("p1", LEAD, "ann"),
        ("p1", PARTNER, "bob"),
        ("p1", CORPS, "cid"),
        ("p1", CORPS, "dot"),
        ("p2", LEAD, "amy"),
        ("p2", PARTNER, "bob"),
        ("p2", CORPS, "cid"),
        ("p2", CORPS, "eve"),
        ("p3", LEAD, "ann"),
        ("p3", PARTNER, "ben"),
        ("p3", CORPS, "dot"),
        ("p3", CORPS, "eve"),
    ]
    assert casting_objective(s, plan(cast)) == {
        # share = ceil(3 / 2) = 2 per role; nobody dances a role 3 times.
        "lead_fair_share": 0.0,
        # no soloist is eligible for a lead: nothing to miss.
        "soloist_debut": 0.0,
        # 2 lead dancers + 2 partners, where one of each could dance the run (three leads a
        # week): one cast beyond the needed in each role, x 10.
        "distinct_cast": 20.0,
        # couples ann-bob, amy-bob, ann-ben where one couple could dance the run: 2 x 15.
        "distinct_couple": 30.0,
        # p2 (amy-bob) and p3 (ann-ben) are not listed partners while ann-bob could dance: 2 x 5.
        "unpreferred_couple": 10.0,
        # p1 -> p2: dot leaves; p2 -> p3: cid leaves: 2 x 1.
        "corps_change": 2.0,
        # p2 is a Saturday evening: amy (50) is 40 below the best (ann, 90), x 1; p1: ann, 0.
        "top_draw": 40.0,
        "guest_show": 0.0,
        # Everyone dances a role they know.
        "learning": 0.0,
    }


def test_learning_counts_each_new_solo_role_once_in_hours_rounded_up() -> None:
    # Ann knows the lead; Amy learns it (12.5 h of her own -> 13), in two shows: 13 once.
    # Cid knows his role: nothing to learn.
    roles = [role(LEAD, lead=True), role(CORPS, tiers=("corps",), count=1, learn_hours=8)]
    dancers = [
        dancer("ann", known=(LEAD,)),
        dancer("amy", learn_hours={LEAD: 12.5}),
        dancer("cid", rank="corps", known=(CORPS,)),
    ]
    shows = [show("p1", "2026-12-10T19:30"), show("p2", "2026-12-12T19:30")]
    s = season(company("nyc", dancers, roles, shows))
    cast = [("p1", LEAD, "amy"), ("p2", LEAD, "amy"), ("p1", CORPS, "cid"), ("p2", CORPS, "cid")]
    assert casting_objective(s, plan(cast))["learning"] == 13.0
    swapped = [("p1", LEAD, "ann"), ("p2", LEAD, "amy"), ("p1", CORPS, "cid"), ("p2", CORPS, "cid")]
    assert casting_objective(s, plan(swapped))["learning"] == 13.0
    known = [("p1", LEAD, "ann"), ("p2", LEAD, "ann"), ("p1", CORPS, "cid"), ("p2", CORPS, "cid")]
    assert casting_objective(s, plan(known))["learning"] == 0.0
