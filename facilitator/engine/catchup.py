"""The catch-up planner: spread the session's lateness (or lead) over the steps to come.

Pure arithmetic on nanoseconds. Given the steps still to come (their planned
length, the least they may be shortened to, and whether the trainer locked
them) and how far the session runs behind its plan, :func:`propose` returns
new lengths that make the session end at its planned time, as far as the
minimums allow. Changes are whole minutes, so the plan stays readable:

* running late, each unlocked step gives up time in proportion to its
  *slack* (planned minus minimum), never going below its minimum;
* running early, each unlocked step gets extra time in proportion to its
  planned length, never more than half of it again (:data:`MAX_LENGTHEN`):
  a trainer stretches a 15-minute step to 22, not to 38.

Whatever cannot be absorbed is reported as the plan's ``shortfall``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from facilitator.engine.clock import MINUTE, whole_units

# Without an agenda minimum, a step may be shortened to half its planned length.
DEFAULT_MIN_FRACTION = 0.5
# Running early, a step may grow by at most this share of its planned length.
MAX_LENGTHEN = 0.5


@dataclass(frozen=True)
class StepBudget:
    """One step still to come, as the planner sees it (all times in ns)."""

    index: int
    planned: int
    minimum: int
    locked: bool = False


@dataclass(frozen=True)
class CatchUpPlan:
    """New lengths for the steps to come, and how much of the drift they absorb."""

    behind: int  # the drift the plan answers (positive: late), rounded to whole units
    changes: tuple[tuple[int, int, int], ...]  # (step index, old ns, new ns), changed steps only
    shortfall: int  # drift left after the plan (0 when the session ends on time)

    @property
    def absorbed(self) -> int:
        """The total change in length: negative when steps are shortened."""
        return sum(new - old for _, old, new in self.changes)

    @property
    def empty(self) -> bool:
        """Whether the plan changes nothing."""
        return not self.changes

    def new_length(self, index: int) -> int | None:
        """The proposed length of step ``index``, or None when it does not change."""
        for step, _, new in self.changes:
            if step == index:
                return new
        return None


def default_minimum(planned: int, min_minutes: float | None) -> int:
    """A step's floor in ns: its agenda ``min_minutes``, else half of ``planned``."""
    if min_minutes is not None:
        return min(planned, round(min_minutes * MINUTE))
    return int(planned * DEFAULT_MIN_FRACTION)


def _shares(total_units: int, weights: Sequence[int], caps: Sequence[int] | None) -> list[int]:
    """Split ``total_units`` in proportion to ``weights`` (largest remainder), within ``caps``."""
    weight_sum = sum(weights)
    if total_units <= 0 or weight_sum <= 0:
        return [0] * len(weights)
    exact = [total_units * w / weight_sum for w in weights]
    shares = list(map(int, exact))
    if caps is not None:
        if len(caps) != len(shares):
            raise ValueError("one cap per weight")
        shares = list(map(min, shares, caps))
    left = total_units - sum(shares)
    if left <= 0:
        return shares
    # Largest remainders first; ties go to the earlier step (the sort is stable), so the
    # result is stable. Keys looked up, not computed by a lambda: at 500 steps this sort
    # was most of a proposal, made again each time a minute is added (issue 13).
    behind_by = [int(x) - x for x in exact]  # minus each remainder
    order = sorted(range(len(weights)), key=behind_by.__getitem__)
    while left > 0:
        progressed = False
        for i in order:
            if left == 0:
                break
            if weights[i] > 0 and (caps is None or shares[i] < caps[i]):
                shares[i] += 1
                left -= 1
                progressed = True
        if not progressed:
            break
    return shares


def propose(steps: Sequence[StepBudget], behind: int, *, unit: int = MINUTE) -> CatchUpPlan:
    """New lengths for ``steps`` so that ``behind`` ns of drift disappear.

    ``behind`` is rounded to the nearest whole ``unit`` (a minute by default;
    :func:`facilitator.engine.clock.whole_units`, the one rounding): less
    than half a unit of drift needs no plan. Locked steps never change.
    """
    units = whole_units(behind, unit)
    free = [s for s in steps if not s.locked]
    if units == 0:
        return CatchUpPlan(behind=0, changes=(), shortfall=0)
    if units > 0:
        slack = [max(0, s.planned - s.minimum) // unit for s in free]
        cut = _shares(min(units, sum(slack)), slack, slack)
        moved = [-c for c in cut]  # whole units each step gives up
        absorbed_units = sum(cut)
    else:
        room = [int(s.planned * MAX_LENGTHEN) // unit for s in free]
        moved = _shares(min(-units, sum(room)), [s.planned for s in free], room)
        absorbed_units = -sum(moved)
    # Only the steps that change (a minute late at 500 steps: one or two of them).
    changes = tuple(
        (s.index, s.planned, s.planned + m * unit) for s, m in zip(free, moved, strict=True) if m
    )
    return CatchUpPlan(
        behind=units * unit, changes=changes, shortfall=(units - absorbed_units) * unit
    )
