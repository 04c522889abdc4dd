"""Tests of the independent validator: season rules, plan structure and ``etoile check``."""
