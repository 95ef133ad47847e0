"""What comes next as a reviewer works down a list and round to its top again.

The review's next claim without a verdict and the queue's next article with work both go on
from where the reviewer is, wrapping round. Here once, below the screens that use it, so the
review and the queue cannot come to disagree about which article is next.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def in_turn_after(order: Sequence[T], item: T) -> list[T]:
    """``order`` starting after ``item`` and wrapping round to end on ``item`` itself; all of
    it from the top when ``item`` is not in it (it was removed or filtered out meanwhile)."""
    start = order.index(item) + 1 if item in order else 0
    return [*order[start:], *order[:start]]
