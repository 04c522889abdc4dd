"""One look at a plan: the rules of one validation share their facts, and it changes nothing.

:func:`etoile.validate.validate` and :func:`etoile.validate.validate_scope` build each kind of
facts (casting, rehearsal) once for all their rules (:mod:`etoile.validate.sharing`); a rule
called on its own builds its own. The weekly rest, now a sweep over a dancer's rests, gives the
answers of its definition (the longest rest overlapping the week), on random calendars.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from etoile.domain import Plan, Season
from etoile.validate import validate
from etoile.validate.casting_facts import Facts
from etoile.validate.core import PLAN_RULE_MODULES, _rules
from etoile.validate.rehearsal_facts import RehearsalFacts, minutes
from etoile.validate.rehearsal_labor import WEEKLY_REST, weeks
from etoile.validate.sharing import one_look, shared
from rehearsal_kit import call, good_calls, kit_plan, kit_season


def test_one_look_builds_each_kind_of_facts_once_per_plan() -> None:
    season, plan = kit_season(), kit_plan(good_calls())
    other = kit_plan([])
    with one_look():
        facts = shared(Facts, season, plan)
        assert shared(Facts, season, plan) is facts
        assert shared(RehearsalFacts, season, plan) is shared(RehearsalFacts, season, plan)
        assert shared(Facts, season, other) is not facts  # another plan, other facts
    # Outside a look, each call builds its own (a rule called alone sees fresh facts).
    assert shared(Facts, season, plan) is not shared(Facts, season, plan)


def _rule_by_rule(season: Season, plan: Plan) -> list[tuple[str, tuple[str, ...], float]]:
    """The plan rules run one at a time, outside any look (each builds its own facts)."""
    found = [
        v for module in PLAN_RULE_MODULES for rule in _rules(module) for v in rule(season, plan)
    ]
    return sorted((v.rule, v.entities, v.amount) for v in found)


def _every_day(first: int, last: int) -> list:
    return [
        call(f"d{i}", "coaching", f"2026-12-{i:02d}", "12:00", "13:00", ("bea",))
        for i in range(first, last + 1)
    ]


def test_sharing_facts_changes_no_answer() -> None:
    season = kit_season()
    said: list[int] = []
    for plan in (
        kit_plan(good_calls()),
        kit_plan([*good_calls(), *_every_day(6, 14)]),  # weekly rest and days in a row broken
        # Bea in two calls at once, on a show day.
        kit_plan([*good_calls(), call("x", "coaching", "2026-12-01", "11:00", "12:00", ("bea",))]),
    ):
        alone = _rule_by_rule(season, plan)
        plan_rules = {rule for rule, _, _ in alone}
        looked = sorted((v.rule, v.entities, v.amount) for v in validate(season, plan))
        assert [x for x in looked if x[0] in plan_rules] == alone
        said.append(len(alone))
    assert said[0] >= 1 and said[1] > said[0] and said[2] > said[0]  # the rules spoke


def _weekly_rest_by_definition(season: Season, plan: Plan, dancer: str) -> dict[str, float]:
    """Monday -> hours short of the weekly rest, from the definition: the longest rest between
    two working days (or before the first, after the last) that overlaps the week, compared
    every rest with every week."""
    facts = RehearsalFacts(season, plan)
    blocks = facts.blocks(dancer)
    labor = facts.labor(dancer)
    far = dt.timedelta(days=3650)
    rests = [(blocks[0][1] - far, blocks[0][1])]
    rests += [(a[2], b[1]) for a, b in pairwise(blocks)]
    rests.append((blocks[-1][2], blocks[-1][2] + far))
    found = {}
    for monday in sorted({d - dt.timedelta(days=d.weekday()) for d, _, _, c in blocks if c}):
        lo = dt.datetime.combine(monday, dt.time(0), blocks[0][1].tzinfo)
        hi = lo + dt.timedelta(days=7)
        best = max((minutes(b - a) for a, b in rests if a < hi and b > lo), default=0.0)
        if best < labor.weekly_rest_hours * 60:
            found[monday.isoformat()] = labor.weekly_rest_hours - best / 60
    return found


@settings(max_examples=80, deadline=None)
@given(
    first=st.integers(min_value=1, max_value=15),
    length=st.integers(min_value=0, max_value=14),
    extra=st.sets(st.integers(min_value=1, max_value=28), max_size=6),
    hours=st.lists(st.integers(min_value=8, max_value=20), min_size=28, max_size=28),
)
def test_weekly_rest_sweep_agrees_with_its_definition(
    first: int, length: int, extra: set[int], hours: list[int]
) -> None:
    """A run of working days (a week without a long rest when it is long enough) and a few
    more, each with an hour's call at a random time: some weeks keep the rule, some not."""
    season = kit_season()
    days = sorted(set(range(first, first + length)) | extra) or [first]
    calls = [
        call(
            f"c{d}",
            "coaching",
            f"2026-11-{d:02d}",
            f"{hours[d - 1]:02d}:00",
            f"{hours[d - 1] + 1:02d}:00",
            ("bea",),
        )
        for d in days
    ]
    plan = kit_plan(calls)
    swept = {
        v.entities[1]: v.amount
        for v in weeks(season, plan)
        if v.rule == WEEKLY_REST and v.entities[0] == "bea"
    }
    assert swept == _weekly_rest_by_definition(season, plan, "bea")


def test_the_random_calendars_break_the_weekly_rest_too() -> None:
    """The property above is not only about calendars with nothing to say: nine days in a
    row leave a week short."""
    season = kit_season()
    calls = [
        call(f"c{d}", "coaching", f"2026-11-{d:02d}", "12:00", "13:00", ("bea",))
        for d in range(1, 10)  # Sunday 1 to Monday 9 November: the week between is full
    ]
    assert _weekly_rest_by_definition(season, kit_plan(calls), "bea")
