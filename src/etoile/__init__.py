"""Étoile: season planning for ballet companies that trade their stars."""

__version__ = "0.1.0"
