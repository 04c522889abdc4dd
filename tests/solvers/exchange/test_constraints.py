"""Each hard constraint of the exchange model (etoile.solvers.exchange.constraints, and the
dancers left out in etoile.solvers.exchange.model) on a problem of one or two stays made by
hand (:func:`hand_exchange`): New York hosts, Paris lends, both in USD.

A house's gain is the uplift of the leads its guests dance less what it pays; with no
transfer allowed, the model takes the package of the largest total gain in which neither
house loses. Every case is built so that, without its constraint, the model would take more:
the total it takes instead is worked out in the comments.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ortools.sat.python import cp_model

from etoile.problems.exchange import ExchangeProblem
from etoile.problems.exchange_data import Castability, GuestLabor
from etoile.solvers.exchange import ExchangeParams, solve_exchange
from etoile.solvers.exchange.constraints import CONSTRAINTS, guest_labor_linked
from etoile.solvers.exchange.objective import define_gains, gain_bound
from etoile.solvers.exchange.variables import make_variables
from exchange_kit import GUEST, LEA, ZOE, hand_exchange, lead, stay

FAST = ExchangeParams(time_limit=2, workers=1)


def taken(
    problem: ExchangeProblem, left_out: frozenset[str] = frozenset()
) -> tuple[float, dict[int, list[str]]]:
    """The optimum the model proves: New York's gain, and the performances each chosen stay
    dances (by stay). Paris, which pays nothing in these problems, gains 0."""
    result = solve_exchange(problem, FAST, left_out=left_out)
    assert result.report.status.value == "optimal"
    assert result.gains["par"] == 0.0
    chosen = {c.index: sorted(o.performance for o in result.danced[c.index]) for c in result.chosen}
    return result.gains["nyc"], chosen


def lea_and_zoe(
    zoe: tuple[str, int] = ("nyc-p2", 10), left_out: frozenset[str] = frozenset(), **limits: Any
) -> tuple[float, dict[int, list[str]]]:
    """:func:`taken` of two stays that cost nothing: Léa's (stay 0), whose one lead, in
    ``nyc-p1`` on 5 Dec, is worth 1,000; Zoé's (stay 1), whose one lead, in the performance
    and on the day of ``zoe``, is worth 900; ``limits`` as :func:`hand_exchange` takes them."""
    stays = [stay(0, LEA, 1, 14), stay(1, ZOE, 1, 14)]
    leads = [lead(0, "nyc-p1", 5, 1000.0), lead(1, *zoe, 900.0)]
    return taken(hand_exchange(stays, leads, **limits), left_out)


BOTH = (1900.0, {0: ["nyc-p1"], 1: ["nyc-p2"]})
"""Léa and Zoé both go, each dancing her lead: 1,000 + 900."""


def test_a_guest_dances_only_in_a_chosen_stay() -> None:
    # options_need_stay, first half. Léa's stay costs New York 1,500 (travel, housing, per
    # diem); she would dance Giselle on 5 and 10 Dec, each worth 1,000 to New York. Taken
    # with the stay, the two leads give 2 x 1,000 - 1,500 = 500 (one lead alone would give
    # 1,000 - 1,500 < 0). Were a lead danced without its stay, it would be 2,000.
    stays = [stay(0, LEA, 1, 14, fixed_costs={"nyc": 1500.0})]
    leads = [lead(0, "nyc-p1", 5, 1000.0), lead(0, "nyc-p2", 10, 1000.0)]
    assert taken(hand_exchange(stays, leads)) == (500.0, {0: ["nyc-p1", "nyc-p2"]})


def test_a_chosen_stay_dances_at_least_one_lead() -> None:
    # options_need_stay, second half. Measured with the full model, Léa's stay is worth 300
    # to New York on its own (its adjustment); her one lead brings 100 and costs a 250 fee,
    # so dancing it loses 150. A stay must dance a lead: 300 - 150 = 150. A stay without a
    # lead, if allowed, would keep the 300.
    stays = [stay(0, LEA, 1, 14, adjustment=(("nyc", 300.0),))]
    leads = [lead(0, "nyc-p1", 5, 100.0, fee=250.0)]
    assert taken(hand_exchange(stays, leads)) == (150.0, {0: ["nyc-p1"]})


def test_at_most_max_each_way_stays_from_paris_to_new_york() -> None:
    # max_each_way. Léa's lead is worth 1,000, Zoé's 900. One stay each way: Léa's, 1,000.
    # Two: both, 1,000 + 900 = 1,900.
    assert lea_and_zoe(each_way=1) == (1000.0, {0: ["nyc-p1"]})
    assert lea_and_zoe(each_way=2) == BOTH


def test_a_dancers_stays_and_their_preparation_do_not_overlap() -> None:
    # one_stay_at_a_time. Léa may go 1-10 Dec (a lead on the 5th worth 1,000) and 12-20 Dec
    # (a lead on the 15th worth 800). With one day of preparation at home before leaving, the
    # second trip holds her from 11 Dec: after the first is back (10 Dec), both go, 1,800.
    # With two days it holds her from 10 Dec, the first trip's last day: only one, the
    # better, 1,000. A second trip leaving on 8 Dec overlaps the first (8-10 Dec): 1,000.
    leads = [lead(0, "nyc-p1", 5, 1000.0), lead(1, "nyc-p2", 15, 800.0)]
    apart = [stay(0, LEA, 1, 10), stay(1, LEA, 12, 20)]
    both = (1800.0, {0: ["nyc-p1"], 1: ["nyc-p2"]})
    assert taken(hand_exchange(apart, leads, preparation_days=1)) == both
    assert taken(hand_exchange(apart, leads, preparation_days=2)) == (1000.0, {0: ["nyc-p1"]})
    overlapping = [stay(0, LEA, 1, 10), stay(1, LEA, 8, 20)]
    assert taken(hand_exchange(overlapping, leads)) == (1000.0, {0: ["nyc-p1"]})


def test_a_guest_has_a_free_day_between_two_leads() -> None:
    # guest_labor, rest between leads (min_days_between_leads 1). Léa's stay covers leads on
    # 10 Dec (1,000) and 11 Dec (800): one day apart, not more than 1, so one of them, the
    # better: 1,000. On 10 and 12 Dec (two days apart) she dances both: 1,800.
    stays = [stay(0, LEA, 1, 20)]
    close = [lead(0, "p10", 10, 1000.0), lead(0, "p11", 11, 800.0)]
    assert taken(hand_exchange(stays, close)) == (1000.0, {0: ["p10"]})
    apart = [lead(0, "p10", 10, 1000.0), lead(0, "p12", 12, 800.0)]
    assert taken(hand_exchange(stays, apart)) == (1800.0, {0: ["p10", "p12"]})


def test_a_guest_dances_at_most_her_leads_and_shows_of_a_week() -> None:
    # guest_labor, weekly limits. Léa's stay covers leads on Mon 7, Wed 9 and Fri 11 Dec (one
    # ISO week, two days apart), worth 1,000, 900 and 800. Two leads a week: the two best,
    # 1,900; five leads but one show a week: the best, 1,000. Unlimited: 2,700.
    stays = [stay(0, LEA, 1, 20)]
    leads = [lead(0, "mon", 7, 1000.0), lead(0, "wed", 9, 900.0), lead(0, "fri", 11, 800.0)]
    two_leads = GuestLabor(max_leads_per_week=2, max_shows_per_week=None, min_days_between_leads=1)
    one_show = GuestLabor(max_leads_per_week=5, max_shows_per_week=1, min_days_between_leads=1)
    assert taken(hand_exchange(stays, leads, labor=two_leads)) == (1900.0, {0: ["mon", "wed"]})
    assert taken(hand_exchange(stays, leads, labor=one_show)) == (1000.0, {0: ["mon"]})
    every = (2700.0, {0: ["fri", "mon", "wed"]})
    assert taken(hand_exchange(stays, leads, labor=GUEST)) == every


def test_a_role_takes_no_more_guests_than_its_free_places() -> None:
    # guest_places. Léa and Zoé could both dance Giselle on 5 Dec (worth 1,000 and 900),
    # the only lead of each stay. One place: Léa, 1,000 (Zoé's stay, without a lead, is not
    # taken). Two places: both, 1,900.
    same_show = ("nyc-p1", 5)
    assert lea_and_zoe(same_show, places=1) == (1000.0, {0: ["nyc-p1"]})
    assert lea_and_zoe(same_show, places=2) == (1900.0, {0: ["nyc-p1"], 1: ["nyc-p1"]})


def test_a_home_show_keeps_enough_dancers() -> None:
    # home_castable. Léa's lead is worth 1,000, Zoé's 900; both dance a role of a Paris show
    # while away, which can spare one of them. So Léa alone: 1,000. Able to spare both: 1,900.
    one = Castability("par-p1", "par-giselle.giselle", 1, (0, 1))
    assert lea_and_zoe(castability=[one]) == (1000.0, {0: ["nyc-p1"]})
    assert lea_and_zoe(castability=[replace(one, spare=2)]) == BOTH


def test_a_dancer_left_out_does_not_travel() -> None:
    # solve_exchange(left_out=...): Léa's lead is worth 1,000, Zoé's 900; both go (1,900)
    # unless Léa is left out (her calendar could not prepare her): then Zoé alone, 900.
    assert lea_and_zoe() == BOTH
    assert lea_and_zoe(left_out=frozenset({LEA})) == (900.0, {1: ["nyc-p2"]})


def _every_plan(problem: ExchangeProblem, linked: bool) -> set[tuple[int, ...]]:
    """Every integer plan (the stays' and the leads' values) of the exchange model, with or
    without :func:`guest_labor_linked`."""
    model = cp_model.CpModel()
    v = make_variables(model, problem, gain_bound(problem))
    for family in CONSTRAINTS:
        if linked or family is not guest_labor_linked:
            family(model, problem, v)
    define_gains(model, problem, v)  # each gain a function of the plan, not a free variable
    plans: set[tuple[int, ...]] = set()

    class Collect(cp_model.CpSolverSolutionCallback):
        def on_solution_callback(self) -> None:
            plans.add(tuple(self.value(x) for x in [*v.go, *v.dance]))

    solver = cp_model.CpSolver()
    solver.parameters.enumerate_all_solutions = True
    solver.parameters.num_workers = 1
    assert solver.solve(model, Collect()) == cp_model.OPTIMAL
    return plans


def test_the_labour_links_cut_no_integer_plan() -> None:
    # guest_labor_linked adds valid inequalities: the model with them has exactly the integer
    # plans of the model without them. Léa has two stays (1-10 Dec, leads on 5 and 7 Dec;
    # 12-20 Dec, leads on 14 and 15 Dec), two leads a week at most and a free day between two
    # leads. Plans: no stay (1); stay 0 alone with p5, p7 or both (3); stay 1 alone with p14
    # or p15 (2, not both: one day apart); both stays (3 x 2 = 6): 12 in all.
    stays = [stay(0, LEA, 1, 10), stay(1, LEA, 12, 20)]
    leads = [
        lead(0, "p5", 5, 1000.0),
        lead(0, "p7", 7, 900.0),
        lead(1, "p14", 14, 800.0),
        lead(1, "p15", 15, 700.0),
    ]
    two = GuestLabor(max_leads_per_week=2, max_shows_per_week=None, min_days_between_leads=1)
    problem = hand_exchange(stays, leads, labor=two)
    without = _every_plan(problem, linked=False)
    assert len(without) == 12
    assert _every_plan(problem, linked=True) == without


def test_the_labour_links_cut_the_relaxation() -> None:
    # The fractional point the links exist for: Léa's one stay chosen at a third, and each of
    # her three leads of one week (Mon 7, Wed 9, Fri 11 Dec, one lead a week allowed) danced
    # at a third. guest_labor holds (1/3 + 1/3 + 1/3 = 1 <= 1 lead a week) and each lead is
    # covered (1/3 <= 1/3), so without the links the relaxation counts all three leads at a
    # third: (1,000 + 900 + 800) / 3 = 900 for a third of a stay, three times what a third of
    # the real plan (one lead, 1,000) is worth. The week's link: 1 <= 1 x 1/3, broken.
    one = GuestLabor(max_leads_per_week=1, max_shows_per_week=None, min_days_between_leads=1)
    leads = [lead(0, "mon", 7, 1000.0), lead(0, "wed", 9, 900.0), lead(0, "fri", 11, 800.0)]
    problem = hand_exchange([stay(0, LEA, 1, 20)], leads, labor=one)
    model = cp_model.CpModel()
    v = make_variables(model, problem, gain_bound(problem))
    guest_labor_linked(model, problem, v)
    week = [c for c in model.proto.constraints if len(c.linear.vars) == 4]
    assert len(week) == 1  # three leads and the one stay
    row = week[0].linear
    third = {v.go[0].index: 1 / 3, **{d.index: 1 / 3 for d in v.dance}}
    activity = sum(third[x] * a for x, a in zip(row.vars, row.coeffs, strict=True))
    assert activity > row.domain[-1]  # 1 - 1/3 = 2/3 > 0: the point is cut
