"""The independent check of a talent scheduling order: a permutation, and its costs by hand."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from etoile.validate import Severity
from etoile.validate.talent import RULE, TalentCost, check_order, evaluate_order


@dataclass(frozen=True)
class Scenes:
    durations: tuple[int, ...]
    costs: tuple[int, ...]
    needs: tuple[tuple[bool, ...], ...]


# Scenes S0, S1, S2 of 1, 1 and 3 time units. A (cost 1) plays S0 and S1, B (cost 2) S1 and
# S2, C (cost 4) S0 and S2 (the instance of tests/cli/test_bench_cmd.py).
HAND = Scenes(
    durations=(1, 1, 3),
    costs=(1, 2, 4),
    needs=((True, True, False), (False, True, True), (True, False, True)),
)


def test_the_best_order_and_the_written_one_by_hand() -> None:
    # Fixed: A 1 x (1 + 1) + B 2 x (1 + 3) + C 4 x (1 + 3) = 26, whatever the order.
    # S1, S0, S2 starts them at 0, 1, 2: A is there 0-2 (2), B 0-5 (5), C 1-5 (4):
    # 1 x 2 + 2 x 5 + 4 x 4 = 28; B waits through S0, 2 x 1 = 2.
    assert evaluate_order(HAND, [1, 0, 2]) == TalentCost(total=28, waiting=2, fixed=26)
    # S0, S1, S2: A 0-2 (2), B 1-5 (4), C 0-5 (5): 2 + 8 + 20 = 30; C waits through S1: 4.
    cost = evaluate_order(HAND, [0, 1, 2])
    assert (cost.total, cost.waiting, cost.fixed) == (30, 4, 26)


def test_an_actor_in_no_scene_costs_nothing() -> None:
    idle = Scenes((2, 3), (5, 100), ((True, True), (False, False)))
    # Only the first actor: 5 x (2 + 3) = 25, no waiting.
    assert evaluate_order(idle, [1, 0]) == TalentCost(total=25, waiting=0, fixed=25)


def test_an_order_that_is_not_a_permutation_is_measured() -> None:
    # Five scenes; the order forgets 1 and 3, repeats 2 and names 7 and -1.
    five = Scenes((1,) * 5, (1,), ((True,) * 5,))
    found = check_order(five, [0, 2, 2, 4, 7, -1])
    assert [(v.rule, v.severity, v.entities, v.amount, v.message) for v in found] == [
        (RULE, Severity.ERROR, ("scene 1", "scene 3"), 2.0,
         "2 scene(s) missing in the order: [1, 3]"),
        (RULE, Severity.ERROR, ("scene 2",), 1.0, "1 scene(s) repeated in the order: [2]"),
        (RULE, Severity.ERROR, ("scene -1", "scene 7"), 2.0,
         "2 scene(s) unknown in the order: [-1, 7]"),
    ]  # fmt: skip
    assert check_order(HAND, [2, 0, 1]) == []
    with pytest.raises(ValueError, match=r"1 scene\(s\) missing in the order: \[2\]"):
        evaluate_order(HAND, [0, 1])
