"""Anchor postings for candidate generation: which claims carry a name group or a number.

``MatchIndex`` blocks on shared anchors: a claim is compared only with claims sharing one of
its anchors, rarest first, weighing each shared anchor by how rare it is. Held as Python lists
and summed in a dict, a lookup on a 100,000-claim desk walked up to 1,500 postings one by one
and sorted them with a key function; here each posting is a growable integer array, and the
weights of a lookup's postings are summed, ranked and cut in a few array operations.

The ranking is exactly the dict version's: claims by summed weight, highest first, ties in
the order the claims were first met (anchor by anchor, each posting oldest first); a claim
posted twice under one anchor (indexed again) counts twice.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

_START = 8
"""Capacity of a new posting; doubled when full (appends stay O(1) amortised)."""


class Postings:
    """anchor -> claim ids in the order they were added."""

    def __init__(self) -> None:
        self._ids: dict[str, np.ndarray] = {}
        self._sizes: dict[str, int] = {}

    def __contains__(self, anchor: object) -> bool:
        return anchor in self._sizes

    def __len__(self) -> int:
        return len(self._sizes)

    def size(self, anchor: str) -> int:
        """How many claim ids the anchor's posting holds (0 for an unknown anchor)."""
        return self._sizes.get(anchor, 0)

    def add(self, anchor: str, claim_id: int) -> None:
        """Append one claim id to the anchor's posting."""
        size = self._sizes.get(anchor, 0)
        ids = self._ids.get(anchor)
        if ids is None:
            ids = self._ids[anchor] = np.empty(_START, dtype=np.int64)
        elif size == len(ids):
            grown = np.empty(2 * size, dtype=np.int64)
            grown[:size] = ids
            ids = self._ids[anchor] = grown
        ids[size] = claim_id
        self._sizes[anchor] = size + 1

    def newest(self, anchor: str, count: int) -> np.ndarray:
        """The last ``count`` ids of the anchor's posting, oldest of them first (a view)."""
        size = self._sizes.get(anchor, 0)
        return self._ids[anchor][max(0, size - count) : size] if size else np.empty(0, np.int64)

    def ranked(self, anchors: Sequence[str], total: int, budget: int, limit: int) -> list[int]:
        """The ``limit`` best claim ids for these anchors (in the order given), at most
        ``budget`` postings read, newest first within each; each anchor weighs
        log(1 + total / its posting's size)."""
        parts: list[np.ndarray] = []
        weights: list[float] = []
        for anchor in anchors:
            size = self._sizes[anchor]
            parts.append(self.newest(anchor, budget))
            weights.append(math.log(1 + total / size))
            budget -= min(budget, size)
            if budget <= 0:
                break
        if not parts:
            return []
        ids = np.concatenate(parts) if len(parts) > 1 else parts[0]
        if not len(ids):
            return []
        each = np.array(weights).repeat([len(p) for p in parts])  # the method: no wrapping
        return _best(ids, each, limit)


def _best(ids: np.ndarray, weights: np.ndarray, limit: int) -> list[int]:
    """The ``limit`` ids of highest summed weight, ties in order of first appearance.

    What ``np.unique(ids, return_index=True, return_inverse=True)``, a ``bincount`` and a
    ``lexsort`` give, without ``np.unique``'s general-purpose wrapping (half the cost of a
    lookup's ranking): one stable sort groups the ids, its first index per group is the
    id's first appearance, and the weights are summed in the order given, as before. Only
    the groups summing to at least the ``limit``-th largest sum (ties included) are sorted:
    ``lexsort`` over every group of a full budget (1,500 postings, ~1,400 claims) cost
    ~130 us a lookup, most of the ranking at 100,000 claims, where postings are full."""
    order = ids.argsort(kind="stable")
    grouped = ids[order]
    fresh = np.empty(len(ids), dtype=bool)
    fresh[0] = True
    np.not_equal(grouped[1:], grouped[:-1], out=fresh[1:])
    group = fresh.cumsum()  # methods, not np.cumsum: no dispatch through fromnumeric
    group -= 1
    inverse = np.empty(len(ids), dtype=np.intp)
    inverse[order] = group
    sums = np.bincount(inverse, weights=weights)
    firsts, unique = order[fresh], grouped[fresh]
    if len(sums) > limit:  # only the groups that can be among the best are ordered
        kept = (sums >= np.partition(sums, len(sums) - limit)[len(sums) - limit]).nonzero()[0]
        firsts, unique, sums = firsts[kept], unique[kept], sums[kept]
    pick = np.lexsort((firsts, -sums))[:limit]
    return unique[pick].tolist()
