"""Seeded generator of realistic seasons: ``generate("demo", seed=0)``.

Presets: ``tiny`` (two houses of seven dancers, checkable by hand), ``demo`` (the mission's
New York and Paris houses over 26 weeks) and ``large`` (four houses, about 600 dancers and
600 performances over 52 weeks, for benchmarks). ``docs/demo-data.md`` explains the figures.
"""

from etoile.demo.presets import PRESETS, UnknownPresetError, generate, steps

__all__ = ["PRESETS", "UnknownPresetError", "generate", "steps"]
