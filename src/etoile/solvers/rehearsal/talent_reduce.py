"""Reductions of a talent scheduling problem that keep every optimum reachable.

Each reduction maps the problem to a smaller one whose optimal orders expand to optimal orders of
the original, with a constant added to the cost. They are applied until nothing changes.

* An actor with cost 0 or no scene never changes the cost: dropped.
* An actor in exactly one scene is on location during that scene only, whatever the order; an
  actor in every scene is on location all the time. Either pays a constant: dropped.
* A scene that needs none of the remaining actors costs nothing when it is played first (nobody
  is on location yet) and, played later, would only add cost: it goes to the front.
* Scenes that need the same set of actors are merged into one scene of the summed duration:
  there is always an optimal order that plays them back to back (see ``docs/talent.md``).
"""

from __future__ import annotations

from dataclasses import dataclass

from etoile.problems.talent import TalentProblem


@dataclass(frozen=True)
class Reduced:
    """A reduced problem and the way back to the original scenes.

    Parameters
    ----------
    durations
        Duration of each reduced scene.
    costs
        Cost of each kept actor.
    scene_actors
        For each reduced scene, the bitmask of the kept actors it needs (bit ``i`` is
        ``costs[i]``).
    groups
        For each reduced scene, the original scenes it stands for, to be played in this order.
    lead
        Original scenes that need no kept actor: played first, in this order.
    constant
        What the dropped actors cost, the same for every order.
    """

    durations: tuple[int, ...]
    costs: tuple[int, ...]
    scene_actors: tuple[int, ...]
    groups: tuple[tuple[int, ...], ...]
    lead: tuple[int, ...]
    constant: int

    @property
    def num_scenes(self) -> int:
        """Number of reduced scenes."""
        return len(self.durations)

    def expand(self, order: list[int] | tuple[int, ...]) -> list[int]:
        """Turn an order of reduced scenes into an order of all the original scenes."""
        return [*self.lead, *(s for r in order for s in self.groups[r])]


def reduce_problem(problem: TalentProblem) -> Reduced:
    """Apply the reductions of this module until none applies."""
    groups = [[s] for s in range(problem.num_scenes)]
    durations = list(problem.durations)
    actors = [sum(1 << a for a in problem.actors_of(s)) for s in range(problem.num_scenes)]
    kept = {a for a in range(problem.num_actors) if problem.costs[a] > 0}
    # An actor who costs nothing is not waited for: only the kept actors' bits count.
    paid = sum(1 << a for a in kept)
    actors = [mask & paid for mask in actors]
    lead: list[int] = []
    constant = 0
    changed = True
    while changed:
        changed = False
        total = sum(durations)
        for a in sorted(kept):
            scenes = [i for i, mask in enumerate(actors) if mask >> a & 1]
            if len(scenes) in (0, 1, len(actors)):
                # On location exactly during its own scenes, or during every scene.
                constant += problem.costs[a] * (
                    durations[scenes[0]] if len(scenes) == 1 else total if scenes else 0
                )
                kept.discard(a)
                actors = [mask & ~(1 << a) for mask in actors]
                changed = True
        merged: dict[int, int] = {}
        new_groups: list[list[int]] = []
        new_durations: list[int] = []
        new_actors: list[int] = []
        for group, duration, mask in zip(groups, durations, actors, strict=True):
            if mask == 0:
                lead.extend(group)
                changed = True
            elif mask in merged:
                i = merged[mask]
                new_groups[i] = new_groups[i] + group
                new_durations[i] += duration
                changed = True
            else:
                merged[mask] = len(new_groups)
                new_groups.append(group)
                new_durations.append(duration)
                new_actors.append(mask)
        groups, durations, actors = new_groups, new_durations, new_actors
    # Renumber the kept actors 0..k-1 so that the masks are dense.
    index = {a: i for i, a in enumerate(sorted(kept))}
    dense = [sum(1 << index[a] for a in kept if mask >> a & 1) for mask in actors]
    return Reduced(
        durations=tuple(durations),
        costs=tuple(problem.costs[a] for a in sorted(kept)),
        scene_actors=tuple(dense),
        groups=tuple(tuple(g) for g in groups),
        lead=tuple(lead),
        constant=constant,
    )
