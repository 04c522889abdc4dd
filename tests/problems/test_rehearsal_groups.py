"""Company groups: sized to the studios, split by the days their members can come."""

from __future__ import annotations

import datetime as dt

from etoile.problems.rehearsal_groups import by_availability, group_sizes

DAY = dt.date(2027, 2, 1)


def test_groups_are_sized_to_rehearse_at_once_in_studios_of_their_own() -> None:
    # 69 dancers, studios of 40, 28, 20, 12, 4: 40 + 28 = 68 < 69, so two groups would share
    # the one studio of 40 (a group of 29 does not fit the 28). Three fit 40 + 28 + 20; even:
    # the level L with min(40, L) + min(28, L) + min(20, L) >= 69 is 25 (25 + 25 + 20 = 70).
    assert group_sizes(69, [40, 28, 20, 12, 4]) == [25, 25, 20]
    # 64 fit 40 + 28 at once: min(40, L) + min(28, L) >= 64 at L = 36 (36 + 28).
    assert group_sizes(64, [40, 28, 20, 12, 4]) == [36, 28]
    assert group_sizes(35, [40, 28, 20, 12, 4]) == [35]
    # No group over COMPANY_GROUP (40), even in a studio of 48: 32 + 32 >= 63.
    assert group_sizes(63, [48, 26, 26, 16, 12, 32]) == [32, 32]
    # More dancers than all the studios hold at once: groups of the largest.
    assert group_sizes(90, [40]) == [40, 40, 40]


def test_a_dancer_who_would_leave_a_group_too_few_days_is_called_apart() -> None:
    # A window of 9 days. Ann is free every day; Bob is away the first 3 days, Cy the first 4.
    # With Bob, a group keeps 6 of 9 days, two thirds: he joins Ann. With Cy, 5: too few.
    span = [DAY + dt.timedelta(days=i) for i in range(9)]
    away = {("bob", d) for d in span[:3]} | {("cy", d) for d in span[:4]}

    def available(dancer: str, day: dt.date) -> bool:
        return (dancer, day) not in away

    assert by_availability(["ann", "bob"], span[0], span[-1], available, [40]) == [["ann", "bob"]]
    assert by_availability(["ann", "cy"], span[0], span[-1], available, [40]) == [["ann"], ["cy"]]
    # When the group's calls need 7 days (two calls a day), Bob's 6 are too few: apart.
    got = by_availability(["ann", "bob"], span[0], span[-1], available, [40], days=7)
    assert got == [["ann"], ["bob"]]
    # Sizes: the first group holds 1, the next ones the last size (2).
    got = by_availability(["ann", "dee", "eve"], span[0], span[-1], available, [1, 2])
    assert got == [["ann"], ["dee", "eve"]]


def test_published_groups_are_kept_as_far_as_the_rules_allow() -> None:
    # Groups of at most 2. Alone, the most available first: [ann, bob], [dee, eve]. The
    # published calendar had [ann, dee] and [bob, eve]; Eve has left the production and Fay
    # has joined (a replacement): the old groups stand, Fay takes Eve's free seat, nobody
    # else moves. Cy, away 4 of 9 days, still cannot join a group (apart, as before).
    span = [DAY + dt.timedelta(days=i) for i in range(9)]
    away = {("cy", d) for d in span[:4]}

    def available(dancer: str, day: dt.date) -> bool:
        return (dancer, day) not in away

    fresh = by_availability(["ann", "bob", "dee", "eve"], span[0], span[-1], available, [2])
    assert fresh == [["ann", "bob"], ["dee", "eve"]]
    previous = [("ann", "dee"), ("bob", "eve")]
    dancers = ["ann", "bob", "dee", "fay"]
    got = by_availability(dancers, span[0], span[-1], available, [2], previous=previous)
    assert got == [["ann", "dee"], ["bob", "fay"]]
    got = by_availability(
        ["ann", "cy"], span[0], span[-1], available, [2], previous=[("ann", "cy")]
    )
    assert got == [["ann"], ["cy"]]


def test_a_group_that_has_had_calls_takes_nobody_new() -> None:
    # Groups of at most 2, published as [bob, eve] and [ann]; Eve has left, Fay has joined.
    # [bob, eve] has already rehearsed (``begun``: before the repair's as_of): Fay cannot
    # have had those calls, so she takes the seat in Ann's group, not yet begun; before any
    # call (no ``begun``) she takes Eve's seat. A published group keeps its size even when
    # the sizes have shrunk since (groups of 1 now).
    span = [DAY + dt.timedelta(days=i) for i in range(9)]

    def available(dancer: str, day: dt.date) -> bool:
        return True

    previous = [("bob", "eve"), ("ann",)]
    dancers = ["ann", "bob", "fay"]
    got = by_availability(dancers, span[0], span[-1], available, [2], previous=previous, begun=1)
    assert got == [["bob"], ["ann", "fay"]]
    got = by_availability(dancers, span[0], span[-1], available, [2], previous=previous)
    assert got == [["bob", "fay"], ["ann"]]
    got = by_availability(dancers, span[0], span[-1], available, [2], previous=previous, begun=2)
    assert got == [["bob"], ["ann"], ["fay"]]
    got = by_availability(["bob", "eve"], span[0], span[-1], available, [1], previous=previous)
    assert got == [["bob", "eve"]]


def test_a_member_away_for_most_of_a_begun_groups_calls_to_come_rehearses_apart() -> None:
    # A window of 20 days; [ann, bob] has had its first calls; from day 8 (``rest``, as_of),
    # Bob is away 6 of the 12 days left. Over the whole window he keeps 14 of 20 days, two
    # thirds: enough; of the days to come only 6 of 12, too few: he rehearses apart, and Ann
    # keeps the group's calls to come.
    span = [DAY + dt.timedelta(days=i) for i in range(20)]
    away = {("bob", d) for d in span[8:14]}

    def available(dancer: str, day: dt.date) -> bool:
        return (dancer, day) not in away

    previous = [("ann", "bob")]
    args = (["ann", "bob"], span[0], span[-1], available, [2])
    assert by_availability(*args, previous=previous, begun=1) == [["ann", "bob"]]
    got = by_availability(*args, previous=previous, begun=1, rest=span[8])
    assert got == [["ann"], ["bob"]]
    # Not begun: the whole window counts, as before.
    assert by_availability(*args, previous=previous, rest=span[8]) == [["ann", "bob"]]
