"""The independent checker. It never imports :mod:`etoile.solvers`.

Each hard rule is implemented twice: once in a solver's model and once here, in plain Python.
"""

from etoile.validate.core import Rule, validate
from etoile.validate.scope import validate_scope
from etoile.validate.violation import Severity, Violation

__all__ = ["Rule", "Severity", "Violation", "validate", "validate_scope"]
