"""Plain-words reasons of the exchange (etoile.solvers.exchange.explain): amounts with their
sign and currency, one stay's effect on each house, and a guest's best leads by hand."""

from __future__ import annotations

from dataclasses import replace

from etoile.problems.exchange_data import GuestLabor
from etoile.solvers.exchange.explain import greedy_leads, money, stay_effect
from exchange_kit import LEA, hand_exchange, lead, stay


def test_money_has_a_sign_thousands_and_a_currency() -> None:
    assert money(85000, "USD") == "+85,000 USD"
    assert money(-40000.4, "EUR") == "-40,000 EUR"
    assert money(0, "USD") == "+0 USD"


def test_the_effect_of_one_stay_on_each_house() -> None:
    # Paris loses 300 of box office, gets +75 from the full model's measure: -225. New York
    # pays 120 of costs, gains 900 from the lead on the 8th and pays its 250 fee:
    # -120 + 900 - 250 = 530.
    c = stay(
        0, LEA, 5, 15, home_loss=300.0, fixed_costs={"nyc": 120.0}, adjustment=(("par", 75.0),)
    )
    p = hand_exchange([c], [lead(0, "p8", 8, 900, fee=250)])
    assert stay_effect(p, p.candidates[0], list(p.options)) == {"par": -225.0, "nyc": 530.0}


def test_a_stay_without_leads_still_names_the_host() -> None:
    p = hand_exchange([stay(0, LEA, 5, 15)], [lead(0, "p8", 8, 900)])
    assert stay_effect(p, p.candidates[0], []) == {"par": 0.0, "nyc": 0.0}


def _leads_problem(labor: GuestLabor | None = None):  # type: ignore[no-untyped-def]
    # Léa may lead on Tue 8 (worth 500), Wed 9 (900), Fri 11 (300) and Sat 12 (uplift 400,
    # fee 450: worth -50). Tue 8 to Sat 12 is one ISO week.
    p = hand_exchange(
        [stay(0, LEA, 5, 15)],
        [
            lead(0, "p8", 8, 500),
            lead(0, "p9", 9, 900),
            lead(0, "p11", 11, 300),
            lead(0, "p12", 12, 400, fee=450),
        ],
    )
    return p if labor is None else replace(p, labor={LEA: labor})


def test_greedy_leads_most_valuable_first_with_a_free_day_between() -> None:
    # Wed 9 (900) first; Tue 8 (500) is 1 day from it (a free day is needed): left; Fri 11
    # (300) is 2 days away: taken; Sat 12 is worth less than its fee: never. In day order.
    p = _leads_problem()
    assert [o.performance for o in greedy_leads(p, p.candidates[0])] == ["p9", "p11"]


def test_greedy_leads_within_the_weekly_limit() -> None:
    # One lead a week: Wed 9 only.
    labor = GuestLabor(max_leads_per_week=1, max_shows_per_week=None, min_days_between_leads=1)
    p = _leads_problem(labor)
    assert [o.performance for o in greedy_leads(p, p.candidates[0])] == ["p9"]
