"""One claim writer: a span added by hand is stored exactly as extraction stores it.

Regression: hand-added claims used to skip the desk-wide ``single-source-name`` flag, store
``names = '[]'`` and ignore the article's date (so no ``date-inconsistent``). Two invented
articles: one name (the depot's town) only the first mentions, one person both mention.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factdesk.desk.service import Desk

FIRST = """Depot hit near Zorvale

14 March 2026

Colonel Ivan Petrenko said on 12 March 2026 that 40 drones hit the fuel depot at Zorvale.

The regional governor, Olena Marchuk, told reporters that 300 residents were evacuated.

Officials said the same depot was struck on 20 April 2026, according to the ministry.
"""
SECOND = """Evacuations continue

15 March 2026

Olena Marchuk, the regional governor, said 300 residents had been evacuated from the area.
"""


@pytest.fixture
def two_articles(desk: Desk, tmp_path: Path) -> Desk:
    for name, text in (("first.txt", FIRST), ("second.txt", SECOND)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = desk.import_paths([tmp_path / "first.txt", tmp_path / "second.txt"])
    assert report.count("imported") == 2
    return desk


def stored(desk: Desk, claim_id: int) -> tuple:
    """What the claims table holds for a claim, minus its identity and provenance."""
    row = desk.store.conn.execute(
        'SELECT start, "end", text, kind, speaker, sourcing, score, score_reasons, flags, '
        "paragraph, names FROM claims WHERE id = ?",
        [claim_id],
    ).fetchone()
    return (*row[:7], json.loads(row[7]), json.loads(row[8]), row[9], json.loads(row[10]))


def test_a_hand_added_span_is_stored_as_extraction_stores_it(two_articles: Desk) -> None:
    desk = two_articles
    extracted = desk.claims()
    assert len(extracted) >= 3
    for claim in extracted:
        added = desk.add_claim(claim.article_id, claim.start, claim.end)
        assert added.provenance == "manual" and claim.provenance == "auto"
        assert stored(desk, added.id) == stored(desk, claim.id), claim.text


def test_the_single_source_name_flag_and_names_of_a_hand_added_claim(two_articles: Desk) -> None:
    desk = two_articles
    depot = next(c for c in desk.claims() if "Zorvale" in c.text)
    added = desk.add_claim(depot.article_id, depot.start, depot.end)
    assert "single-source-name" in added.flags and "date" in added.flags
    assert "Zorvale" in stored(desk, added.id)[-1]
    shared = next(c for c in desk.claims(depot.article_id) if "Marchuk" in c.text)
    again = desk.add_claim(shared.article_id, shared.start, shared.end)
    assert "single-source-name" not in again.flags  # the second article names her too
    assert stored(desk, again.id)[-1] == ["Olena Marchuk"]


def test_a_hand_added_claim_is_checked_against_the_article_date(two_articles: Desk) -> None:
    desk = two_articles
    struck = next(c for c in desk.claims() if "April" in c.text)
    assert "date-inconsistent" in struck.flags
    added = desk.add_claim(struck.article_id, struck.start, struck.end)
    assert "date-inconsistent" in added.flags


def test_an_imported_claim_is_written_once_with_its_flag_and_name_groups(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: import wrote each claim, then rewrote it for the single-source flag and again
    for its name groups (each write re-indexes the claim's search row). The flag and the
    groups are now known when the claim is written: no claim row and no search row is
    written twice, and both are what recomputing them from the desk gives."""
    from factdesk.names import singlesource
    from factdesk.store import search_index

    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    regrouped: list[int] = []
    refresh = search_index.refresh_groups

    def counted(conn, article_id: int) -> None:
        before = conn.total_changes
        refresh(conn, article_id)
        regrouped.append(conn.total_changes - before)

    monkeypatch.setattr(search_index, "refresh_groups", counted)
    statements: list[str] = []
    desk.store.conn.set_trace_callback(statements.append)
    try:
        assert desk.import_paths([tmp_path / "first.txt"]).count("imported") == 1
    finally:
        desk.store.conn.set_trace_callback(None)
    assert regrouped == [0], "the search rows were written with their groups"
    assert not [s for s in statements if "UPDATE claims SET flags" in s]
    conn = desk.store.conn
    flags = [json.loads(f) for (f,) in conn.execute("SELECT flags FROM claims")]
    assert any(singlesource.FLAG in f for f in flags), "the first article names Zorvale alone"
    [article_id] = [row[0] for row in conn.execute("SELECT id FROM articles")]
    assert singlesource.refresh_flags(conn, [article_id], singlesource.key_function()[1]) == 0
    indexed = dict(conn.execute(f"SELECT rowid, groups FROM {search_index.TABLE}"))
    assert any(indexed.values()), "the claims name people and places"
    search_index.refresh_groups(conn, article_id)
    assert regrouped == [0, 0]
    assert dict(conn.execute(f"SELECT rowid, groups FROM {search_index.TABLE}")) == indexed
