"""Plan benchmark: the demo season end to end (exchange, casting, forecast, validation).

``python -m benchmarks.run plan``. Prints wall seconds per stage, peak memory (max RSS of this
process), each solver's status and gap, the moves chosen, and each house's expected result
without and with the exchange. Every plan is checked by the independent validator. The goal
(issue 5) is under 120 s on 2 cores with every part optimal or within 1%.
"""

from __future__ import annotations

import resource
import time
from typing import Any

GOAL_SECONDS = 120.0


def run(time_limit: float = 60.0) -> list[dict[str, Any]]:
    """Run, print and return one row."""
    from etoile.demo import generate
    from etoile.services.plan import PlanParams, plan_season

    season = generate("demo", 0)
    started = time.perf_counter()
    outcome = plan_season(
        season, PlanParams(exchange_time_limit=time_limit / 3, casting_time_limit=time_limit)
    )
    seconds = time.perf_counter() - started
    plan = outcome.plan
    row: dict[str, Any] = {
        "preset": "demo",
        "seconds": round(seconds, 1),
        "stages": {k: round(v, 1) for k, v in outcome.seconds.items()},
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "solvers": {
            name: {"status": r.status.value, "gap": r.gap, "seconds": r.seconds}
            for name, r in plan.reports.items()
        },
        "moves": [f"{m.dancer} {m.home}->{m.host} {m.start}..{m.end}" for m in plan.exchange],
        "candidates": outcome.candidates,
        "guest_leads": outcome.guest_options,
        "houses": {
            h.company: {
                "without": round(h.baseline_result or 0),
                "with": round(h.result),
                "p_without": h.baseline_probability_break_even,
                "p_with": h.probability_break_even,
            }
            for h in (plan.forecast.houses if plan.forecast else [])
        },
        "linear_gain": {h: round(v) for h, v in outcome.linear_gain.items()},
        "full_gain": {h: round(v) for h, v in outcome.full_gain.items()},
        "violations": len(outcome.errors),
    }
    for key, value in row.items():
        print(f"{key:12} {value}")
    print(f"goal: under {GOAL_SECONDS:.0f} s -> {'met' if seconds < GOAL_SECONDS else 'not met'}")
    return [row]


if __name__ == "__main__":
    run()
