"""Season and plan files, roster imports and their JSON Schemas.

Every reader raises one :class:`~etoile.seasonfile.errors.InputError` holding every problem
it found, each naming the file, the path or row and column, and what was expected.
"""

from etoile.seasonfile.errors import InputError, Problem
from etoile.seasonfile.io import dump_plan, dump_season
from etoile.seasonfile.load import load_events, load_plan, load_season, parse_plan, parse_season

__all__ = [
    "InputError",
    "Problem",
    "dump_plan",
    "dump_season",
    "load_events",
    "load_plan",
    "load_season",
    "parse_plan",
    "parse_season",
]
