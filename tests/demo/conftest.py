"""Generated seasons shared by the demo tests: each preset is generated once per session."""

from __future__ import annotations

import pytest

from etoile.demo import generate
from etoile.domain import Season


@pytest.fixture(scope="session")
def demo() -> Season:
    """The demo preset, seed 0."""
    return generate("demo", 0)


@pytest.fixture(scope="session")
def large() -> Season:
    """The large preset, seed 0 (generated once: it is the slowest)."""
    return generate("large", 0)


@pytest.fixture(scope="session")
def tiny() -> Season:
    """The tiny preset, seed 0."""
    return generate("tiny", 0)
