"""Who may do what: the policy table of etoile.services.access, row by row, for a thing of
the user's own house and of the other house."""

from __future__ import annotations

import pytest

from etoile.services.access import Forbidden, Principal, Right, Role, allowed, require

# The module's table: for each right, what each role may do ("own": own house only).
TABLE = {
    #                    director  ballet master  finance  dancer
    Right.SEASON: ("yes", "yes", "yes", "-"),
    Right.PLANS: ("yes", "yes", "yes", "-"),
    Right.EXCHANGE: ("yes", "-", "-", "-"),
    Right.CASTING: ("own", "own", "-", "-"),
    Right.EDIT_CASTING: ("own", "own", "-", "-"),
    Right.REHEARSALS: ("own", "own", "-", "-"),
    Right.FORECAST: ("own", "-", "own", "-"),
    Right.DOCUMENT: ("yes", "-", "-", "-"),
    Right.SOLVE: ("yes", "-", "-", "-"),
    Right.PUBLISH: ("yes", "-", "-", "-"),
}
ROLES = (Role.DIRECTOR, Role.BALLET_MASTER, Role.FINANCE, Role.DANCER)


def _user(role: Role, dancer: str | None = None) -> Principal:
    return Principal(1, "u", "U", role, "par", dancer, "fr")


@pytest.mark.parametrize("right", list(TABLE))
@pytest.mark.parametrize("column", range(4))
def test_each_right_for_each_role_at_home_and_abroad(right: Right, column: int) -> None:
    user = _user(ROLES[column], dancer="par-lea" if ROLES[column] is Role.DANCER else None)
    cell = TABLE[right][column]
    at_home = allowed(user, right, house="par")
    abroad = allowed(user, right, house="nyc")
    assert (at_home, abroad) == {"yes": (True, True), "own": (True, False), "-": (False, False)}[
        cell
    ]


def test_a_house_bound_right_without_a_house_is_refused() -> None:
    assert allowed(_user(Role.DIRECTOR), Right.CASTING) is False
    assert allowed(_user(Role.DIRECTOR), Right.SEASON) is True


def test_schedules_own_house_for_staff_and_self_for_a_dancer() -> None:
    lea = _user(Role.DANCER, dancer="par-lea")
    assert allowed(lea, Right.SCHEDULE, house="par", dancer="par-lea") is True
    assert allowed(lea, Right.SCHEDULE, house="par", dancer="par-hugo") is False
    assert allowed(_user(Role.DANCER), Right.SCHEDULE, house="par", dancer=None) is False
    master = _user(Role.BALLET_MASTER)
    assert allowed(master, Right.SCHEDULE, house="par", dancer="par-hugo") is True
    assert allowed(master, Right.SCHEDULE, house="nyc", dancer="nyc-ava") is False
    assert allowed(_user(Role.FINANCE), Right.SCHEDULE, house="par", dancer="par-hugo") is False


def test_require_says_who_may_not_do_what_and_nothing_more() -> None:
    require(_user(Role.DIRECTOR), Right.PUBLISH)
    with pytest.raises(Forbidden) as caught:
        require(_user(Role.FINANCE), Right.CASTING, house="nyc")
    assert str(caught.value) == "a finance of par may not use casting here"
