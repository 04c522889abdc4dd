"""The vectorised lookup tables of talent scheduling (etoile.solvers.rehearsal.talent_tables):
unions of actors, summed costs, the cost of one step and the lower bound, on bitmasks."""

from __future__ import annotations

import numpy as np

from etoile.solvers.rehearsal.talent_reduce import Reduced
from etoile.solvers.rehearsal.talent_tables import Tables

# Three scenes of 3, 3 and 1; actors a0 (cost 2) in scenes 0, 1 and a1 (cost 1) in 1, 2.
# Scene masks {a0} = 0b01, {a0, a1} = 0b11, {a1} = 0b10.
SMALL = Reduced(
    durations=(3, 3, 1),
    costs=(2, 1),
    scene_actors=(0b01, 0b11, 0b10),
    groups=((0,), (1,), (2,)),
    lead=(),
    constant=0,
)


def _ints(*xs: int) -> np.ndarray:
    return np.array(xs, dtype=np.int64)


def test_union_of_the_actors_of_each_set_of_scenes() -> None:
    # {} -> none; {0} -> a0; {0, 2} -> a0 | a1 = 0b11; {2} -> a1 = 0b10.
    tables = Tables(SMALL)
    assert tables.union(_ints(0b000, 0b001, 0b101, 0b100)).tolist() == [0, 0b01, 0b11, 0b10]


def test_cost_of_each_set_of_actors() -> None:
    # {} 0, {a0} 2, {a1} 1, {a0, a1} 3.
    assert Tables(SMALL).cost(_ints(0b00, 0b01, 0b10, 0b11)).tolist() == [0, 2, 1, 3]


def test_step_pays_the_scene_and_everyone_on_location() -> None:
    tables = Tables(SMALL)
    # Scene 0 played (a0 started); scene 1 next, scene 2 left (needs a1): on location a0 and
    # a1, cost 3, for 3 units: 9.
    assert tables.step(_ints(0b001), _ints(0b01), 1).tolist() == [9]
    # Nothing played; scene 2 first: only a1, cost 1, for 1 unit: 1.
    assert tables.step(_ints(0b000), _ints(0b00), 2).tolist() == [1]
    # Scene 2 played (a1 started), scene 0 next and scene 1 left (a0, a1): a0 | a1, 3 x 3 = 9.
    assert tables.step(_ints(0b100), _ints(0b10), 0).tolist() == [9]


def test_on_location_are_the_actors_started_and_not_done() -> None:
    # Played {0}: started a0; the rest {1, 2} needs a0, a1: a0 on location. Played {0, 1}:
    # started a0, a1; the rest {2} needs a1: a1 on location. Played all: nobody.
    tables = Tables(SMALL)
    assert tables.on_location(_ints(0b001, 0b011, 0b111)).tolist() == [0b01, 0b10, 0]


def test_the_bound_at_the_start_and_at_the_end() -> None:
    # Nothing played: every actor pays at least their own scenes, a0 2 x (3 + 3) = 12 and
    # a1 1 x (3 + 1) = 4: 16, which order 0, 1, 2 reaches (a0 on 0-6, a1 on 3-7: 12 + 4).
    # Everything played: nothing left to pay.
    assert Tables(SMALL).bound(_ints(0b000, 0b111)).tolist() == [16, 0]


def test_more_actors_than_one_chunk_of_bits() -> None:
    # Twelve actors (one more than a chunk of 11) of costs 1, 2, ..., 12; scene 0 needs a0 and
    # a11, scene 1 needs a11 alone. Union of both: bits 0 and 11; their cost 1 + 12 = 13.
    a11 = 1 << 11
    reduced = Reduced(
        durations=(1, 1),
        costs=tuple(range(1, 13)),
        scene_actors=(1 | a11, a11),
        groups=((0,), (1,)),
        lead=(),
        constant=0,
    )
    tables = Tables(reduced)
    assert tables.union(_ints(0b11)).tolist() == [1 | a11]
    assert tables.cost(_ints(1 | a11, a11)).tolist() == [13, 12]
