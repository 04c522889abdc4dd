"""Repair a published plan after an event with the fewest changes (``etoile replan``)."""

from etoile.solvers.repair.casting import CastRepair, broken_slots, repair_cast
from etoile.solvers.repair.parts import Parts

__all__ = ["CastRepair", "Parts", "broken_slots", "repair_cast"]
