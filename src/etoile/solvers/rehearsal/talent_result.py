"""What a talent scheduling solver returns: an order of the scenes, its costs and its proof.

Both methods answer with it: the dynamic program (:mod:`.talent`) and the independent CP-SAT
model (:mod:`.talent_cpsat`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TalentResult:
    """An order of the scenes and what it costs.

    Parameters
    ----------
    order
        Every scene index exactly once, in playing order.
    total
        What the actors are paid: each actor's cost times the time from the start of their first
        scene to the end of their last.
    waiting
        ``total - fixed``: what is paid while actors wait between their scenes.
    fixed
        What every order pays (each actor's cost times the length of their own scenes).
    optimal
        True only when no order with a smaller total exists (proved).
    bound
        A proven lower bound on the optimal total (equal to ``total`` when ``optimal``).
    seconds
        Wall-clock time spent.
    """

    order: tuple[int, ...]
    total: int
    waiting: int
    fixed: int
    optimal: bool
    bound: int
    seconds: float
