"""The forecast charts: one PNG each, one panel per house, at a fixed size."""

from __future__ import annotations

import struct
from pathlib import Path

from etoile.forecast import run_forecast
from etoile.forecast.charts import result_distribution_chart, weekly_revenue_chart

from .builders import FLAT, company, season


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
    return width, height


def test_both_charts_have_a_panel_per_house(tmp_path: Path) -> None:
    s = season(company("h"), company("p", "EUR"))
    run = run_forecast(s, None, FLAT, draws=20, seed=0)
    weekly = weekly_revenue_chart(run.forecast, tmp_path / "deep" / "weekly.png", "fr")
    spread = result_distribution_chart(run.forecast, run.results, tmp_path / "results.png")
    # Weekly: 9 in wide, 2.8 in per house, at 110 dpi: 990 x (2 x 2.8 x 110) = 990 x 616.
    assert _png_size(weekly) == (990, 616)
    # Results: 5 in per house side by side, 3.4 in high: (2 x 5 x 110) x (3.4 x 110) = 1100 x 374.
    assert _png_size(spread) == (1100, 374)
