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
from collections.abc import Iterable, Sequence

import numpy as np

_START = 8
"""Capacity of a new posting; doubled when full (appends stay O(1) amortised)."""


class Postings:
    """anchor -> claim ids in the order they were added."""

    def __init__(self) -> None:
        self._ids: dict[str, np.ndarray] = {}
        self._sizes: dict[str, int] = {}
        self._disordered: set[str] = set()
        """Anchors whose posting is not strictly increasing (a claim added again, or out of
        claim order): ``ranked_ids`` takes the general way for them (``_in_order``)."""

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
        if size and ids[size - 1] >= claim_id:
            self._disordered.add(anchor)
        ids[size] = claim_id
        self._sizes[anchor] = size + 1

    def _in_order(self, anchor: str) -> bool:
        """Whether the anchor's posting holds each claim id once, in increasing order (the
        usual case: claims are indexed in claim order, each once)."""
        return anchor not in self._disordered

    def newest(self, anchor: str, count: int) -> np.ndarray:
        """The last ``count`` ids of the anchor's posting, oldest of them first (a view)."""
        size = self._sizes.get(anchor, 0)
        return self._ids[anchor][max(0, size - count) : size] if size else np.empty(0, np.int64)

    def ranked(self, anchors: Sequence[str], total: int, budget: int, limit: int) -> list[int]:
        """The ``limit`` best claim ids for these anchors (in the order given), at most
        ``budget`` postings read, newest first within each; each anchor weighs
        log(1 + total / its posting's size)."""
        return self.ranked_ids(anchors, total, budget, limit).tolist()

    def ranked_ids(self, anchors: Sequence[str], total: int, budget: int, limit: int) -> np.ndarray:
        """``ranked`` as an array (``ClaimRows`` reads the claims' rows by it)."""
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
            return _NO_IDS
        if len(parts) <= 2 and all(map(self._in_order, anchors[: len(parts)])):
            return _best_in_order(parts, weights, limit)
        return _best_of(parts, weights, limit)


_NO_IDS = np.empty(0, np.int64)


def _best_of(parts: list[np.ndarray], weights: list[float], limit: int) -> np.ndarray:
    """``_best`` of the parts read one after another, each id weighing its part's weight:
    the general way, for any parts (``ranked_ids``, and ``_best_in_order``'s fallback)."""
    ids = np.concatenate(parts) if len(parts) > 1 else parts[0]
    if not len(ids):
        return _NO_IDS
    each = np.array(weights).repeat([len(p) for p in parts])  # the method: no wrapping
    return _best(ids, each, limit)


def _best_in_order(parts: list[np.ndarray], weights: list[float], limit: int) -> np.ndarray:
    """``_best`` of one or two postings' parts that each hold an id once, in increasing
    order (``Postings._in_order``): most lookups read one or two anchors (issue 15).

    Why it is the same ranking: with one part every id sums to its weight, so ties keep the
    part's order. With two, of weights ``a >= b`` (rarer anchor first, as ``MatchIndex``
    asks), an id in both sums to ``a + b`` (> ``a``, as ``b > 0``), one in the first alone
    to ``a``, one in the second alone to ``b``: the ids of both parts in the first part's
    order (their first appearance), then the first part's others, then the second's. Two
    parts in the other order of weight go the general way (``_best``)."""
    first = parts[0]
    if len(parts) == 1:
        return first[:limit].copy() if len(first) else _NO_IDS
    second = parts[1]
    if weights[0] < weights[1] or not len(first) or not len(second):
        return _best_of(parts, weights, limit)
    where = second.searchsorted(first).clip(max=len(second) - 1)
    shared = second.take(where) == first
    in_first = first.searchsorted(second).clip(max=len(first) - 1)
    alone = first.take(in_first) != second
    ranked = np.concatenate((first[shared], first[~shared], second[alone]))
    return ranked[:limit]


def _best(ids: np.ndarray, weights: np.ndarray, limit: int) -> np.ndarray:
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
    return unique[pick]


ROW_WORDS = 32
"""Normalised words a claim's row holds (``ClaimRows``); a claim with more is counted the
slow way (a set intersection in Python) when it is a candidate."""

SPREAD = 8
"""Claim ids are a desk's row ids, close to how many claims it holds: the arrays by claim id
(13 bytes an id) are kept while the largest id stays under ``SPREAD`` times that number (plus
a margin), else the table is given up for this index (``ClaimRows.on``) and lookups take the
slow way. The words take a row per claim filed, not per id."""


class ClaimRows:
    """Per claim id, in arrays: the claim's article and whether the index holds it; per claim
    filed, its normalised words as word numbers. A lookup ranks its pool (``match.MatchIndex``)
    and drops the claims of its own article without reading those claims' facts.

    Why (issue 15): at 100,000 claims a lookup's pool is 80 claims scattered over the heap,
    and reading each one's article and word set in Python cost ~0.25 ms of a late lookup of
    the bench's desk (~0.17 ms here); the whole lookup gained less (~5%, same run), as the
    40 claims judged are then first read by the judging."""

    def __init__(self) -> None:
        self.on = True
        self.numbers: dict[str, int] = {}
        """word -> its number, from 1 (0 pads a row)."""
        self.articles = np.full(_START, -1, np.int64)
        self.held = np.zeros(_START, bool)
        self.row_of = np.full(_START, -1, np.int32)
        """claim id -> its row of ``words`` and ``long`` (-1: none yet)."""
        self.rows = 0
        self.long = np.zeros(_START, bool)
        """Claims with more than ``ROW_WORDS`` words: their row is empty, counted in Python."""
        self.words = np.zeros((_START, ROW_WORDS), np.int32)
        self._marks = np.zeros(_START, bool)

    def put(self, claim_id: int, article_id: int, words: Iterable[str], claims: int) -> None:
        """File a claim the index now holds (``claims``: how many the index holds, for the
        bound on ids)."""
        if not self.on:
            return
        if not 0 <= claim_id < SPREAD * claims + 65_536:
            self.on = False  # ids too sparse for arrays by id: the slow way from now on
            return
        if claim_id >= len(self.held):
            self._grow_ids(claim_id + 1)
        row = int(self.row_of[claim_id])
        if row < 0:
            if self.rows == len(self.words):
                self._grow_rows()
            row = self.row_of[claim_id] = self.rows
            self.rows += 1
        numbers = self.numbers
        ids = [numbers.setdefault(word, len(numbers) + 1) for word in words]
        filed = self.words[row]
        filed[:] = 0
        self.long[row] = len(ids) > ROW_WORDS
        if len(ids) <= ROW_WORDS:
            filed[: len(ids)] = ids
        self.articles[claim_id] = article_id
        self.held[claim_id] = True

    def drop(self, claim_id: int) -> None:
        """A claim the index no longer holds."""
        if 0 <= claim_id < len(self.held):
            self.held[claim_id] = False

    def _grow_ids(self, size: int) -> None:
        size = max(size, 2 * len(self.held))
        more = size - len(self.held)
        self.articles = np.concatenate([self.articles, np.full(more, -1, np.int64)])
        self.held = np.concatenate([self.held, np.zeros(more, bool)])
        self.row_of = np.concatenate([self.row_of, np.full(more, -1, np.int32)])

    def _grow_rows(self) -> None:
        size = 2 * len(self.words)
        self.long = np.concatenate([self.long, np.zeros(size - len(self.long), bool)])
        grown = np.zeros((size, ROW_WORDS), np.int32)
        grown[: len(self.words)] = self.words
        self.words = grown

    def unheld(self, ids: np.ndarray) -> np.ndarray:
        """Those of ``ids`` the index does not hold (or not yet)."""
        inside = ids < len(self.held)
        return ids[~inside | ~self.held[np.where(inside, ids, 0)]]

    def others(self, ids: np.ndarray, article_id: int) -> np.ndarray:
        """Those of ``ids`` the index holds that are not of ``article_id``, in order."""
        ids = ids[ids < len(self.held)]
        return ids[self.held[ids] & (self.articles[ids] != article_id)]

    def longer(self, ids: np.ndarray) -> np.ndarray:
        """Where in ``ids`` (held claims) the claims too long for a row are."""
        return self.long[self.row_of[ids]].nonzero()[0]

    def shared(self, ids: np.ndarray, words: Iterable[str]) -> np.ndarray:
        """How many of ``words`` each claim of ``ids`` (held claims) has (0 for a long one:
        its caller counts those)."""
        if len(self._marks) <= len(self.numbers):
            self._marks = np.zeros(2 * len(self.numbers) + 1, bool)
        marks, numbers = self._marks, self.numbers
        mine = [numbers[word] for word in words if word in numbers]
        marks[mine] = True
        # ``take`` rather than indexing with an array: the same values, a third of the time
        # for the 80 x 32 word numbers of a lookup's pool (issue 15)
        counts = marks.take(self.words.take(self.row_of.take(ids), axis=0)).sum(axis=1)
        marks[mine] = False
        return counts
