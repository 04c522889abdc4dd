"""The release fee's bounds (etoile.solvers.exchange.transfers): forbidden, fixed, capped or
free, converted to the problem's common currency."""

from __future__ import annotations

from etoile.domain import Money, Season, TransferPolicy
from etoile.solvers.exchange.transfers import TransferRule, transfer_rules
from exchange_kit import LEA, hand_exchange, lead, stay, swap_season

# The problem's houses are New York and Paris, counted in USD. The tiny season's rate: 1 EUR
# = 1.08 USD.
PROBLEM = hand_exchange([stay(0, LEA, 5, 15)], [lead(0, "p8", 8, 500)])


def _season(policy: TransferPolicy) -> Season:
    season = swap_season()
    terms = season.exchanges[0].model_copy(update={"transfer": policy})
    return season.model_copy(update={"exchanges": [terms]})


def test_no_cap_stands_in_the_bound_either_way() -> None:
    rules = transfer_rules(_season(TransferPolicy()), PROBLEM, 5000)
    assert rules == [TransferRule("nyc-par", "nyc", "par", -5000, 5000)]


def test_a_forbidden_transfer_is_zero() -> None:
    rules = transfer_rules(_season(TransferPolicy(allowed=False)), PROBLEM, 5000)
    assert [(r.low, r.high) for r in rules] == [(0, 0)]


def test_a_fixed_transfer_in_euros_is_converted_and_rounded() -> None:
    # 1,000 EUR x 1.08 = 1,080 USD, both bounds: New York pays Paris exactly that.
    policy = TransferPolicy(fixed=Money.of(1000, "EUR"))
    assert [(r.low, r.high) for r in transfer_rules(_season(policy), PROBLEM, 5000)] == [
        (1080, 1080)
    ]


def test_a_cap_bounds_either_way() -> None:
    # Cap 250 EUR x 1.08 = 270 USD: from -270 (Paris pays) to 270 (New York pays).
    policy = TransferPolicy(cap=Money.of(250, "EUR"))
    assert [(r.low, r.high) for r in transfer_rules(_season(policy), PROBLEM, 5000)] == [
        (-270, 270)
    ]


def test_a_cap_in_the_common_currency_is_kept_as_is() -> None:
    policy = TransferPolicy(cap=Money.of(300, "USD"))
    assert [(r.low, r.high) for r in transfer_rules(_season(policy), PROBLEM, 5000)] == [
        (-300, 300)
    ]
