"""The demo season, generated once for the forecast tests that calibrate against it."""

from __future__ import annotations

import pytest

from etoile.domain import Season


@pytest.fixture(scope="session")
def demo() -> Season:
    """The ``demo`` preset, seed 0 (skipped while ``etoile.demo.generate`` does not exist)."""
    demo_package = pytest.importorskip("etoile.demo")
    if not hasattr(demo_package, "generate"):
        pytest.skip("etoile.demo.generate is not written yet")
    season: Season = demo_package.generate("demo", 0)
    return season
