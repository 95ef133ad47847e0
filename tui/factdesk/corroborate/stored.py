"""The desk's claim index read from the desk file as lookups need it, not loaded whole.

Every process that indexed an article used to load every claim's facts and vector into a
``MatchIndex`` first (issue 15: 10-15 s at 54,000 claims before a `factdesk import` matched
anything, growing with the desk). ``StoredIndex`` is the same ``MatchIndex`` over three
stores that read SQLite on first use and keep what they read:

- ``StoredPostings``: an anchor's claim ids from ``claim_anchors`` (migration 18), in claim
  order, when a lookup first asks for that anchor;
- ``StoredFacts``: a claim's facts and vector from ``claim_index``, by id, for the candidates
  a lookup ranked (one query per lookup), a bounded number kept;
- ``StoredNeighbours``: the newest ``neighbours.BIN_ROWS`` vectors of a time bin, by the
  ``day`` column (the last day of the claim's time span).

Only the desk's current claims (their article's current version) are read, as the whole load
did, and in claim order: the lookups give what one ``MatchIndex`` that indexed the desk's
claims in claim order gives, whichever process asks. (The whole load took the order the query
planner chose, by score within an article since migration 16, so a second process matched
otherwise than one process importing everything: 1,547 of 396,547 matches differed on a
1,200-article synthetic desk imported by two processes.) A claim written by this process is
added to what is kept; one forgotten drops the postings and the bin it was in, read again
when next asked for. What is kept is bounded (``KEPT_FACTS``, ``KEPT_BINS``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import islice
from typing import Any

import numpy as np

from factdesk.corroborate import neighbours, semantic
from factdesk.corroborate.match import MAX_POSTINGS, ClaimFacts, MatchIndex
from factdesk.corroborate.neighbours import Neighbours, probed_bins, time_bin
from factdesk.corroborate.postings import ClaimRows, Postings
from factdesk.extract.timespan import TimeSpan

_CURRENT = """JOIN claims c ON c.id = {claim}
JOIN articles a ON a.id = c.article_id AND a.version = c.version"""
"""The join that keeps the current claims only (an older version's stay in the tables)."""

KEPT_FACTS = 200_000
"""Claims' facts kept per process (about 3 KB each with the vector, as the whole load held
every claim): a long import keeps what it read instead of reading it again (with 20,000 the
2,000-article bench desk re-read a tenth more), and a process never holds more than this."""


def _batches(ids: Sequence[int]) -> Iterator[tuple[Sequence[int], str]]:
    """``ids`` in parts of 500, the most parameters an SQLite build is sure to take, each with
    its ``?,?,…`` marks for an ``IN (…)``."""
    for first in range(0, len(ids), 500):
        part = ids[first : first + 500]
        yield part, ",".join("?" * len(part))


def stale_claims(conn: sqlite3.Connection) -> list[int]:
    """The older versions' claims whose rows the index keeps (``_STALE_SQL``): read once per
    process, for the count (``count_current``) and the postings (``StoredPostings``)."""
    return [row[0] for row in conn.execute(_STALE_SQL)]


def count_current(conn: sqlite3.Connection, stale: Sequence[int]) -> int:
    """How many current claims the index holds (the ``total`` anchor weights are taken over):
    its rows but those of older versions' claims (``stale``, few on most desks).

    Counted along one of ``claim_index``'s indexes alone, as ``StoredPostings`` counts (a row's
    claim and article are there: foreign keys cascade). Joined with ``claims`` and
    ``articles`` (``_CURRENT``), the count cost two lookups a claim, every process that
    indexed an article paid it before its first lookup, and it grew with the desk: ~165 ms
    CPU at 10,000 articles (180,000 claims), ~1 ms counted this way (issue 15)."""
    rows = int(conn.execute("SELECT COUNT(*) FROM claim_index").fetchone()[0])
    for part, marks in _batches(stale):
        sql = f"SELECT COUNT(*) FROM claim_index WHERE claim_id IN ({marks})"
        rows -= int(conn.execute(sql, part).fetchone()[0])
    return rows


_INDEX_ROWS = "SELECT claim_id, article_id, norm, anchors, facts, vector FROM claim_index"
"""A claim's index row as ``facts_of`` reads it, current or not."""


def facts_of(row: Sequence[Any]) -> ClaimFacts:
    """One ``claim_index`` row (claim_id, article_id, norm, anchors, facts, vector) as facts."""
    claim_id, article_id, norm, anchors, facts, vector = row
    found = ClaimFacts.from_row(claim_id, article_id, norm, json.loads(anchors), json.loads(facts))
    found.vector = semantic.decode(vector)
    return found


HELD = MAX_POSTINGS
"""A posting's newest claim ids read at first: what one lookup reads of it at most."""

WHOLE_AFTER = 0.25
"""Share of the desk's claims a process reads by id before it reads them all at once."""

KEPT_BINS = 96
"""Time bins kept per process (up to ``neighbours.BIN_ROWS`` vectors each, 512 KB when full):
an import of a year of wire copy probes a few days at a time, not the whole year at once."""


class StoredFacts(dict[int, ClaimFacts]):
    """claim id -> ``ClaimFacts`` of the current claims read so far (bounded), and ``total``,
    how many the desk holds (what ``len`` gives: the index weighs anchors by it).

    A dict, so the index's ``get`` for every candidate costs a dict lookup: the candidates'
    facts are read first, in one query (``read``, from the postings and the neighbours), and
    a claim not found then is not a current claim of the desk."""

    _ALL = f"""SELECT i.claim_id, i.article_id, i.norm, i.anchors, i.facts, i.vector
               FROM claim_index i {_CURRENT.format(claim="i.claim_id")}"""
    _SQL = _ALL + " WHERE i.claim_id IN ({marks})"

    def __init__(self, conn: sqlite3.Connection, stale: Sequence[int]) -> None:
        super().__init__()
        self.conn = conn
        self.total = count_current(conn, stale)
        self.by_id = 0
        """Facts read by id so far: past ``WHOLE_AFTER`` of the desk, the rest is read at once."""
        self.whole = False
        self.rows: ClaimRows | None = None
        """The index's rows (``postings.ClaimRows``): a claim read is filed there too."""

    def __len__(self) -> int:
        return self.total

    def read(self, claim_ids: Iterable[int]) -> None:
        """Read the facts of those of ``claim_ids`` not kept yet, in one query."""
        wanted = list(claim_ids)
        missing = [c for c in wanted if c not in self]
        if not missing:
            return
        missing = list(dict.fromkeys(missing))
        if (
            not self.whole
            and self.by_id + len(missing) > WHOLE_AFTER * self.total
            and self.total <= KEPT_FACTS
        ):
            self.read_all()
            return
        self.by_id += len(missing)
        self.make_room(len(missing), keep=wanted)
        for part, marks in _batches(missing):
            for row in self.conn.execute(self._SQL.format(marks=marks), part):
                self.keep(facts_of(row))

    _ROWS = f"""SELECT i.claim_id, i.article_id, i.norm
                FROM claim_index i {_CURRENT.format(claim="i.claim_id")}
                WHERE i.claim_id IN ({{marks}})"""

    def read_rows(self, claim_ids: np.ndarray) -> None:
        """File in the index's rows (``postings.ClaimRows``) those of ``claim_ids`` that are
        current and not filed yet: their article and words, without their facts. A lookup
        ranks its pool of 80 on the rows and reads the facts of the 40 it judges only
        (``MatchIndex._candidates``); reading and decoding all 120 ranked claims' facts cost
        ~55 us a claim (issue 15). Without rows (ids too sparse), the facts are read."""
        rows = self.rows
        if rows is None or not rows.on:
            self.read(claim_ids.tolist())
            return
        if self.whole:  # every current claim is kept, and so filed
            return
        missing = rows.unheld(claim_ids).tolist()
        for part, marks in _batches(missing):
            for claim_id, article_id, norm in self.conn.execute(
                self._ROWS.format(marks=marks), part
            ):
                rows.put(claim_id, article_id, dict.fromkeys(norm.split()), self.total)

    def read_all(self) -> None:
        """Every current claim's facts, in one scan: a process that has read a good share of
        the desk by id (a long import) reads the rest at the whole load's cost per claim
        (one scan costs about a third of reading each claim by id)."""
        for row in self.conn.execute(self._ALL):
            if row[0] not in self:
                self.keep(facts_of(row))
        self.whole = True

    def keep(self, facts: ClaimFacts) -> None:
        """Keep one claim's facts (a batch read is kept whole: room is made before it)."""
        self[facts.claim_id] = facts
        if self.rows is not None:
            self.rows.put(facts.claim_id, facts.article_id, facts.words, self.total)

    def make_room(self, coming: int, keep: Iterable[int] = ()) -> None:
        """Before ``coming`` facts are kept: past ``KEPT_FACTS``, the older half goes, but
        for those of ``keep`` (the lookup asking is about to read them)."""
        if dict.__len__(self) + coming > KEPT_FACTS:
            stay = set(keep)
            for claim_id in list(islice(self, dict.__len__(self) // 2)):
                if claim_id not in stay:
                    del self[claim_id]


_STALE_SQL = """SELECT c.id FROM articles a
JOIN claims c ON c.article_id = a.id AND c.version != a.version
WHERE a.id IN (SELECT article_id FROM article_versions WHERE version > 1)"""
"""The claims of an article's older versions (kept for their offsets and review history, not
current): only articles with a second version have any, found along article_versions'
(article_id, version) index without reading the articles table."""


class StoredPostings(Postings):
    """``Postings`` whose anchors are read from ``claim_anchors`` when first asked for: how
    many current claims hold the anchor, and its newest ``HELD`` claim ids (a lookup reads at
    most ``MAX_POSTINGS`` of a posting, newest first).

    Counted and read along the table's (anchor, claim_id) key alone: the older versions'
    claims (``stale``, found once per process: few desks have any) are taken out in Python.
    Joined with ``claims`` and ``articles`` to keep current claims only, a common anchor
    cost two lookups per claim holding it (a place on half the claims of the 10,000-article
    bench desk: 95,805 rows, 100 ms CPU) and grew with the desk."""

    _COUNT = "SELECT COUNT(*) FROM claim_anchors WHERE anchor = ?"
    _NEWEST = "SELECT claim_id FROM claim_anchors WHERE anchor = ? ORDER BY claim_id DESC LIMIT ?"

    def __init__(self, conn: sqlite3.Connection, facts: StoredFacts, stale: Sequence[int]) -> None:
        super().__init__()
        self.conn = conn
        self.facts = facts
        self._absent: set[str] = set()
        self._held: dict[str, int] = {}
        """How many of the posting's newest ids ``_ids`` holds (all of them, or ``HELD``)."""
        self.stale: dict[str, set[int]] = {}
        """anchor -> the older versions' claims among its rows (``_STALE_SQL``, ``retire``)."""
        self.retired: set[int] = set()
        for part, marks in _batches(stale):
            sql = f"SELECT anchor, claim_id FROM claim_anchors WHERE claim_id IN ({marks})"
            for anchor, claim_id in conn.execute(sql, part):
                self.stale.setdefault(anchor, set()).add(claim_id)
        self.retired.update(stale)

    def retire(self, claim_id: int, anchors: Iterable[str]) -> None:
        """A claim that is no longer current (its article has a new version): its rows stay
        in ``claim_anchors`` and are left out from now on."""
        self.retired.add(claim_id)
        for anchor in anchors:
            self.stale.setdefault(anchor, set()).add(claim_id)
            self.drop(anchor)

    def _loaded(self, anchor: str, wanted: int = 0) -> bool:
        """Whether the anchor has claims; its count and newest ids are read on the first
        question (and more of its ids when ``wanted`` are more than are held)."""
        if anchor in self._sizes and wanted <= self._held[anchor]:
            return True
        if anchor in self._absent:
            return False
        gone = self.stale.get(anchor, set())
        size = int(self.conn.execute(self._COUNT, [anchor]).fetchone()[0]) - len(gone)
        if size <= 0:
            self._absent.add(anchor)
            self._forget(anchor)
            return False
        keep = min(size, max(HELD, wanted))
        rows = self.conn.execute(self._NEWEST, [anchor, keep + len(gone)])
        newest = [row[0] for row in rows if row[0] not in gone][:keep]
        self._ids[anchor] = np.array(newest[::-1], np.int64)
        self._sizes[anchor], self._held[anchor] = size, len(newest)
        return True

    def __contains__(self, anchor: object) -> bool:
        return isinstance(anchor, str) and self._loaded(anchor)

    def size(self, anchor: str) -> int:
        return self._sizes[anchor] if self._loaded(anchor) else 0

    def newest(self, anchor: str, count: int) -> np.ndarray:
        if not self._loaded(anchor, min(count, self._sizes.get(anchor, count))):
            return np.empty(0, np.int64)
        held = self._held[anchor]
        return self._ids[anchor][max(0, held - count) : held]

    def _in_order(self, anchor: str) -> bool:
        """Always: a posting is read along ``claim_anchors``' primary key (each claim once, in
        claim order) and appended to only in that order (``add``)."""
        return True

    def ranked_ids(self, anchors: Sequence[str], total: int, budget: int, limit: int) -> np.ndarray:
        """``Postings.ranked_ids``, and the ranked claims' rows read in one query
        (``StoredFacts.read_rows``; the index then reads the facts of those it judges)."""
        best = super().ranked_ids(anchors, total, budget, limit)
        self.facts.read_rows(best)
        return best

    def add(self, anchor: str, claim_id: int) -> None:
        """A claim written to ``claim_anchors``: appended to a posting already read, if it
        comes last in claim order (a re-indexed claim does not: the posting is read again)."""
        if anchor in self._absent:  # read as empty, and only this process wrote since
            self._absent.discard(anchor)
            self._ids[anchor] = np.array([claim_id], np.int64)
            self._sizes[anchor] = self._held[anchor] = 1
            return
        held = self._held.get(anchor)
        if held is None:
            return
        ids = self._ids[anchor]
        if claim_id <= ids[held - 1]:
            self.drop(anchor)
            return
        if held == len(ids):
            ids = self._ids[anchor] = np.resize(ids, max(8, 2 * held))
        ids[held] = claim_id
        self._held[anchor] = held + 1
        self._sizes[anchor] += 1

    def drop(self, anchor: str) -> None:
        """Forget what was read of an anchor (read again when next asked for)."""
        self._forget(anchor)
        self._absent.discard(anchor)

    def _forget(self, anchor: str) -> None:
        self._ids.pop(anchor, None)
        self._sizes.pop(anchor, None)
        self._held.pop(anchor, None)


@lru_cache(maxsize=4096)
def _bin_of(when: str | None) -> tuple[str, int] | None:
    """The time bin of a claim whose stored time span is ``when`` (its JSON text, as
    ``claim_index.facts`` holds it): parsed once per distinct span. A bin read walks some 500
    rows about a few days each, and parsing every row's span again (JSON, ``TimeSpan``, two
    dates) was most of a read's CPU: ~6 ms a bin at 10,000 articles, ~90 bins read by a
    process before its imports reach their pace."""
    return time_bin(TimeSpan.from_json(json.loads(when) if when else None))


class StoredNeighbours(Neighbours):
    """``Neighbours`` whose time bins are read from ``claim_index`` when first probed."""

    _DAY = """SELECT claim_id, article_id, vector,
                     CASE WHEN json_valid(facts) THEN json_extract(facts, '$.when') END
              FROM claim_index
              WHERE day = ? AND vector IS NOT NULL"""
    _SQL = " UNION ALL ".join([_DAY] * neighbours.BIN_DAYS) + " ORDER BY claim_id DESC"
    """A bin's claims, newest first: each of its ``neighbours.BIN_DAYS`` days' claims walked
    along ``claim_index_day`` (day, claim_id), newest first, and merged by SQLite (the plan
    is a MERGE of the compound's arms: no sort), so it reads only as many rows as are
    fetched. Asked for the bin's days at once (``day IN (...)``), it sorted every claim of
    those days first, with its vector and time span: at 10,000 articles a bin holds about
    18,000 claims and one read took ~40 ms CPU, a cost that grew with the desk; the newest
    ``BIN_ROWS`` are all that is kept. The days were merged in Python (``heapq.merge`` of a
    cursor per day) until session 16: a third of a read's own CPU, the merge done in C here
    (issue 15: an import reads a bin for most new days it meets). Not joined with ``claims``
    and ``articles`` (``_CURRENT``): the older versions' claims are left out in Python
    (``retired``, as ``StoredPostings`` does), and a bin read costs half as much (~7 -> ~3.5
    ms CPU at 10,000 articles; on an empty desk an import reads nothing: issue 15's
    per-article cost)."""

    def __init__(self, conn: sqlite3.Connection, facts: StoredFacts, retired: set[int]) -> None:
        super().__init__()
        self.conn = conn
        self.facts = facts
        self.retired = retired
        """The older versions' claims (``StoredPostings.retired``: the same set, kept up to
        date as articles get new versions)."""
        self.read: dict[tuple[str, int], None] = {}
        """The bins read from the desk, oldest read first (an empty one is not in ``bins``)."""

    def _read(self, place: tuple[str, int]) -> None:
        """The bin's newest ``neighbours.BIN_ROWS`` claims, filed oldest first as they were
        indexed: its days' claims newest first (``_SQL``: a claim has one day, so the merged
        order is the bin's), read until the bin is full, and filed at
        once (``Neighbours.fill``: a bin is 512 rows, and one ``add`` each cost ~8 us)."""
        claims: list[int] = []
        articles: list[int] = []
        blobs: list[bytes] = []
        days: list[str | None] = [*neighbours.bin_days(place)]  # fewer at a year's turn (--MM-DD)
        days += [None] * (neighbours.BIN_DAYS - len(days))  # a NULL day matches no row
        cursor = self.conn.execute(self._SQL, days)
        try:
            for claim_id, article_id, blob, when in cursor:
                if not blob or len(blob) != semantic.DIMENSIONS * 2:
                    continue  # what ``semantic.decode`` drops
                if claim_id in self.retired:
                    continue
                if _bin_of(when) == place:
                    claims.append(claim_id)
                    articles.append(article_id)
                    blobs.append(blob)
                    if len(claims) >= neighbours.BIN_ROWS:
                        break
        finally:
            cursor.close()  # a cursor left open would keep its statement running
        vectors = np.frombuffer(b"".join(reversed(blobs)), np.float16).astype(np.float32)
        shape = (len(blobs), semantic.DIMENSIONS)
        self.fill(place, claims[::-1], articles[::-1], vectors.reshape(shape))
        self.read[place] = None

    def _forget_old(self, probed: list[tuple[str, int]]) -> None:
        """Past ``KEPT_BINS`` bins read, the first read go (not those being probed)."""
        for key in list(islice(self.read, max(0, len(self.read) - KEPT_BINS + 1))):
            if key not in probed:
                self.bins.pop(key, None)
                del self.read[key]

    def nearest(
        self, vector: Any, article_id: int, span: TimeSpan | None
    ) -> list[tuple[int, float]]:
        """``Neighbours.nearest`` once the probed bins are read; the facts of the claims
        found are read in one query (the index then asks for them one by one)."""
        place = time_bin(span) if vector is not None else None
        probed = probed_bins(place) if place is not None else []
        for key in probed:
            if key not in self.read:
                self._forget_old(probed)
                self._read(key)
        found = super().nearest(vector, article_id, span)
        self.facts.read(claim_id for claim_id, _ in found)
        return found

    def add(self, claim_id: int, article_id: int, vector: Any, span: TimeSpan | None) -> None:
        """A claim written to ``claim_index``: filed in its bin if that was read and the claim
        is its newest (a re-indexed claim is not: the bin is read again)."""
        place = time_bin(span) if vector is not None else None
        if place is None or place not in self.read:
            return
        found = self.bins.get(place)
        if found is None or claim_id > int(found.claims[: found.size].max()):
            Neighbours.add(self, claim_id, article_id, vector, span)
        else:
            self.drop(span)

    def drop(self, span: TimeSpan | None) -> None:
        """Forget the bin a claim about ``span`` was filed in (read again when probed)."""
        place = time_bin(span)
        if place is not None:
            self.bins.pop(place, None)
            self.read.pop(place, None)


class StoredIndex(MatchIndex):
    """A ``MatchIndex`` of the desk's current claims, read from the desk file as asked."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__()
        stale = stale_claims(conn)
        self.stored = StoredFacts(conn, stale)
        self.stored_postings = StoredPostings(conn, self.stored, stale)
        retired = self.stored_postings.retired
        self.stored_neighbours = StoredNeighbours(conn, self.stored, retired)
        self.facts = self.stored  # a dict by claim id, read as asked
        self.stored.rows = self.rows
        self.postings = self.stored_postings
        self.neighbours = self.stored_neighbours

    def _fetch(self, claim_ids: list[int]) -> None:
        """The facts of the claims a lookup judges, read in one query."""
        self.stored.read(claim_ids)

    def add(self, facts: ClaimFacts) -> None:
        """A claim whose rows were just written (``claim_index``, ``claim_anchors``)."""
        self.stored.make_room(1)
        self.stored.keep(facts)
        self.stored.total += 1
        for key in facts.keys:
            self.stored_postings.add(key, facts.claim_id)
        self.stored_neighbours.add(facts.claim_id, facts.article_id, facts.vector, facts.when)

    def retire(self, claim_ids: Iterable[int]) -> None:
        """Claims of an article's older version, just replaced by a new one: out of the index
        from now on, as a process reading the desk afterwards never sees them (they stay in
        the desk and in ``claim_index``, for their offsets and review history)."""
        fresh = [c for c in claim_ids if c not in self.stored_postings.retired]
        for part, marks in _batches(fresh):
            sql = _INDEX_ROWS + f" WHERE claim_id IN ({marks})"
            for row in self.stored.conn.execute(sql, part):
                facts = facts_of(row)
                self.stored.pop(facts.claim_id, None)
                self.rows.drop(facts.claim_id)
                self.stored.total -= 1
                self.stored_postings.retire(facts.claim_id, facts.keys)
                self.stored_neighbours.drop(facts.when)

    def discard(self, claim_id: int, *, stored: bool = True) -> None:
        """A claim about to be re-indexed or deleted (its rows still there): no longer
        counted, its postings and its time bin read again when next asked for. ``stored``
        False: the desk holds no index row of it (a claim just written), so its facts are not
        asked of the desk file (``corroborate.index._clear``)."""
        if stored:
            self.stored.read([claim_id])
        facts = self.stored.pop(claim_id, None)
        self.rows.drop(claim_id)
        if facts is None:
            return
        self.stored.total -= 1
        for key in facts.keys:
            self.stored_postings.drop(key)
        self.stored_neighbours.drop(facts.when)
