"""The scoped validator gives exactly the whole plan's violations that name the changed cell's
performance or dancers, and everything else a change could alter is among them."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import web_kit
from etoile.services.casting_edit import recast
from etoile.validate import validate, validate_scope
from etoile.validate.scope import names_scope


def _cells() -> list[tuple[str, str]]:
    season = web_kit.season()
    return sorted(
        (pid, role.id)
        for pid, owned in season.performances.items()
        for role in season.productions[owned.item.production].item.roles
    )


@st.composite
def edits(draw: st.DrawFn) -> tuple[str, str, list[str]]:
    """A cell and a new cast for it: dancers of the house, eligible or not (a house casts only
    its own, and the guests of the exchange: the web app refuses others before validating)."""
    season = web_kit.season()
    performance, role = draw(st.sampled_from(_cells()))
    house = season.performances[performance].owner
    own = sorted(d for d, owned in season.dancers.items() if owned.owner == house)
    dancers = draw(st.lists(st.sampled_from(own), max_size=3, unique=True))
    return performance, role, dancers


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits())
def test_scope_is_the_whole_plans_violations_that_name_it(
    edit: tuple[str, str, list[str]],
) -> None:
    season, before = web_kit.season(), web_kit.plan()
    performance, role, dancers = edit
    after = recast(before, performance, role, dancers)
    old = [a.dancer for a in before.casting if (a.performance, a.role) == (performance, role)]
    tokens = {performance, *old, *dancers}

    full_before, full_after = validate(season, before), validate(season, after)
    scoped_before = validate_scope(season, before, [performance], [*old, *dancers])
    scoped_after = validate_scope(season, after, [performance], [*old, *dancers])

    assert scoped_before == [v for v in full_before if names_scope(v, tokens)]
    assert scoped_after == [v for v in full_after if names_scope(v, tokens)]
    # Whatever the change altered names the scope: outside it, the two plans agree.
    changed = set(full_before) ^ set(full_after)
    assert all(names_scope(v, tokens) for v in changed), sorted(changed - set(scoped_after))


def test_a_change_that_breaks_a_rule_is_seen_in_scope() -> None:
    season, plan = web_kit.season(), web_kit.plan()
    show = web_kit.NYC_SHOW
    cast = [a for a in plan.casting if a.performance == show]
    role = cast[0].role
    # The same dancer twice in one evening: in this role and in another one.
    other = next(a for a in cast if a.dancer != cast[0].dancer)
    broken = recast(plan, show, role, [other.dancer])
    found = validate_scope(season, broken, [show], [other.dancer, cast[0].dancer])
    assert found, "the broken cell must show violations"
    assert set(found) <= set(validate(season, broken))
    assert not set(found) <= set(validate(season, plan))
