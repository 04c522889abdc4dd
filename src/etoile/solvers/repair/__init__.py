"""Repair a published plan after an event with the fewest changes (``etoile replan``)."""

from etoile.solvers.repair.casting import CastRepair, broken_slots, repair_cast

__all__ = ["CastRepair", "broken_slots", "repair_cast"]
