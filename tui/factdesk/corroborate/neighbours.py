"""Candidates by meaning: the claims whose sentence vectors are nearest, about the same days.

The index's blocking compares only claims sharing a name group or a figure, so two accounts
of one event in other words ("the central bank cut rates" / "the monetary authority eased
policy") are never compared. ``Neighbours`` keeps every claim's unit vector (``semantic``) in
small matrices, one per bin of ``BIN_DAYS`` days of the time the claim is about
(``extract.timespan``: its last day, the article's date for an undated claim), and finds a
claim's nearest ``WIDTH`` by cosine above ``FLOOR`` among the bins around its own, in one
matrix product per bin; of those, the ``TOP_K`` nearest sharing no name and no figure with it
are labelled. Each bin keeps only its newest ``BIN_ROWS`` claims, so a lookup costs
at most ``PROBE_BINS * BIN_ROWS`` rows whatever the size of the desk: the per-article import
cost stays flat. Claims about a long period (more than ``LONG_DAYS`` days, "in 2022") are too
vague to be placed by time and get no candidates by meaning, and so do claims with no time at
all (an undated article's: ``timespan`` gives them none).

Finding a candidate labels nothing: ``match.label`` still decides ``same`` / ``conflicts`` /
``related`` with its outcome, stance and figure rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from factdesk.extract.timespan import TimeSpan

TOP_K = 5
"""Candidates by meaning per claim: claims sharing no name or figure with it (the others are
the blocking's to find)."""
WIDTH = 3 * TOP_K
"""Nearest claims a lookup returns, before those sharing a name or figure are dropped."""
FLOOR = 0.6
"""Cosine from which two sentences sharing no name or figure are linked (``match``'s
``MEANING_RELATED``): unrelated sentences of the labelled pairs stay under 0.25, while
sentences on one story sharing no name spread from 0.1 to 0.8."""
BIN_DAYS = 3
"""Days per time bin: a claim is compared with the claims of its bin and the bins beside it,
so accounts a few days apart (an event and its report) meet."""
PROBE_BINS = 3
BIN_ROWS = 512
"""Newest claims a bin keeps: the bound on a lookup's work."""
LONG_DAYS = 31
"""A span longer than this ("in 2022", "since 2014") places a claim at no particular time."""
ROUND = 4
"""Decimals a cosine is ranked by: equal sentences tie exactly, and ties go to the oldest claim."""
_START_ROWS = 8
_NO_YEAR = dt.date(2000, 1, 1)
"""A leap year for month-day spans with no year (``--MM-DD``): their bins are their own."""


def time_bin(span: TimeSpan | None) -> tuple[str, int] | None:
    """(calendar, bin number) a claim's vector is filed under; None for a claim with no time
    or a vague one.

    The bin is the one of the span's last day: an undated claim's span ends on its article's
    date, a dated one on the day it names, so both land where the event was reported."""
    if span is None:
        return None
    try:
        if span.start.startswith("--"):
            start = dt.date.fromisoformat(f"{_NO_YEAR.year}{span.start[1:]}")
            end = dt.date.fromisoformat(f"{_NO_YEAR.year}{span.end[1:]}")
            calendar = "--"
        else:
            start, end = dt.date.fromisoformat(span.start), dt.date.fromisoformat(span.end)
            calendar = ""
    except ValueError:
        return None
    if (end - start).days >= LONG_DAYS and span.source != "article":
        return None
    return (calendar, end.toordinal() // BIN_DAYS)


def bin_days(place: tuple[str, int]) -> list[str]:
    """The ``day`` values (a span's last day, ``TimeSpan.end``) that ``time_bin`` files in
    ``place``: the inverse the stored index reads a bin's rows by."""
    calendar, number = place
    days = [dt.date.fromordinal(o) for o in range(number * BIN_DAYS, (number + 1) * BIN_DAYS)]
    if calendar == "--":  # month-day spans are placed in a leap year of their own
        return [f"--{d.month:02d}-{d.day:02d}" for d in days if d.year == _NO_YEAR.year]
    return [d.isoformat() for d in days]


def probed_bins(place: tuple[str, int]) -> list[tuple[str, int]]:
    """The bins a claim filed at ``place`` is compared with: its own first, then its sides."""
    calendar, number = place
    half = PROBE_BINS // 2
    return [(calendar, number + step) for step in sorted(range(-half, half + 1), key=abs)]


@dataclass(slots=True)
class _Bin:
    """The newest ``BIN_ROWS`` vectors of one time bin, as a ring of rows."""

    vectors: Any = field(default_factory=lambda: np.empty((_START_ROWS, 0), np.float32))
    claims: Any = field(default_factory=lambda: np.empty(_START_ROWS, np.int64))
    articles: Any = field(default_factory=lambda: np.empty(_START_ROWS, np.int64))
    size: int = 0
    next: int = 0
    """The row the next claim overwrites once the bin is full (the oldest)."""

    def add(self, vector: Any, claim_id: int, article_id: int) -> None:
        """Append a row; once ``BIN_ROWS`` are held, overwrite the oldest."""
        if self.vectors.shape[1] != len(vector):
            self.vectors = np.empty((len(self.claims), len(vector)), np.float32)
        if self.size == len(self.claims) < BIN_ROWS:
            rows = min(2 * self.size, BIN_ROWS)
            self.vectors = np.resize(self.vectors, (rows, self.vectors.shape[1]))
            self.claims, self.articles = (
                np.resize(self.claims, rows),
                np.resize(self.articles, rows),
            )
        if self.size < len(self.claims):
            row, self.size = self.size, self.size + 1
        else:
            row, self.next = self.next, (self.next + 1) % len(self.claims)
        self.vectors[row] = vector
        self.claims[row], self.articles[row] = claim_id, article_id

    def best(self, vector: Any, article_id: int) -> list[tuple[int, float]]:
        """This bin's ``WIDTH`` best (claim id, cosine) at or above ``FLOOR``, other articles
        only, and any tied with the last of them.

        The ``WIDTH``-th best is looked for among the rows at the floor or above only (when
        more than ``WIDTH`` are, it is theirs; else every one of them is kept): partitioning
        the whole bin (512 rows) for it, then turning each row kept into Python numbers one
        at a time, was a fifth of a bin's lookup (issue 15: ~47 bins an article at 2,000)."""
        if not self.size:
            return []
        values = np.round(self.vectors[: self.size] @ vector, ROUND)
        values[self.articles[: self.size] == article_id] = -np.inf
        kept = np.flatnonzero(values >= FLOOR)
        if len(kept) > WIDTH:
            above = values[kept]
            kept = kept[above >= np.partition(above, -WIDTH)[-WIDTH]]
        return list(zip(self.claims[kept].tolist(), values[kept].tolist(), strict=True))


class Neighbours:
    """Claims' unit vectors by time bin, for a bounded nearest-meaning lookup."""

    def __init__(self) -> None:
        self.bins: dict[tuple[str, int], _Bin] = {}

    def add(self, claim_id: int, article_id: int, vector: Any, span: TimeSpan | None) -> None:
        """File one claim's vector (nothing for a claim without one, or about a long time)."""
        place = time_bin(span) if vector is not None else None
        if place is not None:
            self.bins.setdefault(place, _Bin()).add(vector, claim_id, article_id)

    def fill(self, place: tuple[str, int], claims: Any, articles: Any, vectors: Any) -> None:
        """A whole bin at once, its rows oldest first (at most ``BIN_ROWS``): what one ``add``
        per row gives, without a call and a check per row (the desk's index reads bins whole:
        ``stored``)."""
        if not len(claims):
            self.bins.pop(place, None)
            return
        self.bins[place] = _Bin(
            np.ascontiguousarray(vectors, np.float32),
            np.asarray(claims, np.int64),
            np.asarray(articles, np.int64),
            size=len(claims),
        )

    def nearest(
        self, vector: Any, article_id: int, span: TimeSpan | None
    ) -> list[tuple[int, float]]:
        """Up to ``WIDTH`` (claim id, cosine) of other articles' claims about nearby days,
        most similar first (ties: oldest claim first), none below ``FLOOR``."""
        place = time_bin(span) if vector is not None else None
        if place is None:
            return []
        best: dict[int, float] = {}
        for key in probed_bins(place):
            found = self.bins.get(key)
            for claim_id, value in found.best(vector, article_id) if found else ():
                best[claim_id] = max(best.get(claim_id, -1.0), value)
        ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))
        return ranked[:WIDTH]
