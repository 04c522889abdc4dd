"""The house plan, enforced: imports flow one way (DESIGN.md section 1), only
``etoile.config`` reads the environment, and every module says what it is for.

Imports are read with :mod:`ast` from the source files, so nothing is imported to check them;
imports inside functions and ``TYPE_CHECKING`` blocks count too.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "etoile"

ONLY = {
    "etoile.domain": {"etoile.domain"},
    "etoile.seasonfile": {"etoile.domain", "etoile.seasonfile"},
    "etoile.problems": {"etoile.domain", "etoile.problems", "etoile.seasonfile.errors"},
    "etoile.forecast": {"etoile.domain", "etoile.forecast", "etoile.seasonfile.errors"},
    # Beside the report: the calendars reuse its wording and Babel formats, nothing else.
    "etoile.calendars": {
        "etoile.domain",
        "etoile.calendars",
        "etoile.report.catalogue",
        "etoile.report.i18n",
        "etoile.report.places",
    },
}
"""Layers that may import nothing from etoile but these packages."""

ABOVE_SOLVERS = {"etoile.services", "etoile.storage", "etoile.cli", "etoile.api", "etoile.web"}
NEVER = {
    # The independent checker: a rule shares no code with the solver that it checks.
    "etoile.validate": {"etoile.solvers", *ABOVE_SOLVERS},
    "etoile.solvers": ABOVE_SOLVERS,
}
"""Layers that must never import these packages."""

ENVIRONMENT_READER = "etoile.config"


@dataclass(frozen=True)
class Module:
    """A module of ``src/etoile``: its dotted name, file and syntax tree."""

    name: str
    path: Path
    tree: ast.Module

    @property
    def package(self) -> str:
        """The package that holds the module (the module itself for ``__init__``)."""
        return self.name if self.path.name == "__init__.py" else self.name.rpartition(".")[0]


@cache
def modules() -> tuple[Module, ...]:
    """Every module under ``src/etoile``, parsed."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found.append(Module(name, path, ast.parse(path.read_text(encoding="utf-8"))))
    return tuple(found)


def imported(module: Module) -> set[str]:
    """Dotted names the module imports; ``from a.b import c`` gives ``a.b`` and ``a.b.c``."""
    names: set[str] = set()
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def within(name: str, package: str) -> bool:
    """True when ``name`` is ``package`` or inside it."""
    return name == package or name.startswith(package + ".")


def offences(layer: str, bad: object) -> list[str]:
    """``"module imports name"`` for every import of ``layer``'s modules that ``bad`` rejects."""
    assert callable(bad)
    return sorted(
        f"{m.name} imports {name}"
        for m in modules()
        if within(m.name, layer)
        for name in imported(m)
        if bad(name)
    )


def test_the_modules_are_found() -> None:
    names = {m.name for m in modules()}
    assert {"etoile.domain", "etoile.validate.core", "etoile.cli.main", "etoile.config"} <= names


@pytest.mark.parametrize("layer", sorted(ONLY))
def test_layer_imports_only_what_is_below_it(layer: str) -> None:
    allowed = ONLY[layer]
    assert (
        offences(
            layer,
            lambda name: within(name, "etoile") and not any(within(name, a) for a in allowed),
        )
        == []
    )


@pytest.mark.parametrize("layer", sorted(NEVER))
def test_layer_never_imports_what_is_above_it(layer: str) -> None:
    assert offences(layer, lambda name: any(within(name, f) for f in NEVER[layer])) == []


def test_nothing_below_the_cli_imports_it() -> None:
    assert (
        sorted(
            f"{m.name} imports {name}"
            for m in modules()
            if not within(m.name, "etoile.cli")
            for name in imported(m)
            if within(name, "etoile.cli")
        )
        == []
    )


def test_relative_imports_are_resolved() -> None:
    # Guards the checks above: a relative import must be seen under its absolute name.
    source = "from . import core\nfrom ..solvers.casting import model\nimport etoile.api as api\n"
    module = Module("etoile.validate.rules", PACKAGE / "validate/rules.py", ast.parse(source))
    assert imported(module) == {
        "etoile.validate",
        "etoile.validate.core",
        "etoile.solvers.casting",
        "etoile.solvers.casting.model",
        "etoile.api",
    }


def reads_environment(module: Module) -> list[str]:
    """How the module reaches the environment: ``os.environ``, ``os.getenv``, ..."""
    os_names = {"os"}
    found = []
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            os_names.update(a.asname or a.name for a in node.names if a.name == "os")
        elif isinstance(node, ast.ImportFrom) and node.module == "os":
            found += [f"from os import {a.name}" for a in node.names if "env" in a.name]
    for node in ast.walk(module.tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in os_names
            and node.attr in ("environ", "environb", "getenv", "getenvb", "putenv", "unsetenv")
        ):
            found.append(f"{node.value.id}.{node.attr} (line {node.lineno})")
    return found


def test_only_config_reads_the_environment() -> None:
    readers = {
        m.name: reads_environment(m)
        for m in modules()
        if m.name != ENVIRONMENT_READER and reads_environment(m)
    }
    assert readers == {}


def test_config_does_read_the_environment() -> None:
    # Guards the check above: if the detector stopped seeing os.environ, it would pass vacuously.
    [config] = [m for m in modules() if m.name == ENVIRONMENT_READER]
    assert reads_environment(config) != []


def test_every_module_has_a_docstring() -> None:
    missing = [str(m.path.relative_to(SRC)) for m in modules() if not ast.get_docstring(m.tree)]
    assert missing == []
