"""The desk's claim index read from the file as asked (``corroborate.stored``) matches exactly
as a ``MatchIndex`` holding every current claim of the desk, added in claim order, does:
the postings, the anchor weights (the count of current claims), the time bins and their
newest rows, and the facts read by id all agree, also after this process re-indexed an
article (what it keeps is dropped and read again, not left stale)."""

from __future__ import annotations

import random
import sqlite3

import pytest
from factdesk.corroborate import index as crossref
from factdesk.corroborate import match, neighbours, semantic, stored
from factdesk.corroborate.match import MatchIndex
from factdesk.corroborate.stored import StoredIndex, facts_of
from factdesk.desk.service import Desk

_ROWS = """SELECT i.claim_id, i.article_id, i.norm, i.anchors, i.facts, i.vector
           FROM claim_index i JOIN claims c ON c.id = i.claim_id
           JOIN articles a ON a.id = c.article_id AND a.version = c.version
           ORDER BY i.claim_id"""


PLACES = ["Kupyansk", "Vovchansk", "Pokrovsk", "Myrnohrad", "Siversk"]
PEOPLE = ["Valery Gerasimov", "Oleh Petrenko", "Anna Kovalenko"]
SENTENCES = [
    "Russian forces captured {place} on Tuesday, {person} said.",
    "{person} said Ukrainian troops still hold {n}% of {place}.",
    "Shelling damaged {n} houses in {place} overnight.",
    "The army denied losing {place}, saying fighting goes on.",
    "Troops were seen leaving the town before dawn.",
]


def _row(conn: sqlite3.Connection, table: str, values: dict) -> int:
    """Insert a row, every other required column given a placeholder of its type."""
    for _, name, kind, required, default, _ in conn.execute(f"PRAGMA table_info({table})"):
        if required and default is None and name not in values and name != "id":
            values[name] = 1 if "INT" in kind else "x"
    names = ", ".join(f'"{n}"' for n in values)
    marks = ", ".join("?" * len(values))
    sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"
    return int(conn.execute(sql, list(values.values())).lastrowid or 0)


def _dated_desk(desk: Desk, articles: int = 14) -> Desk:
    """Short articles on two days, indexed one by one as imports do: time bins fuller than
    ``neighbours.BIN_ROWS`` (set low) with claims of several articles."""
    rng, conn = random.Random(4), desk.store.conn
    for number in range(articles):
        texts = [
            rng.choice(SENTENCES).format(
                place=rng.choice(PLACES), n=rng.choice([12, 40]), person=rng.choice(PEOPLE)
            )
            for _ in range(5)
        ]
        body = " ".join(texts)
        with desk.store.transaction():
            day = f"2025-11-{20 + number % 2}"
            article = _row(conn, "articles", {"title": f"R{number}", "body": body, "date_iso": day})
            start = 0
            for text in texts:
                _row(conn, "claims", {"article_id": article, "version": 1, "start": start,
                                      "end": start + len(text), "text": text, "kind": "claim",
                                      "sourcing": "named"})  # fmt: skip
                start += len(text) + 1
        crossref.index_article(desk.store, article)
    return desk


def _whole(desk: Desk) -> tuple[MatchIndex, list]:
    """Every current claim's facts, added in claim order to an in-memory index."""
    whole = MatchIndex()
    rows = [facts_of(row) for row in desk.store.conn.execute(_ROWS)]
    for facts in rows:
        whole.add(facts)
    return whole, rows


def _agree(stored: MatchIndex, desk: Desk) -> int:
    whole, rows = _whole(desk)
    assert len(stored) == len(whole) == len(rows)
    found = 0
    for anchor in {a for facts in rows for a in facts.keys}:  # the weights' counts
        assert stored.postings.size(anchor) == whole.postings.size(anchor), anchor
    near = 0
    for facts in rows:
        nearest = whole.neighbours.nearest(facts.vector, facts.article_id, facts.when)
        assert stored.neighbours.nearest(facts.vector, facts.article_id, facts.when) == nearest
        assert stored.candidates(facts) == whole.candidates(facts), facts.claim_id
        expected = whole.match(facts)
        assert stored.match(facts) == expected, facts.claim_id
        found, near = found + len(expected), near + len(nearest)
    assert near > 0  # the time bins were compared with something in them
    return found


@pytest.mark.parametrize(("bin_rows", "held"), [(neighbours.BIN_ROWS, stored.HELD), (3, 2)])
def test_the_stored_index_matches_as_the_whole_desk_in_memory(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch, bin_rows: int, held: int
) -> None:
    monkeypatch.setattr(neighbours, "BIN_ROWS", bin_rows)  # 3: bins overflow on the seeds
    monkeypatch.setattr(stored, "HELD", held)  # 2: postings are read newest first, then more
    matches = _agree(StoredIndex(seeded_desk.store.conn), seeded_desk)
    assert matches > 50  # the seeds report one war several times: lookups find things


@pytest.mark.skipif(not semantic.available(), reason="no sentence vectors: no time bins")
@pytest.mark.parametrize("kept", [(stored.KEPT_FACTS, stored.KEPT_BINS), (40, 3)])
def test_full_time_bins_keep_their_newest_claims_as_in_memory(
    desk: Desk, monkeypatch: pytest.MonkeyPatch, kept: tuple[int, int]
) -> None:
    monkeypatch.setattr(neighbours, "BIN_ROWS", 8)  # a bin starts with room for 8 rows
    monkeypatch.setattr(stored, "KEPT_FACTS", kept[0])  # (40, 3): what is kept is dropped
    monkeypatch.setattr(stored, "KEPT_BINS", kept[1])  # and read again, often
    _dated_desk(desk)
    _agree(StoredIndex(desk.store.conn), desk)
    last = desk.store.conn.execute("SELECT MAX(id) FROM articles").fetchone()[0]
    crossref.index_article(desk.store, last)
    _agree(crossref.state(desk.store).index, desk)


def test_what_a_process_keeps_stays_true_after_it_re_indexes_an_article(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(neighbours, "BIN_ROWS", 3)
    store = seeded_desk.store
    live = crossref.state(store).index
    _agree(live, seeded_desk)  # reads postings, bins and facts into the process
    for article in (seeded_desk.articles()[0].id, seeded_desk.articles()[-1].id):
        crossref.index_article(store, article)  # its claims leave the index and come back
        _agree(crossref.state(store).index, seeded_desk)
        _agree(StoredIndex(store.conn), seeded_desk)  # what another process would read
    gone = seeded_desk.claims(seeded_desk.articles()[1].id)[0].id
    with store.transaction():  # what re-extraction does to a claim no longer found
        crossref.forget(store, [gone])
        store.conn.execute("DELETE FROM claims WHERE id = ?", [gone])
    _agree(crossref.state(store).index, seeded_desk)


@pytest.mark.parametrize("held", [stored.HELD, 2])
def test_what_a_process_keeps_stays_true_after_it_imports_a_new_version(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch, tmp_path, held: int
) -> None:
    """A new version of an article leaves its old claims in the desk (their offsets stay true
    to the old body) but out of the index: the process that imported it drops them from what
    it kept, as a process reading the desk afterwards never sees them."""
    monkeypatch.setattr(neighbours, "BIN_ROWS", 3)
    monkeypatch.setattr(stored, "HELD", held)
    store = seeded_desk.store
    source = sorted(seeded_desk.articles(), key=lambda a: a.id)[0]
    body = seeded_desk.article(source.id).body
    path = tmp_path / "wire.md"  # dated: its claims are filed in time bins
    head = "---\ntitle: Wire copy\ndate: 2025-11-20\n---\n\n" + body
    path.write_text(head + "\n\nOfficials said 40 people were evacuated on Monday.\n", "utf-8")
    assert seeded_desk.import_paths([path]).count("imported") == 1
    live = crossref.state(store).index
    _agree(live, seeded_desk)  # reads postings, bins and facts into the process
    path.write_text(head + "\n\nOfficials said 45 people were evacuated on Monday.\n", "utf-8")
    assert seeded_desk.import_paths([path]).count("updated") == 1
    assert crossref.state(store).index is live  # this process's own write: kept
    _agree(live, seeded_desk)
    fresh = StoredIndex(store.conn)  # what another process would read
    assert fresh.stored_postings.retired  # the old version's claims, found on the desk
    joined = "SELECT COUNT(*) FROM claim_index i JOIN claims c ON c.id = i.claim_id"
    current = f"{joined} JOIN articles a ON a.id = c.article_id AND a.version = c.version"
    assert len(fresh.stored) == store.conn.execute(current).fetchone()[0]  # counted unjoined
    _agree(fresh, seeded_desk)
    monkeypatch.setattr(neighbours, "BIN_ROWS", 512)  # bins whole: the old claims are in them
    whole = StoredIndex(store.conn)
    wire = store.conn.execute("SELECT MAX(id) FROM articles").fetchone()[0]
    new = [claim.id for claim in seeded_desk.claims(wire)]
    whole.stored.read(new)
    for facts in map(whole.stored.__getitem__, new):  # reads the bins their days probe
        whole.neighbours.nearest(facts.vector, facts.article_id, facts.when)
    bins = whole.stored_neighbours.bins.values()  # read without a join: retired left out
    held = {int(claim_id) for one in bins for claim_id in one.claims[: one.size]}
    assert not held & whole.stored_postings.retired
    assert held or not semantic.available()


def test_a_fresh_process_reads_the_facts_of_the_claims_a_lookup_judges_only(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lookup ranks its pool on the claims' rows (article and words, read without their
    facts: ``StoredFacts.read_rows``) and decodes the facts of the claims it judges and of
    its neighbours by meaning only, not of every claim ranked (~55 us each, issue 15). The
    caps are set low so that a small desk fills them."""
    monkeypatch.setattr(stored, "WHOLE_AFTER", 1.0)  # a large desk: read by id, not whole
    monkeypatch.setattr(match, "MAX_CANDIDATES", 5)
    monkeypatch.setattr(match, "POOL", 20)  # 30 ranked
    _dated_desk(desk)
    conn = desk.store.conn
    index = StoredIndex(conn)
    newest = _ROWS.replace("ORDER BY i.claim_id", "ORDER BY i.claim_id DESC")
    facts = facts_of(conn.execute(newest).fetchone())
    whole, _ = _whole(desk)
    assert index.match(facts) == whole.match(facts)
    filed = int(index.rows.held.sum())  # the ranked claims' rows
    assert dict.__len__(index.stored) <= 5 + neighbours.WIDTH < filed


def test_a_time_bin_is_read_newest_first_without_sorting_its_days(desk: Desk) -> None:
    """A bin's days are merged along ``claim_index_day`` (session 16, issue 15): the plan
    searches that index once per day and sorts nothing, so a read stops after the bin's
    newest rows whatever the days hold (with ``day IN (...)`` SQLite sorted them all)."""
    days = neighbours.bin_days(("", 739_000))
    plan = desk.store.conn.execute(
        "EXPLAIN QUERY PLAN " + stored.StoredNeighbours._SQL, days
    ).fetchall()
    details = [row[-1] for row in plan]
    assert sum("claim_index_day (day=?)" in d for d in details) == len(days)
    assert not any("TEMP B-TREE" in d for d in details), details
