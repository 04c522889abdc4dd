"""The house plan, enforced: imports flow one way (DESIGN.md section 1), no package's modules
import each other in a circle, the labour rules' modules read only the leaves of the models,
words and formats are imported from their one home (``etoile.i18n``), only ``etoile.config``
reads the environment, and every module says what it is for.

Imports are read with :mod:`ast` from the source files, so nothing is imported to check them;
imports inside functions and ``TYPE_CHECKING`` blocks count too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
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
    # Words and formats: the catalogue, the Translator and its Babel formats, French elision,
    # names for ids. Every layer above the domain may read them without importing the report.
    "etoile.i18n": {"etoile.domain", "etoile.i18n"},
    # Beside the report: the calendars take their words and formats from etoile.i18n, and
    # nothing from the report.
    "etoile.calendars": {"etoile.domain", "etoile.calendars", "etoile.i18n"},
}
"""Layers that may import nothing from etoile but these packages."""

ABOVE_SOLVERS = {"etoile.services", "etoile.storage", "etoile.cli", "etoile.api", "etoile.web"}
NEVER = {
    # The independent checker: a rule shares no code with the solver that it checks, nor with
    # the problem compiled for that solver.
    "etoile.validate": {"etoile.solvers", "etoile.problems", *ABOVE_SOLVERS},
    "etoile.solvers": ABOVE_SOLVERS,
    # The pages sit on the API (etoile.web.app puts the two together), never the reverse.
    "etoile.api": {"etoile.web"},
}
"""Layers that must never import these packages."""

LABOR_RULES = "etoile.solvers.labor"
LABOR_RULES_READ = {
    *("etoile.domain", "etoile.i18n", "etoile.problems", "etoile.validate", LABOR_RULES),
    # The leaves of the models: the state and variables the rules read; never a module that
    # goes through the registry (constraints, greedy, labor ...).
    *(f"etoile.solvers.casting.{leaf}" for leaf in ("sheet", "variables")),
    *(f"etoile.solvers.rehearsal.{leaf}" for leaf in ("fixed", "dancer_work", "work_days")),
}
"""What the labour rules' modules (one per rule, and their registry) may import from etoile."""

WORDS = "etoile.i18n"
"""The one home of words and formats: what it defines is imported from it, never via another."""

REPORT_FOR_OTHERS = {
    "etoile.report": "render_report and write_report: the report itself",
    "etoile.report.changes": "what changed between two plans: the diff",
    "etoile.report.changes_words": "the diff's sentences, built on its PlanChange records",
    "etoile.report.answer": "the houses' results, which the pages show as the report does",
    "etoile.report.deal": "the deal's view, which the exchange board shows as the report does",
    "etoile.report.finance": "the finance view, which the pages show as the report does",
}
"""What a module outside the report may import from it, and why; never words or formats."""

KNOWN_CYCLES: set[tuple[str, ...]] = set()
# Empty: every package's modules are held to "no cycle". Should one ever have to be tolerated
# for a while, it goes here (modules in sorted order, with why); a cycle listed here that no
# longer exists fails the test, so the list only shrinks.
"""Import cycles inside a package that are tolerated for now (modules in sorted order)."""

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


def offences(layer: str, bad: object, *, outside: bool = False) -> list[str]:
    """``"module imports name"`` for every import of ``layer``'s modules (with ``outside``, of
    every module outside ``layer``) that ``bad`` rejects."""
    assert callable(bad)
    return sorted(
        f"{m.name} imports {name}"
        for m in modules()
        if within(m.name, layer) != outside
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


def test_the_labour_rules_read_only_the_leaves_of_the_models() -> None:
    # The models and placers import the registry: a rule importing one back closes a circle.
    # (The validator imports none of it, rule 3; the two share only etoile.i18n.labor_rules.)
    def bad(name: str) -> bool:
        return within(name, "etoile") and not any(within(name, a) for a in LABOR_RULES_READ)

    assert offences(LABOR_RULES, bad) == []


def test_nothing_below_the_cli_imports_it() -> None:
    assert offences("etoile.cli", lambda name: within(name, "etoile.cli"), outside=True) == []


def defined(module: Module) -> set[str]:
    """The names the module's own top-level statements define (classes, functions, constants)."""
    names: set[str] = set()
    for node in module.tree.body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names - {"__all__"}


def module_of(name: str) -> str:
    """The longest module name of ``src/etoile`` that ``name`` is or lies in."""
    names = {m.name for m in modules()}
    while name and name not in names:
        name = name.rpartition(".")[0]
    return name


def test_words_are_imported_from_i18n() -> None:
    # A name that etoile.i18n defines (Translator, CATALOGUE, company_name, elide ...) is
    # imported from etoile.i18n, never through a module that imports it in turn (the report,
    # the web's translator ...): words and formats have one home.
    by_name = {m.name: m for m in modules()}
    words = set().union(*(defined(m) for m in modules() if within(m.name, WORDS)))
    words = {w for w in words if not w.startswith("_")}
    relayed = []
    for m in modules():
        if within(m.name, WORDS):
            continue
        for name in imported(m):
            base, _, word = name.rpartition(".")
            source = by_name.get(base)
            if (
                word in words
                and name not in by_name
                and source is not None
                and not within(base, WORDS)
                and word not in defined(source)
            ):
                relayed.append(f"{m.name} imports {name}")
    assert sorted(relayed) == []
    # Guards the check above: the layers that read words do import them from etoile.i18n.
    readers = {
        layer
        for m in modules()
        for layer in ("etoile.calendars", "etoile.api", "etoile.web", "etoile.services")
        if within(m.name, layer) and any(within(n, WORDS) for n in imported(m))
    }
    assert readers == {"etoile.calendars", "etoile.api", "etoile.web", "etoile.services"}


def test_the_report_is_imported_for_reports_not_for_words() -> None:
    # Outside etoile.report, a module imports from it only what REPORT_FOR_OTHERS lists: the
    # report, the diff between plans and the views the pages share with it. Words and formats
    # come from etoile.i18n (the calendars, the API and the pages once took them from here).
    assert (
        offences(
            "etoile.report",
            lambda name: within(name, "etoile.report") and module_of(name) not in REPORT_FOR_OTHERS,
            outside=True,
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


def import_graphs(found: Iterable[Module]) -> dict[str, dict[str, set[str]]]:
    """Per package, each of its modules -> the modules of the same package it imports.

    An imported name stands for the longest module name that exists (``from a.b import c``
    imports module ``a.b.c`` if there is one, else ``a.b``). The package's own ``__init__`` is
    left out: it gathers the package's names, and its subpackages are packages of their own.
    """
    found = tuple(found)
    names = {m.name for m in found}

    def module_of(name: str) -> str:
        while name and name not in names:
            name = name.rpartition(".")[0]
        return name

    graphs: dict[str, dict[str, set[str]]] = {}
    for m in found:
        if m.name != m.package:
            graphs.setdefault(m.package, {})[m.name] = {module_of(n) for n in imported(m)}
    for graph in graphs.values():
        for name, targets in graph.items():
            targets.intersection_update(set(graph) - {name})
    return graphs


def cycles(graph: dict[str, set[str]]) -> list[tuple[str, ...]]:
    """The strongly connected components of ``graph`` with more than one module, sorted."""

    def reachable(start: str) -> set[str]:
        seen: set[str] = set()
        todo = list(graph[start])
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo.extend(graph[node])
        return seen

    reach = {node: reachable(node) for node in graph}
    return sorted(
        {
            tuple(sorted(other for other in graph if other in reach[node] and node in reach[other]))
            for node in graph
            if node in reach[node]
        }
    )


def describe(graph: dict[str, set[str]], cycle: tuple[str, ...]) -> str:
    """``"a -> b, b -> a"``: the imports that close ``cycle``."""
    return ", ".join(f"{a} -> {b}" for a in cycle for b in sorted(graph[a]) if b in cycle)


def test_no_import_cycle_inside_a_package() -> None:
    found = {
        cycle: describe(graph, cycle)
        for graph in import_graphs(modules()).values()
        for cycle in cycles(graph)
    }
    new = [f"{' <-> '.join(c)}: {how}" for c, how in found.items() if c not in KNOWN_CYCLES]
    assert new == [], "import cycles inside a package:\n" + "\n".join(new)
    gone = sorted(KNOWN_CYCLES - set(found))
    assert gone == [], f"no longer a cycle, remove it from KNOWN_CYCLES: {gone}"


def test_an_import_cycle_is_found() -> None:
    # Guards the check above: a cycle through an import inside a function is still a cycle;
    # the package's own __init__ and imports from outside the package are no part of it.
    sources = {
        "etoile.fake": "from etoile.fake.a import run\n",
        "etoile.fake.a": "from etoile.fake import b\nfrom etoile.domain import Season\n",
        "etoile.fake.b": "def f():\n    from .c import g\n",
        "etoile.fake.c": "import etoile.fake.a\nimport etoile.fake\n",
        "etoile.fake.d": "from etoile.fake.a import run\n",
        "etoile.domain": "from etoile.fake import d\n",
    }
    found = [
        Module(
            name,
            PACKAGE / ("__init__.py" if name in ("etoile.fake", "etoile.domain") else "x.py"),
            ast.parse(text),
        )
        for name, text in sources.items()
    ]
    graph = import_graphs(found)["etoile.fake"]
    assert cycles(graph) == [("etoile.fake.a", "etoile.fake.b", "etoile.fake.c")]
    assert describe(graph, cycles(graph)[0]) == (
        "etoile.fake.a -> etoile.fake.b, etoile.fake.b -> etoile.fake.c, "
        "etoile.fake.c -> etoile.fake.a"
    )


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
